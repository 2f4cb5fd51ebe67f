// Name matching on worker threads. Matching distinct names is most of a screening run's
// CPU; the row pipeline (reading, parsing, wallets, output) is lighter. So the main thread
// keeps the pipeline and caches of answers, normalizes each new name itself (that evens
// the load: with one worker, the worker was the bottleneck and the main thread 40% idle),
// and sends each batch's new normalized names to one of N workers, each holding its own
// copy of the name index (built in parallel at start).
// Answers are the same as the in-process Matcher's: same index, same scorer; which worker
// answers a name changes nothing.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Entity, EntityName, EntityType } from '../lists/entity';
import { AnswerCache } from '../match/answer-cache';
import { NO_HITS, type MatchHit } from '../match/matcher';
import { normalizeName } from '../match/normalize';
import { encodeTokens } from '../match/token-wire';

/** What a worker needs to build its index. */
export interface PoolSetup {
  entities: Array<{ type: EntityType; names: EntityName[] }>;
  threshold: number;
}
/** [entity position, score, matched name, explanation] */
export type WireHit = [number, number, string, string];
export interface WireRequest {
  id: number;
  /** Normalized names (token-wire.ts). */
  queries: string[];
}
export interface WireReply {
  id: number;
  hits: WireHit[][];
}

interface Pending {
  resolve: (hits: MatchHit[][]) => void;
  reject: (err: Error) => void;
  worker: number;
  count: number;
}

/**
 * Answers kept in the main thread, per generation (answer-cache.ts), so a repeated value
 * is not even normalized again: up to twice this many raw values, in at most ~13 MB of
 * typed arrays however long the input.
 */
const CACHE_ENTRIES = 131_072;
/**
 * Per generation, normalized queries. A raw value missing from its cache is mostly a new
 * spelling, so this cache serves values that normalize alike ("PUTIN  Vladimir",
 * "ＰＵＴＩＮ Vladimir"). Measured on 1M rows: as large as the raw cache, it saved 36,000
 * worker queries of ~190,000 in ~13 MB; a quarter of that size saves 18,000 in ~3 MB.
 */
const QUERY_CACHE_ENTRIES = 32_768;

/** The value's normalized tokens as a worker query (token-wire.ts), or null when it has none. */
function queryOf(value: string): string | null {
  const tokens = normalizeName(value).tokens;
  // No copy of its own needed: the caches keep a query's characters, not the string, and a
  // batch's records hold the chunks its values slice until the batch is answered anyway.
  return tokens.length === 0 ? null : encodeTokens(tokens);
}

