// Variant suite built from the bundled list: Russia/Belarus-program people and
// organisations, rewritten per form (variants.ts); the hits of matchName(query) must
// include the entity. Plus a negative suite that must not be flagged.
import type { Entity } from '../../src/lists/entity';
import type { Matcher } from '../../src/match/matcher';
import { pct, ratio } from '../lib/metrics';
import { differentSurname, japaneseCompanies, type NegativeQuery } from '../lib/negative-forms';
import { scoreCol, section, type SummaryRow, type SuiteOutput } from '../lib/report';
import { Rng } from '../lib/rng';
import { isRussiaBelarus, VARIANT_FORMS, type Variant } from '../lib/variants';
import { bestAgainst } from './putin';

const MISSES_LISTED = 12;
const OVERALL_TARGET = 0.99;
const KATAKANA_TARGET = 0.9;

interface FormResult {
  id: string;
  n: number;
  found: number;
  misses: Array<{ entity: Entity; variant: Variant; best: ReturnType<typeof bestAgainst>; top: string }>;
}

export function runVariants(matcher: Matcher, perForm: number, seed: string): SuiteOutput {
  const pool = matcher.entities.filter((e) => isRussiaBelarus(e) && (e.type === 'individual' || e.type === 'entity'));
  const results: FormResult[] = [];
  for (const form of VARIANT_FORMS) {
    const rng = new Rng(`${seed}:${form.seedKey ?? form.id}`);
    const result: FormResult = { id: form.id, n: 0, found: 0, misses: [] };
    for (const entity of rng.shuffle(pool.filter((e) => form.types.includes(e.type)))) {
      if (result.n >= perForm) break;
      const variant = form.make(entity, rng);
      if (variant === null || variant.query.trim() === '') continue;
      result.n++;
      const hits = matcher.matchName(variant.query);
      if (hits.some((h) => h.entity.id === entity.id)) {
        result.found++;
        continue;
      }
      const top = hits[0];
      result.misses.push({
        entity,
        variant,
        best: bestAgainst(variant.query, entity),
        top: top === undefined ? 'no hits' : `top hit ${top.matchedName} (#${top.entity.id}, ${top.score})`,
      });
    }
    results.push(result);
  }

  const n = results.reduce((s, r) => s + r.n, 0);
  const found = results.reduce((s, r) => s + r.found, 0);
  const overall = ratio(found, n);
  const rows: SummaryRow[] = [
    {
      suite: '5 variants',
      metric: `recall, all forms pooled (${pool.length} Russia/Belarus people + orgs; ≤ ${perForm}/form)`,
      n,
      result: pct(overall),
      target: `≥ ${pct(OVERALL_TARGET, 0)}`,
      pass: overall >= OVERALL_TARGET,
    },
  ];
  for (const r of results) {
    const recall = ratio(r.found, r.n);
    const kana = r.id.includes('katakana');
    rows.push({
      suite: '5 variants',
      metric: `  ${r.id}`,
      n: r.n,
      result: r.n === 0 ? '–' : pct(recall),
      target: kana ? `≥ ${pct(KATAKANA_TARGET, 0)}` : '',
      pass: kana ? recall >= KATAKANA_TARGET : null,
    });
  }

  const errors = results.map((r) =>
    section(
      `variants, ${r.id}: ${r.n - r.found} misses of ${r.n}${r.misses.length > MISSES_LISTED ? ` (first ${MISSES_LISTED} listed)` : ''}; score = best against the entity's own names`,
      r.misses
        .slice(0, MISSES_LISTED)
        .map(
          (m) =>
            `${scoreCol(m.best.score)}  ${m.variant.query}   ← ${m.variant.base} (#${m.entity.id}, ${m.entity.type})${m.variant.detail ? ` [${m.variant.detail}]` : ''}\n         best vs "${m.best.name}": ${m.best.explanation}; ${m.top}`,
        ),
    ),
  );

  // Negative suite: nothing may be flagged.
  const negRng = new Rng(`${seed}:negative-suite`);
  const people = pool.filter((e) => e.type === 'individual');
  const allPeople = matcher.entities.filter((e) => e.type === 'individual');
  const negatives: Array<{ id: string; queries: NegativeQuery[] }> = [
    { id: 'Japanese company names', queries: japaneseCompanies(negRng, perForm) },
    { id: 'list person, other surname', queries: differentSurname(people, allPeople, negRng, perForm) },
  ];
  for (const neg of negatives) {
    const flagged = neg.queries
      .map((q) => ({ q, hits: matcher.matchName(q.query) }))
      .filter((x) => x.hits.length > 0);
    const share = ratio(flagged.length, neg.queries.length);
    rows.push({
      suite: '6 negative suite',
      metric: `share flagged: ${neg.id}`,
      n: neg.queries.length,
      result: `${pct(share)} (${flagged.length})`,
      target: '',
      pass: null,
    });
    errors.push(
      section(
        `negative suite, ${neg.id}: ${flagged.length} flagged of ${neg.queries.length}`,
        flagged.map((x) => {
          const top = x.hits[0];
          return `${scoreCol(top?.score ?? 0)}  ${x.q.query}  →  ${top?.matchedName ?? ''} (#${top?.entity.id ?? ''})   [${x.q.detail}]\n         ${top?.explanation ?? ''}`;
        }),
      ),
    );
  }
  return { rows, tables: [], errors };
}
