// Run totals, filled by the screener and printed by src/report (stderr summary, json report).
import type { ListInfo } from '../lists/entity';

export interface RunSummary {
  input: string;
  rowsRead: number;
  rowsScreened: number;
  rowsFlagged: number;
  rowsErrored: number;
  hits: number;
  /** Hits an allowlist entry suppressed (never change the exit code). */
  suppressed: number;
  threshold: number;
  lists: ListInfo[];
  elapsedMs: number;
  rowsPerSecond: number;
  warnings: string[];
  exitCode: 0 | 1 | 2;
}
