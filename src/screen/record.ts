// What the screener hands to the printers: one record per emitted input row.
import type { EntityType } from '../lists/entity';

export type HitKind = 'name' | 'address';

export interface Hit {
  /** Header of the screened column. */
  column: string;
  /** The cell value that was screened. */
  value: string;
  kind: HitKind;
  /** 0–100. */
  score: number;
  list: string;
  entity: { id: string; name: string; type: EntityType; programs: string[] };
  /** The list name (or wallet) the value matched. */
  matchedName: string;
  /** Human-readable reason, built from the same features that made the score. */
  explanation: string;
}

export type RecordStatus = 'hit' | 'clear' | 'error';

export interface ScreenedRecord {
  /** Input line where the row starts (1-based, header is line 1). */
  line: number;
  /** Cell values in header order (may be shorter/longer than header on error rows). */
  values: string[];
  status: RecordStatus;
  /** Best first; every entity at or above the threshold. */
  hits: Hit[];
  error?: string;
}
