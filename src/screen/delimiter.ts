// Delimiter detection from the header line: the candidate that occurs most often
// outside quotes. Exchanges export with ',' (most), ';' (European Excel) or tabs.

export const DELIMITERS = [',', ';', '\t'] as const;

export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** --delimiter accepts the character or a name: comma, semicolon, tab, "\t". */
export function parseDelimiterOption(value: string): string {
  const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if (d.length !== 1) throw new Error(`--delimiter must be one character or comma/semicolon/tab/pipe, got "${value}"`);
  return d;
}
