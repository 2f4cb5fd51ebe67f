// A printer turns screened records into text. It never matches and never does I/O:
// the screener writes what it returns, so backpressure stays in one place.
import type { ScreenedRecord } from '../screen/record';
import type { RunSummary } from '../screen/summary';

export const FORMATS = ['table', 'csv', 'ndjson', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface PrinterOptions {
  /** Input header, in order. */
  header: string[];
  /** Emit ANSI colours (only the table printer uses them). */
  color: boolean;
  /** Terminal width for the table printer; 80 when unknown. */
  width?: number;
}

export interface Printer {
  /** Text before the first record (CSV header, JSON opening); may be ''. */
  begin(): string;
  /** Text for one record; may be ''. */
  record(record: ScreenedRecord): string;
  /** Text after the last record (JSON summary and closing); may be ''. */
  end(summary: RunSummary): string;
}
