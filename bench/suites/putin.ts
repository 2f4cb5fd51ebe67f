// nomenklatura/putin_names.txt: 80 spellings of Vladimir Putin's name across scripts;
// each must find the SDN entry PUTIN, Vladimir Vladimirovich through the matcher.
import path from 'node:path';
import type { Entity } from '../../src/lists/entity';
import type { Matcher } from '../../src/match/matcher';
import { scoreNames } from '../../src/match/pair';
import { readLines } from '../lib/csv';
import { scoreCol, section, type SuiteOutput } from '../lib/report';

/** Best score of `query` against any of the entity's names, with its explanation. */
export function bestAgainst(query: string, entity: Entity): { score: number; name: string; explanation: string } {
  let best = { score: 0, name: entity.names[0]?.name ?? '', explanation: 'no token pairs' };
  for (const n of entity.names) {
    const r = scoreNames(query, n.name, n.kind);
    if (r.score > best.score) best = { score: r.score, name: n.name, explanation: r.explanation };
  }
  return best;
}

export function runPutin(evalDir: string, matcher: Matcher): SuiteOutput {
  const putin = matcher.entities.find((e) => e.names[0]?.name.startsWith('PUTIN, Vladimir'));
  if (putin === undefined) throw new Error('bundled list has no entity whose primary name starts with "PUTIN, Vladimir"');
  const names = readLines(path.join(evalDir, 'nomenklatura', 'putin_names.txt'));
  const misses: string[] = [];
  const crowded: string[] = [];
  let found = 0;
  for (const name of names) {
    const hits = matcher.matchName(name);
    const hit = hits.find((h) => h.entity.id === putin.id);
    if (hit !== undefined) {
      found++;
      const others = hits.filter((h) => h.entity.id !== putin.id);
      if (others.length > 0) crowded.push(`${name}: also ${others.length} other entit${others.length === 1 ? 'y' : 'ies'}, e.g. ${others.slice(0, 3).map((o) => `${o.matchedName} (${o.score})`).join('; ')}`);
      continue;
    }
    const best = bestAgainst(name, putin);
    const top = hits[0];
    misses.push(
      `${scoreCol(best.score)}  ${name}   best vs "${best.name}": ${best.explanation}${top === undefined ? '' : `\n         top hit instead: ${top.matchedName} (${top.score})`}`,
    );
  }
  return {
    rows: [
      {
        suite: '3 putin_names',
        metric: `spellings whose hits include ${putin.names[0]?.name} (#${putin.id})`,
        n: names.length,
        result: `${found}/${names.length}`,
        target: '',
        pass: null,
      },
    ],
    tables: [],
    errors: [
      section(`putin_names.txt misses (${misses.length}); score = best against Putin's own names`, misses),
      section(`putin_names.txt found, but with other entities in the hits too (${crowded.length})`, crowded),
    ],
  };
}
