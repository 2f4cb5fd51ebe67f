// What the screener hands to the printers: one record per emitted input row.
import type { EntityType } from '../lists/entity';

/** name/address: list matches; jurisdiction: the country/occupied-region rule (src/screen/jurisdiction.ts). */
export type HitKind = 'name' | 'address' | 'jurisdiction';

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
  /** Set on suppressed hits only: the allowlist entry that suppressed it. */
  allowlisted?: AllowlistRef;
}

/** Where a suppression came from: enough for an auditor to find and read the entry. */
export interface AllowlistRef {
  /** "allowlist.csv:7" */
  source: string;
  reason: string;
  reviewer: string;
  decided: string;
  expires: string;
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
  /** Hits an allowlist entry suppressed; present only with --show-suppressed. Never change status. */
  suppressed?: Hit[];
}
