// `screen [input]`: the default command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import type { LoadedList } from '../lists/entity';
import { DEFAULT_LIST_PATH, LIST_FORMAT_IDS, loadLists } from '../lists/load';
import { DEFAULT_MAX_LIST_AGE_DAYS, listAgeDays, staleWarning } from '../lists/freshness';
import { issueWarnings, listSpecs, selectPrograms } from './list-options';
import { DEFAULT_THRESHOLD, Matcher } from '../match/matcher';
import { NamePool } from '../screen/name-pool';
import { createPrinter, defaultFormat, formatSummary, FORMATS, shouldColor, type Format } from '../report/index';
import { UsageError } from '../screen/columns';
import { isKnownEncoding } from '../screen/decode';
import { parseDelimiterOption } from '../screen/delimiter';
import { EXIT } from '../screen/exit';
import { HeapGovernor } from '../screen/heap-governor';
import { screen } from '../screen/screener';
import { addReviewOptions, buildReview, loadAndApplyConfig, type ReviewFlags } from './review-options';

interface ScreenFlags extends ReviewFlags {
  list: string[];
  listFormat: string[];
  program: string[];
  threshold: number;
  format?: Format;
  output?: string;
  all: boolean;
  nameColumn: string[];
  addressColumn: string[];
  delimiter?: string;
  encoding?: string;
  maxListAge: number;
  color?: boolean;
  summary: boolean;
  jobs?: number;
}

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function parseNumber(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${v}"`);
    return n;
  };
}

function formatFromPath(file: string): Format {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  return 'csv';
}

/** Writes to FILE.partial and renames on success: a CI artifact is never half-written. */
function fileOutput(file: string): { stream: Writable; commit: () => Promise<void>; abort: () => void } {
  const partial = `${file}.partial`;
  const stream = fs.createWriteStream(partial);
  return {
    stream,
    commit: async () => {
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      fs.renameSync(partial, file);
    },
    abort: () => {
      stream.destroy();
      fs.rmSync(partial, { force: true });
    },
  };
}

export function registerScreen(program: Command, result: { code: number }): void {
  program
    .argument('[input]', 'transaction CSV to screen; "-" reads standard input')
    .option('-l, --list <path>', 'sanctions list file or folder (repeatable); default: the bundled OFAC SDN snapshot', collect, [])
    .option('--list-format <format>', `read --list as this format: ${LIST_FORMAT_IDS.join(', ')}, auto (once for all lists, or once per --list)`, collect, [])
    .option('--program <names>', 'screen only these programs, comma-separated (e.g. RUSSIA-EO14024); presets: russia, belarus (default: all)', collect, [])
    .option('-t, --threshold <score>', `report names scoring at least this (0-100)`, parseNumber('--threshold', 0, 100), DEFAULT_THRESHOLD)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else csv)').choices(FORMATS))
    .option('-o, --output <file>', 'write results to FILE (format from its extension unless --format)')
    .option('-a, --all', 'emit clear and error rows too, not only hits', false)
    .option('--name-column <column>', 'column holding names to screen (repeatable; header or 1-based number)', collect, [])
    .option('--address-column <column>', 'column holding wallet addresses (repeatable)', collect, [])
    .option('--delimiter <char>', 'input delimiter: , ; tab (default: detected from the header)')
    .option('--encoding <name>', 'input encoding: utf8, cp932/shift_jis… (default: detected)')
    .option('--max-list-age <days>', 'warn when a list is older than this; 0 makes a stale list an error', parseNumber('--max-list-age', 0, 100000), DEFAULT_MAX_LIST_AGE_DAYS)
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--no-summary', 'do not print the run summary on stderr')
    .option('-j, --jobs <n>', 'worker threads matching names; 0 matches in the main thread (default: one per CPU but one for an input over 2 MB or a pipe, else 0)', parseNumber('--jobs', 0, 64));
  addReviewOptions(program).action(async (input: string | undefined, _flags: ScreenFlags, cmd: Command) => {
    // txscreen.config.json / --config fills in every flag not given on the command line.
    loadAndApplyConfig(cmd);
    result.code = await runScreen(input, cmd.opts<ScreenFlags>(), cmd);
  });
}

