import { IdSet } from '../../src/match/id-set';

describe('IdSet', () => {
  it('holds each id once, in the order first added, growing past its first capacity', () => {
    const set = new IdSet();
    for (const id of [5, 3, 5, 1000, 3, 0, 1000]) set.add(id);
    expect(set.ids).toEqual([5, 3, 1000, 0]);
    expect(set.size).toBe(4);
    expect(set.has(1000)).toBe(true);
    expect(set.has(4)).toBe(false);
    expect(set.has(1_000_000)).toBe(false);
  });

  it('is empty after clear, and takes the same ids again', () => {
    const set = new IdSet();
    set.add(7);
    set.add(8);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has(7)).toBe(false);
    set.add(8);
    set.add(7);
    expect(set.ids).toEqual([8, 7]);
  });
});
