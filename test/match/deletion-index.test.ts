import { DeletionIndex } from '../../src/match/deletion-index';
import { boundedOsaDistance } from '../../src/match/edit-distance';
import { editBudget, kanaEditBudget } from '../../src/match/features';

/** Deterministic words of 2–12 letters from a small alphabet, so near neighbours are common. */
function words(count: number, seed: number): string[] {
  let s = seed;
  const rand = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    const length = 2 + rand(11);
    for (let i = 0; i < length; i++) w += 'aeiknorstv'[rand(10)];
    out.add(w);
  }
  return [...out];
}

describe('DeletionIndex', () => {
  // The candidate index relies on it to find every list word within the edit budget of a
  // query word: a word it misses is a sanctioned name never scored.
  for (const [name, budget] of [
    ['editBudget', editBudget],
    ['kanaEditBudget', kanaEditBudget],
  ] as const) {
    it(`finds every stored word within the edit budget of the query (${name})`, () => {
      const stored = words(1500, 3);
      const index = new DeletionIndex(budget);
      stored.forEach((w, id) => index.add(w, id));
      const queries = words(400, 5);
      let pairs = 0;
      for (const q of queries) {
        const found = new Set<number>();
        index.search(q, found);
        stored.forEach((w, id) => {
          const allowed = budget(Math.max(w.length, q.length));
          if (allowed === 0 || boundedOsaDistance(q, w, allowed) > allowed) return;
          pairs++;
          expect({ q, w, found: found.has(id) }).toEqual({ q, w, found: true });
        });
      }
      // The word sets are dense enough that the check above is not vacuous.
      expect(pairs).toBeGreaterThan(40);
    });
  }
});
