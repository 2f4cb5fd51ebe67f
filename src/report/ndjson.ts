// NDJSON: one JSON object per emitted record per line, for other tools to stream-parse.
// The object shape is the contract in ./record-json. No header or trailer lines, so the
// output can be concatenated, split or tailed like any NDJSON file.
import type { Printer, PrinterOptions } from './printer';
import { recordSerializer } from './record-json';

export function ndjsonPrinter(opts: PrinterOptions): Printer {
  const toJson = recordSerializer([...opts.header]);
  return {
    begin: () => '',
    // JSON.stringify escapes newlines inside strings, so each record is exactly one line.
    record: (record) => toJson(record) + '\n',
    end: () => '',
  };
}
