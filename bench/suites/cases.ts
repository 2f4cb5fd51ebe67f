// nomenklatura/cases.csv: 826 labelled name pairs (name1 = query, name2 = list name),
// scored with scoreNames and compared with OpenSanctions' frozen logic-v2 scores.
import path from 'node:path';
import { scoreNames } from '../../src/match/pair';
import { col, readCsv } from '../lib/csv';
import { add, dec, emptyConfusion, prf, prfText, total, type Confusion } from '../lib/metrics';
import { scoreCol, section, type SuiteOutput } from '../lib/report';
import { renderTable } from '../lib/table';

/** Pairs whose label the source's own files disagree on (eval README): reported, never counted. */
export const DISPUTED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Olaf Schulze', 'Olaf Scholz'],
  ['Angela Merkur', 'Angela Merkel'],
  ['Michel Obama', 'Michelle Obama'],
  ['Kim Yong-chol', 'Kim Yong-chun'],
  ['Kim Myong-sik', 'Kim Myong-guk'],
  ['Kim Pong-ryul', 'Kim Pyong-ryul'],
  ['Niels Oscar Rost', 'Niels Oscar TROOST'],
  ['Zu Zag Bong 6', 'Zu Zag Bong 5'],
  ['Victory', 'Victory 3'],
  ['Nantahala Capital Offshore Fund, Ltd.', 'Nantahala Capital Offshore Fund I, Ltd.'],
  ['Andrang Heta', "'Ndrangheta"],
  ['OJSC TACTICAL MISSIVES CORPORATION', 'TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY'],
  ['BWI Industries, Inc.', 'BAE Industries, Inc.'],
  ['John Doe', 'Juan Doe'],
  ['John Doe', 'John Down'],
  ['Snow Storm 1', 'Snow Storm 2'],
];

/** logic-v2's own threshold (README). */
const LOGICV2_THRESHOLD = 0.7;
export const SWEEP = [60, 65, 70, 75, 80, 85, 90, 95];

interface Case {
  group: string;
  category: string;
  schema: string;
  name1: string;
  name2: string;
  label: boolean;
  notes: string;
  score: number;
  explanation: string;
  /** logic-v2 frozen score (0–1), null when the frozen file lacks the pair. */
  lv2: number | null;
  disputed: number | null;
}

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

function disputedIndex(name1: string, name2: string): number | null {
  const a = name1.trim().toLowerCase();
  const b = name2.trim().toLowerCase();
  const i = DISPUTED_PAIRS.findIndex(([x, y]) => (x.toLowerCase() === a && y.toLowerCase() === b) || (x.toLowerCase() === b && y.toLowerCase() === a));
  return i < 0 ? null : i;
}

function confusionOf(cases: readonly Case[], predicted: (c: Case) => boolean): Confusion {
  const c = emptyConfusion();
  for (const x of cases) add(c, x.label, predicted(x));
  return c;
}

