// One file of OFAC's legacy CSV publication as numbered rows, checked for its field count.
// Real files are read by the fast splitter (csv-split.ts): a string-free pass checks every
// row's shape, and the rows are split again as the reader pulls them, rather than kept as
// arrays (50k rows held through a load outlive many young-generation collections, and
// copying them costs more than the split itself). Files the splitter gives up on (a byte
// order mark, a syntax error, mixed line breaks) go to csv-parse as before, so they read,
// and fail, exactly as they always have.
import { isAscii, isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { ListError, type ListFile } from './entity';
import { CsvSplitter } from './csv-split';
import { readListFile } from './reader';

export interface CsvRow {
  /** Physical line (1-based) where the row starts. */
  line: number;
  fields: string[];
}

/**
 * A file's non-blank rows, pulled in file order: `while (rows.next()) use(rows.fields)`.
 * The cursor is the current row; next() replaces it, so keep values, not the cursor.
 */
export interface RowCursor extends CsvRow {
  next(): boolean;
}

export interface CsvFile {
  path: string;
  meta: ListFile;
  /** A new cursor at the first row. */
  rows(): RowCursor;
}

/** Reads and checks one file; a blank companion file has no rows, a blank primary is an error. */
export async function readCsvFile(file: string, fieldCount: number, isPrimary: boolean): Promise<CsvFile> {
  const { bytes, meta } = await readListFile(file);
  const body = stripCtrlZ(bytes);
  if (isBlank(body)) {
    if (isPrimary) throw new ListError(file, null, 'file is empty');
    return { path: file, meta, rows: () => new ParsedRows([]) };
  }
  return { path: file, meta, rows: checkedRows(file, body, fieldCount) };
}

/** DOS end-of-file marker(s) after the last CRLF; one real comments file has none. */
function stripCtrlZ(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0x1a) end -= 1;
  return bytes.subarray(0, end);
}

/** White space as String.prototype.trim sees it, for the bytes read as Latin-1. */
const LATIN1_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Nothing but white space: checked on the bytes, without decoding 5 MB to find the first letter. */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (!LATIN1_SPACE.has(byte)) return false;
  return true;
}

/**
 * The file's rows, once every row is known to have `fieldCount` fields. A syntax error
 * anywhere is reported before a wrong field count, as when csv-parse read the whole file first.
 */
function checkedRows(file: string, bytes: Buffer, fieldCount: number): () => RowCursor {
  const encoding = encodingOf(bytes);
  if (!startsWithBom(bytes)) {
    const text = bytes.toString(encoding);
    const shape = new CsvSplitter(text, false);
    let misfit: { line: number; found: number } | null = null;
    while (shape.next()) {
      if (misfit === null && shape.count !== fieldCount && !shape.isBlank()) misfit = { line: shape.line, found: shape.count };
    }
    if (!shape.gaveUp) {
      if (misfit) throw fieldCountError(file, misfit.line, misfit.found, fieldCount);
      return () => new SplitRows(text);
    }
  }
  const records = parseCsv(file, bytes, encoding);
  const rows = new ParsedRows(records);
  while (rows.next()) {
    if (rows.fields.length !== fieldCount) throw fieldCountError(file, rows.line, rows.fields.length, fieldCount);
  }
  return () => new ParsedRows(records);
}

function fieldCountError(file: string, line: number, found: number, fieldCount: number): ListError {
  return new ListError(file, line, `expected ${fieldCount} fields, found ${found}`);
}

/**
 * Real files are ASCII; accept UTF-8, and fall back to Latin-1 rather than inventing U+FFFD.
 * ASCII reads the same either way: as Latin-1, Node keeps a large file's text outside the
 * JS heap, where the GC neither scans nor counts it.
 */
function encodingOf(bytes: Buffer): 'utf8' | 'latin1' {
  if (isAscii(bytes)) return 'latin1';
  return isUtf8(bytes) ? 'utf8' : 'latin1';
}

/** The byte order marks csv-parse's `bom` option drops (reading FF FE as UTF-16 LE). */
function startsWithBom(bytes: Buffer): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

function parseCsv(file: string, bytes: Buffer, encoding: 'utf8' | 'latin1'): string[][] {
  try {
    // A Buffer parses about twice as fast as a string, and csv-parse's `info` option would
    // add ~50% more; ParsedRows counts line numbers instead.
    return parse(bytes, { bom: true, encoding, relax_column_count: true });
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    throw new ListError(file, typeof line === 'number' ? line : null, `CSV syntax: ${(err as Error).message}`);
  }
}

/** Rows of text the splitter has already read through once (so it will not give up). */
class SplitRows implements RowCursor {
  line = 0;
  fields: string[] = [];
  private readonly csv: CsvSplitter;

  constructor(text: string) {
    this.csv = new CsvSplitter(text, true);
  }

  next(): boolean {
    const csv = this.csv;
    while (csv.next()) {
      if (csv.isBlank()) continue;
      this.line = csv.line;
      this.fields = csv.fields;
      return true;
    }
    return false;
  }
}

/** Rows of csv-parse's records, numbered by physical line. */
class ParsedRows implements RowCursor {
  line = 0;
  fields: string[] = [];
  private index = 0;
  private nextLine = 1;

  constructor(private readonly records: readonly string[][]) {}

  next(): boolean {
    while (this.index < this.records.length) {
      const fields = this.records[this.index] as string[];
      const line = this.nextLine;
      this.index += 1;
      // Quoted fields may span lines (none do in real files); keep later line numbers exact anyway.
      this.nextLine += 1;
      for (const value of fields) this.nextLine += countNewlines(value);
      // A blank line comes back as one empty field: it holds no data, only its line counts.
      if (fields.length === 1 && (fields[0] ?? '').trim() === '') continue;
      this.line = line;
      this.fields = fields;
      return true;
    }
    return false;
  }
}

function countNewlines(value: string): number {
  let n = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) n += 1;
  return n;
}
