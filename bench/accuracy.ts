// `npm run bench:accuracy`: matching quality (GitHub issue 3) on peer benchmark data in
// ../shared/eval plus a variant suite generated from the bundled OFAC SDN list. Prints one
// summary table (and compact detail tables); writes every error to bench/out/.
// Skips (exit 0) when ../shared/eval is absent: a user's clone does not have it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIST_PATH, loadLists } from '../src/lists/load';
import { Matcher } from '../src/match/matcher';
import { parseOptions, USAGE, UsageError, type Options, type SuiteId } from './lib/options';
import { passText, type SuiteOutput } from './lib/report';
import { renderTable } from './lib/table';
import { runCases } from './suites/cases';
import { runNegatives } from './suites/negatives';
import { runOfac } from './suites/ofac';
import { runPutin } from './suites/putin';
import { runVariants } from './suites/variants';

const REPO_ROOT = path.resolve(__dirname, '..');
/** ../shared/eval beside the checkout; TXSCREEN_EVAL_DIR overrides it (CI, or to test the skip). */
const EVAL_DIR = path.resolve(process.env['TXSCREEN_EVAL_DIR'] ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
const ERRORS_FILE = path.join(REPO_ROOT, 'bench', 'out', 'accuracy-cases-errors.txt');
/** Suites that read ../shared/eval; the variant suite needs only the bundled list. */
const NEEDS_EVAL: ReadonlySet<SuiteId> = new Set(['cases', 'ofac', 'putin', 'negatives']);

function progress(message: string): void {
  process.stderr.write(`bench:accuracy: ${message}\n`);
}

async function timed<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await run();
  progress(`${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

async function main(opts: Options): Promise<void> {
  const evalPresent = existsSync(path.join(EVAL_DIR, 'README.md'));
  const explicitOnly = opts.only.size < 5;
  if (!evalPresent && (!explicitOnly || [...opts.only].some((s) => NEEDS_EVAL.has(s)))) {
    process.stdout.write(
      `bench:accuracy skipped: peer benchmark data not found at ${EVAL_DIR}\n` +
        '(it lives in ../shared/eval beside the checkout; a plain clone does not have it. `--only variants` runs the suite built from the bundled list.)\n',
    );
    return;
  }
  const started = Date.now();
  const lists = await timed('loaded bundled OFAC SDN 2023-12-28', () => loadLists([{ path: DEFAULT_LIST_PATH }]));
  const matcher = await timed(`indexed (threshold ${opts.threshold})`, () => new Matcher(lists, { threshold: opts.threshold }));

  const outputs: SuiteOutput[] = [];
  if (opts.only.has('cases')) outputs.push(await timed('cases.csv', () => runCases(EVAL_DIR, opts.threshold)));
  if (opts.only.has('ofac')) outputs.push(await timed('ofac_fixtures.csv', () => runOfac(EVAL_DIR, opts.threshold)));
  if (opts.only.has('putin')) outputs.push(await timed('putin_names.txt', () => runPutin(EVAL_DIR, matcher)));
  if (opts.only.has('negatives')) outputs.push(await timed('negatives_global.csv', () => runNegatives(EVAL_DIR, matcher, opts.sample, opts.seed)));
  if (opts.only.has('variants')) outputs.push(await timed('variant and negative suites', () => runVariants(matcher, opts.perForm, opts.seed)));

  const rows = outputs.flatMap((o) => o.rows);
  const header = `txscreen matching accuracy — bundled OFAC SDN 2023-12-28, our threshold ${opts.threshold}, seed ${opts.seed}`;
  const summary = renderTable(
    ['suite', 'metric', 'n', 'result', 'target', ''],
    rows.map((r) => [r.suite, r.metric, typeof r.n === 'number' ? r.n.toLocaleString('en-US') : r.n, r.result, r.target, passText(r.pass)]),
    ['l', 'l', 'r', 'l', 'l', 'l'],
  );
  const details = outputs.flatMap((o) => o.tables);
  process.stdout.write(`${header}\n\n${summary}\n\n${details.map((d) => `${d}\n\n`).join('')}`);

  mkdirSync(path.dirname(ERRORS_FILE), { recursive: true });
  const errorText = [
    `# txscreen bench:accuracy errors — threshold ${opts.threshold}, seed ${opts.seed}, suites ${[...opts.only].join(',')}`,
    '# Score column: our 0–100 score. Explanations are the matcher\'s own (src/match/explain.ts).',
    '',
    ...outputs.flatMap((o) => o.errors),
  ].join('\n');
  writeFileSync(ERRORS_FILE, errorText);
  process.stdout.write(`errors: ${path.relative(process.cwd(), ERRORS_FILE) || ERRORS_FILE} · total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

let opts: Options;
try {
  opts = parseOptions(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message ? `${err.message}\n` : ''}${USAGE}\n`);
    process.exit(err.message ? 2 : 0);
  }
  throw err;
}
main(opts).catch((err: unknown) => {
  process.stderr.write(`bench:accuracy failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
