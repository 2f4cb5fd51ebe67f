import { boundedOsaDistance, osaByRows } from '../../src/match/edit-distance';
import { distance } from 'fastest-levenshtein';

describe('boundedOsaDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(boundedOsaDistance('donlad', 'donald', 2)).toBe(1);
    expect(distance('donlad', 'donald')).toBe(2);
  });

  it('agrees with Levenshtein when nothing is transposed', () => {
    const pairs = [['prigozhin', 'prigozin'], ['kitten', 'sitting'], ['', 'abc'], ['abc', 'abc'], ['ivanov', 'ivanova']];
    for (const [a, b] of pairs) expect(boundedOsaDistance(a!, b!, 5)).toBe(distance(a!, b!));
  });

  it('stops at the bound', () => {
    expect(boundedOsaDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(boundedOsaDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('boundedOsaDistance against the row-by-row DP', () => {
  // A seeded generator: the same strings every run, so a failure can be reproduced.
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const word = (alphabet: string, length: number): string => {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    return s;
  };
  /** b: a's letters with some changed, inserted, dropped or swapped: near pairs, as the index verifies. */
  const near = (a: string, alphabet: string): string => {
    let b = '';
    for (let i = 0; i < a.length; i++) {
      const r = random();
      if (r < 0.08) continue;
      if (r < 0.16) b += word(alphabet, 1);
      if (r < 0.24 && i + 1 < a.length) {
        b += (a[i + 1] as string) + (a[i] as string);
        i++;
        continue;
      }
      b += r < 0.3 ? word(alphabet, 1) : a[i];
    }
    return b;
  };

  it('gives the same distance for every bound, on short, long (over 32) and non-ASCII strings', () => {
    // Small alphabets make repeats and transpositions of equal letters common: the hard cases.
    const alphabets = ['ab', 'abc', 'abcdefghijklmnopqrstuvwxyz0123456789', 'aéж'];
    let checked = 0;
    const wrong: Array<[string, string, number, number]> = [];
    for (let i = 0; i < 12_000; i++) {
      const alphabet = alphabets[i % alphabets.length] as string;
      const a = word(alphabet, Math.floor(random() * 40));
      const b = random() < 0.7 ? near(a, alphabet) : word(alphabet, Math.floor(random() * 40));
      const exact = osaByRows(a, b, 1000);
      for (const max of [0, 1, 2, 3, 50]) {
        const got = boundedOsaDistance(a, b, max);
        // Symmetric too: the bit-parallel pass takes either string as its pattern.
        if (got !== (exact <= max ? exact : max + 1) || boundedOsaDistance(b, a, max) !== got) wrong.push([a, b, max, got]);
        checked++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBe(60_000);
  });

  it('the DP reference itself: Levenshtein, but a swap of neighbours is one edit', () => {
    expect(osaByRows('donlad', 'donald', 10)).toBe(1);
    expect(osaByRows('ca', 'abc', 10)).toBe(3); // OSA, not Damerau: no edit of a swapped pair
    expect(osaByRows('kitten', 'sitting', 10)).toBe(distance('kitten', 'sitting'));
  });
});
