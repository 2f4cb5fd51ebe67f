// Score two names directly (no list, no index): for benchmarks, `screen lookup --explain`
// and tests. Same normalization and features as the matcher.
import type { NameKind } from '../lists/entity';
import { explainNameScore } from './explain';
import { normalizeName } from './normalize';
import { NO_EVIDENCE, scoreName, type NameScore } from './score';

export interface PairResult {
  score: number;
  explanation: string;
  detail: NameScore | null;
}

/** `query` as a row would hold it, `listName` as the list writes it. Score 0 when nothing pairs but initials and function words. */
export function scoreNames(query: string, listName: string, kind: NameKind = 'primary'): PairResult {
  const detail = scoreName(normalizeName(query).tokens, normalizeName(listName).tokens, kind);
  return { score: detail?.score ?? 0, explanation: detail === null ? NO_EVIDENCE : explainNameScore(detail), detail };
}
