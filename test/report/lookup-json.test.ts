import { explainJson, LOOKUP_JSON_VERSION, lookupJson } from '../../src/report/lookup-json';
import { nameExplain, nameResult, report, walletResult } from './lookup-helpers';

describe('lookup json', () => {
  it('is one document with the documented keys, in order', () => {
    const doc = JSON.parse(lookupJson(report([nameResult(), walletResult()])));
    expect(Object.keys(doc)).toEqual(['lookup_version', 'min_score', 'threshold', 'limit', 'queries', 'lists']);
    expect(doc).toMatchObject({ lookup_version: LOOKUP_JSON_VERSION, min_score: 50, threshold: 80, limit: 10 });
    const [q, w] = doc.queries;
    expect(Object.keys(q)).toEqual(['query', 'kind', 'normalized', 'note', 'total', 'candidates']);
    const c = q.candidates[0];
    expect(Object.keys(c)).toEqual(['rank', 'score', 'at_or_above_threshold', 'list', 'entity', 'matched_name', 'matched_kind', 'explanation']);
    expect(Object.keys(c.entity)).toEqual(['id', 'type', 'name', 'programs', 'aliases', 'birth_dates', 'nationalities', 'countries', 'addresses', 'wallets', 'remarks']);
    expect(c).toMatchObject({ rank: 1, score: 97.5, at_or_above_threshold: true, list: 'ofac-sdn', matched_name: 'PRIGOZHIN, Evgeny', matched_kind: 'aka' });
    expect(c.entity.aliases).toEqual([{ name: 'PRIGOZHIN, Evgeny', kind: 'aka' }, { name: 'CHEF', kind: 'weak' }]);
    expect(c.entity.remarks).toMatch(/INTERNET RESEARCH AGENCY LLC\.$/); // whole remarks, not the excerpt
    expect(q.candidates[1].at_or_above_threshold).toBe(false);
    expect(w).toMatchObject({ kind: 'address', candidates: [{ matched_kind: 'wallet', score: 100 }] });
    expect(w.candidates[0].entity.wallets).toEqual([
      { ticker: 'ETH', address: '0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9', partial: false },
      { ticker: 'XBT', address: '1Gq', partial: true },
    ]);
    expect(doc.lists[0]).toMatchObject({ id: 'ofac-sdn' });
  });

  it('explain json carries the breakdown and the arithmetic, consistent with the score', () => {
    const r = nameExplain();
    const doc = JSON.parse(explainJson(r));
    expect(Object.keys(doc)).toEqual([
      'explain_version', 'query', 'kind', 'query_tokens', 'threshold', 'score', 'at_or_above_threshold', 'list', 'entity', 'names', 'best',
      'pairs', 'unmatched', 'weak_alias', 'arithmetic', 'explanation', 'features',
    ]);
    expect(doc.query_tokens).toEqual(['evgenii', 'prigozhin', 'viktorovich', 'jr']);
    expect(doc.pairs[0]).toEqual(expect.objectContaining({ query: expect.any(String), list: expect.any(String), how: expect.any(String), similarity: expect.any(Number), weight: 1 }));
    expect(doc.unmatched).toEqual([{ side: 'query', token: 'jr', feature: 'extra', weight: 0.8, cost: expect.any(Number) }]);
    const a = doc.arithmetic;
    expect(a.sum_weights).toBeCloseTo(a.pair_weights + a.unmatched_weights, 12);
    expect(Math.round(10 * ((100 * a.sum_products) / a.sum_weights)) / 10).toBe(doc.score);
    expect(doc.weak_alias).toEqual({ applies: false, all_tokens_matched: false, factor: 0.9 });
    expect(doc.features.map((f: { key: string }) => f.key)).toContain('missingPatronymic');
  });

  it('explain json for a wallet', () => {
    const doc = JSON.parse(
      explainJson({ kind: 'address', query: 'q', entity: nameResult().candidates[1]!.entity, wallets: [], score: 0, explanation: 'none', threshold: 80 }),
    );
    expect(doc).toMatchObject({ kind: 'address', score: 0, at_or_above_threshold: false, wallets: [], list: 'ofac-sdn' });
  });
});
