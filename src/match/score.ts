// Scores one query name against one list name: align tokens one-to-one (best pairs
// first, order-independent), then a weighted
// mean in which unmatched parts count against the score with their own weights
// (features.ts). The explanation lists the same alignment and weights.
import type { NameKind } from '../lists/entity';
import { compareTokens, FEATURES, isPatronymic, type PairHow } from './features';
import type { NameToken } from './normalize';

/** A content token with its position in the name (legal forms are aligned separately). */
export interface NameUnit {
  index: number;
  token: NameToken;
}

export interface AlignedPair {
  query: NameToken;
  list: NameToken;
  how: PairHow | 'legal form' | 'legal class' | 'legal mismatch';
  sim: number;
  weight: number;
  edits: number;
}

export interface Unmatched {
  token: NameToken;
  side: 'query' | 'list';
  feature: string;
  weight: number;
}

export interface NameScore {
  /** 0–100, one decimal. */
  score: number;
  pairs: AlignedPair[];
  unmatched: Unmatched[];
  weakAlias: boolean;
}

/** The content tokens as alignment units. */
export function unitsOf(tokens: readonly NameToken[]): NameUnit[] {
  const units: NameUnit[] = [];
  tokens.forEach((token, i) => {
    if (token.legal === null) units.push({ index: i, token });
  });
  return units;
}

interface Candidate {
  q: NameUnit;
  c: NameUnit;
  how: PairHow;
  sim: number;
  edits: number;
}

function alignContent(qUnits: readonly NameUnit[], cUnits: readonly NameUnit[]): Candidate[] {
  const all: Candidate[] = [];
  for (const q of qUnits) {
    for (const c of cUnits) {
      const pair = compareTokens(q.token, c.token);
      if (pair === null) continue;
      // A word the query rewrote (split or joined against the list's words) pays a little.
      const rewritten = q.token.rewrittenFrom !== undefined;
      all.push({ q, c, ...pair, sim: rewritten ? pair.sim * FEATURES.joined.value : pair.sim });
    }
  }
  // Greedy best pairs, each token used once; ties keep query order (stable sort).
  all.sort((a, b) => b.sim - a.sim);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: Candidate[] = [];
  for (const cand of all) {
    if (usedQ.has(cand.q.index) || usedC.has(cand.c.index)) continue;
    usedQ.add(cand.q.index);
    usedC.add(cand.c.index);
    chosen.push(cand);
  }
  return chosen;
}

/** Legal forms pair best-first: same code, then same class, then whatever is left. */
function alignLegal(qLegal: NameToken[], cLegal: NameToken[]): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  const leftQ = [...qLegal];
  const leftC = [...cLegal];
  const take = (match: (q: NameToken, c: NameToken) => boolean, how: AlignedPair['how'], sim: number, weight: number = FEATURES.legalWeight.value): void => {
    for (let i = 0; i < leftQ.length; i++) {
      const q = leftQ[i] as NameToken;
      const j = leftC.findIndex((c) => match(q, c));
      if (j === -1) continue;
      pairs.push({ query: q, list: leftC[j] as NameToken, how, sim, weight, edits: 0 });
      leftQ.splice(i, 1);
      leftC.splice(j, 1);
      i--;
    }
  };
  take((q, c) => q.legal?.code === c.legal?.code, 'legal form', FEATURES.legalSame.value);
  take((q, c) => q.legal?.cls === c.legal?.cls, 'legal class', FEATURES.legalClass.value);
  take(() => true, 'legal mismatch', FEATURES.legalOther.value, FEATURES.legalMismatchWeight.value);
  return pairs;
}

