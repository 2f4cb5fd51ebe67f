import { normalizeName } from '../../src/match/normalize';
import { decodeTokens, encodeTokens } from '../../src/match/token-wire';

// Name workers get each query as encodeTokens' string and must score exactly the tokens
// the main thread's normalizeName produced: every field, for every script and form.
const NAMES = [
  'PUTIN, Vladimir Vladimirovich',
  'Пригожин Евгений Викторович',
  'Шевченко Тарас Григорович', // Ukrainian transliteration
  'エフゲニー・プリゴジン',
  'ﾌﾟﾘｺﾞｼﾞﾝ ｴﾌｹﾞﾆｰ', // half-width katakana
  'ＰＲＩＧＯＺＨＩＮ Ｅｖｇｅｎｙ',
  'OOO "Argument"',
  'Limited Liability Company Acme Trading',
  'ООО Ромашка',
  '株式会社ひまわり商事',
  'Sheikh Ahmed bin Yassin',
  'Müller-Lüdenscheidt GmbH',
  'Ðorđe Šćepanović',
  'S.A.L. Bank of Beirut',
  'V. V. Putin 2nd',
  '北京 Trading 有限公司',
];

describe('token wire format', () => {
  it.each(NAMES)('rebuilds the tokens of %s field for field', (name) => {
    for (const person of [false, true]) {
      const tokens = normalizeName(name, { person }).tokens;
      expect(tokens.length).toBeGreaterThan(0);
      expect(decodeTokens(encodeTokens(tokens))).toEqual(tokens);
    }
  });

  it('keeps a legal form apart from the same plain word, and kana apart from Latin', () => {
    const legal = normalizeName('Acme LLC').tokens;
    const plain = normalizeName('LLC Acme Trading', { person: true }).tokens;
    expect(encodeTokens(legal)).not.toContain(encodeTokens(plain).split(' ')[0]);
    expect(encodeTokens(normalizeName('タナカ').tokens)).not.toEqual(encodeTokens(normalizeName('tanaka').tokens));
  });

  it('encodes no tokens as the empty string, and refuses what it cannot rebuild', () => {
    expect(decodeTokens(encodeTokens([]))).toEqual([]);
    expect(() => decodeTokens('#notaform')).toThrow(/unknown legal form/);
    expect(() => decodeTokens('?abc')).toThrow(/bad token/);
  });
});
