// yente/negatives_global.csv: 50,000 synthetic people who match nobody; every hit against
// the bundled SDN list is a false positive.
import path from 'node:path';
import type { Matcher, MatchHit } from '../../src/match/matcher';
import { col, readCsv } from '../lib/csv';
import { pct } from '../lib/metrics';
import { scoreCol, section, type SuiteOutput } from '../lib/report';
import { Rng } from '../lib/rng';

/** Script of the first letter, for a per-script breakdown. */
export function scriptOf(text: string): string {
  const checks: ReadonlyArray<readonly [string, RegExp]> = [
    ['Latin', /\p{Script=Latin}/u],
    ['Cyrillic', /\p{Script=Cyrillic}/u],
    ['Arabic', /\p{Script=Arabic}/u],
    ['Han', /\p{Script=Han}/u],
    ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ['Hangul', /\p{Script=Hangul}/u],
    ['Devanagari', /\p{Script=Devanagari}/u],
    ['Thai', /\p{Script=Thai}/u],
    ['Hebrew', /\p{Script=Hebrew}/u],
  ];
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    for (const [name, re] of checks) if (re.test(ch)) return name;
    return 'other';
  }
  return 'none';
}

export function runNegatives(evalDir: string, matcher: Matcher, sample: number | null, seed: string): SuiteOutput {
  const all = readCsv(path.join(evalDir, 'yente', 'negatives_global.csv')).map((r) => col(r, 'full_name'));
  const names = sample === null ? all : new Rng(`${seed}:negatives`).sample(all, sample);
  const flagged: Array<{ name: string; hit: MatchHit; count: number }> = [];
  const byScript = new Map<string, { n: number; flagged: number }>();
  const start = process.hrtime.bigint();
  for (const name of names) {
    const hits = matcher.matchName(name);
    const script = scriptOf(name);
    const s = byScript.get(script) ?? { n: 0, flagged: 0 };
    s.n++;
    const top = hits[0];
    if (top !== undefined) {
      s.flagged++;
      flagged.push({ name, hit: top, count: hits.length });
    }
    byScript.set(script, s);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const share = flagged.length / names.length;
  // A synthetic name that equals a listed name word for word is a namesake: no name-only screener can clear it.
  const exact = flagged.filter((f) => f.hit.score >= 100).length;
  const top30 = flagged.sort((a, b) => b.hit.score - a.hit.score).slice(0, 30);
  const scripts = [...byScript].sort((a, b) => b[1].n - a[1].n);
  const scriptText = scripts
    .filter(([, s]) => s.flagged > 0)
    .map(([name, s]) => `${name} ${pct(s.flagged / s.n, 2)}`)
    .join(', ');
  return {
    rows: [
      {
        suite: '4 negatives_global',
        metric: `share flagged${sample === null ? '' : ` (seeded sample of ${names.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')})`}`,
        n: names.length,
        result: `${pct(share, 2)} (${flagged.length}, ${exact} at 100 = list namesakes)${scriptText ? `: ${scriptText}` : ''}`,
        target: '≤ 0.50%',
        pass: share <= 0.005,
      },
      {
        suite: '4 negatives_global',
        metric: 'matchName time per name (index + scoring, warm)',
        n: names.length,
        result: `${(ms / names.length).toFixed(2)} ms`,
        target: '',
        pass: null,
      },
    ],
    tables: [],
    errors: [
      section(
        `negatives_global.csv: the ${top30.length} highest-scoring false hits (of ${flagged.length} flagged names)`,
        top30.map((f) => `${scoreCol(f.hit.score)}  ${f.name}  →  ${f.hit.matchedName} (#${f.hit.entity.id}, ${f.hit.entity.type}${f.count > 1 ? `, +${f.count - 1} more` : ''})\n         ${f.hit.explanation}`),
      ),
      section(
        'negatives_global.csv flagged share by script',
        scripts.map(([name, s]) => `${name.padEnd(11)} ${String(s.flagged).padStart(4)} / ${String(s.n).padStart(6)}  ${pct(s.flagged / s.n, 2)}`),
      ),
    ],
  };
}
