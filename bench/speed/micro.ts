// In-process part of the speed bench, run in a fresh child per list size (`node --import tsx`),
// so each list gets a cold process: no JIT warmth or heap left over from a previous size.
//
//   node --import tsx bench/speed/micro.ts --list sdn.csv --names names.json --sample N [--replay seq.bin]
//
// Prints one JSON object (MicroResult) on stdout:
//   - list load (loadLists) and index build (new Matcher) times, and the first query, which
//     builds the index's lazy typed arrays, so it belongs to "ready to screen";
//   - µs per distinct name: matchName on a sample of the file's distinct names, each once, on
//     the fresh Matcher (its result cache cold); then the same names again (cache hits: what a
//     repeated name costs), and normalizeName alone;
//   - µs per distinct wallet: matchAddress on every distinct wallet of the file;
//   - with --replay: how many of the file's name lookups the Matcher's result cache (FIFO,
//     `cacheSize` entries) would have to match in full, replaying the file's name sequence.
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

export interface MicroResult {
  /** The CLI's default threshold, used here too. */
  threshold: number;
  entities: number;
  listNames: number;
  listWallets: number;
  loadMs: number;
  indexMs: number;
  firstQueryMs: number;
  rssAfterIndexMB: number;
  heapAfterIndexMB: number;
  distinctNames: number;
  sample: number;
  sampleStep: number;
  sampleMs: number;
  usPerName: number;
  sampleFlagged: number;
  usPerCachedName: number;
  usPerNormalize: number;
  distinctWallets: number;
  usPerWallet: number;
  walletsFlagged: number;
  rssEndMB: number;
  replay?: { lookups: number; distinctKeys: number; fullMatches: number; lruFullMatches: number; cacheSize: number; ms: number };
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const mb = (n: number): number => Math.round(n / 1e5) / 10;

async function main(): Promise<void> {
  const listPath = arg('--list');
  const namesFile = arg('--names');
  if (listPath === undefined || namesFile === undefined) throw new Error('usage: micro.ts --list FILE --names FILE [--sample N] [--replay FILE]');
  const values = JSON.parse(readFileSync(namesFile, 'utf8')) as DistinctValues;
  const want = Number(arg('--sample') ?? values.names.length);
  const step = Math.max(1, Math.ceil(values.names.length / Math.max(1, want)));
  const sample = values.names.filter((_, i) => i % step === 0);

  let t = performance.now();
  const lists = await loadLists([{ path: listPath }]);
  const loadMs = performance.now() - t;
  t = performance.now();
  const matcher = new Matcher(lists, { threshold: DEFAULT_THRESHOLD });
  const indexMs = performance.now() - t;
  t = performance.now();
  matcher.matchName('Qzx Vbnm'); // builds the lazy parts of the index; shares no token with the sample
  const firstQueryMs = performance.now() - t;
  const mem = process.memoryUsage();

  t = performance.now();
  let sampleFlagged = 0;
  for (const name of sample) if (matcher.matchName(name).length > 0) sampleFlagged++;
  const sampleMs = performance.now() - t;

  t = performance.now();
  for (const name of sample) matcher.matchName(name);
  const cachedMs = performance.now() - t;

  t = performance.now();
  let sink = 0;
  for (const name of sample) sink += normalizeName(name).tokens.length;
  const normalizeMs = performance.now() - t;
  if (sink < 0) process.stderr.write('');

  t = performance.now();
  let walletsFlagged = 0;
  for (const w of values.wallets) if (matcher.matchAddress(w).length > 0) walletsFlagged++;
  const walletMs = performance.now() - t;

  const list = lists[0];
  const result: MicroResult = {
    threshold: DEFAULT_THRESHOLD,
    entities: list?.info.entities ?? 0,
    listNames: matcher.nameCount,
    listWallets: list?.info.wallets ?? 0,
    loadMs,
    indexMs,
    firstQueryMs,
    rssAfterIndexMB: mb(mem.rss),
    heapAfterIndexMB: mb(mem.heapUsed),
    distinctNames: values.names.length,
    sample: sample.length,
    sampleStep: step,
    sampleMs,
    usPerName: (sampleMs * 1000) / Math.max(1, sample.length),
    sampleFlagged,
    usPerCachedName: (cachedMs * 1000) / Math.max(1, sample.length),
    usPerNormalize: (normalizeMs * 1000) / Math.max(1, sample.length),
    distinctWallets: values.wallets.length,
    usPerWallet: (walletMs * 1000) / Math.max(1, values.wallets.length),
    walletsFlagged,
    rssEndMB: mb(process.memoryUsage().rss),
  };

  const replayFile = arg('--replay');
  if (replayFile !== undefined) {
    t = performance.now();
    // The Matcher's own cache size (a private field at compile time only); 100,000 is its default.
    const cacheSize = Number(Reflect.get(matcher, 'cacheSize') ?? 100_000);
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
    // Matcher.matchName: a Map used as a FIFO (insertion order), oldest entry dropped when full.
    // For comparison, the same size used as an LRU (a hit moves the entry to the back).
    const fifo = new Set<number>();
    const lru = new Set<number>();
    let full = 0;
    let lruFull = 0;
    let lookups = 0;
    for (const nameIndex of seq) {
      if (nameIndex < 0) continue; // blank cell: the screener skips it
      lookups++;
      const k = keyId[nameIndex] as number;
      if (k < 0) continue;
      if (!fifo.has(k)) {
        full++;
        if (fifo.size >= cacheSize) fifo.delete(fifo.values().next().value as number);
        fifo.add(k);
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
