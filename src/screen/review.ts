// The screener's row review (RowReview): after matching, add the jurisdiction rule's hits,
// then move hits an active allowlist entry covers to `suppressed`. Order matters: a
// jurisdiction hit can be allowlisted like any other (entity id "jurisdiction:RU").
import type { AllowlistIndex } from './allowlist';
import { detectJurisdictionColumns, jurisdictionHits, type JurisdictionColumns, type JurisdictionRule } from './jurisdiction';
import type { Hit } from './record';
import type { Cells } from './records';
import type { RowReview } from './screener';

export interface ReviewOptions {
  /** null: the rule is off (--no-jurisdiction). */
  jurisdiction: JurisdictionRule | null;
  /** --country-column values; empty = detect from the header. */
  countryColumns: readonly string[];
  allowlist: AllowlistIndex | null;
  /** Whether the jurisdiction set was asked for explicitly (flag or config): then a missing country column is worth a warning. */
  jurisdictionExplicit?: boolean;
  /** Adds a run warning (printed in the summary). */
  warn: (message: string) => void;
}

export interface Review extends RowReview {
  /** Columns the rule reads, known after start(); null before. */
  readonly columns: JurisdictionColumns | null;
}

export function createReview(opts: ReviewOptions): Review {
  let columns: JurisdictionColumns | null = null;
  let ruleOn = false;
  return {
    get columns() {
      return columns;
    },
    start(header: string[]): void {
      if (opts.jurisdiction === null) return;
      columns = detectJurisdictionColumns(header, opts.countryColumns);
      ruleOn = columns.country.length > 0 || columns.location.length > 0;
      if (!ruleOn && opts.jurisdictionExplicit === true) {
        opts.warn('jurisdiction rule off: the input has no country or address column (name one with --country-column)');
      }
    },
    row(_line: number, cells: Cells, hits: Hit[]): { hits: Hit[]; suppressed: Hit[] } {
      const all = ruleOn && opts.jurisdiction !== null && columns !== null ? [...hits, ...jurisdictionHits(opts.jurisdiction, columns, cells)] : hits;
      return opts.allowlist === null ? { hits: all, suppressed: [] } : opts.allowlist.apply(all);
    },
  };
}
