// Text → CSV records, keeping each record's starting line and surviving bad quoting.
// csv-parse alone, after an unclosed or stray quote, reads on to the next quote and
// silently swallows the rows in between. Here records are assembled line by line with
// quote parity first; a record that stays open too long (or to the end of the file) is
// reported as malformed at its first line, and the lines after it are read again as
// fresh rows, so one bad cell never costs the rest of the file.
import { parse } from 'csv-parse/sync';
import { splitQuotedLine } from './quoted-fields';

export interface RawRecord {
  /** Physical line where the record starts (1-based). */
  line: number;
  text: string;
  /** Spans several physical lines (a quoted field with newlines). */
  multiline: boolean;
}

export interface MalformedRecord {
  line: number;
  text: string;
  error: string;
}

/** A quoted field may span this many lines before the opening quote is called unclosed. */
export const MAX_RECORD_LINES = 50;

function quoteCount(line: string): number {
  let n = 0;
  let i = line.indexOf('"');
  while (i !== -1) {
    n++;
    i = line.indexOf('"', i + 1);
  }
  return n;
}

export class RecordAssembler {
  private pending = '';
  private lineNo = 0;
  private open: { line: number; lines: string[] } | null = null;

  constructor(
    private readonly emit: (record: RawRecord) => void,
    private readonly malformed: (record: MalformedRecord) => void,
    /** Checks a multi-line record (field count); returns an error message or null. */
    private readonly validateMultiline: (text: string) => string | null,
  ) {}

  push(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      this.line(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    this.pending = text.slice(start);
  }

  end(): void {
    if (this.pending !== '') this.line(this.pending);
    this.pending = '';
    while (this.open !== null) this.abandonOpen('unclosed quote: the quoted field runs to the end of the file');
  }

  private line(raw: string): void {
    this.lineNo++;
    this.feed(raw.endsWith('\r') ? raw.slice(0, -1) : raw, this.lineNo);
  }

  private feed(line: string, lineNo: number): void {
    if (this.open === null) {
      if (line === '') return;
      if (quoteCount(line) % 2 === 0) {
        this.emit({ line: lineNo, text: line, multiline: false });
        return;
      }
      this.open = { line: lineNo, lines: [line] };
      return;
    }
    this.open.lines.push(line);
    if (quoteCount(line) % 2 === 1) {
      const record = this.open;
      this.open = null;
      const text = record.lines.join('\n');
      const problem = this.validateMultiline(text);
      if (problem === null) {
        this.emit({ line: record.line, text, multiline: true });
      } else {
        this.open = record;
        this.abandonOpen(problem);
      }
      return;
    }
    if (this.open.lines.length > MAX_RECORD_LINES) {
      this.abandonOpen(`unclosed quote: the quoted field is still open ${MAX_RECORD_LINES} lines later`);
    }
  }

  /** Report the open record's first line as malformed and re-read the lines after it. */
  private abandonOpen(reason: string): void {
    const record = this.open;
    if (record === null) return;
    this.open = null;
    const [first, ...rest] = record.lines;
    const column = (first ?? '').indexOf('"') + 1;
    this.malformed({ line: record.line, text: first ?? '', error: `${reason} (column ${column})` });
    rest.forEach((l, i) => this.feed(l, record.line + 1 + i));
  }
}

export interface ParsedRow {
  line: number;
  values: string[];
}

export interface ParseFailure {
  line: number;
  values: string[];
  error: string;
}

interface CsvErrorLike {
  message: string;
  column?: number | string;
}

/** The one record in `text`; a text that parses to several records is malformed, not cut short. */
function parseOne(text: string, delimiter: string): string[] {
  const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: false }) as string[][];
  if (rows.length > 1) throw new Error(`the quotes do not balance: this text holds ${rows.length} records`);
  return rows[0] ?? [''];
}

function describe(err: unknown): string {
  const e = err as CsvErrorLike;
  return String(e.message ?? err).replace(/\s+/g, ' ');
}

/** A row's cells by column index (0 and up), as an array's `at` reads them: a string[] is one. */
export interface Cells {
  at(index: number): string | undefined;
}

