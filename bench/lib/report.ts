// What each suite hands back: rows for the one summary table, optional detail tables
// printed under it, and sections for the errors file.

export interface SummaryRow {
  suite: string;
  metric: string;
  n: number | string;
  result: string;
  target: string;
  /** null when the row has no target. */
  pass: boolean | null;
}

export interface SuiteOutput {
  rows: SummaryRow[];
  /** Detail tables (already rendered), printed after the summary. */
  tables: string[];
  /** Sections of the errors file (already rendered). */
  errors: string[];
}

export function section(title: string, lines: readonly string[]): string {
  return [`## ${title}`, '', ...(lines.length === 0 ? ['(none)'] : lines), ''].join('\n');
}

/** Score column for error listings: fixed width so names line up. */
export function scoreCol(score: number): string {
  return score.toFixed(1).padStart(5);
}

export function passText(pass: boolean | null): string {
  return pass === null ? '' : pass ? 'pass' : 'FAIL';
}
