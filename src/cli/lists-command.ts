// `screen lists`: what each list is (format, files, sha256, date and age, entities by type,
// names, wallets, programs), and `screen lists fetch`: download the official files.
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ListInfo, LoadedList } from '../lists/entity';
import { DEFAULT_SOURCES, fetchLists, selectSources, SOURCES, type FetchResult } from '../lists/fetch';
import { DEFAULT_MAX_LIST_AGE_DAYS, listAgeDays, staleWarning } from '../lists/freshness';
import { DEFAULT_LIST_PATH, LIST_FORMAT_IDS, loadLists } from '../lists/load';
import { formatInt, hang, sanitize } from '../report/layout';
import { UsageError } from '../screen/columns';
import { EXIT } from '../screen/exit';
import { issueWarnings, listSpecs, selectPrograms } from './list-options';
import { collect, parseNumber } from './screen-command';

const WIDTH = 80;
const LABEL_WIDTH = 11;

interface InventoryFlags {
  list: string[];
  listFormat: string[];
  program: string[];
  maxListAge: number;
  format: 'text' | 'json';
}

interface FetchFlags {
  dir: string;
  source: string;
  url: string[];
  timeout: number;
  allowShrink: boolean;
  format: 'text' | 'json';
}

export function registerLists(program: Command, result: { code: number }): void {
  // The root command defines --list too: without positional options it would take
  // `screen lists --list X`'s --list for itself before `lists` sees it.
  program.enablePositionalOptions();
  const lists = program
    .command('lists')
    .description('show each list: format, files, sha256, publication date and age, entities by type, names, wallets, programs')
    .option('-l, --list <path>', 'list file or folder (repeatable); default: the bundled OFAC SDN snapshot', collect, [])
    .option('--list-format <format>', `read --list as this format: ${LIST_FORMAT_IDS.join(', ')}, auto`, collect, [])
    .option('--program <names>', 'count only these programs (comma-separated; presets russia, belarus)', collect, [])
    .option('--max-list-age <days>', 'warn when a list is older than this; 0 makes a stale list exit 2', parseNumber('--max-list-age', 0, 100000), DEFAULT_MAX_LIST_AGE_DAYS)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags: InventoryFlags) => {
      result.code = await runInventory(flags);
    });
  lists
    .command('fetch')
    .description('download the official list files into DIR/<list>/, check they parse, and replace the previous copy atomically')
    .requiredOption('--dir <dir>', 'folder to keep the lists in (one sub-folder per list)')
    .option('--source <ids>', `lists to fetch, comma-separated: ${SOURCES.map((s) => s.id).join(', ')}`, DEFAULT_SOURCES.join(','))
    .option('--url <source=url>', 'download a source from this URL instead (repeatable; for ofac/ofac-cons a base URL the file names are appended to)', collect, [])
    .option('--timeout <seconds>', 'give up on a file after this long', parseNumber('--timeout', 1, 86400), 120)
    .option('--allow-shrink', 'accept a new copy with far fewer entities than the one it replaces', false)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags: FetchFlags) => {
      result.code = await runFetch(flags);
    });
}

async function runInventory(flags: InventoryFlags): Promise<number> {
  const bundled = flags.list.length === 0;
  const specs = listSpecs(flags.list, flags.listFormat);
  const loaded = await loadLists(bundled ? [{ path: DEFAULT_LIST_PATH }] : specs);
  const { lists, warnings } = selectPrograms(loaded, flags.program);
  const now = new Date();
  let stale = 0;
  for (const list of lists) {
    const warning = staleWarning(list.info, now, flags.maxListAge, bundled);
    if (warning === null) continue;
    warnings.push(warning);
    stale++;
  }
  if (flags.format === 'json') {
    process.stdout.write(JSON.stringify(inventoryJson(lists, now), null, 2) + '\n');
  } else {
    process.stdout.write(formatInventory(lists.map((l) => l.info), now));
  }
  // Issues are listed in full above; repeat them as warnings only for the JSON reader's stderr.
  if (flags.format === 'json') warnings.unshift(...issueWarnings(lists));
  for (const w of warnings) process.stderr.write(`txscreen: warning: ${w}\n`);
  if (flags.maxListAge === 0 && stale > 0) {
    process.stderr.write('txscreen: a list is older than --max-list-age 0 allows\n');
    return EXIT.error;
  }
  return 0;
}

export function inventoryJson(lists: readonly LoadedList[], now: Date): { generatedAt: string; lists: ListInfo[] } {
  return { generatedAt: now.toISOString(), lists: lists.map(({ info }) => ({ ...info, ageDays: listAgeDays(info, now) })) };
}

const DATE_SOURCE: Record<ListInfo['dateSource'], string> = {
  data: 'from the list itself',
  manifest: 'from list-info.json beside it',
  mtime: 'file modification time: the list carries no date',
  unknown: 'unknown',
};

