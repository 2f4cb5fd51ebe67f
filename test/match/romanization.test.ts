import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { romanizationKey, ROMANIZATION_RULES } from '../../src/match/romanization';
import { kanaKeyOfLatin, kanaKeyOfRomaji } from '../../src/match/kana-key';
import { kanaToRomaji } from '../../src/match/katakana';

describe('romanization key', () => {
  const same = (spellings: string[]): void => {
    const keys = new Set(spellings.map((s) => romanizationKey(s)));
    expect({ spellings, keys: [...keys] }).toEqual({ spellings, keys: [romanizationKey(spellings[0] as string)] });
  };

  it('joins passport, press, German and French spellings of one name', () => {
    same(['yevgeniy', 'evgenii', 'evgeny', 'jewgenij', 'yevgeny']);
    same(['yuriy', 'iurii', 'yury', 'juri']);
    same(['aleksey', 'aleksei', 'alexei', 'alexey']);
    same(['dmitriy', 'dmitrii', 'dmitry']);
    same(['viktorovich', 'viktorowitsch', 'viktorovitch']);
    same(['smirnov', 'smirnoff', 'smirnow']);
    same(['putin', 'poutine']);
    same(['tatyana', 'tatiana', 'tatjana']);
  });

  it('keeps different names apart', () => {
    expect(romanizationKey('ivan')).not.toBe(romanizationKey('ivanov'));
    expect(romanizationKey('sergei')).not.toBe(romanizationKey('sergeev'));
    expect(romanizationKey('olga')).not.toBe(romanizationKey('oleg'));
  });

  it('documents every rule', () => {
    for (const rule of ROMANIZATION_RULES) expect(rule.why.length).toBeGreaterThan(5);
  });

  it('skips only rules that could not have changed the key (same key as running every rule)', () => {
    const everyRule = (token: string): string => ROMANIZATION_RULES.reduce((key, rule) => key.replace(rule.pattern, rule.replacement), token);
    const words = new Set<string>();
    // Every string of up to four letters the rules are written in, plus a letter none uses:
    // all the ways rules meet, overlap and feed one another within a few letters.
    const letters = [...new Set(ROMANIZATION_RULES.flatMap((rule) => [...rule.pattern.source.replace(/[^a-z]/g, '')]))].join('') + 'b';
    const grow = (prefix: string): void => {
      words.add(prefix);
      if (prefix.length < 4) for (const c of letters) grow(prefix + c);
    };
    grow('');
    // Every word of the bundled SDN list's names, and longer random strings of those letters.
    const sdn = readFileSync(join(__dirname, '../../fixtures/ofac-sdn-2023-12-28/sdn.csv'), 'latin1');
    for (const word of sdn.toLowerCase().split(/[^a-z0-9]+/)) words.add(word);
    let seed = 11;
    for (let i = 0; i < 20_000; i++) {
      let w = '';
      const length = 5 + (i % 10);
      for (let j = 0; j < length; j++) {
        seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
        w += letters[seed % letters.length];
      }
      words.add(w);
    }
    const differ = [...words].filter((w) => romanizationKey(w) !== everyRule(w));
    expect(differ.slice(0, 5)).toEqual([]);
    expect(words.size).toBeGreaterThan(150_000);
  });
});

describe('kana key', () => {
  const key = (kana: string): string => kanaKeyOfRomaji(kanaToRomaji(kana));

  it.each([
    ['putin', 'プーチン'],
    ['prigozhin', 'プリゴジン'],
    ['yevgeniy', 'エフゲニー'],
    ['ivanov', 'イワノフ'],
    ['lavrov', 'ラブロフ'],
    ['medvedev', 'メドヴェージェフ'],
    ['lukashenko', 'ルカシェンコ'],
    ['abramovich', 'アブラモヴィッチ'],
    ['sergey', 'セルゲイ'],
    ['dmitriy', 'ドミトリー'],
    ['timchenko', 'ティムチェンコ'],
  ])('writes %s the way Japanese does (%s)', (latin, kana) => {
    expect(kanaKeyOfLatin(latin)).toBe(key(kana));
  });

  it('does not confuse different Russian names', () => {
    expect(kanaKeyOfLatin('ivanov')).not.toBe(key('イワノワ'));
    expect(kanaKeyOfLatin('putin')).not.toBe(key('プーシキン'));
  });
});
