import { AnswerCache } from '../../src/match/answer-cache';

// The screening caches hold a name's hits: a wrong answer for a key would flag the wrong
// counterparty or clear a sanctioned one. So: exact keys, bounded size, hot keys kept.
describe('AnswerCache', () => {
  it('returns what was stored for exactly that key, in any script', () => {
    const cache = new AnswerCache<string>(64);
    const keys = ['ivan petrov', 'IVAN PETROV', 'ivan petro', 'ivan petrov ', 'Пригожин', 'ﾌﾟﾘｺﾞｼﾞﾝ', 'ＰＲＩＧＯＺＨＩＮ', '', 'a'];
    keys.forEach((k, i) => cache.set(k, `v${i}`));
    keys.forEach((k, i) => expect(cache.get(k)).toBe(`v${i}`));
    expect(cache.get('ivan')).toBeUndefined();
    expect(cache.get('ivan petrov  ')).toBeUndefined();
  });

  it('keeps one-byte and two-byte keys apart, whatever their bytes (Latin-1 keys take one byte a character)', () => {
    // 'Ā' (U+0100) is stored as the bytes 01 00; '\u0001' as 01; 'é' (U+00E9) as one byte E9.
    // A lookup must compare characters, not bytes, or these would alias.
    const cache = new AnswerCache<string>(64, 4);
    const keys = ['Ā', '\u0001', '\u0001\u0000', 'é', '\u00e9\u0000', 'ĀĀ', '\u0001\u0000\u0001\u0000', 'Zoë Müller', 'Зоя', 'ゾエ'];
    keys.forEach((k, i) => cache.set(k, `v${i}`));
    keys.forEach((k, i) => expect(cache.get(k)).toBe(`v${i}`));
    expect(cache.get('\u0100\u0000')).toBeUndefined();
    expect(cache.get('Zoe Muller')).toBeUndefined();
  });

  it('tells apart hundreds of keys that share buckets (colliding probes compare characters)', () => {
    // 16 entries per generation: 32 slots, so probe chains are long and hashes share slots.
    const cache = new AnswerCache<number>(16);
    for (let round = 0; round < 50; round++) {
      const keys = Array.from({ length: 16 }, (_, i) => `name ${round} ${i}`);
      keys.forEach((k, i) => cache.set(k, round * 100 + i));
      keys.forEach((k, i) => expect(cache.get(k)).toBe(round * 100 + i));
      expect(cache.size).toBeLessThanOrEqual(32);
    }
  });

  it('keeps apart two keys with the same 32-bit hash', () => {
    // FNV-1a collides on these two (found by search): only the characters tell them apart.
    const cache = new AnswerCache<string>(8);
    cache.set('name 449599', 'first');
    expect(cache.get('name 612382')).toBeUndefined();
    cache.set('name 612382', 'second');
    expect(cache.get('name 449599')).toBe('first');
    expect(cache.get('name 612382')).toBe('second');
  });

  it('overwrites a key set again, in either generation', () => {
    const cache = new AnswerCache<string>(8);
    cache.set('acme', 'old');
    cache.set('acme', 'new');
    expect(cache.get('acme')).toBe('new');
    // Push 'acme' into the old generation, then set it again: the new value wins, and
    // still does after the generation holding the old value is dropped.
    for (let i = 0; i < 8; i++) cache.set(`filler ${i}`, 'x');
    cache.set('acme', 'newer');
    expect(cache.get('acme')).toBe('newer');
    for (let i = 8; i < 15; i++) cache.set(`filler ${i}`, 'x');
    expect(cache.get('acme')).toBe('newer');
  });

  it('stays bounded however many keys pass, and forgets the ones not seen again', () => {
    const cache = new AnswerCache<number>(1000);
    for (let i = 0; i < 100_000; i++) cache.set(`counterparty ${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(2000);
    expect(cache.get('counterparty 0')).toBeUndefined();
    expect(cache.get('counterparty 99999')).toBe(99999);
  });

  it('keeps a key that keeps being asked for while others come and go', () => {
    const cache = new AnswerCache<string>(100);
    cache.set('sberbank', 'hit');
    for (let i = 0; i < 10_000; i++) {
      cache.set(`once ${i}`, 'clear');
      if (i % 50 === 0) expect(cache.get('sberbank')).toBe('hit');
    }
    expect(cache.get('sberbank')).toBe('hit');
  });

  it('fills a generation by characters too: long keys mean fewer entries, not more memory', () => {
    const cache = new AnswerCache<number>(100, 10); // 1,000 characters per generation
    const long = 'x'.repeat(400);
    for (let i = 0; i < 10; i++) cache.set(`${long}${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(4); // two 400-character keys per generation
    expect(cache.get(`${long}9`)).toBe(9);
    expect(cache.get(`${long}0`)).toBeUndefined();
  });

  it('forgets everything on clear (the index clears its partner cache when the list grows)', () => {
    const cache = new AnswerCache<number>(4);
    for (let i = 0; i < 6; i++) cache.set(`k${i}`, i); // both generations hold keys
    cache.clear();
    expect(cache.size).toBe(0);
    for (let i = 0; i < 6; i++) expect(cache.get(`k${i}`)).toBeUndefined();
    cache.set('k1', 10);
    expect(cache.get('k1')).toBe(10);
  });

  it('never caches what cannot fit, and a size of 0 caches nothing', () => {
    const tiny = new AnswerCache<number>(1, 4);
    tiny.set('far too long for the arena', 1);
    expect(tiny.get('far too long for the arena')).toBeUndefined();
    tiny.set('ok', 2);
    expect(tiny.get('ok')).toBe(2);
    const none = new AnswerCache<number>(0);
    none.set('x', 1);
    expect(none.get('x')).toBeUndefined();
    expect(none.size).toBe(0);
  });

  it('answers a batch (getMany) exactly as key-by-key lookups do, across both generations and duplicates', () => {
    const cache = new AnswerCache<string>(32, 8);
    const keys = Array.from({ length: 80 }, (_, i) => (i % 7 === 0 ? `Пётр ${i}` : `name ${i}`));
    keys.forEach((k, i) => cache.set(k, `v${i}`)); // 80 keys through 32-entry generations: the first ones are gone
    const batch = [...keys, 'never set', keys[79] as string, keys[50] as string, 'x'.repeat(600), ''];
    const expected = batch.map((k) => cache.get(k));
    expect(expected.filter((v) => v !== undefined).length).toBeGreaterThan(20);
    const found: Array<string | undefined> = [];
    cache.getMany(batch, found);
    expect(found).toEqual(expected);
    const empty = new AnswerCache<string>(8);
    const none: Array<string | undefined> = ['stale'];
    empty.getMany(['a'], none);
    expect(none).toEqual([undefined]);
  });

  it('keeps the common value apart from others when a key changes value either way', () => {
    const NONE: string[] = [];
    const cache = new AnswerCache<string[]>(8, 24, NONE);
    const hit = ['Igor'];
    cache.set('a', NONE);
    cache.set('b', hit);
    expect(cache.get('a')).toBe(NONE);
    expect(cache.get('b')).toBe(hit);
    cache.set('a', hit);
    cache.set('b', NONE);
    expect(cache.get('a')).toBe(hit);
    expect(cache.get('b')).toBe(NONE);
    // An equal but distinct empty array is not the common value: it is kept as itself.
    const other: string[] = [];
    cache.set('c', other);
    expect(cache.get('c')).toBe(other);
  });
});
