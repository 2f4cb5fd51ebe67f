// Turns a NameScore into the line a reviewer reads, e.g.
// "prigozhin≈PRIGOZHIN (exact) · evgenii≈YEVGENIY (romanization) · missing: VIKTOROVICH (−1.0)"
import type { NameScore } from './score';
import { unmatchedCost } from './score';

function pairText(p: NameScore['pairs'][number]): string {
  const detail = p.how === 'typo' || (p.edits > 0 && p.how !== 'legal form') ? `${p.how}, ${p.edits} edit${p.edits === 1 ? '' : 's'}` : p.how;
  const rewritten = p.query.rewrittenFrom !== undefined ? `, read from "${p.query.rewrittenFrom}"` : '';
  return `${p.query.text}≈${p.list.text.toUpperCase()} (${detail}${rewritten})`;
}

export function explainNameScore(result: NameScore): string {
  const parts = result.pairs.map(pairText);
  for (const u of result.unmatched) {
    const cost = unmatchedCost(result, u);
    const label = u.side === 'list' ? 'missing' : 'extra';
    const shown = u.side === 'list' ? u.token.text.toUpperCase() : u.token.text;
    const kind = u.feature.endsWith('patronymic') ? (u.feature === 'different patronymic' ? ' different patronymic' : ' patronymic') : u.feature.endsWith('legal form') ? ' legal form' : '';
    parts.push(`${label}${kind}: ${shown} (−${cost.toFixed(1)})`);
  }
  if (result.weakAlias) parts.push('weak alias (×0.9)');
  return parts.join(' · ');
}