/** The text `screen lists` prints: one block per list, 80 columns. */
export function formatInventory(infos: readonly ListInfo[], now: Date): string {
  const out: string[] = [];
  const field = (label: string, text: string): void => {
    out.push(...hang('  ' + label.padEnd(LABEL_WIDTH), '  ' + label.padEnd(LABEL_WIDTH), sanitize(text), WIDTH, (t) => t));
  };
  for (const info of infos) {
    if (out.length > 0) out.push('');
    out.push(sanitize(`${info.id} (${info.format})`));
    for (const file of info.files) {
      field('file', file.path);
      field('', `${formatInt(file.bytes)} bytes`);
      // The full hash on a line of its own (75 columns): what an auditor compares.
      out.push(`    sha256 ${file.sha256}`);
    }
    const age = listAgeDays(info, now);
    const ageText = age === null ? '' : age < 0 ? ', in the future?' : `, ${formatInt(age)} day${age === 1 ? '' : 's'} old`;
    field('published', info.date === null ? 'unknown' : `${info.date} (${DATE_SOURCE[info.dateSource]}${ageText})`);
    const byType = Object.entries(info.entitiesByType ?? {})
      .filter(([, n]) => n > 0)
      .map(([type, n]) => `${formatInt(n)} ${type}`)
      .join(', ');
    field('entities', `${formatInt(info.entities)}${byType ? `: ${byType}` : ''}`);
    if (info.programFilter) {
      field('filter', `--program ${info.programFilter.programs.join(',')}: ${formatInt(info.entities)} of ${formatInt(info.programFilter.entitiesBefore)} entities kept`);
    }
    field('names', formatInt(info.names));
    field('wallets', formatInt(info.wallets));
    const programs = Object.entries(info.programs ?? {});
    field('programs', programs.length === 0 ? 'none' : `${programs.length}: ${programs.map(([p, n]) => `${p} (${formatInt(n)})`).join(', ')}`);
    const issues = info.issues ?? [];
    if (issues.length === 0) field('skipped', 'nothing: every row was read');
    for (const [i, issue] of issues.entries()) {
      field(i === 0 ? 'skipped' : '', `${path.basename(issue.file)}${issue.line === null ? '' : `:${issue.line}`}: ${issue.reason}`);
    }
    field('load time', `${formatInt(info.loadMs)} ms`);
  }
  return out.join('\n') + '\n';
}

async function runFetch(flags: FetchFlags): Promise<number> {
  const sources = selectSources(flags.source.split(',').filter((s) => s.trim() !== ''));
  if (sources.length === 0) throw new UsageError('--source names no list');
  const urls: Record<string, string> = {};
  for (const pair of flags.url) {
    const at = pair.indexOf('=');
    const id = pair.slice(0, at).trim().toLowerCase();
    const url = pair.slice(at + 1).trim();
    if (at === -1 || !SOURCES.some((s) => s.id === id) || !/^https?:\/\//i.test(url)) {
      throw new UsageError(`--url ${pair}: expected SOURCE=http(s)://… with SOURCE one of ${SOURCES.map((s) => s.id).join(', ')}`);
    }
    urls[id] = url;
  }
  const results = await fetchLists({ dir: path.resolve(flags.dir), sources, urls, timeoutMs: flags.timeout * 1000, allowShrink: flags.allowShrink });
  if (flags.format === 'json') process.stdout.write(JSON.stringify({ results }, null, 2) + '\n');
  else process.stdout.write(formatFetch(results));
  return results.every((r) => r.ok) ? 0 : EXIT.error;
}

export function formatFetch(results: readonly FetchResult[]): string {
  const out: string[] = [];
  const field = (label: string, text: string): void => {
    out.push(...hang('  ' + label.padEnd(LABEL_WIDTH), '  ' + label.padEnd(LABEL_WIDTH), sanitize(text), WIDTH, (t) => t));
  };
  for (const r of results) {
    if (!r.ok || !r.info) {
      out.push(sanitize(`${r.source}: FAILED, previous copy in ${r.folder} left as it was`));
      field('error', r.message ?? 'unknown error');
      continue;
    }
    const info = r.info;
    out.push(sanitize(`${r.source}: updated ${r.folder}`));
    field('files', `${info.files.length} (${formatInt(r.bytes ?? 0)} bytes): ${info.files.map((f) => path.basename(f.path)).join(', ')}`);
    field('entities', `${formatInt(info.entities)}, ${formatInt(info.names)} names, ${formatInt(info.wallets)} wallets`);
    field('published', `${info.date ?? 'unknown'} (${DATE_SOURCE[info.dateSource]})`);
    if (r.message) field('note', r.message);
  }
  const ok = results.filter((r) => r.ok);
  if (ok.length > 0) out.push('', `screen with: screen ${ok.map((r) => `--list ${r.folder}`).join(' ')} TRANSACTIONS.csv`);
  return out.join('\n') + '\n';
}
