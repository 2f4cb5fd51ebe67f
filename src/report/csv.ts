// CSV for spreadsheets and downstream scripts: the input columns, unchanged, followed by
// the screen_* columns.
//
// One output line per HIT, not per row: a row that matches three entities becomes three
// lines with the input values repeated, so a reviewer filtering or sorting in a
// spreadsheet sees every hit in its own cells (packing extra hits into one cell hides them
// from filters). Hits keep the screener's order, best first. A clear or error row is one
// line with the hit columns empty; an error's message goes in screen_explanation.
//
// Formula injection: a cell starting with = + - @ TAB or CR is run as a formula by
// Excel/LibreOffice/Sheets. The screen_* cells carry list data (entity names, ids,
// programs, matched names) and explanations that quote input, i.e. text we did not write,
// so any such cell that starts with one of those characters gets a leading ' (OWASP's
// advice); the spreadsheet then shows it as text. The input columns are deliberately left
// byte-for-byte as read, so the file round-trips into the tools that produced it: whatever
// they contain was already in the user's own file, and a script that wants raw screen_*
// values too should read the ndjson output instead.
import { stringify } from 'csv-stringify/sync';
import type { Hit, ScreenedRecord } from '../screen/record';
import type { Printer, PrinterOptions } from './printer';

export const SCREEN_COLUMNS = [
  'screen_status',
  'screen_score',
  'screen_list',
  'screen_entity_id',
  'screen_entity_name',
  'screen_matched_name',
  'screen_column',
  'screen_programs',
  'screen_explanation',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell that a spreadsheet would evaluate as a formula. */
export function defuse(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function line(cells: string[]): string {
  // csv-stringify quotes cells containing the delimiter, quotes, CR or LF (RFC 4180).
  return stringify([cells]);
}

function hitCells(status: string, hit: Hit): string[] {
  return [
    status,
    // One decimal: enough to see the distance to the threshold without float noise.
    hit.score.toFixed(1),
    hit.list,
    hit.entity.id,
    hit.entity.name,
    hit.matchedName,
    hit.column,
    hit.entity.programs.join(';'),
    hit.explanation,
  ];
}

function suppressedCells(hit: Hit): string[] {
  const cells = hitCells('suppressed', hit);
  const a = hit.allowlisted;
  if (a !== undefined) cells[cells.length - 1] = `allowlisted (${a.source}: ${a.reason}; ${a.reviewer}, ${a.decided}, expires ${a.expires}) · ${hit.explanation}`;
  return cells;
}

function noHitCells(status: string, explanation: string): string[] {
  return [status, '', '', '', '', '', '', '', explanation];
}

export function csvPrinter(opts: PrinterOptions): Printer {
  const width = opts.header.length;

  /** Input values fitted to the header so the screen_* columns always line up. */
  const inputCells = (record: ScreenedRecord): string[] =>
    Array.from({ length: width }, (_, i) => record.values[i] ?? '');

  /** Values past the header (malformed rows) would shift the screen_* columns; keep them visible in the explanation instead of dropping them. */
  const extraNote = (record: ScreenedRecord): string => {
    const extra = record.values.slice(width);
    return extra.length === 0 ? '' : ` [extra values: ${JSON.stringify(extra)}]`;
  };

  const emit = (input: string[], screen: string[]): string => line([...input, ...screen.map(defuse)]);

  return {
    begin: () => line([...opts.header, ...SCREEN_COLUMNS]),
    record: (record) => {
      const input = inputCells(record);
      if (record.status === 'error') {
        return emit(input, noHitCells('error', (record.error ?? 'unknown error') + extraNote(record)));
      }
      // --show-suppressed: one line per suppressed hit, status "suppressed", the entry in the explanation.
      const suppressed = (record.suppressed ?? []).map((hit) => emit(input, suppressedCells(hit))).join('');
      if (record.hits.length === 0 && suppressed !== '') return suppressed;
      if (record.hits.length === 0) {
        // A 'hit' record without hits should not happen; report what we were given
        // rather than invent a status, but never print hit columns we do not have.
        return emit(input, noHitCells(record.status, extraNote(record).trimStart()));
      }
      return record.hits.map((hit) => emit(input, hitCells(record.status, hit))).join('') + suppressed;
    },
    end: () => '',
  };
}
