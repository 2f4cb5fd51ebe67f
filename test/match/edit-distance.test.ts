import { boundedOsaDistance } from '../../src/match/edit-distance';
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
