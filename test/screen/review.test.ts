import { AllowlistIndex, parseAllowlist } from '../../src/screen/allowlist';
import { JurisdictionRule, resolveJurisdictions } from '../../src/screen/jurisdiction';
import type { Hit } from '../../src/screen/record';
import { createReview } from '../../src/screen/review';

const nameHit: Hit = {
  column: 'name',
  value: 'Ekaterina Zhdanova',
  kind: 'name',
  score: 97.5,
  list: 'ofac-sdn',
  entity: { id: '45188', name: 'ZHDANOVA, Ekaterina Valeryevna', type: 'individual', programs: [] },
  matchedName: 'ZHDANOVA, Yekaterina',
  explanation: 'x',
};

const rule = (): JurisdictionRule => new JurisdictionRule(resolveJurisdictions(['RU', 'BY']));
const allow = (rows: string): AllowlistIndex =>
  new AllowlistIndex(parseAllowlist(`value,entity_id,list,reason,reviewer,decided,expires\n${rows}`, 'allow.csv'), '2024-06-15');

describe('row review: jurisdiction rule, then allowlist', () => {
  it('adds jurisdiction hits after the list hits', () => {
    const warnings: string[] = [];
    const review = createReview({ jurisdiction: rule(), countryColumns: [], allowlist: null, warn: (w) => warnings.push(w) });
    review.start(['name', 'country']);
    const out = review.row(2, ['Ekaterina Zhdanova', 'Россия'], [nameHit]);
    expect(out.hits.map((h) => h.entity.id)).toEqual(['45188', 'jurisdiction:RU']);
    expect(out.suppressed).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('is off without a country or address column, warning only when the set was asked for', () => {
    const warnings: string[] = [];
    const quiet = createReview({ jurisdiction: rule(), countryColumns: [], allowlist: null, warn: (w) => warnings.push(w) });
    quiet.start(['name', 'amount']);
    expect(quiet.row(2, ['Ivan', 'RU'], []).hits).toEqual([]);
    expect(warnings).toEqual([]);
    const asked = createReview({ jurisdiction: rule(), countryColumns: [], allowlist: null, jurisdictionExplicit: true, warn: (w) => warnings.push(w) });
    asked.start(['name', 'amount']);
    expect(warnings).toEqual(['jurisdiction rule off: the input has no country or address column (name one with --country-column)']);
  });

  it('does nothing with --no-jurisdiction (rule null)', () => {
    const review = createReview({ jurisdiction: null, countryColumns: [], allowlist: null, warn: () => {} });
    review.start(['name', 'country']);
    expect(review.row(2, ['Ivan', 'RU'], []).hits).toEqual([]);
    expect(review.columns).toBeNull();
  });

  it('suppresses list and jurisdiction hits the allowlist covers', () => {
    const index = allow('Ekaterina Zhdanova,45188,ofac-sdn,Namesake,A. Suzuki,2024-01-10,2024-12-31\nРоссия,jurisdiction:RU,,Staff account,B. Tanaka,2024-06-01,2024-07-01\n');
    const review = createReview({ jurisdiction: rule(), countryColumns: [], allowlist: index, warn: () => {} });
    review.start(['name', 'country']);
    const out = review.row(2, ['Ekaterina Zhdanova', 'Россия'], [nameHit]);
    expect(out.hits).toEqual([]);
    expect(out.suppressed.map((h) => [h.entity.id, h.allowlisted?.source])).toEqual([
      ['45188', 'allow.csv:2'],
      ['jurisdiction:RU', 'allow.csv:3'],
    ]);
  });

  it('uses --country-column instead of detection', () => {
    const review = createReview({ jurisdiction: rule(), countryColumns: ['land'], allowlist: null, warn: () => {} });
    review.start(['name', 'country', 'land']);
    expect(review.row(2, ['Ivan', 'RU', 'JP'], []).hits).toEqual([]);
    expect(review.row(3, ['Ivan', 'JP', 'BY'], []).hits.map((h) => h.entity.id)).toEqual(['jurisdiction:BY']);
  });
});
