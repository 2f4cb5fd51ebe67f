// `npm run bench:lists` (GitHub issue 5): every real list file in ../shared/lists loaded with
// its time and counts; the yente UN positives screened against the UN list (recall); the
// yente global negatives screened against UN + OFAC SDN + OFAC Consolidated (share flagged).
// Skips (exit 0) when ../shared is absent: a user's clone does not have it.
// Options: --threshold T (default: the matcher's), --sample N (negatives; default all 50,000).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadedList } from '../src/lists/entity';
import { loadLists } from '../src/lists/load';
import { DEFAULT_THRESHOLD, Matcher } from '../src/match/matcher';
import { col, readCsv } from './lib/csv';
import { pct } from './lib/metrics';
import { Rng } from './lib/rng';
import { renderTable } from './lib/table';

const REPO_ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(process.env['TXSCREEN_SHARED_DIR'] ?? path.join(REPO_ROOT, '..', 'shared'));
const LISTS = path.join(SHARED, 'lists');
const YENTE = path.join(SHARED, 'eval', 'yente');

const RECALL_TARGET = 0.99;
const FLAGGED_TARGET = 0.01;

/** Folders of ../shared/lists that hold no list this tool reads, and why (printed, not hidden). */
const NOT_A_LIST: Record<string, string> = {
  'ofac-crypto-addresses': 'third-party address extracts, not a list publication',
  'ofac-sdn-2025-12-24': 'add/alt/comments companions only: their sdn.csv was not obtained',
  'uk-fcdo-sanctions-list': 'FCDO UK Sanctions List summary export (.ods, no aliases): no reader',
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function int(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

async function main(): Promise<void> {
  if (!existsSync(LISTS)) {
    process.stdout.write(`bench:lists skipped: ${LISTS} not found (the real lists live in ../shared/ beside the checkout; a plain clone does not have them)\n`);
    return;
  }
  const threshold = Number(option('--threshold') ?? DEFAULT_THRESHOLD);
  const sampleText = option('--sample');
  const sample = sampleText === undefined ? null : Number(sampleText);

  // 1. Every real list: load time and counts.
  const loaded = new Map<string, LoadedList>();
  const rows: string[][] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(LISTS).sort()) {
    const dir = path.join(LISTS, name);
    if (!statSync(dir).isDirectory()) continue;
    if (NOT_A_LIST[name]) {
      skipped.push(`${name}: ${NOT_A_LIST[name]}`);
      continue;
    }
    const started = performance.now();
    try {
      const [list] = await loadLists([{ path: dir }]);
      if (!list) continue;
      const ms = performance.now() - started;
      loaded.set(name, list);
      const i = list.info;
      const t = i.entitiesByType;
      rows.push([
        name,
        i.format,
        int(ms),
        int(i.entities),
        t ? `${int(t.individual)} / ${int(t.entity)} / ${int(t.vessel)} / ${int(t.aircraft)}` : '',
        int(i.names),
        int(i.wallets),
        int(Object.keys(i.programs ?? {}).length),
        `${i.date ?? '?'} (${i.dateSource})`,
        String(i.issues?.length ?? 0),
      ]);
      for (const issue of i.issues ?? []) skipped.push(`${name}: ${path.basename(issue.file)}:${issue.line ?? ''} ${issue.reason}`);
    } catch (err) {
      rows.push([name, 'ERROR', '', '', '', '', '', '', '', '']);
      skipped.push(`${name}: ${(err as Error).message}`);
    }
  }
  const out: string[] = [`txscreen bench:lists — ${LISTS}, threshold ${threshold}`, '', '## Real list files', ''];
  out.push(
    renderTable(
      ['folder', 'format', 'load ms', 'entities', 'indiv / entity / vessel / aircraft', 'names', 'wallets', 'programs', 'date (source)', 'rejects'],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
    ),
  );
  if (skipped.length > 0) out.push('', 'Not loaded or rejected (each explained):', ...skipped.map((s) => `- ${s}`));
  process.stdout.write(out.join('\n') + '\n');

  // 2 and 3 need the yente files and the UN / OFAC lists.
  const un = loaded.get('un-consolidated');
  const sdn = loaded.get('ofac-sdn');
  const cons = loaded.get('ofac-consolidated');
  if (!existsSync(YENTE) || !un || !sdn || !cons) {
    process.stdout.write(`\nrecall and negatives skipped: need ${YENTE} and the un-consolidated, ofac-sdn and ofac-consolidated lists\n`);
    return;
  }

  const results: string[][] = [];
  const misses: string[] = [];
  // The two positives files hold the same persons row for row (the treated file alters names,
  // dates and places too): a person whose untreated spelling, as the UN wrote it in yente's copy,
  // is not found has left the list since; the treated recall is also given without those rows.
  const untreatedRows = readCsv(path.join(YENTE, 'positives_un_untreated.csv'));
  const treatedRows = readCsv(path.join(YENTE, 'positives_un_treated.csv'));
  const aligned = untreatedRows.length === treatedRows.length;
  const absent = new Set<number>();
  const unMatcher = new Matcher([un], { threshold });
  // For each miss, the nearest UN name at any score: a low one means the person is not on this list version.
  const nearest = new Matcher([un], { threshold: 0 });
  const describeMiss = (name: string): string => {
    const best = nearest.matchName(name)[0];
    return best ? `${name} — nearest: ${best.matchedName} (${best.score.toFixed(1)}, ${best.entity.id})` : `${name} — no candidate`;
  };
  for (const [file, rows] of [['positives_un_untreated.csv', untreatedRows], ['positives_un_treated.csv', treatedRows]] as const) {
    const names = rows.map((r) => col(r, 'full_name'));
    const started = performance.now();
    let found = 0;
    let foundPresent = 0;
    names.forEach((name, i) => {
      const hit = unMatcher.matchName(name).length > 0;
      if (hit) found++;
      else misses.push(`${file}: ${describeMiss(name)}`);
      if (file === 'positives_un_untreated.csv' && !hit) absent.add(i);
      else if (hit && !absent.has(i)) foundPresent++;
    });
    const recall = found / names.length;
    results.push([
      `${file} vs UN`,
      'recall',
      int(names.length),
      `${pct(recall, 1)} (${found})`,
      `>= ${pct(RECALL_TARGET, 0)}`,
      recall >= RECALL_TARGET ? 'pass' : 'FAIL',
      int(performance.now() - started),
    ]);
    if (file === 'positives_un_treated.csv' && aligned && absent.size > 0) {
      const present = names.length - absent.size;
      const presentRecall = foundPresent / present;
      results.push([
        `${file} vs UN, without the ${absent.size} persons whose listed spelling is not in this version`,
        'recall',
        int(present),
        `${pct(presentRecall, 1)} (${foundPresent})`,
        `>= ${pct(RECALL_TARGET, 0)}`,
        presentRecall >= RECALL_TARGET ? 'pass' : 'FAIL',
        '',
      ]);
    }
  }

  const allNames = readCsv(path.join(YENTE, 'negatives_global.csv')).map((r) => col(r, 'full_name'));
  const negatives = sample === null ? allNames : new Rng('1:negatives').sample(allNames, sample);
  const matcher = new Matcher([un, sdn, cons], { threshold });
  const started = performance.now();
  let flagged = 0;
  const byList = new Map<string, number>();
  for (const name of negatives) {
    const hits = matcher.matchName(name);
    if (hits.length === 0) continue;
    flagged++;
    const list = hits[0]?.entity.list ?? '?';
    byList.set(list, (byList.get(list) ?? 0) + 1);
  }
  const share = flagged / negatives.length;
  results.push([
    'negatives_global.csv vs UN + SDN + cons',
    'share flagged',
    int(negatives.length),
    `${pct(share, 2)} (${flagged}: ${[...byList].map(([l, n]) => `${l} ${n}`).join(', ')})`,
    `<= ${pct(FLAGGED_TARGET, 0)}`,
    share <= FLAGGED_TARGET ? 'pass' : 'FAIL',
    int(performance.now() - started),
  ]);

  const report = ['', `## Screening (current matcher, threshold ${threshold}; ${int(matcher.nameCount)} list names for the negatives)`, ''];
  report.push(renderTable(['data', 'metric', 'n', 'result', 'target', '', 'ms'], results, ['l', 'l', 'r', 'r', 'r', 'l', 'r']));
  if (misses.length > 0) report.push('', `UN positives not found (${misses.length}):`, ...misses.map((m) => `- ${m}`));
  process.stdout.write(report.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:lists: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
