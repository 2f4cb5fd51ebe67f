import { scoreNames } from '../../src/match/pair';
import { DEFAULT_THRESHOLD } from '../../src/match/matcher';

const score = (q: string, list: string, kind?: 'primary' | 'weak'): number => scoreNames(q, list, kind).score;

describe('scoreNames: forms that must match the list entry', () => {
  const LIST = 'PRIGOZHIN, Yevgeniy Viktorovich';
  it.each([
    ['exact, list order', 'PRIGOZHIN, Yevgeniy Viktorovich'],
    ['other word order', 'Yevgeniy Viktorovich Prigozhin'],
    ['missing patronymic', 'Yevgeniy Prigozhin'],
    ['passport romanization', 'Evgenii Prigozhin'],
    ['German romanization', 'Jewgenij Prigoschin'],
    ['typo in the surname', 'Yevgeniy Prigozin'],
    ['Cyrillic', 'Пригожин Евгений Викторович'],
    ['full-width', 'ＰＲＩＧＯＺＨＩＮ　ＹＥＶＧＥＮＩＹ'],
    ['katakana', 'エフゲニー・プリゴジン'],
    ['half-width katakana', 'ﾌﾟﾘｺﾞｼﾞﾝ ｴﾌｹﾞﾆｰ'],
  ])('%s: %s', (_form, query) => {
    expect(score(query, LIST)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('ranks the exact form above a variant, and a variant above a typo', () => {
    expect(score(LIST, LIST)).toBe(100);
    expect(score('Evgenii Prigozhin', LIST)).toBeGreaterThan(score('Evgenii Prigozin', LIST));
  });

  it('matches organisations whatever way the legal form is written', () => {
    const list = 'LIMITED LIABILITY COMPANY ARGUMENT';
    expect(score('OOO Argument', list)).toBe(100);
    expect(score('ООО «Аргумент»', list)).toBe(100);
    expect(score('Argument LLC', list)).toBe(100);
  });

  it('matches a Mexican company however its S.A. de C.V. or S. de R.L. de C.V. is written', () => {
    const list = 'INMOBILIARIA ESTADO 29, S.A. DE C.V.';
    for (const query of ['Inmobiliaria Estado 29 S.A. de C.V.', 'Inmobiliaria Estado 29 SA de CV', 'Inmobiliaria Estado 29 S.A DE C.V', 'Inmobiliaria Estado 29 Sociedad Anonima de Capital Variable']) {
      expect({ query, score: score(query, list) }).toEqual({ query, score: 100 });
    }
    expect(score('RH Litman S de RL de CV', 'RH LITMAN, S. DE R.L. DE C.V.')).toBe(100);
  });
});

describe('scoreNames: what must not match', () => {
  it('a different surname with the same given name and patronymic', () => {
    expect(score('Ivanov Yevgeniy Viktorovich', 'PRIGOZHIN, Yevgeniy Viktorovich')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('a lone surname against a full name', () => {
    expect(score('Prigozhin', 'PRIGOZHIN, Yevgeniy Viktorovich')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('a different given name with the same surname', () => {
    expect(score('Ivan Petrov', 'PETROV, Sergei')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('short names stay strict: one letter turns Olga into Oleg', () => {
    expect(score('Olga Ivanova', 'IVANOVA, Olia')).toBeLessThan(score('Olga Ivanova', 'IVANOVA, Olga'));
    expect(scoreNames('Oleg', 'Olga').detail).toBeNull();
  });

  it('two Mexican companies that share one word and "S. de R.L. de C.V."', () => {
    // Read as words, "de", "c" and "v" (and "r", "l") paired and carried these over the threshold.
    expect(score('Servicios Integrales S. de R.L. de C.V.', 'SERVICIOS TECNICOS S. DE R.L. DE C.V.')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(score('ENVIGH S. DE R.L. DE C.V.', 'APH S. DE R.L. DE C.V.')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('a name of initials against words that only start with those letters', () => {
    expect(scoreNames('Jorfield Engineering S.r.l.', 'J & E S. DE R.L. DE C.V.').detail).toBeNull();
    // A function word agreeing ("de"; "e" is Spanish "and") is no more evidence than a first letter.
    expect(scoreNames('Comercializadora de Maquinaria SA de CV', 'C. DE M. S.A. DE C.V.').detail).toBeNull();
    expect(scoreNames('Jorfield E. S.r.l.', 'J & E S. DE R.L. DE C.V.').detail).toBeNull();
    expect(score('J. E. S.r.l.', 'J & E S. DE R.L. DE C.V.')).toBe(100);
    // One real pair, and the initials count again.
    expect(score('V. V. Putin', 'PUTIN, Vladimir Vladimirovich')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('a different legal form of the same name scores below the same form, and below the threshold', () => {
    expect(score('AO Argument', 'OOO ARGUMENT')).toBeLessThan(score('LLC Argument', 'OOO ARGUMENT'));
    expect(score('AO Argument', 'OOO ARGUMENT')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('two different patronymics count against a match (a different father)', () => {
    expect(score('Yevgeniy Ivanovich Prigozhin', 'PRIGOZHIN, Yevgeniy Viktorovich')).toBeLessThan(score('Yevgeniy Prigozhin', 'PRIGOZHIN, Yevgeniy Viktorovich'));
    expect(score('Nikolay Mikhaylovich Novikov', 'NOVICHKOV, Nikolay Vladimirovich')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('a typo in a long legal-form word still reads as the legal form', () => {
    expect(score('Limited Liabilty Company Argument', 'OOO ARGUMENT')).toBe(100);
    expect(scoreNames('International Cooperation', 'INTERNATIONAL COOPERATION').explanation).not.toMatch(/legal/);
  });

  it('a weak alias counts only when it matches whole', () => {
    expect(score('Vanya', 'VANYA', 'weak')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('Vanya Smith', 'VANYA', 'weak')).toBe(0);
  });
});

describe('explanations', () => {
  it('shows the token alignment and what was missing, from the same features as the score', () => {
    const { explanation } = scoreNames('Evgenii Prigozhin', 'PRIGOZHIN, Yevgeniy Viktorovich');
    expect(explanation).toContain('prigozhin≈PRIGOZHIN (exact)');
    expect(explanation).toContain('evgenii≈YEVGENIY (romanization)');
    expect(explanation).toMatch(/missing patronymic: VIKTOROVICH \(−\d+\.\d\)/);
  });

  it('names the katakana reading and the typo edits', () => {
    expect(scoreNames('プーチン', 'PUTIN').explanation).toBe('puchin≈PUTIN (katakana)');
    expect(scoreNames('Prigozin', 'PRIGOZHIN').explanation).toBe('prigozin≈PRIGOZHIN (typo, 1 edit)');
  });
});
