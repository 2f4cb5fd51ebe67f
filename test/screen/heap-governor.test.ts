import { HeapGovernor } from '../../src/screen/heap-governor';

// The screener asks once per input chunk; memory must stay flat on long files without a
// collection per chunk.
describe('HeapGovernor', () => {
  const MB = 1024 * 1024;

  function simulated(liveMb: number): { heap: { used: number }; governor: HeapGovernor } {
    const heap = { used: 0 };
    const collect = (): void => {
      heap.used = liveMb * MB; // what survives a full collection
    };
    return { heap, governor: new HeapGovernor(collect, () => heap.used, 96 * MB) };
  }

  it('leaves a heap under the floor alone', () => {
    const { heap, governor } = simulated(40);
    for (let mb = 0; mb < 96; mb += 4) {
      heap.used = mb * MB;
      governor.check();
    }
    expect(governor.collections).toBe(0);
  });

  it('collects past the floor, then lets the heap grow to 1.5 times what survived', () => {
    const { heap, governor } = simulated(120);
    let peak = 0;
    // 1,000 chunks, each promoting 1 MB of garbage.
    for (let chunk = 0; chunk < 1000; chunk++) {
      heap.used += MB;
      peak = Math.max(peak, heap.used);
      governor.check();
    }
    expect(peak).toBeLessThanOrEqual(180 * MB + MB); // 1.5 × 120 MB, plus one chunk
    // One collection per 60 MB of garbage (the first at the 96 MB floor), not one per chunk.
    expect(governor.collections).toBeGreaterThanOrEqual(15);
    expect(governor.collections).toBeLessThanOrEqual(17);
  });

  it('gets a real collector from this Node, and runs it', () => {
    // Without one the governor would silently leave the heap to V8 (memory as before).
    const governor = new HeapGovernor(undefined, undefined, 0);
    governor.check();
    expect(governor.collections).toBe(1);
  });

  it('does nothing when no collector is available', () => {
    const governor = new HeapGovernor(null, () => 1e12, 96 * MB);
    governor.check();
    expect(governor.collections).toBe(0);
  });
});