export function runCases(evalDir: string, threshold: number): SuiteOutput {
  const dir = path.join(evalDir, 'nomenklatura');
  const frozenRows = readCsv(path.join(dir, 'logicv2-frozen.csv'));
  const frozen = new Map<string, number>();
  for (const r of frozenRows) {
    const key = pairKey(col(r, 'name1'), col(r, 'name2'));
    if (!frozen.has(key)) frozen.set(key, Number(col(r, 'score')));
  }
  const cases: Case[] = readCsv(path.join(dir, 'cases.csv')).map((r) => {
    const name1 = col(r, 'name1');
    const name2 = col(r, 'name2');
    const result = scoreNames(name1, name2);
    return {
      group: col(r, 'case_group'),
      category: col(r, 'category') || '(none)',
      schema: col(r, 'schema'),
      name1,
      name2,
      label: col(r, 'is_match').toLowerCase() === 'true',
      notes: r['notes'] ?? '',
      score: result.score,
      explanation: result.explanation,
      lv2: frozen.get(pairKey(name1, name2)) ?? null,
      disputed: disputedIndex(name1, name2),
    };
  });
  const counted = cases.filter((c) => c.disputed === null);
  const disputed = cases.filter((c) => c.disputed !== null);
  const ours = (c: Case): boolean => c.score >= threshold;
  const lv2 = (c: Case): boolean => (c.lv2 ?? 0) >= LOGICV2_THRESHOLD;

  const oursAll = confusionOf(counted, ours);
  const both = counted.filter((c) => c.lv2 !== null);
  const oursBoth = prf(confusionOf(both, ours));
  const lv2Both = prf(confusionOf(both, lv2));
  // logic-v2 as the frozen file labels itself (the README's F1 0.79): a check that we read it right.
  const lv2Own = emptyConfusion();
  for (const r of frozenRows) add(lv2Own, col(r, 'is_match') === 'true', Number(col(r, 'score')) >= LOGICV2_THRESHOLD);

  const target = 0.9;
  const oursPrf = prf(oursAll);
  const flaggedDisputed = disputed.filter(ours).length;
  const rows = [
    {
      suite: '1 cases.csv',
      metric: `ours, scoreNames ≥ ${threshold} (disputed excluded)`,
      n: counted.length,
      result: prfText(oursPrf),
      target: `F1 ≥ ${target.toFixed(2)}`,
      pass: oursPrf.f1 >= target,
    },
    {
      suite: '1 cases.csv',
      metric: `logic-v2 frozen ≥ ${LOGICV2_THRESHOLD}, same pairs (ours there: F1 ${dec(oursBoth.f1)})`,
      n: both.length,
      result: prfText(lv2Both),
      target: 'reference',
      pass: null,
    },
    {
      suite: '1 cases.csv',
      metric: `disputed pairs: we flag ≥ ${threshold}`,
      n: disputed.length,
      result: `${flaggedDisputed} flagged, ${disputed.length - flaggedDisputed} not`,
      target: 'not counted',
      pass: null,
    },
  ];

  // Threshold sweep: ours, all counted pairs.
  const sweep = [...new Set([...SWEEP, threshold])].sort((a, b) => a - b);
  const sweepTable = renderTable(
    ['threshold', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'TN'],
    sweep.map((t) => {
      const c = confusionOf(counted, (x) => x.score >= t);
      const p = prf(c);
      return [`${t}${t === threshold ? ' (current)' : ''}`, dec(p.precision), dec(p.recall), dec(p.f1), `${c.tp}`, `${c.fp}`, `${c.fn}`, `${c.tn}`];
    }),
  );

  // Per case_group, then the larger categories.
  const groupRow = (label: string, items: readonly Case[]): string[] => {
    const c = confusionOf(items, ours);
    const p = prf(c);
    const withLv2 = items.filter((x) => x.lv2 !== null);
    return [label, `${total(c)}`, dec(p.precision), dec(p.recall), dec(p.f1), `${c.fn}`, `${c.fp}`, withLv2.length === 0 ? '–' : dec(prf(confusionOf(withLv2, lv2)).f1)];
  };
  const groups = [...new Set(counted.map((c) => c.group))];
  const categories = new Map<string, Case[]>();
  for (const c of counted) categories.set(c.category, [...(categories.get(c.category) ?? []), c]);
  const bigCategories = [...categories].filter(([, items]) => items.length >= 5).sort((a, b) => b[1].length - a[1].length);
  const small = [...categories].filter(([, items]) => items.length < 5);
  const groupTable = renderTable(
    ['case_group / category', 'n', 'P', 'R', 'F1', 'FN', 'FP', 'logic-v2 F1'],
    [
      ...groups.map((g) => groupRow(`group ${g}`, counted.filter((c) => c.group === g))),
      ...bigCategories.map(([name, items]) => groupRow(`category ${name}`, items)),
      groupRow(`${small.length} categories with n < 5, pooled`, small.flatMap(([, items]) => items)),
    ],
  );

  const disputedTable = renderTable(
    ['name1', 'name2', 'label', 'ours', `≥ ${threshold}`, 'logic-v2'],
    disputed
      .slice()
      .sort((a, b) => (a.disputed ?? 0) - (b.disputed ?? 0))
      .map((c) => [c.name1, c.name2, c.label ? 'match' : 'no match', c.score.toFixed(1), ours(c) ? 'flag' : '–', c.lv2 === null ? '–' : c.lv2.toFixed(2)]),
    ['l', 'l', 'l', 'r', 'r', 'r'],
  );

  const line = (c: Case): string =>
    `${scoreCol(c.score)}  ${c.name1}  |  ${c.name2}   [${c.group}/${c.category}/${c.schema}; logic-v2 ${c.lv2 === null ? '–' : c.lv2.toFixed(2)}]${c.notes ? ` — ${c.notes}` : ''}\n         ${c.explanation}`;
  const fns = counted.filter((c) => c.label && !ours(c)).sort((a, b) => a.score - b.score);
  const fps = counted.filter((c) => !c.label && ours(c)).sort((a, b) => b.score - a.score);
  const categoryLines = [...categories]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([name, items]) => {
      const c = confusionOf(items, ours);
      const p = prf(c);
      return `${name.padEnd(32)} n ${String(items.length).padStart(3)}  P ${dec(p.precision)}  R ${dec(p.recall)}  F1 ${dec(p.f1)}  FN ${c.fn}  FP ${c.fp}`;
    });
  return {
    rows,
    tables: [
      `cases.csv, ours by threshold (${counted.length} pairs, disputed excluded):\n\n${sweepTable}`,
      `cases.csv by case_group and category, ours at ${threshold}:\n\n${groupTable}`,
      `cases.csv disputed pairs (not counted):\n\n${disputedTable}\n\nlogic-v2 on its own frozen labels (${total(lv2Own)} pairs): ${prfText(prf(lv2Own))} (README: F1 0.79).`,
    ],
    errors: [
      section(`cases.csv false negatives at ${threshold} (${fns.length}; labelled match, scored below) — lowest score first`, fns.map(line)),
      section(`cases.csv false positives at ${threshold} (${fps.length}; labelled no match, scored at or above) — highest score first`, fps.map(line)),
      section('cases.csv by category (ours)', categoryLines),
      section('cases.csv disputed pairs (ours)', disputed.map(line)),
    ],
  };
}