/**
 * A well-formed row's fields, read one by one (`at`, as `values[index]` reads an array) or
 * all at once (`all`). An unquoted record is only split when all its fields are needed:
 * a screening run needs them only for the rows it prints (flagged ones, or every row with
 * --all), and splitting every row made eight strings a row, ~0.5 s of a 1M-row run's
 * main thread and much of its garbage. The screener reuses one instance from row to row:
 * keep the values `all` returns, never the cells.
 */
export class RowCells implements Cells {
  private text = '';
  private delimiter = ',';
  private values: string[] | null = null;
  /** Unquoted: where field k starts (k ≤ fields), the end of the text plus a delimiter after the last. */
  private starts = new Int32Array(16);
  private fields = 0;

  /** A parsed row. */
  reset(values: string[]): this {
    this.values = values;
    return this;
  }

  /**
   * An unquoted record, scanned once for its delimiters (not split): returns its field
   * count. Its cells are only read when that is the width the caller expects.
   */
  scan(text: string, delimiter: string): number {
    this.text = text;
    this.delimiter = delimiter;
    this.values = null;
    let starts = this.starts;
    let fields = 1;
    starts[0] = 0;
    for (let at = text.indexOf(delimiter); at !== -1; at = text.indexOf(delimiter, at + delimiter.length)) {
      if (fields + 1 >= starts.length) {
        starts = new Int32Array(2 * starts.length);
        starts.set(this.starts);
        this.starts = starts;
      }
      starts[fields++] = at + delimiter.length;
    }
    starts[fields] = text.length + delimiter.length;
    this.fields = fields;
    return fields;
  }

  at(index: number): string | undefined {
    if (this.values !== null) return this.values[index];
    if (!(index >= 0 && index < this.fields)) return undefined;
    return this.text.slice(this.starts[index] as number, (this.starts[index + 1] as number) - this.delimiter.length);
  }

  all(): string[] {
    return (this.values ??= this.text.split(this.delimiter));
  }
}

/**
 * Walks a batch of records in order: each well-formed one to `row`, as cells (the same
 * RowCells instance each time), each malformed one to `failure`. A record with no quote
 * character is well-formed when it has `width` fields between delimiters (csv-parse would
 * read it so); the others are `quoted` (parseQuoted's answer for this batch, passed in when
 * the caller has it already).
 */
export function visitBatch(
  records: readonly RawRecord[],
  delimiter: string,
  width: number,
  row: (line: number, cells: RowCells) => void,
  failure: (failed: ParseFailure) => void,
  quoted: ReadonlyArray<string[] | string> = parseQuoted(records, delimiter),
): void {
  const cells = new RowCells();
  let nextQuoted = 0;
  for (const record of records) {
    if (isQuoted(record)) {
      const values = quoted[nextQuoted++] as string[] | string;
      if (typeof values === 'string') failure({ line: record.line, values: [record.text], error: values });
      else if (values.length !== width) failure({ line: record.line, values, error: `expected ${width} fields, found ${values.length}` });
      else row(record.line, cells.reset(values));
      continue;
    }
    const count = cells.scan(record.text, delimiter);
    if (count !== width) failure({ line: record.line, values: record.text.split(delimiter), error: `expected ${width} fields, found ${count}` });
    else row(record.line, cells);
  }
}

/** visitBatch's rows, each split into its values (the header; tests). */
export function parseBatch(
  records: RawRecord[],
  delimiter: string,
  width: number,
  quoted: ReadonlyArray<string[] | string> = parseQuoted(records, delimiter),
): Array<ParsedRow | ParseFailure> {
  const out: Array<ParsedRow | ParseFailure> = [];
  visitBatch(records, delimiter, width, (line, cells) => out.push({ line, values: cells.all() }), (failed) => out.push(failed), quoted);
  return out;
}

/**
 * Whether a record goes through parseQuoted rather than a split: parseBatch,
 * columnValues and parseQuoted must agree on it record for record, as they walk the quoted
 * records' results in step.
 */
function isQuoted(record: RawRecord): boolean {
  return record.text.indexOf('"') !== -1;
}

