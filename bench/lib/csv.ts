// CSV and line-file reading for the peer benchmark files (header row, UTF-8, maybe a BOM).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

export function readCsv(file: string): CsvRow[] {
  return parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
}

/** A column that must exist; a missing column is a data error, not an empty value. */
export function col(row: CsvRow, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`CSV column "${name}" missing (have: ${Object.keys(row).join(', ')})`);
  return value;
}

/** Non-empty trimmed lines. */
export function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