function unmatchedFeature(token: NameToken, side: 'query' | 'list'): { name: string; value: number } {
  if (token.legal !== null) return FEATURES.missingLegal;
  if (token.weak) return FEATURES.extraWeak;
  if (isPatronymic(token)) return side === 'list' ? FEATURES.missingPatronymic : FEATURES.extraPatronymic;
  if (side === 'query') return token.text.length === 1 ? FEATURES.extraQueryInitial : FEATURES.extraQuery;
  return FEATURES.missing;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function ratio(pairs: readonly AlignedPair[], unmatched: readonly Unmatched[]): { numerator: number; denominator: number } {
  let numerator = 0;
  let denominator = 0;
  for (const p of pairs) {
    numerator += p.sim * p.weight;
    denominator += p.weight;
  }
  for (const u of unmatched) denominator += u.weight;
  return { numerator, denominator };
}

/** Why a name got no score (scoreName's null), as explanations put it. */
export const NO_EVIDENCE = 'no word of the query pairs with it, other than as an initial or a function word';

/**
 * Score of query vs one list name, or null when no content token pairs at all, or only as
 * initials and function words.
 * `listUnits` may be passed precomputed (the index keeps them per list name).
 */
export function scoreName(
  query: NameToken[],
  list: NameToken[],
  kind: NameKind,
  listUnits: readonly NameUnit[] = unitsOf(list),
  queryUnits: readonly NameUnit[] = unitsOf(query),
): NameScore | null {
  const chosen = alignContent(queryUnits, listUnits);
  // Only first letters and function words agreeing is no evidence: "Jorfield Engineering
  // S.r.l." is not the list's "J & E S. de R.L. de C.V." (a name of initials is matched by
  // its initials), nor is "Comercializadora de Maquinaria" its "C. DE M.".
  if (chosen.every((c) => c.how === 'initial' || c.q.token.weak || c.c.token.weak)) return null;

  // Explanations read in the query's word order.
  chosen.sort((a, b) => a.q.index - b.q.index);
  const pairs: AlignedPair[] = chosen.map((c) => ({
    query: c.q.token,
    list: c.c.token,
    how: c.how,
    sim: c.sim,
    weight: c.q.token.weak || c.c.token.weak ? FEATURES.weakPair.value : 1,
    edits: c.edits,
  }));
  const pairedQ = new Set<number>();
  const pairedC = new Set<number>();
  for (const c of chosen) {
    pairedQ.add(c.q.index);
    pairedC.add(c.c.index);
  }

  const qLegal = query.filter((t) => t.legal !== null);
  const cLegal = list.filter((t) => t.legal !== null);
  const legalPairs = alignLegal(qLegal, cLegal);
  // (A loop, not a spread: spreading the often empty legalPairs deoptimized scoreName.)
  for (const p of legalPairs) pairs.push(p);
  const pairedLegal = new Set<NameToken>(legalPairs.flatMap((p) => [p.query, p.list]));

  const unmatched: Unmatched[] = [];
  const collect = (tokens: readonly NameToken[], paired: Set<number>, side: 'query' | 'list'): void => {
    tokens.forEach((t, i) => {
      if (t.legal !== null ? pairedLegal.has(t) : paired.has(i)) return;
      const f = unmatchedFeature(t, side);
      unmatched.push({ token: t, side, feature: f.name, weight: f.value });
    });
  };
  collect(query, pairedQ, 'query');
  collect(list, pairedC, 'list');
  // Omitting a patronymic is common; having a different one is a different father.
  const qPatronymic = unmatched.find((u) => u.side === 'query' && u.feature === FEATURES.extraPatronymic.name);
  const cPatronymic = unmatched.find((u) => u.side === 'list' && u.feature === FEATURES.missingPatronymic.name);
  if (qPatronymic !== undefined && cPatronymic !== undefined) {
    for (const u of [qPatronymic, cPatronymic]) {
      u.feature = FEATURES.otherPatronymic.name;
      u.weight = FEATURES.otherPatronymic.value;
    }
  }

  const { numerator, denominator } = ratio(pairs, unmatched);
  let score = (100 * numerator) / denominator;

  const weakAlias = kind === 'weak';
  if (weakAlias) {
    // A weak alias is short or generic by OFAC's own account: trust it only whole.
    const whole = unmatched.length === 0 && pairs.every((p) => p.sim >= FEATURES.romanization.value);
    score = whole ? score * FEATURES.weakAlias.value : 0;
  }
  return { score: round1(score), pairs, unmatched, weakAlias };
}

/** Points the score would gain without this unmatched part (for "missing: X (−4)"). */
export function unmatchedCost(result: NameScore, u: Unmatched): number {
  const { numerator, denominator } = ratio(result.pairs, result.unmatched);
  const withIt = (100 * numerator) / denominator;
  const without = (100 * numerator) / (denominator - u.weight);
  return round1(without - withIt);
}
