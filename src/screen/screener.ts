// The streaming row pipeline: bytes → text → records → rows → hits → printer → output.
// Input is pulled chunk by chunk and output is awaited on 'drain', so memory stays flat
// however long the file is. Every row is either screened or reported as an error.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ListInfo } from '../lists/entity';
import type { Matcher, MatchHit } from '../match/matcher';
import type { Printer } from '../report/printer';
import type { NamePool } from './name-pool';
import { detectColumns, resolveColumns, UsageError, type ScreenColumns } from './columns';
import { decodeStream, type Detected } from './decode';
import { detectDelimiter } from './delimiter';
import { exitCodeFor } from './exit';
import type { HeapGovernor } from './heap-governor';
import { rowKeys } from './headers';
import type { Hit, ScreenedRecord } from './record';
import { columnValues, multilineValidator, parseBatch, parseQuoted, RecordAssembler, visitBatch, type Cells, type ParseFailure, type RawRecord, type RowCells } from './records';
import type { RunSummary } from './summary';

export interface ScreenOptions {
  /** Path for messages ("-" or "stdin" for standard input). */
  inputName: string;
  input: AsyncIterable<Buffer | string>;
  encoding?: string;
  delimiter?: string;
  nameColumns: string[];
  addressColumns: string[];
  /** Emit clear and error rows too. */
  all: boolean;
  matcher: Matcher;
  /**
   * Match names on these worker threads instead of with `matcher` (which then serves
   * wallets only). Rows still come out in input order.
   */
  namePool?: NamePool;
  lists: ListInfo[];
  /** Warnings gathered before screening (stale lists…); more are added here. */
  warnings: string[];
  makePrinter: (header: string[]) => Printer;
  out: Writable;
  /** One line to stderr. */
  report: (line: string) => void;
  /**
   * Row-level review after matching (jurisdiction rule, allowlist): may add hits and
   * move hits to `suppressed`. Called once per screened row with the header.
   */
  review?: RowReview;
  /** Emit rows whose hits were all suppressed, and attach suppressed hits to records (--show-suppressed). */
  showSuppressed?: boolean;
  /** Checked once per input chunk, so the heap stays near its live data on long files (heap-governor.ts). */
  heap?: HeapGovernor;
}

export interface RowReview {
  /** Called once with the header before the first row (column detection). */
  start(header: string[]): void;
  /**
   * Returns the hits to report and the hits an allowlist suppressed. `cells` is the row's,
   * read during the call only (the screener reuses it for the next row).
   */
  row(line: number, cells: Cells, hits: Hit[]): { hits: Hit[]; suppressed: Hit[] };
}

const BATCH_SIZE = 512;
const MAX_ROW_ERRORS_SHOWN = 50;
/**
 * With a name pool: batches read ahead of the output and waiting for their names, per
 * worker. Two keep a worker busy (one being matched, the next queued); more only keep rows
 * alive long enough to reach the old generation. Measured on 1M rows with one worker (when
 * waiting batches were parsed rows): 2 rather than 32 is ~5% faster and ~70 MB smaller. Again
 * with batches held as records and a faster worker: 16 was ~15% slower (the GC helper
 * threads' CPU doubled) and ~15 MB larger.
 */
const BATCHES_IN_FLIGHT_PER_WORKER = 2;

function toHit(column: string, value: string, kind: Hit['kind'], m: MatchHit): Hit {
  return {
    column,
    value,
    kind,
    score: m.score,
    list: m.entity.list,
    entity: { id: m.entity.id, name: m.entity.names[0]?.name ?? '', type: m.entity.type, programs: m.entity.programs },
    matchedName: m.matchedName,
    explanation: m.explanation,
  };
}

