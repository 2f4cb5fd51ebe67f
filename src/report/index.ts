// Picks the printer for a --format value. The CLI validates the value against FORMATS.
import { csvPrinter } from './csv';
import { jsonPrinter } from './json';
import { ndjsonPrinter } from './ndjson';
import type { Format, Printer, PrinterOptions } from './printer';
import { tablePrinter } from './table';

export type { Format, Printer, PrinterOptions } from './printer';
export { FORMATS } from './printer';
export { shouldColor } from './color';
export { formatSummary } from './summary-text';

export function createPrinter(format: Format, opts: PrinterOptions): Printer {
  switch (format) {
    case 'table':
      return tablePrinter(opts);
    case 'csv':
      return csvPrinter(opts);
    case 'ndjson':
      return ndjsonPrinter(opts);
    case 'json':
      return jsonPrinter(opts);
    default: {
      // Unreachable for typed callers; guards a cast string from the command line.
      const unknown: never = format;
      throw new Error(`unknown output format: ${String(unknown)}`);
    }
  }
}

/** A person at a terminal gets the table; a pipe or file gets CSV, which every tool reads. */
export function defaultFormat(stdoutIsTTY: boolean): Format {
  return stdoutIsTTY ? 'table' : 'csv';
}
