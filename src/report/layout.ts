// Plain-text layout for terminal output (table printer, stderr summary): make untrusted
// text safe to show, measure it in terminal columns, and wrap it to a width.
// Colour is never applied here: callers wrap plain text first and colour whole pieces
// afterwards, so escape codes never count toward (or get split by) the width.

/**
 * Characters that would let input or list data move the cursor, recolour the terminal,
 * break our layout or reorder what the reviewer sees (bidi overrides, "Trojan Source").
 * A sanctions reviewer must see exactly what is in the cell, so they are shown escaped
 * rather than dropped.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function sanitize(text: string): string {
  return text.replace(
    UNSAFE,
    (ch) => NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// Approximate East Asian Wide/Fullwidth ranges plus common emoji blocks: each takes two
// terminal columns. Exactness is not worth a dependency; an off-by-one here only makes a
// rare CJK line a column short of the width, never longer.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200d\ufe00-\ufe0f]/u;

function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Terminal columns taken by plain (already sanitized, uncoloured) text. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Splits one word that is wider than the line into pieces of at most `width` columns. */
function hardBreak(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const ch of word) {
    const w = charWidth(ch);
    if (pieceWidth + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += ch;
    pieceWidth += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap of plain text into lines of at most `width` columns (minimum 1).
 * Runs of whitespace collapse to one space; words longer than a line (wallet addresses,
 * long ids) are broken hard so no line ever exceeds the width. Always returns at least
 * one line ('' for empty text) so callers can attach a label to it.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const w = displayWidth(word);
    if (line !== '' && lineWidth + 1 + w <= max) {
      line += ' ' + word;
      lineWidth += 1 + w;
      continue;
    }
    if (line !== '') lines.push(line);
    if (w <= max) {
      line = word;
      lineWidth = w;
    } else {
      const pieces = hardBreak(word, max);
      line = pieces.pop() ?? '';
      lineWidth = displayWidth(line);
      lines.push(...pieces);
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Lays out `text` after a prefix, wrapping onto lines indented to the prefix's width.
 * `prefix` is plain (for measuring); `styledPrefix` is what gets printed, and `style`
 * colours each wrapped piece — after wrapping, so escape codes never count as width.
 */
export function hang(
  prefix: string,
  styledPrefix: string,
  text: string,
  width: number,
  style: (text: string) => string,
): string[] {
  const indent = displayWidth(prefix);
  const lines = wrapText(text, Math.max(1, width - indent));
  return lines.map((l, i) => {
    const lead = i === 0 ? styledPrefix : ' '.repeat(indent);
    return l === '' ? lead.trimEnd() : lead + style(l);
  });
}

/** Cuts plain text to at most `width` columns, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

/** Pads plain text with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Thousands separators without depending on the ICU data Node was built with. */
export function formatInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
