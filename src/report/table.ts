// For a person at a terminal: one block per hit, an error line per failed row, and a dim
// one-liner per clear row (the screener passes clear rows only with --all).
//
//   line 42  HIT 97.5  ofac-sdn #12345
//     entity   BANK MELLI IRAN (entity)
//     matched  BANK MELLI
//     column   counterparty="Bank Melli Iran"
//     programs IRAN; SDGT
//     why      token "melli" matches exactly; …wrapped to the width…
//
// Everything is wrapped as plain text first and coloured afterwards, so no line is wider
// than opts.width and escape codes never split. Cell and list text is sanitized: a value
// containing ANSI or bidi control characters must not be able to rewrite the screen.
import type { Hit, ScreenedRecord } from '../screen/record';
import type { RunSummary } from '../screen/summary';
import { displayWidth, hang, sanitize, truncate } from './layout';
import type { Printer, PrinterOptions } from './printer';
import { makeChalk, scoreStyle, type Style } from './style';

const DEFAULT_WIDTH = 80;
/** Below this the labelled layout cannot work; narrower requests are widened to it. */
const MIN_WIDTH = 40;
const LABEL_WIDTH = 9; // "programs " — the longest label plus a space
const INDENT = '  ';

const plain: Style = (text) => text;

/** Like hang, but keeps the text's own line breaks (explanations may be multi-line). */
function hangParagraphs(prefix: string, styledPrefix: string, text: string, width: number, style: Style): string[] {
  const indent = ' '.repeat(displayWidth(prefix));
  return text
    .split(/\r?\n/)
    .flatMap((para, i) => hang(prefix, i === 0 ? styledPrefix : indent, sanitize(para), width, style));
}

export function tablePrinter(opts: PrinterOptions): Printer {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH));
  const c = makeChalk(opts.color);
  let printed = 0;

  const field = (label: string, text: string, style: Style = plain): string[] => {
    const prefix = INDENT + label.padEnd(LABEL_WIDTH);
    return hang(prefix, INDENT + c.dim(label.padEnd(LABEL_WIDTH)), sanitize(text), width, style);
  };

  const lineNo = (record: ScreenedRecord): string => `line ${record.line}  `;

  const hitBlock = (record: ScreenedRecord, hit: Hit, index: number): string[] => {
    const status = `HIT ${hit.score.toFixed(1)}`;
    const prefix = lineNo(record) + status + '  ';
    const styledPrefix = c.bold(lineNo(record)) + scoreStyle(c, hit.score)(status) + '  ';
    const of = record.hits.length > 1 ? `  (${index + 1} of ${record.hits.length})` : '';
    const programs = hit.entity.programs.length > 0 ? hit.entity.programs.join('; ') : '(none)';
    const value = `${hit.column}=${JSON.stringify(hit.value)}${hit.kind !== 'name' ? ` [${hit.kind}]` : ''}`;
    return [
      ...hang(prefix, styledPrefix, sanitize(`${hit.list} #${hit.entity.id}${of}`), width, plain),
      ...field('entity', `${hit.entity.name} (${hit.entity.type})`, c.bold),
      ...field('matched', hit.matchedName),
      ...field('column', value),
      ...field('programs', programs),
      ...hangParagraphs(INDENT + 'why'.padEnd(LABEL_WIDTH), INDENT + c.dim('why'.padEnd(LABEL_WIDTH)), hit.explanation, width, plain),
    ];
  };

  const errorLines = (record: ScreenedRecord): string[] => {
    const prefix = lineNo(record) + 'ERROR  ';
    const styledPrefix = c.bold(lineNo(record)) + c.magenta.bold('ERROR') + '  ';
    return hang(prefix, styledPrefix, sanitize(record.error ?? 'unknown error'), width, plain);
  };

  // --show-suppressed: a short dim block per suppressed hit, so allowlisted hits stay visible but recede.
  const suppressedLines = (record: ScreenedRecord, hit: Hit): string[] => {
    const a = hit.allowlisted;
    const prefix = `${lineNo(record)}SUPPRESSED ${hit.score.toFixed(1)}  `;
    const dimField = (label: string, text: string): string[] => {
      const p = INDENT + label.padEnd(LABEL_WIDTH);
      return hang(p, c.dim(p), sanitize(text), width, c.dim);
    };
    return [
      ...hang(prefix, c.dim(prefix), sanitize(`${hit.list} #${hit.entity.id} ${hit.entity.name}`), width, c.dim),
      ...dimField('column', `${hit.column}=${JSON.stringify(hit.value)}${hit.kind !== 'name' ? ` [${hit.kind}]` : ''}`),
      ...dimField('allowed', a === undefined ? 'allowlisted' : `${a.source}: ${a.reason} (${a.reviewer}, decided ${a.decided}, expires ${a.expires})`),
    ];
  };

  const clearLine = (record: ScreenedRecord): string =>
    // One line by design: with --all most rows are clear, and they should not drown the hits.
    c.dim(truncate(`${lineNo(record)}${record.status}  ${sanitize(record.values.join(', '))}`, width));

  return {
    begin: () => '',
    record: (record) => {
      printed++;
      if (record.status === 'error') return errorLines(record).join('\n') + '\n\n';
      const suppressed = (record.suppressed ?? []).map((hit) => suppressedLines(record, hit).join('\n') + '\n\n').join('');
      if (record.hits.length === 0) return (suppressed === '' ? clearLine(record) + '\n' : suppressed);
      return record.hits.map((hit, i) => hitBlock(record, hit, i).join('\n') + '\n\n').join('') + suppressed;
    },
    end: (summary: RunSummary) =>
      // Without this a clean run prints nothing at all on stdout, which reads like a crash.
      printed === 0 ? c.green(`no hits (${summary.rowsScreened} rows screened, threshold ${summary.threshold})`) + '\n' : '',
  };
}
