// `screen lookup NAME… | --address WALLET | --explain ENTITY_ID`: an investigator's query
// against the lists, every candidate down to --min-score (below the screening threshold).
// Exit: 1 when a candidate (or the explained entity) scores at or above the screening
// threshold, 0 when none does, 2 on a usage or list error.
import { Command, Option } from 'commander';
import type { LoadedList } from '../lists/entity';
import { staleWarning, DEFAULT_MAX_LIST_AGE_DAYS } from '../lists/freshness';
import { DEFAULT_LIST_PATH, loadLists } from '../lists/load';
import { explainCandidate, explainWallet, featureTable, findEntities, lookupAddress, lookupName, type LookupResult } from '../match/lookup';
import { DEFAULT_THRESHOLD, Matcher } from '../match/matcher';
import { shouldColor } from '../report/color';
import { explainJson, lookupJson, type ExplainReport } from '../report/lookup-json';
import { explainTable, lookupTable } from '../report/lookup-table';
import { UsageError } from '../screen/columns';
import { EXIT } from '../screen/exit';
import { issueWarnings, listSpecs, selectPrograms } from './list-options';
import { addConfigOption, loadAndApplyConfig } from './review-options';

export const LOOKUP_FORMATS = ['table', 'json'] as const;
export const DEFAULT_MIN_SCORE = 50;
export const DEFAULT_LIMIT = 10;

interface LookupFlags {
  list: string[];
  listFormat: string[];
  program: string[];
  address: string[];
  limit: number;
  minScore: number;
  threshold: number;
  format: (typeof LOOKUP_FORMATS)[number];
  explain?: string;
  maxListAge: number;
  color?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseNumber(name: string, min: number, max: number, integer = false): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new UsageError(`${name} must be a ${integer ? 'whole number' : 'number'} from ${min} to ${max}, got "${v}"`);
    }
    return n;
  };
}

