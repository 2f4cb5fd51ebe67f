// Worker thread of the name pool (name-pool.ts): builds its own name index from the
// entities it is handed and answers batches of normalized names (token-wire.ts). Hits
// travel as entity positions (in the order the main thread flattened the lists), never as
// entity objects.
import { parentPort, workerData } from 'node:worker_threads';
import type { Entity, LoadedList } from '../lists/entity';
import { Matcher } from '../match/matcher';
import { decodeTokens } from '../match/token-wire';
import type { PoolSetup, WireHit, WireReply, WireRequest } from './name-pool';

function start(setup: PoolSetup): void {
  const port = parentPort;
  if (port === null) throw new Error('name-worker.ts runs as a worker thread');
  // Only what indexing needs: names and type. The rest of each entity stays in the main thread.
  // A literal, not a spread of the cloned object: V8 gave each spread copy a hidden class of its own.
  // The unused fields share one empty array and one source: 13,821 entities × 7 objects was ~3 MB.
  const none = Object.freeze([]) as never[];
  const source = { file: '', line: 1 };
  const entities = setup.entities.map(
    (e, i): Entity => ({ id: String(i), list: '', type: e.type, names: e.names, programs: none, countries: none, nationalities: none, birthDates: none, wallets: none, addresses: none, remarks: '', source }),
  );
  const list: LoadedList = { info: { id: '', format: '', files: [], date: null, dateSource: 'unknown', entities: entities.length, names: 0, wallets: 0, loadMs: 0 }, entities };
  // The main thread caches answers and sends each normalized query once: no cache here.
  const matcher = new Matcher([list], { threshold: setup.threshold, cacheSize: 0, rawCacheSize: 0 });
  // Indexed now: the index keeps each name's text, and a hit needs only the entity's
  // position. The names as handed over (~3 MB of objects and arrays) can go, and so can the
  // handed-over list, which workerData would otherwise keep for the worker's whole life.
  for (const entity of entities) entity.names = none;
  setup.entities.length = 0;
  port.on('message', (request: WireRequest) => {
    const hits: WireHit[][] = request.queries.map((query) =>
      // An entity's id here is its position in the main thread's list.
      matcher.matchTokens(decodeTokens(query)).map((h): WireHit => [Number(h.entity.id), h.score, h.matchedName, h.explanation]),
    );
    const reply: WireReply = { id: request.id, hits };
    port.postMessage(reply);
  });
  port.postMessage({ id: -1, hits: [] } satisfies WireReply);
}

start(workerData as PoolSetup);
