// A fast splitter for well-formed CSV text, for the OFAC legacy files (5 MB a load). It
// hands out exactly the records csv-parse returns with the OFAC reader's options (no
// trimming, no column check), or gives up on anything it does not mirror exactly: every
// syntax error, a lone CR or LF where the file's other rows end in CRLF, CR-only files.
// The caller then runs csv-parse itself, so errors and odd files keep csv-parse's messages
// and semantics. Records are pulled one at a time rather than returned as one big array:
// a caller that does not keep them leaves only short-lived garbage, which costs the GC
// almost nothing. (A pull loop, not a callback: V8 recompiles a splitter that is handed a
// new callback on every walk.)

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Records as csv-parse's default dialect reads them: `,` separates, a field that starts with
 * `"` is quoted (`""` inside is one `"`, line breaks are kept), an empty line is one empty
 * field, nothing after the last line break is no record, and rows end in the kind of line
 * break found first (CRLF or LF), as csv-parse decides.
 *
 *     const csv = new CsvSplitter(text, true);
 *     while (csv.next()) use(csv.fields, csv.line);
 *     if (csv.gaveUp) ... // discard what was used and read the text with csv-parse
 */
export class CsvSplitter {
  /** The current record's fields: a new array for each record (always empty without `keepFields`). */
  fields: string[] = [];
  /** How many fields the current record has. */
  count = 0;
  /** Physical line (1-based) the current record starts on. */
  line = 1;
  /** next() returned false because only csv-parse reads this text exactly. */
  gaveUp = false;

  private pos = 0;
  private nextLine = 1;
  // The next LF: every LF is a row's end or inside a quoted field (others make us give up),
  // so lines are counted by passing LFs, each found once, not by scanning every field.
  private nextLf: number;
  /** Unknown until the first line break outside quotes, as in csv-parse. */
  private crlf: boolean | null = null;
  // Where the current record's first field is in the text (quotes doubled), for isBlank.
  private firstStart = 0;
  private firstEnd = 0;

  /** Without `keepFields` only the shape of each record (count, isBlank) is read: no strings are made. */
  constructor(
    private readonly text: string,
    private readonly keepFields: boolean,
  ) {
    this.nextLf = lfFrom(text, 0, text.length);
  }

  /** Moves to the next record; false at the end of the text, or when it gives up (see gaveUp). */
  next(): boolean {
    const text = this.text;
    const end = text.length;
    const keep = this.keepFields;
    let pos = this.pos;
    if (pos >= end || this.gaveUp) return false;
    let line = this.nextLine;
    let nextLf = this.nextLf;
    const fields: string[] = keep ? [] : this.fields;
    let count = 0;
    this.line = line;
    for (;;) {
      // At the start of a field.
      let value = '';
      let start = pos;
      let stop = pos;
      if (text.charCodeAt(pos) === QUOTE) {
        start = pos + 1;
        let from = start;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) return this.giveUp(); // quote not closed
          if (text.charCodeAt(quote + 1) === QUOTE) {
            if (keep) value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          if (keep) value += text.slice(from, quote);
          stop = quote;
          pos = quote + 1;
          break;
        }
        while (nextLf < pos) {
          line += 1;
          nextLf = lfFrom(text, nextLf + 1, end);
        }
        const after = text.charCodeAt(pos);
        if (pos < end && after !== COMMA && after !== CR && after !== LF) return this.giveUp(); // invalid closing quote
      } else {
        for (; stop < end; stop++) {
          const c = text.charCodeAt(stop);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) return this.giveUp(); // a quote inside an unquoted field
        }
        if (keep) value = text.slice(pos, stop);
        pos = stop;
      }
      if (keep) fields.push(value);
      if (count === 0) {
        this.firstStart = start;
        this.firstEnd = stop;
      }
      count += 1;
      if (pos >= end) break;
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos += 1;
        continue;
      }
      // A line break: it must be the kind the first one was, or csv-parse reads it as data.
      const isCrlf = c === CR;
      if (isCrlf && text.charCodeAt(pos + 1) !== LF) return this.giveUp();
      if (this.crlf !== null && this.crlf !== isCrlf) return this.giveUp();
      this.crlf = isCrlf;
      pos += isCrlf ? 2 : 1;
      // That LF was nextLf: unquoted fields hold none, quoted ones were passed above.
      line += 1;
      nextLf = lfFrom(text, pos, end);
      break;
    }
    this.fields = fields;
    this.count = count;
    this.pos = pos;
    this.nextLine = line;
    this.nextLf = nextLf;
    return true;
  }

  /** The current record is a blank line: one field of white space only. */
  isBlank(): boolean {
    if (this.count !== 1) return false;
    // Doubled quotes are not white space either, so the raw text answers for the value.
    return this.text.slice(this.firstStart, this.firstEnd).trim() === '';
  }

  private giveUp(): false {
    this.gaveUp = true;
    return false;
  }
}

/** Index of the first LF at or after `from`; `end` (no field reaches it) when there is none. */
function lfFrom(text: string, from: number, end: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? end : at;
}
