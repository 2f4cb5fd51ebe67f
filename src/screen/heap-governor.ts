// Keeps the main thread's heap near its live data, so a long file peaks where a short one
// does.
//
// Why: V8 sizes a heap's next collection from its maximum size, and the main thread's
// maximum is a few GB on any machine with memory: it lets the old generation grow to about
// four times the live data before a full collection. When that happens depends on the run; a 2M-row
// file peaked 120 MB higher than a 1M-row one. A worker can be given a smaller maximum
// (name-pool.ts does), the main thread cannot from inside the process. So the screener
// calls check() once per input chunk: past the limit, a full collection, and the next limit
// at 1.5 times what survived it (~35 MB live here: the entities ~16 MB, the answer caches'
// values, rows in flight). Measured on 1M rows: since the input is read in 64 KB chunks and
// batches wait for their names as records, the main thread promotes ~4 MB/s and the
// governor runs 2–3 full collections at its 64 MB floor (with 256 KB chunks and parsed rows
// waiting, 26 at 80 MB). Without the governor: ~500 and ~600 MB peak (1M and 2M rows).
// 96 MB and 1.5 × cost ~10% when the live data was larger (input chunks kept alive by
// slices): a forced collection slows what follows it more than its own pause.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this the heap is left to V8: small inputs never pay for a collection. */
const FLOOR_BYTES = 64 * 1024 * 1024;
const GROWTH = 1.5;

/**
 * A function that runs a full collection: Node's own `gc` when node runs with --expose-gc,
 * else the same function exposed at run time (the flag is read when a context is created),
 * or null if this Node refuses it; then the heap is V8's alone.
 */
function findCollector(): (() => void) | null {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return own;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    // Only the context made above gets `gc`; contexts made later do not.
    v8.setFlagsFromString('--no-expose-gc');
  }
}

let collector: (() => void) | null | undefined;

/** Looked up once per process: each lookup makes a context that the function keeps alive. */
export function defaultCollector(): (() => void) | null {
  if (collector === undefined) collector = findCollector();
  return collector;
}

export class HeapGovernor {
  private limit: number;
  /** Full collections run so far. */
  collections = 0;

  constructor(
    private readonly collect: (() => void) | null = defaultCollector(),
    private readonly usedBytes: () => number = () => v8.getHeapStatistics().used_heap_size,
    private readonly floor = FLOOR_BYTES,
  ) {
    this.limit = floor;
  }

  /** Collects if the heap has grown past the limit. Cheap otherwise (one heap statistics call). */
  check(): void {
    if (this.collect === null || this.usedBytes() < this.limit) return;
    this.collect();
    this.collections++;
    this.limit = Math.max(this.floor, this.usedBytes() * GROWTH);
  }
}
