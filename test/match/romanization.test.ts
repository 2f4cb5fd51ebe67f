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
