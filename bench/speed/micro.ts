// In-process part of the speed bench, run in a fresh child per list size (`node --import tsx`),
// so each list gets a cold process: no JIT warmth or heap left over from a previous size.
//
//   node --import tsx bench/speed/micro.ts --list sdn.csv --names names.json [--warmup 2000] [--sample N] [--replay seq.bin]
//
// Prints one JSON object (MicroResult) on stdout:
//   - list load (loadLists) and index build (new Matcher) times, and the first query, which
//     builds the index's lazy typed arrays, so it belongs to "ready to screen";
//   - µs per distinct name: matchName on the file's distinct names in the order the CLI meets
//     them, each once, on the fresh Matcher (its result cache cold): the first --warmup names
//     (cold JIT, empty token caches) timed apart, then the next --sample names (steady state);
//     then the steady names again (cache hits: what a repeated name costs), and normalizeName
//     alone. Consecutive names, not a spread-out sample: names share tokens in the order of the
//     file, and the index's per-token cache depends on it as in a real run;
//   - µs per distinct wallet: matchAddress on every distinct wallet of the file;
//   - with --replay: how many of the file's name lookups the Matcher's result cache (keyed on
//     the normalized name, `cacheSize` entries in two generations: answer-cache.ts) would have
//     to match in full, replaying the file's name sequence; and the same with an LRU of that
//     size. A simulation (by entries; a generation that fills its arena first rotates
//     sooner): keep it in step with answer-cache.ts.
import { readFileSync } from 'node:fs';
import { loadLists } from '../../src/lists/load';
import { cacheKey, DEFAULT_THRESHOLD, Matcher } from '../../src/match/matcher';
import { normalizeName } from '../../src/match/normalize';

export interface DistinctValues {
  rows: number;
  /** Distinct counterparty_name values, in order of first appearance. */
  names: string[];
  /** Distinct wallet_address values, in order of first appearance. */
  wallets: string[];
}

/** Wall and CPU time of one step (CPU: this process, user + system; it hardly moves when other
 *  processes compete for the cores, so it is the steadier figure on a busy machine). */
export interface Lap {
  wallMs: number;
  cpuMs: number;
}

/** A lap divided by the items it handled, in µs. */
export interface PerItem {
  wallUs: number;
  cpuUs: number;
}

