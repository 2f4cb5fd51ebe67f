// The run summary a person reads on stderr after (or instead of) the report on stdout.
// Fixed 80-column layout: stderr's width is often unknown (CI logs, pipes), and 80 reads
// everywhere. Every value that came from outside (paths, list ids, warnings) is sanitized.
import type { ListInfo } from '../lists/entity';
import type { RunSummary } from '../screen/summary';
import { formatInt, hang, sanitize } from './layout';
import { makeChalk, type Style } from './style';

const WIDTH = 80;
const LABEL_WIDTH = 10;
const DAY_MS = 86_400_000;

const EXIT_MEANING: Record<RunSummary['exitCode'], string> = {
  0: 'clean: no row scored at or above the threshold',
  1: 'flagged: at least one row needs review',
  2: 'error: the run did not complete cleanly; results may be incomplete',
};

function elapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Whole days from a YYYY-MM-DD date to `now` (UTC calendar days), or null if unparseable. */
export function ageInDays(date: string, now: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const then = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((today - then) / DAY_MS);
}

function dateText(list: ListInfo, now: Date): string {
  if (list.date === null) return 'date unknown';
  const age = ageInDays(list.date, now);
  const ageText =
    age === null ? '' : age < 0 ? ' (in the future?)' : ` (${formatInt(age)} day${age === 1 ? '' : 's'} old)`;
  // A date taken from the file's mtime says when it was downloaded, not published.
  const source = list.dateSource === 'data' ? '' : ` [from ${list.dateSource}]`;
  return `dated ${list.date}${ageText}${source}`;
}

/**
 * @param now injectable for tests; list ages are computed against it.
 */
export function formatSummary(summary: RunSummary, color: boolean, now: Date = new Date()): string {
  const c = makeChalk(color);
  const plain: Style = (t) => t;
  const field = (label: string, text: string, style: Style = plain): string[] => {
    const prefix = '  ' + label.padEnd(LABEL_WIDTH);
    return hang(prefix, '  ' + c.dim(label.padEnd(LABEL_WIDTH)), sanitize(text), WIDTH, style);
  };
  const count = (n: number, style: Style): string => (n > 0 ? style(formatInt(n)) : formatInt(n));

  // Counts are coloured inside the text, so this one line is laid out without wrapping;
  // four numbers and fixed words stay far below 80 columns.
  const rows =
    '  ' +
    c.dim('rows'.padEnd(LABEL_WIDTH)) +
    `${formatInt(summary.rowsRead)} read, ${formatInt(summary.rowsScreened)} screened, ` +
    `${count(summary.rowsFlagged, c.red.bold)} flagged, ${count(summary.rowsErrored, c.magenta)} errored`;

  const lines: string[] = [
    ...hang('txscreen summary: ', c.bold('txscreen summary: '), sanitize(summary.input), WIDTH, plain),
    rows,
    ...field('hits', `${formatInt(summary.hits)} at or above threshold ${summary.threshold}${summary.suppressed > 0 ? `, ${formatInt(summary.suppressed)} suppressed by the allowlist` : ''}`),
  ];

  if (summary.lists.length === 0) lines.push(...field('lists', 'none loaded'));
  for (const list of summary.lists) {
    lines.push(...field('list', `${list.id}: ${formatInt(list.entities)} entities, ${dateText(list, now)}`));
    const hashes = list.files.map((f) => f.sha256.slice(0, 12)).join(', ');
    const detail = `${hashes === '' ? '' : `sha256 ${hashes}, `}loaded in ${elapsed(list.loadMs)}`;
    lines.push(...field('', detail));
  }

  lines.push(...field('elapsed', `${elapsed(summary.elapsedMs)} (${formatInt(summary.rowsPerSecond)} rows/s)`));
  for (const warning of summary.warnings) lines.push(...field('warning', warning, c.yellow));

  const exitStyle = summary.exitCode === 0 ? c.green : summary.exitCode === 1 ? c.red.bold : c.magenta.bold;
  lines.push(...field(`exit ${summary.exitCode}`, EXIT_MEANING[summary.exitCode], exitStyle));
  return lines.join('\n') + '\n';
}