async function runScreen(input: string | undefined, flags: ScreenFlags, cmd: Command): Promise<number> {
  if (input === undefined) throw new UsageError('no input file: give a CSV path, or "-" to read standard input (see --help)');
  if (flags.delimiter !== undefined) flags.delimiter = parseDelimiterOption(flags.delimiter);
  if (flags.encoding !== undefined && !isKnownEncoding(flags.encoding)) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}"`);
  const fromStdin = input === '-';
  if (!fromStdin && !fs.existsSync(input)) throw new UsageError(`input file not found: ${input}`);

  const bundled = flags.list.length === 0;
  const specs = listSpecs(flags.list, flags.listFormat);
  const loaded = await loadLists(bundled ? [{ path: DEFAULT_LIST_PATH }] : specs);
  const { lists, warnings: programWarnings } = selectPrograms(loaded, flags.program);
  const now = new Date();
  const warnings: string[] = [...issueWarnings(lists), ...programWarnings];
  let fatalWarnings = 0;
  for (const list of lists) {
    const warning = staleWarning(list.info, now, flags.maxListAge, bundled);
    if (warning === null) continue;
    warnings.push(warning);
    if (flags.maxListAge === 0 && !bundled) fatalWarnings++;
  }
  if (flags.maxListAge === 0 && bundled) {
    warnings.push('--max-list-age 0 refuses stale lists, and the bundled snapshot is stale');
    fatalWarnings++;
  }
  const stderrColor = flags.color ?? shouldColor(process.stderr, process.env);
  // With the summary on, warnings are printed there (once); without it, here.
  if (!flags.summary) for (const w of warnings) process.stderr.write(`txscreen: warning: ${w}\n`);
  if (fatalWarnings > 0) {
    process.stderr.write('txscreen: refusing to screen with a stale list (--max-list-age 0)\n');
    return EXIT.error;
  }

  // Allowlist and jurisdiction rule (src/screen/review.ts); their warnings join the summary's.
  const { review, showSuppressed } = buildReview(cmd, flags, loaded, (w) => {
    warnings.push(w);
    if (!flags.summary) process.stderr.write(`txscreen: warning: ${w}\n`);
  });
  const jobs = flags.jobs ?? autoJobs(fromStdin ? null : fs.statSync(input).size);
  if (!Number.isInteger(jobs)) throw new UsageError(`--jobs must be a whole number, got ${jobs}`);
  const matcher = new Matcher(lists, { threshold: flags.threshold, indexNames: jobs === 0 });
  const namePool = jobs === 0 ? undefined : await NamePool.start(lists.flatMap((l) => l.entities), flags.threshold, jobs);
  keepWhatHitsReport(lists);
  const format = flags.format ?? (flags.output !== undefined ? formatFromPath(flags.output) : defaultFormat(process.stdout.isTTY === true));
  const target = flags.output !== undefined ? fileOutput(flags.output) : null;
  const out = target?.stream ?? process.stdout;
  const color = target === null && (flags.color ?? shouldColor(process.stdout, process.env));

  try {
    const summary = await screen({
      inputName: fromStdin ? 'stdin' : input,
      // 64 KB chunks: a decoded chunk stays a young-generation string (256 KB ones went to
      // the large-object space, freed only by full collections), and a chunk makes one or
      // two batches, so rows wait less for their names. Measured on 1M rows with the change
      // that holds waiting batches as records: the main thread's full collections 34 → 3,
      // GC helper threads' CPU about halved, peak RSS ~310 → ~300 MB.
      input: fromStdin ? process.stdin : fs.createReadStream(input, { highWaterMark: 64 * 1024 }),
      encoding: flags.encoding,
      delimiter: flags.delimiter,
      nameColumns: flags.nameColumn,
      addressColumns: flags.addressColumn,
      all: flags.all,
      matcher,
      namePool,
      lists: lists.map((l) => ({ ...l.info, ageDays: listAgeDays(l.info, now) })),
      warnings,
      makePrinter: (header) => createPrinter(format, { header, color, width: process.stdout.columns ?? 80 }),
      out,
      report: (line) => process.stderr.write(`txscreen: ${line}\n`),
      review,
      showSuppressed,
      heap: new HeapGovernor(),
    });
    await target?.commit();
    if (flags.summary) process.stderr.write(formatSummary(summary, stderrColor, now));
    return summary.exitCode;
  } catch (err) {
    target?.abort();
    throw err;
  } finally {
    await namePool?.close();
  }
}

/**
 * Once the review is built and the matchers hold their own copies of the names (the index,
 * the workers'), a screening run reads an entity only to report a hit: its id, list, type,
 * primary name and programs (screener.ts), and its wallets through the matcher. The rest
 * (aliases, addresses, remarks, dates and countries: ~7 MB of the SDN list's ~16 MB) would
 * sit in the main thread's heap for the whole run, which the heap governor then lets grow
 * to 1.5 times that. The lists are this run's own, loaded for it.
 */
function keepWhatHitsReport(lists: readonly LoadedList[]): void {
  const none: never[] = [];
  for (const list of lists) {
    for (const entity of list.entities) {
      entity.names = entity.names.slice(0, 1);
      entity.countries = none;
      entity.nationalities = none;
      entity.birthDates = none;
      entity.addresses = none;
      entity.remarks = '';
    }
  }
}

/**
 * Below this input size, starting workers (each builds its own copy of the index, ~0.5 s of
 * CPU) costs more than it saves: the demo file and a day of a small exchange stay in-process.
 */
const POOL_MIN_BYTES = 2 * 1024 * 1024;

/**
 * For a large file or a pipe (its size is unknown): one worker per CPU but one, since the
 * main thread keeps a core busy reading, parsing and writing rows. On 2 CPUs, 1 worker beat
 * 2 on 1M rows (8.9 s against 11.3 s, 580 MB against 830 MB: each worker holds its own index
 * and caches). A small file, or one CPU, in-process.
 */
function autoJobs(inputBytes: number | null): number {
  if (inputBytes !== null && inputBytes < POOL_MIN_BYTES) return 0;
  // One CPU: a worker would only add a second index and contend with the main thread.
  return Math.min(8, os.availableParallelism() - 1);
}
