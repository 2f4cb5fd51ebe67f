// Aligned markdown tables: readable in a terminal, pasteable into a GitHub issue.

/** Terminal columns a string takes: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue; // combining marks
    if (cp === 0x3099 || cp === 0x309a) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

export type Align = 'l' | 'r';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'r' ? fill + text : text + fill;
}

/** `align` per column; default left for the first column, right for the rest. */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly Align[]): string {
  const cols = headers.length;
  const al = (i: number): Align => align?.[i] ?? (i === 0 ? 'l' : 'r');
  const cell = (row: readonly string[], i: number): string => (row[i] ?? '').replace(/\|/g, '\\|');
  const widths = headers.map((h, i) => Math.max(3, displayWidth(h), ...rows.map((r) => displayWidth(cell(r, i)))));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out = [line(headers.map((h, i) => pad(h, widths[i] ?? 0, al(i))))];
  out.push(line(widths.map((w, i) => (al(i) === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))));
  for (const row of rows) out.push(line(Array.from({ length: cols }, (_, i) => pad(cell(row, i), widths[i] ?? 0, al(i)))));
  return out.join('\n');
}
