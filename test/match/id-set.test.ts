import { IdSet } from '../../src/match/id-set';

describe('IdSet', () => {
  it('holds each id once, in the order first added, growing past its first capacity', () => {
    const set = new IdSet();
    for (const id of [5, 3, 5, 1000, 3, 0, 1000]) set.add(id);
    expect(set.ids).toEqual([5, 3, 1000, 0]);
  });

  it('is empty after clear, and takes the same ids again', () => {
    const set = new IdSet();
    set.add(7);
    set.add(8);
    set.clear();
    expect(set.ids).toEqual([]);
    set.add(8);
    set.add(7);
    set.add(8);
    expect(set.ids).toEqual([8, 7]);
  });
});