export async function screen(opts: ScreenOptions): Promise<RunSummary> {
  const started = performance.now();
  let header: string[] | null = null;
  let delimiter = opts.delimiter ?? ',';
  let columns: ScreenColumns = { names: [], addresses: [] };
  let printer: Printer | null = null;
  let detected: Detected | null = null;
  const counts = { read: 0, screened: 0, flagged: 0, errors: 0, hits: 0, suppressed: 0 };
  let errorsShown = 0;
  let pendingRecords: RawRecord[] = [];
  let output = '';

  const reportRowError = (line: number, message: string): void => {
    counts.errors++;
    if (errorsShown < MAX_ROW_ERRORS_SHOWN) opts.report(`${opts.inputName}:${line}: malformed row: ${message}`);
    else if (errorsShown === MAX_ROW_ERRORS_SHOWN) opts.report(`${opts.inputName}: more malformed rows; counting them without listing`);
    errorsShown++;
  };

  const emit = (record: ScreenedRecord): void => {
    if (printer === null) return;
    if (record.status === 'hit' || opts.all || (record.suppressed?.length ?? 0) > 0) output += printer.record(record);
  };

  const screenRow = (line: number, cells: RowCells, nameHits: (value: string) => MatchHit[]): void => {
    const hits: Hit[] = [];
    for (const col of columns.names) {
      const value = cells.at(col.index) ?? '';
      if (value.trim() === '') continue;
      for (const m of nameHits(value)) hits.push(toHit(col.header, value, 'name', m));
    }
    for (const col of columns.addresses) {
      const value = cells.at(col.index) ?? '';
      if (value.trim() === '') continue;
      for (const m of opts.matcher.matchAddress(value)) hits.push(toHit(col.header, value, 'address', m));
    }
    let reported = hits;
    let suppressed: Hit[] = [];
    if (opts.review !== undefined) {
      const reviewed = opts.review.row(line, cells, hits);
      reported = reviewed.hits;
      suppressed = reviewed.suppressed;
      counts.suppressed += reviewed.suppressed.length;
    }
    // List matches first (best first), then jurisdiction-rule hits: a matched name outranks the row's country.
    const rank = (h: Hit): number => (h.kind === 'jurisdiction' ? 1 : 0);
    reported.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
    counts.screened++;
    if (reported.length > 0) {
      counts.flagged++;
      counts.hits += reported.length;
    }
    const shownSuppressed = opts.showSuppressed === true && suppressed.length > 0;
    // Only a row that is printed has its values split out (records.ts RowCells).
    if (printer === null || !(reported.length > 0 || opts.all || shownSuppressed)) return;
    const record: ScreenedRecord = { line, values: cells.all(), status: reported.length > 0 ? 'hit' : 'clear', hits: reported };
    if (shownSuppressed) record.suppressed = suppressed.sort((a, b) => b.score - a.score);
    emit(record);
  };

  const startHeader = (record: RawRecord): void => {
    if (opts.delimiter === undefined) delimiter = detectDelimiter(record.text);
    const parsed = parseBatch([record], delimiter, -1)[0];
    header = (parsed?.values ?? []).map((h) => h.trim());
    const explicit = opts.nameColumns.length > 0 || opts.addressColumns.length > 0;
    columns = explicit
      ? { names: resolveColumns(header, opts.nameColumns, '--name-column'), addresses: resolveColumns(header, opts.addressColumns, '--address-column') }
      : detectColumns(header);
    // Hits name the column by the same de-duplicated key the printers use ("name_2").
    const keys = rowKeys(header, header.length);
    const label = (c: { index: number; header: string }): { index: number; header: string } => ({ index: c.index, header: keys[c.index] ?? c.header });
    columns = { names: columns.names.map(label), addresses: columns.addresses.map(label) };
    if (columns.names.length === 0 && columns.addresses.length === 0) {
      throw new UsageError(
        `${opts.inputName}:1: no column to screen. Headers: ${header.join(', ')}. ` +
          'Name one with --name-column or --address-column (e.g. --name-column "' + (header[0] ?? 'name') + '").',
      );
    }
    opts.review?.start(header);
    printer = opts.makePrinter(header);
    output += printer.begin();
  };

  // Rows are processed in input order. In-process, at once; with a name pool, each batch
  // waits for its names on a chain of promises (`tail`), and the reading loop runs ahead
  // by at most maxBatchesInFlight batches.
  const pool = opts.namePool;
  const maxBatchesInFlight = BATCHES_IN_FLIGHT_PER_WORKER * (pool?.size ?? 1);
  let tail: Promise<void> = Promise.resolve();
  const inFlight: Array<Promise<void>> = [];
  const chain = (next: Promise<void>): void => {
    tail = next;
    // The reading loop awaits the chain and sees any failure (a worker died): this branch
    // only keeps Node from calling the rejection unhandled before the loop gets there.
    tail.catch(() => undefined);
    inFlight.push(tail);
  };
  const inOrder = (step: () => void): void => {
    if (pool === undefined) step();
    else chain(tail.then(step));
  };
  const screenRows = (records: RawRecord[], width: number, nameHits: (value: string) => MatchHit[], quoted?: ReadonlyArray<string[] | string>): void => {
    const failed = (row: ParseFailure): void => {
      counts.read++;
      reportRowError(row.line, row.error);
      emit({ line: row.line, values: row.values, status: 'error', hits: [], error: row.error });
    };
    const screened = (line: number, cells: RowCells): void => {
      counts.read++;
      screenRow(line, cells, nameHits);
    };
    visitBatch(records, delimiter, width, screened, failed, quoted);
  };

  const flushBatch = (): void => {
    if (pendingRecords.length === 0 || header === null) return;
    const records = pendingRecords;
    const width = header.length;
    pendingRecords = [];
    if (pool === undefined) {
      screenRows(records, width, (value) => opts.matcher.matchName(value));
      return;
    }
    // The name columns now, the rest of the row once the names are answered. A batch waits for its
    // worker long enough to reach the old generation, so what it holds meanwhile should be
    // small: a record is one string, a parsed row an array and a string per field. Measured
    // on 1M rows: the main thread's full collections 26 → 17, its scavenges 957 → 438 ms.
    // Quoted records (parseQuoted's, and slower) are parsed once, and held.
    const quoted = parseQuoted(records, delimiter);
    const names = columnValues(records, delimiter, width, columns.names.map((c) => c.index), quoted);
    const answers = pool.answers(names);
    chain(
      Promise.all([tail, answers]).then(([, hits]) => {
        // The rows meet their names in the order columnValues listed them; checked name by
        // name, so a slip could never hand a row another row's hits.
        let next = 0;
        screenRows(
          records,
          width,
          (value) => {
            if (names[next] !== value) throw new Error(`internal error: a row's name "${value}" was matched as "${names[next] ?? '(none)'}"`);
            return hits[next++] as MatchHit[];
          },
          quoted,
        );
        if (next !== hits.length) throw new Error(`internal error: a batch met ${next} names, ${hits.length} were matched`);
      }),
    );
  };

  const assembler = new RecordAssembler(
    (record) => {
      if (header === null) startHeader(record);
      else {
        pendingRecords.push(record);
        if (pendingRecords.length >= BATCH_SIZE) flushBatch();
      }
    },
    (bad) => {
      if (header === null) throw new UsageError(`${opts.inputName}:${bad.line}: the header row is malformed: ${bad.error}`);
      flushBatch();
      inOrder(() => {
        counts.read++;
        reportRowError(bad.line, bad.error);
        emit({ line: bad.line, values: [bad.text], status: 'error', hits: [], error: bad.error });
      });
    },
    multilineValidator(() => delimiter, () => header?.length ?? 0),
  );

  const write = async (): Promise<void> => {
    if (output === '') return;
    const text = output;
    output = '';
    if (!opts.out.write(text)) await once(opts.out, 'drain');
  };

  for await (const text of decodeStream(opts.input, opts.encoding, (d) => (detected = d))) {
    assembler.push(text);
    opts.heap?.check();
    while (inFlight.length > maxBatchesInFlight) await inFlight.shift();
    await write();
  }
  assembler.end();
  flushBatch();
  await tail;
  if (header === null) throw new UsageError(`${opts.inputName}: the input is empty (a header row is required)`);

  const elapsedMs = performance.now() - started;
  const summary: RunSummary = {
    input: opts.inputName,
    rowsRead: counts.read,
    rowsScreened: counts.screened,
    rowsFlagged: counts.flagged,
    rowsErrored: counts.errors,
    hits: counts.hits,
    suppressed: counts.suppressed,
    threshold: opts.matcher.threshold,
    lists: opts.lists,
    elapsedMs,
    rowsPerSecond: elapsedMs > 0 ? (counts.read * 1000) / elapsedMs : 0,
    warnings: opts.warnings,
    exitCode: exitCodeFor({ flagged: counts.flagged, errors: counts.errors }),
  };
  const enc = detected as Detected | null;
  if (enc !== null && enc.encoding !== 'utf8') opts.warnings.push(`input decoded as ${enc.encoding} (${enc.reason})`);
  output += (printer as Printer | null)?.end(summary) ?? '';
  await write();
  return summary;
}
