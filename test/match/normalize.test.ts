import { normalizeName } from '../../src/match/normalize';

const texts = (raw: string): string[] => normalizeName(raw).tokens.map((t) => t.text);

describe('normalizeName', () => {
  it('folds full-width Latin and ideographic spaces (NFKC)', () => {
    expect(texts('ＰＲＩＧＯＺＨＩＮ　Ｙｅｖｇｅｎｉｙ')).toEqual(['prigozhin', 'yevgeniy']);
  });

  it('transliterates Russian Cyrillic the way OFAC writes it', () => {
    expect(texts('Пригожин Евгений Викторович')).toEqual(['prigozhin', 'yevgeniy', 'viktorovich']);
    expect(texts('Хрущёв')).toEqual(['khrushchev']);
  });

  it('reads Ukrainian и as y when the name is Ukrainian', () => {
    expect(texts('Тимошенко Юлія Володимирівна')).toEqual(['tymoshenko', 'yuliya', 'volodymyrivna']);
    expect(texts('Тимошенко Юлия Владимировна')).toEqual(['timoshenko', 'yuliya', 'vladimirovna']);
  });

  it('reads katakana and half-width katakana alike, keeping voicing marks', () => {
    expect(texts('ウラジーミル・プーチン')).toEqual(['urajimiru', 'puchin']);
    expect(texts('ﾌﾟｰﾁﾝ ｳﾗｼﾞｰﾐﾙ')).toEqual(['puchin', 'urajimiru']);
    expect(normalizeName('プーチン').tokens[0]?.origin).toBe('kana');
  });

  it('strips Latin diacritics and apostrophes, splits on punctuation', () => {
    expect(texts("José Núñez-O'Brien")).toEqual(['jose', 'nunez', 'obrien']);
    expect(texts('Müller, Jürgen')).toEqual(['muller', 'jurgen']);
  });

  it('rewrites legal forms written any way to one code', () => {
    const codes = (raw: string): string[] => normalizeName(raw).tokens.filter((t) => t.legal !== null).map((t) => t.text);
    expect(codes('OOO Argument')).toEqual(['llc']);
    expect(codes('Argument Limited Liability Company')).toEqual(['llc']);
    expect(codes('ООО «Аргумент»')).toEqual(['llc']);
    expect(codes('Obshchestvo s Ogranichennoy Otvetstvennostyu Argument')).toEqual(['llc']);
    expect(codes('AO Argument')).toEqual(['jsc']);
    expect(codes('株式会社ひまわり')).toEqual(['kk']);
    expect(codes('ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ')).toEqual(['kk']);
    // Mexico: "C.V." is two one-letter words after splitting, not an initialism.
    expect(texts('Valgo Grupo de Inversion, S.A. de C.V.')).toEqual(['valgo', 'grupo', 'de', 'inversion', 'sa']);
    expect(codes('Grupo Cinjab SA de CV')).toEqual(['sa']);
    expect(codes('Grupo Cinjab S.A.P.I. de C.V.')).toEqual(['sa']);
    expect(codes('Grupo Cinjab S.A.P.I.')).toEqual(['sa']);
    expect(texts('RH Litman, S. de R.L. de C.V.')).toEqual(['rh', 'litman', 'srl']);
    expect(codes('Tecnologia Optima S de RL')).toEqual(['srl']);
  });

  it('reads a dotted initialism as one word, and other dots as separators', () => {
    const texts = (raw: string): string[] => normalizeName(raw, { person: true }).tokens.map((t) => t.text);
    expect(texts('U.S.A. Trading')).toEqual(['usa', 'trading']);
    expect(texts('Bank of the U.S.A')).toEqual(['bank', 'of', 'the', 'usa']);
    expect(texts('A.B.C.D. Holding')).toEqual(['abcd', 'holding']);
    expect(texts('Ж.Б.Ц. Ivanov')).toEqual([normalizeName('ЖБЦ').tokens[0]?.text, 'ivanov']);
    // One letter and a dot, or dots further apart: separate words.
    expect(texts('J. Smith')).toEqual(['j', 'smith']);
    expect(texts('J.R. Smith')).toEqual(['j', 'r', 'smith']);
    expect(texts('Acme Co., Ltd.')).toEqual(['acme', 'co', 'ltd']);
    expect(texts('Jo.Ann.Lee')).toEqual(['jo', 'ann', 'lee']);
  });

  it('keeps a short word that only looks like a legal form in the middle of a name', () => {
    const tokens = normalizeName('Kim Co Min Co').tokens;
    expect(tokens.map((t) => t.text)).toEqual(['kim', 'co', 'min', 'co']);
    expect(tokens[1]?.legal).toBeNull();
    expect(tokens[3]?.legal?.code).toBe('co');
    expect(normalizeName('Ip Man').tokens[0]?.legal).toBeNull();
  });

  it('splits ASCII names (its own fast path) as it splits the same text in any script', () => {
    // A trailing CJK comma is a separator that sends the text down the general path.
    const texts: string[] = [];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      texts.push(`Ab${ch}Cd`, `${ch}Ivan${ch}${ch}Petrov${ch}`, `O${ch}Brien U.S.A${ch} LLC`, `OOO A.B.${ch}C.`);
    }
    for (const text of texts) {
      const general = normalizeName(`${text}\u3001`).tokens;
      expect({ text, tokens: normalizeName(text).tokens }).toEqual({ text, tokens: general });
    }
    expect(normalizeName("D'Souza-Smith_Jr.\tCo").tokens.map((t) => t.text)).toEqual(['dsouza', 'smith', 'jr', 'co']);
  });
});
