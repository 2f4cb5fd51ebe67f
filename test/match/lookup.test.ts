import path from 'node:path';
import type { Entity, LoadedList } from '../../src/lists/entity';
import { loadLists } from '../../src/lists/load';
import { explainCandidate, explainWallet, featureTable, findEntities, lookupAddress, lookupName, recomputeScore } from '../../src/match/lookup';
import { Matcher } from '../../src/match/matcher';
import { FEATURES } from '../../src/match/features';

const MINI = path.join(__dirname, '..', '..', 'fixtures', 'lists', 'ofac-sdn-mini');

let lists: LoadedList[];
beforeAll(async () => {
  lists = await loadLists([{ path: MINI }]);
});
const entity = (id: string): Entity => lists[0]!.entities.find((e) => e.id === id)!;

describe('lookupName / lookupAddress', () => {
  it('returns candidates below the screening threshold when the matcher floor is the minimum score', () => {
    const low = new Matcher(lists, { threshold: 50 });
    const result = lookupName(low, 'Zhdanova', 10);
    expect(result).toMatchObject({ kind: 'name', normalized: 'zhdanova', total: 1 });
    expect(result.candidates[0]).toMatchObject({ rank: 1, matchedKind: 'aka' });
    expect(result.candidates[0]!.score).toBeLessThan(80);
    expect(lookupName(new Matcher(lists, { threshold: 80 }), 'Zhdanova', 10).total).toBe(0);
  });

  it('ranks best first, honours the limit and keeps the total', () => {
    const m = new Matcher(lists, { threshold: 30 });
    const all = lookupName(m, 'National Bank of Iran', 10);
    expect(all.candidates.map((c) => c.entity.id)).toEqual(['306', '4632']); // equal scores: list order
    const one = lookupName(m, 'National Bank of Iran', 1);
    expect(one.candidates).toHaveLength(1);
    expect(one.total).toBe(all.total);
    expect(all.candidates.map((c) => c.rank)).toEqual(all.candidates.map((_, i) => i + 1));
  });

  it('reads Cyrillic and Katakana queries like the matcher does', () => {
    const m = new Matcher(lists, { threshold: 50 });
    expect(lookupName(m, 'Пригожин Евгений', 5)).toMatchObject({ normalized: 'prigozhin yevgeniy', note: 'cyrillic, 2 tokens' });
    expect(lookupName(m, 'Пригожин Евгений', 5).candidates[0]!.entity.id).toBe('21171');
    const kana = lookupName(m, 'ニシグチ・シゲオ', 5);
    expect(kana.normalized).toBe('~nishiguchi ~shigeo');
    expect(kana.candidates[0]?.entity.id).toBe('15496');
  });

  it('looks up wallets exactly, EVM case-insensitively', () => {
    const m = new Matcher(lists, { threshold: 50 });
    const r = lookupAddress(m, '0x7ff9cfad3877f21d41da833e2f775db0569ee3d9', 10);
    expect(r).toMatchObject({ kind: 'address', total: 1, note: 'EVM address, compared case-insensitively' });
    expect(r.candidates[0]).toMatchObject({ score: 100, matchedKind: 'wallet', matchedName: '0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9' });
    expect(lookupAddress(m, '0x0000000000000000000000000000000000000000', 10).total).toBe(0);
  });
});