export interface MicroResult {
  /** The CLI's default threshold, used here too. */
  threshold: number;
  entities: number;
  listNames: number;
  listWallets: number;
  load: Lap;
  index: Lap;
  firstQuery: Lap;
  rssAfterIndexMB: number;
  heapAfterIndexMB: number;
  distinctNames: number;
  /** Names matched first, timed apart (perNameCold). */
  warmup: number;
  /** Names timed after the warm-up (perName). */
  sample: number;
  sampleFlagged: number;
  /** Per distinct name during the warm-up (µs). */
  perNameCold: PerItem;
  /** Per distinct name after the warm-up, fresh result cache (µs). */
  perName: PerItem;
  /** Per lookup of a name already in the result cache (µs). */
  perCachedName: PerItem;
  /** normalizeName alone (µs). */
  perNormalize: PerItem;
  distinctWallets: number;
  walletsFlagged: number;
  /** Per distinct wallet (µs). */
  perWallet: PerItem;
  rssEndMB: number;
  replay?: { lookups: number; distinctKeys: number; fullMatches: number; lruFullMatches: number; cacheSize: number; ms: number };
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const mb = (n: number): number => Math.round(n / 1e5) / 10;

/** Runs `fn` and returns its result with the lap. */
function timed<T>(fn: () => T): [T, Lap] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [value, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, Lap]> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [value, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

const perItemUs = (lap: Lap, n: number): PerItem => ({ wallUs: (lap.wallMs * 1000) / Math.max(1, n), cpuUs: (lap.cpuMs * 1000) / Math.max(1, n) });

async function main(): Promise<void> {
  const listPath = arg('--list');
  const namesFile = arg('--names');
  if (listPath === undefined || namesFile === undefined) throw new Error('usage: micro.ts --list FILE --names FILE [--sample N] [--replay FILE]');
  const values = JSON.parse(readFileSync(namesFile, 'utf8')) as DistinctValues;
  const total = values.names.length;
  const warmup = Math.min(Number(arg('--warmup') ?? 2000), Math.floor(total / 5));
  const sample = values.names.slice(warmup, warmup + Number(arg('--sample') ?? total));
  const warmNames = values.names.slice(0, warmup);

  const [lists, load] = await timedAsync(() => loadLists([{ path: listPath }]));
  const [matcher, index] = timed(() => new Matcher(lists, { threshold: DEFAULT_THRESHOLD }));
  // Builds the lazy parts of the index; shares no token with the sample.
  const [, firstQuery] = timed(() => matcher.matchName('Qzx Vbnm'));
  const mem = process.memoryUsage();

  const [, cold] = timed(() => {
    for (const name of warmNames) matcher.matchName(name);
  });
  const [sampleFlagged, names] = timed(() => {
    let flagged = 0;
    for (const name of sample) if (matcher.matchName(name).length > 0) flagged++;
    return flagged;
  });
  const [, cached] = timed(() => {
    for (const name of sample) matcher.matchName(name);
  });
  const [sink, normalize] = timed(() => {
    let n = 0;
    for (const name of sample) n += normalizeName(name).tokens.length;
    return n;
  });
  if (sink < 0) process.stderr.write('');
  const [walletsFlagged, wallets] = timed(() => {
    let flagged = 0;
    for (const w of values.wallets) if (matcher.matchAddress(w).length > 0) flagged++;
    return flagged;
  });

  const list = lists[0];
  const result: MicroResult = {
    threshold: DEFAULT_THRESHOLD,
    entities: list?.info.entities ?? 0,
    listNames: matcher.nameCount,
    listWallets: list?.info.wallets ?? 0,
    load,
    index,
    firstQuery,
    rssAfterIndexMB: mb(mem.rss),
    heapAfterIndexMB: mb(mem.heapUsed),
    distinctNames: values.names.length,
    warmup,
    sample: sample.length,
    sampleFlagged,
    perNameCold: perItemUs(cold, warmup),
    perName: perItemUs(names, sample.length),
    perCachedName: perItemUs(cached, sample.length),
    perNormalize: perItemUs(normalize, sample.length),
    distinctWallets: values.wallets.length,
    walletsFlagged,
    perWallet: perItemUs(wallets, values.wallets.length),
    rssEndMB: mb(process.memoryUsage().rss),
  };

  const replayFile = arg('--replay');
  if (replayFile !== undefined) {
    const t = performance.now();
    // The Matcher's own cache size (a private field at compile time only).
    const cacheSize = Number(Reflect.get(matcher, 'cacheSize'));
    const perGeneration = Math.ceil(cacheSize / 2);
    const ids = new Map<string, number>();
    const keyId = values.names.map((n) => {
      const tokens = normalizeName(n).tokens;
      if (tokens.length === 0) return -1; // matchName returns [] before the cache
      const k = cacheKey(tokens);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
    const bytes = readFileSync(replayFile);
    const seq = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
    // AnswerCache: new keys and keys found in the old generation go to the young one; a full
    // young generation replaces the old one. For comparison, an LRU of the same total size.
    let young = new Set<number>();
    let old = new Set<number>();
    const lru = new Set<number>();
    let full = 0;
    let lruFull = 0;
    let lookups = 0;
    for (const nameIndex of seq) {
      if (nameIndex < 0) continue; // blank cell: the screener skips it
      lookups++;
      const k = keyId[nameIndex] as number;
      if (k < 0) continue;
      if (!young.has(k)) {
        if (!old.has(k)) full++;
        if (young.size >= perGeneration) {
          old = young;
          young = new Set<number>();
        }
        young.add(k);
      }
      if (lru.delete(k)) lru.add(k);
      else {
        lruFull++;
        if (lru.size >= cacheSize) lru.delete(lru.values().next().value as number);
        lru.add(k);
      }
    }
    result.replay = { lookups, distinctKeys: ids.size, fullMatches: full, lruFullMatches: lruFull, cacheSize, ms: performance.now() - t };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`micro: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
