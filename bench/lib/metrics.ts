// Confusion counts, precision/recall/F1 and number formatting for the report.

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

export function add(c: Confusion, label: boolean, predicted: boolean): void {
  if (label && predicted) c.tp++;
  else if (label) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

export function total(c: Confusion): number {
  return c.tp + c.fp + c.tn + c.fn;
}

/** NaN where undefined (no predicted positives, no actual positives). */
export function prf(c: Confusion): Prf {
  const precision = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f1 = c.tp === 0 ? (c.fp + c.fn === 0 ? Number.NaN : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

/** 0.8123 → "0.81"; NaN → "–". */
export function dec(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** 0.00123 → "0.12%". */
export function pct(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(digits)}%` : '–';
}

export function prfText(p: Prf): string {
  return `P ${dec(p.precision)} · R ${dec(p.recall)} · F1 ${dec(p.f1)}`;
}

export function ratio(hits: number, n: number): number {
  return n === 0 ? Number.NaN : hits / n;
}
