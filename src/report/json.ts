// One JSON document for CI artifacts: {"records": [...], "summary": {...}, "lists": [...]}.
// It is streamed: records are written as they are screened (a large input never sits in
// memory) and the summary, known only at the end, comes last. Key order does not matter
// to JSON.parse; records are one per line so a person can still read and diff the file.
import type { ListInfo } from '../lists/entity';
import type { RunSummary } from '../screen/summary';
import type { Printer, PrinterOptions } from './printer';
import { recordSerializer } from './record-json';

/** Pretty-prints a value nested one level inside the document. */
function nested(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

export function jsonPrinter(opts: PrinterOptions): Printer {
  const toJson = recordSerializer([...opts.header]);
  let count = 0;
  return {
    begin: () => '{\n  "records": [',
    record: (record) => {
      // The separator goes before each record (not after) because we cannot know which
      // record is the last one until end() is called.
      const sep = count === 0 ? '\n' : ',\n';
      count++;
      return `${sep}    ${toJson(record)}`;
    },
    end: (summary: RunSummary) => {
      const { lists, ...rest } = summary;
      const listInfos: ListInfo[] = lists;
      const close = count === 0 ? ']' : '\n  ]';
      return `${close},\n  "summary": ${nested(rest)},\n  "lists": ${nested(listInfos)}\n}\n`;
    },
  };
}