/** One query per line; blank lines skipped; a cell pasted with its CSV quotes loses them. */
export function queriesFromText(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .map((l) => (/^"(.*)"$/.test(l) ? l.slice(1, -1).replace(/""/g, '"').trim() : l))
    .filter((l) => l !== '');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function registerLookup(program: Command, result: { code: number }): void {
  const cmd = program
    .command('lookup')
    .description('look up names or wallets: every candidate from --min-score up, with entity details and why it scored')
    .argument('[names...]', 'names to look up; "-" (or no name with piped input) reads one name per line from standard input')
    .option('-l, --list <path>', 'sanctions list file or folder (repeatable); default: the bundled OFAC SDN snapshot', collect, [])
    .option('--list-format <format>', 'read --list as this format (see screen --help)', collect, [])
    .option('--program <names>', 'only these programs, comma-separated; presets: russia, belarus (default: all)', collect, [])
    .option('--address <wallet>', 'look up a wallet address (repeatable; "-" reads addresses from standard input)', collect, [])
    .option('--limit <n>', 'candidates shown per query', parseNumber('--limit', 1, 10000, true), DEFAULT_LIMIT)
    .option('--min-score <score>', 'lowest score shown (0-100); below the screening threshold on purpose', parseNumber('--min-score', 0, 100), DEFAULT_MIN_SCORE)
    .option('-t, --threshold <score>', 'screening threshold: candidates at or above it are marked and make the exit code 1', parseNumber('--threshold', 0, 100), DEFAULT_THRESHOLD)
    .addOption(new Option('-f, --format <format>', 'output format').choices(LOOKUP_FORMATS).default('table'))
    .option('--explain <entity_id>', 'full feature breakdown of the score against one entity (ID, or LIST:ID when ids repeat across lists)')
    .option('--max-list-age <days>', 'warn when a list is older than this', parseNumber('--max-list-age', 0, 100000), DEFAULT_MAX_LIST_AGE_DAYS)
    .option('--color', 'force colours')
    .option('--no-color', 'no colours');
  addConfigOption(cmd).action(async (names: string[], _flags: LookupFlags, command: Command) => {
    loadAndApplyConfig(command, { formats: LOOKUP_FORMATS });
    result.code = await runLookup(names, command.opts<LookupFlags>());
  });
}

async function gatherQueries(names: string[], flags: LookupFlags): Promise<{ names: string[]; addresses: string[] }> {
  const namesFromStdin = names.includes('-');
  const addressesFromStdin = flags.address.includes('-');
  if (namesFromStdin && addressesFromStdin) throw new UsageError('standard input can hold names or addresses, not both ("-" given twice)');
  let outNames = names.filter((n) => n !== '-');
  let outAddresses = flags.address.filter((a) => a !== '-');
  const implicit = names.length === 0 && flags.address.length === 0 && process.stdin.isTTY !== true;
  if (namesFromStdin || addressesFromStdin || implicit) {
    const lines = queriesFromText(await readStdin());
    if (addressesFromStdin) outAddresses = [...outAddresses, ...lines];
    else outNames = [...outNames, ...lines];
  }
  outNames = outNames.map((n) => n.trim()).filter((n) => n !== '');
  outAddresses = outAddresses.map((a) => a.trim()).filter((a) => a !== '');
  if (outNames.length === 0 && outAddresses.length === 0) {
    throw new UsageError('lookup: nothing to look up: give a name, --address WALLET, or pipe names one per line (see screen lookup --help)');
  }
  return { names: outNames, addresses: outAddresses };
}

async function loadForLookup(flags: LookupFlags): Promise<LoadedList[]> {
  const bundled = flags.list.length === 0;
  const loaded = await loadLists(bundled ? [{ path: DEFAULT_LIST_PATH }] : listSpecs(flags.list, flags.listFormat));
  const { lists, warnings } = selectPrograms(loaded, flags.program);
  const now = new Date();
  for (const w of [...issueWarnings(lists), ...warnings]) process.stderr.write(`txscreen: warning: ${w}\n`);
  for (const list of lists) {
    const w = staleWarning(list.info, now, flags.maxListAge, bundled);
    if (w !== null) process.stderr.write(`txscreen: warning: ${w}\n`);
  }
  return lists;
}

async function runLookup(rawNames: string[], flags: LookupFlags): Promise<number> {
  const queries = await gatherQueries(rawNames, flags);
  const lists = await loadForLookup(flags);
  const matcher = new Matcher(lists, { threshold: flags.minScore });
  const color = flags.format === 'table' && (flags.color ?? shouldColor(process.stdout, process.env));
  const width = process.stdout.columns ?? 80;

  if (flags.explain !== undefined) {
    const total = queries.names.length + queries.addresses.length;
    if (total !== 1) throw new UsageError(`--explain takes exactly one query (a name or one --address), got ${total}`);
    const entities = findEntities(matcher, flags.explain);
    if (entities.length === 0) throw new UsageError(`--explain: no entity "${flags.explain}" in the loaded lists (${lists.map((l) => l.info.id).join(', ')})`);
    if (entities.length > 1) {
      throw new UsageError(`--explain: "${flags.explain}" is an id in several lists; name one: ${entities.map((e) => `${e.list}:${e.id}`).join(', ')}`);
    }
    const entity = entities[0]!;
    let report: ExplainReport;
    if (queries.addresses.length === 1) {
      const query = queries.addresses[0]!;
      const wallets = explainWallet(query, entity);
      const hit = matcher.matchAddress(query).find((h) => h.entity === entity);
      report = {
        kind: 'address',
        query,
        entity,
        wallets,
        score: hit?.score ?? 0,
        explanation: hit?.explanation ?? 'the address is none of this entity\'s wallets',
        threshold: flags.threshold,
      };
    } else {
      report = { kind: 'name', breakdown: explainCandidate(queries.names[0]!, entity), threshold: flags.threshold, features: featureTable() };
    }
    process.stdout.write(flags.format === 'json' ? explainJson(report) : explainTable(report, { color, width }));
    const score = report.kind === 'address' ? report.score : report.breakdown.score;
    return score >= flags.threshold ? EXIT.hits : EXIT.clean;
  }

  const results: LookupResult[] = [
    ...queries.names.map((q) => lookupName(matcher, q, flags.limit)),
    ...queries.addresses.map((a) => lookupAddress(matcher, a, flags.limit)),
  ];
  const report = { minScore: flags.minScore, threshold: flags.threshold, limit: flags.limit, results, lists: lists.map((l) => l.info) };
  process.stdout.write(flags.format === 'json' ? lookupJson(report) : lookupTable(report, { color, width }));
  const flagged = results.some((r) => r.candidates.some((c) => c.score >= flags.threshold));
  return flagged ? EXIT.hits : EXIT.clean;
}