export class NamePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Names outstanding per worker. */
  private readonly load: number[] = [];
  private nextId = 0;
  /** Queries sent to workers so far (a value normalizing like one already sent costs none). */
  private sentQueries = 0;
  private failure: Error | null = null;
  /** Raw value → answer: an export repeats a counterparty verbatim, so skip even normalizing. */
  private readonly rawCache = new AnswerCache<MatchHit[]>(CACHE_ENTRIES, 24, NO_HITS);
  /** Normalized query → answer. */
  private readonly queryCache = new AnswerCache<MatchHit[]>(QUERY_CACHE_ENTRIES, 32, NO_HITS);
  /** Queries sent to a worker and not answered yet: which reply, and where in it. */
  private readonly requested = new Map<string, { reply: Promise<MatchHit[][]>; index: number }>();

  private constructor(
    private readonly entities: readonly Entity[],
    readonly threshold: number,
  ) {}

  /** Starts `jobs` workers and resolves once every one has built its index. */
  static async start(entities: readonly Entity[], threshold: number, jobs: number, workerFile = defaultWorkerFile()): Promise<NamePool> {
    const pool = new NamePool(entities, threshold);
    const setup: PoolSetup = { entities: entities.map((e) => ({ type: e.type, names: e.names })), threshold };
    const ready: Array<Promise<void>> = [];
    const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb(entities), maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(workerFile, { workerData: setup, resourceLimits });
      pool.workers.push(worker);
      pool.load.push(0);
      ready.push(
        new Promise<void>((resolve, reject) => {
          const onReady = (reply: WireReply): void => {
            if (reply.id !== -1) return;
            worker.off('message', onReady);
            resolve();
          };
          worker.on('message', onReady);
          worker.once('error', reject);
        }),
      );
      worker.on('message', (reply: WireReply) => pool.answer(reply));
      worker.on('error', (err) => pool.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) pool.fail(new Error(`name worker ${i} exited with code ${code}`));
      });
    }
    try {
      await Promise.all(ready);
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  /**
   * Hits for each name (hits[i] for names[i]), as Matcher.matchName gives them: from the
   * cache of raw values, or normalized here and then from the cache of queries (values
   * that normalize alike share one), from a reply already on its way (an earlier batch
   * asked), or sent now to a worker in one message. One promise per reply awaited, not one
   * per name. By position, not in a Map by name: a batch's names are hashed once (by the
   * raw cache), not again for a Map and again for each row's lookup.
   */
  answers(names: readonly string[]): Promise<MatchHit[][]> {
    const hits = new Array<MatchHit[]>(names.length);
    /** Positions still to be answered, with the reply and the index in it that answer each. */
    const awaited: Array<{ at: number; reply: Promise<MatchHit[][]>; index: number }> = [];
    const fresh: string[] = [];
    const freshIndex = new Map<string, number>();
    /** Pairs (position, index in fresh): filled from the reply sent below. */
    const freshAt: number[] = [];
    /** A value met again in this batch before it has an answer: normalized once. Pairs (position, earlier position). */
    const missed = new Map<string, number>();
    const again: number[] = [];
    const known = new Array<MatchHit[] | undefined>(names.length);
    this.rawCache.getMany(names, known);
    for (let at = 0; at < names.length; at++) {
      const name = names[at] as string;
      const cached = known[at];
      if (cached !== undefined) {
        hits[at] = cached;
        continue;
      }
      const earlier = missed.get(name);
      if (earlier !== undefined) {
        again.push(at, earlier);
        continue;
      }
      missed.set(name, at);
      const query = queryOf(name);
      const answered = query === null ? NO_HITS : this.queryCache.get(query);
      if (answered !== undefined) {
        hits[at] = answered;
        this.rawCache.set(name, answered);
        continue;
      }
      const onItsWay = this.requested.get(query as string);
      if (onItsWay !== undefined) {
        awaited.push({ at, reply: onItsWay.reply, index: onItsWay.index });
        continue;
      }
      // Another value of this batch may have normalized alike already.
      let index = freshIndex.get(query as string);
      if (index === undefined) {
        index = fresh.length;
        fresh.push(query as string);
        freshIndex.set(query as string, index);
      }
      freshAt.push(at, index);
    }
    if (fresh.length > 0) {
      const reply = this.send(fresh);
      fresh.forEach((query, index) => this.requested.set(query, { reply, index }));
      for (let k = 0; k < freshAt.length; k += 2) awaited.push({ at: freshAt[k] as number, reply, index: freshAt[k + 1] as number });
      reply
        .then((all) => {
          fresh.forEach((query, i) => {
            this.requested.delete(query);
            this.queryCache.set(query, all[i] as MatchHit[]);
          });
        })
        .catch(() => undefined); // the caller's own wait below reports the failure
    }
    const fillAgain = (): MatchHit[][] => {
      for (let k = 0; k < again.length; k += 2) hits[again[k] as number] = hits[again[k + 1] as number] as MatchHit[];
      return hits;
    };
    if (awaited.length === 0) return Promise.resolve(fillAgain());
    const replies = [...new Set(awaited.map((a) => a.reply))];
    return Promise.all(replies).then((results) => {
      const byReply = new Map(replies.map((r, i) => [r, results[i] as MatchHit[][]]));
      for (const { at, reply, index } of awaited) {
        const answer = (byReply.get(reply) as MatchHit[][])[index] as MatchHit[];
        hits[at] = answer;
        this.rawCache.set(names[at] as string, answer);
      }
      return fillAgain();
    });
  }

  /** Worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Queries sent to workers so far. */
  get sent(): number {
    return this.sentQueries;
  }

  /** Hits for each value, as Matcher.matchName gives them (no cache: see answers). */
  match(values: string[]): Promise<MatchHit[][]> {
    const queries = values.map(queryOf);
    const sent = queries.filter((q): q is string => q !== null);
    return this.send(sent).then((hits) => {
      let next = 0;
      return queries.map((q) => (q === null ? NO_HITS : (hits[next++] as MatchHit[])));
    });
  }

  /** Normalized queries to the least busy worker, in one message. */
  private send(queries: string[]): Promise<MatchHit[][]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (queries.length === 0) return Promise.resolve([]);
    // The least busy worker (names outstanding) takes the batch.
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if ((this.load[i] as number) < (this.load[w] as number)) w = i;
    const id = this.nextId++;
    this.sentQueries += queries.length;
    this.load[w] = (this.load[w] as number) + queries.length;
    return new Promise<MatchHit[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w, count: queries.length });
      (this.workers[w] as Worker).postMessage({ id, queries } satisfies WireRequest);
    });
  }

  private answer(reply: WireReply): void {
    if (reply.id === -1) return;
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    this.pending.delete(reply.id);
    this.load[pending.worker] = (this.load[pending.worker] as number) - pending.count;
    pending.resolve(
      reply.hits.map((hits) =>
        // Nearly every name has no hit: one shared empty answer, not 200,000 empty arrays in the cache.
        hits.length === 0 ? NO_HITS : hits.map(([position, score, matchedName, explanation]) => ({ entity: this.entities[position] as Entity, score, matchedName, explanation })),
      ),
    );
  }

  private fail(err: Error): void {
    if (this.failure !== null) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the name pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * A worker's old generation, from the list's size. Uncapped, V8 lets a heap grow to about
 * four times its live data before collecting; under a cap of a few hundred MB it collects at
 * ~1.4 times. A fixed 256 MB cap, though, killed the worker on a list four times the SDN's
 * size (that was when workers kept caches). The live data is the index and the names, ~1.5 KB
 * per list name (~50 MB for the SDN list): this allows well over twice that.
 */
export function workerHeapMb(entities: readonly Entity[]): number {
  let names = 0;
  for (const e of entities) names += e.names.length;
  return 256 + Math.ceil((names * 4) / 1024);
}

/**
 * A worker's young generation. V8's default gave each worker ~34 MB of it; a match leaves
 * little alive but its answer, so a smaller one costs no time. Measured on 1M rows: 8 MB
 * took 25 MB off the peak RSS at the same speed; 4 MB was slower.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** The bundled worker sits next to the bundled CLI (dist/name-worker.js). */
function defaultWorkerFile(): string {
  return path.join(__dirname, 'name-worker.js');
}