describe('explainCandidate: the arithmetic behind a score', () => {
  it.each([
    ['Evgenii Prigozhin', '21171'],
    ['PRIGOZHIN Yevgeniy Viktorovich', '21171'],
    ['Пригожин Евгений', '21171'],
    ['Ekaterina Zhdanova', '45188'],
    ['Zhdanova', '45188'],
    ['Haji Ali Nawai', '9754'],
    ['Garantex Europe OU', '36025'],
    ['Garantex Europe LLC', '36025'],
    ['I. Maslov', '40969'],
    ['Ivan Aleksandrovich Maslov Jr', '40969'],
    ['BNC', '306'],
  ])('%s vs %s: the breakdown adds up to the matcher score', (query, id) => {
    const b = explainCandidate(query, entity(id));
    expect(recomputeScore(b)).toBe(b.score);
    const best = new Matcher(lists, { threshold: 0 }).matchNameExhaustive(query).find((h) => h.entity.id === id);
    expect(b.score).toBe(best?.score ?? 0);
    const sumW = b.pairWeights + b.unmatchedWeights;
    if (b.best !== null) expect(b.ratio).toBeCloseTo((100 * b.sumProducts) / sumW, 10);
    for (const p of b.pairs) expect(p.product).toBeCloseTo(p.sim * p.weight, 12);
  });

  it('lists every name of the entity, best first, and costs each unmatched part', () => {
    const b = explainCandidate('Evgenii Prigozhin Viktorovich', entity('21171'));
    expect(b.names.map((n) => n.kind)).toEqual(['primary', 'aka']);
    expect(b.best?.name).toBe('PRIGOZHIN, Yevgeniy Viktorovich');
    const b2 = explainCandidate('Ivan Maslov', entity('40969'));
    // Weights come from features.ts (being tuned): compare with them, not with literals.
    expect(b2.names).toEqual([
      { name: 'MASLOV, Ivan Aleksandrovich', kind: 'primary', score: b2.score },
      { name: 'MASLOV, Ivan Oleksandrovich', kind: 'weak', score: 0 },
    ]);
    expect(b2.unmatched).toEqual([{ side: 'list', token: 'aleksandrovich', feature: 'missing patronymic', weight: FEATURES.missingPatronymic.value, cost: expect.any(Number) }]);
    expect(b2.unmatched[0]!.cost).toBeCloseTo(Math.round(10 * (100 - (100 * 2) / (2 + FEATURES.missingPatronymic.value))) / 10, 5);
    expect(b2).toMatchObject({ sumProducts: 2, pairWeights: 2, unmatchedWeights: FEATURES.missingPatronymic.value });
  });

  it('applies the weak-alias rule (×0.9, whole only)', () => {
    // 306 has the weak alias BNC (remarks "a.k.a. 'BNC'").
    const b = explainCandidate('BNC', entity('306'));
    expect(b.best?.kind).toBe('weak');
    expect(b.weakAlias).toEqual({ applies: true, allTokensMatched: true, factor: 0.9 });
    expect(b.score).toBe(Math.round(1000 * FEATURES.weakAlias.value) / 10);
  });

  it('scores 0 with no best name when nothing pairs', () => {
    const b = explainCandidate('Tanaka Taro', entity('21171'));
    expect(b).toMatchObject({ best: null, score: 0, pairs: [], explanation: 'no name of this entity scores: no word of the query pairs with it, other than as an initial or a function word' });
    expect(b.names.every((n) => n.score === null)).toBe(true);
  });

  it('exposes the whole feature table', () => {
    const table = featureTable();
    expect(table.map((f) => f.key)).toEqual(Object.keys(FEATURES));
    expect(table[0]).toEqual({ key: 'exact', ...FEATURES.exact });
  });
});

describe('entities and wallets for --explain', () => {
  it('finds an entity by ID or LIST:ID', () => {
    const m = new Matcher(lists, { threshold: 50 });
    expect(findEntities(m, '21171').map((e) => e.id)).toEqual(['21171']);
    expect(findEntities(m, 'ofac-sdn:21171').map((e) => e.id)).toEqual(['21171']);
    expect(findEntities(m, 'un:21171')).toEqual([]);
    expect(findEntities(m, '1')).toEqual([]);
  });

  it('marks the wallet a query matches, exact or by prefix of a cut-short address', () => {
    const w = explainWallet('0X7ff9cfad3877f21d41da833e2f775db0569ee3d9', entity('36025'));
    expect(w.map((x) => x.match)).toEqual(['none', 'none', 'none']);
    expect(explainWallet('0x7ff9cfad3877f21d41da833e2f775db0569ee3d9', entity('36025')).map((x) => x.match)).toEqual(['none', 'exact', 'none']);
    const partial = entity('30518').wallets.find((x) => x.partial === true)!;
    expect(explainWallet(`${partial.address}abcdefghijkmnopqrstuvwxyz`, entity('30518')).find((x) => x.partial)?.match).toBe('prefix');
  });
});