/**
 * The values in `columns` of the batch's well-formed rows (rows parseBatch would not call
 * malformed), row by row and in `columns` order, blank values left out: exactly the values
 * a screening of parseBatch's rows meets, in the order it meets them. An unquoted record
 * is only scanned, not split: the screener asks for the name columns first, to send the
 * names to a worker, and reads the rest of the row once their answers are in (visitBatch).
 */
export function columnValues(
  records: RawRecord[],
  delimiter: string,
  width: number,
  columns: readonly number[],
  quoted: ReadonlyArray<string[] | string> = parseQuoted(records, delimiter),
): string[] {
  let nextQuoted = 0;
  const out: string[] = [];
  const cells = new RowCells();
  for (const record of records) {
    if (isQuoted(record)) {
      const values = quoted[nextQuoted++] as string[] | string;
      if (typeof values === 'string' || values.length !== width) continue;
      for (const col of columns) {
        const value = values[col] ?? '';
        if (value.trim() !== '') out.push(value);
      }
      continue;
    }
    if (cells.scan(record.text, delimiter) !== width) continue;
    for (const col of columns) {
      const value = cells.at(col) ?? '';
      if (value.trim() !== '') out.push(value);
    }
  }
  return out;
}

/**
 * The batch's records that hold a quote character, parsed: each one's fields, or the error
 * message that makes it malformed, in batch order. A one-line record that quotes cleanly
 * is split here (quoted-fields.ts); the others go through one csv-parse call, and if
 * csv-parse rejects anything there, each is parsed on its own so the error lands on the
 * right line and every other record survives.
 */
export function parseQuoted(records: readonly RawRecord[], delimiter: string): Array<string[] | string> {
  const out: Array<string[] | string> = [];
  /** The records the plain reader left to csv-parse, and where their answers go. */
  const rest: RawRecord[] = [];
  const restAt: number[] = [];
  for (const record of records) {
    if (!isQuoted(record)) continue;
    const fields = record.multiline ? null : splitQuotedLine(record.text, delimiter);
    if (fields === null) {
      rest.push(record);
      restAt.push(out.length);
    }
    out.push(fields ?? '');
  }
  if (rest.length > 0) {
    const parsed = parseWithCsvParse(rest, delimiter);
    for (let k = 0; k < rest.length; k++) out[restAt[k] as number] = parsed[k] as string[] | string;
  }
  return out;
}

/** parseQuoted's answer for records csv-parse reads, in one call when it can. */
function parseWithCsvParse(quoted: readonly RawRecord[], delimiter: string): Array<string[] | string> {
  let rows: string[][] | null = null;
  try {
    const parsed = parse(quoted.map((r) => r.text).join('\n'), { delimiter, relax_column_count: true, relax_quotes: true, bom: false, raw: true }) as unknown as Array<{ record: string[]; raw: string }>;
    // Each parsed record must be exactly one of ours: a count that matches is not enough (a
    // bare \r in the first record made csv-parse split on \r, and a loosely read quote can
    // swallow a join, shifting fields from one record to the next).
    const aligned = parsed.length === quoted.length && parsed.every(({ raw }, k) => raw === (quoted[k] as RawRecord).text + (k < quoted.length - 1 ? '\n' : ''));
    rows = aligned ? parsed.map((p) => p.record) : null;
  } catch {
    rows = null;
  }
  return quoted.map((record, k) => {
    if (rows !== null) return rows[k] as string[];
    try {
      return parseOne(record.text, delimiter);
    } catch (err) {
      return describe(err);
    }
  });
}

/** For RecordAssembler: a multi-line record must parse to exactly `width` fields. */
export function multilineValidator(delimiter: () => string, width: () => number): (text: string) => string | null {
  return (text) => {
    try {
      const values = parseOne(text, delimiter());
      const w = width();
      return w === 0 || values.length === w ? null : `unclosed quote: the record spanning lines has ${values.length} fields, expected ${w}`;
    } catch (err) {
      return `unclosed quote: ${describe(err)}`;
    }
  };
}
