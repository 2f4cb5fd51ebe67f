// Name matching on worker threads. Matching distinct names is most of a screening run's
// CPU; the row pipeline (reading, parsing, wallets, output) is light. So the main thread
// keeps the pipeline and a cache of answers, and sends each batch's new names to one of
// N workers, each holding its own copy of the name index (built in parallel at start).
// Answers are the same as the in-process Matcher's: same index, same scorer; which worker
// answers a name changes nothing.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Entity, EntityName, EntityType } from '../lists/entity';
import type { MatchHit } from '../match/matcher';
import { ownCopy } from '../match/own-copy';

/** What a worker needs to build its index. */
export interface PoolSetup {
  entities: Array<{ type: EntityType; names: EntityName[] }>;
  threshold: number;
}
/** [entity position, score, matched name, explanation] */
export type WireHit = [number, number, string, string];
export interface WireRequest {
  id: number;
  values: string[];
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

const NO_HITS: MatchHit[] = Object.freeze([]) as unknown as MatchHit[];

/** Answers kept in the main thread, so a repeated name never travels again. */
const CACHE_SIZE = 400_000;


export class NamePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Names outstanding per worker. */
  private readonly load: number[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private readonly cache = new Map<string, MatchHit[]>();
  /** Names sent to a worker and not answered yet: which reply, and where in it. */
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
    const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb(entities) };
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
   * Hits for each name, as Matcher.matchName gives them: from the cache, from a reply
   * already on its way (an earlier batch asked), or sent now to a worker in one message.
   * One promise per reply awaited, not one per name.
   */
  answers(names: Iterable<string>): Promise<Map<string, MatchHit[]>> {
    const found = new Map<string, MatchHit[]>();
    const awaited: Array<{ name: string; reply: Promise<MatchHit[][]>; index: number }> = [];
    const fresh: string[] = [];
    for (const name of names) {
      const cached = this.cache.get(name);
      if (cached !== undefined) {
        found.set(name, cached);
        continue;
      }
      const onItsWay = this.requested.get(name);
      if (onItsWay !== undefined) awaited.push({ name, ...onItsWay });
      else fresh.push(name);
    }
    if (fresh.length > 0) {
      const reply = this.match(fresh);
      fresh.forEach((name, index) => {
        this.requested.set(name, { reply, index });
        awaited.push({ name, reply, index });
      });
      reply
        .then((all) => {
          fresh.forEach((name, i) => {
            this.requested.delete(name);
            if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
            this.cache.set(ownCopy(name), all[i] as MatchHit[]);
          });
        })
        .catch(() => undefined); // the caller's own wait below reports the failure
    }
    if (awaited.length === 0) return Promise.resolve(found);
    const replies = [...new Set(awaited.map((a) => a.reply))];
    return Promise.all(replies).then((results) => {
      const byReply = new Map(replies.map((r, i) => [r, results[i] as MatchHit[][]]));
      for (const { name, reply, index } of awaited) found.set(name, (byReply.get(reply) as MatchHit[][])[index] as MatchHit[]);
      return found;
    });
  }

  /** Worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Hits for each value, as Matcher.matchName gives them (no cache: see answers). */
  match(values: string[]): Promise<MatchHit[][]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    // The least busy worker (names outstanding) takes the batch.
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if ((this.load[i] as number) < (this.load[w] as number)) w = i;
    const id = this.nextId++;
    this.load[w] = (this.load[w] as number) + values.length;
    return new Promise<MatchHit[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w, count: values.length });
      (this.workers[w] as Worker).postMessage({ id, values } satisfies WireRequest);
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
 * A worker's old generation, from the list's size. Uncapped, V8 lets a worker's heap grow to
 * about three times its live data before collecting (a 2M-row run peaked 840 MB against 710
 * with a cap); a fixed 256 MB cap, though, killed the worker on a list four times the SDN's
 * size. The live data is the caches (bounded, ~100 MB when full) plus the index and the
 * names (~2 KB per list name): this allows twice that.
 */
export function workerHeapMb(entities: readonly Entity[]): number {
  let names = 0;
  for (const e of entities) names += e.names.length;
  return 256 + Math.ceil((names * 4) / 1024);
}

/** The bundled worker sits next to the bundled CLI (dist/name-worker.js). */
function defaultWorkerFile(): string {
  return path.join(__dirname, 'name-worker.js');
}
