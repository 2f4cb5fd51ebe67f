// Scores one query name against one list name: align tokens one-to-one (best pairs
// first, order-independent), then a weighted mean in which unmatched parts count
// against the score with their own weights (features.ts). The explanation lists the
// same alignment and weights that produced the number.
import type { NameKind } from '../lists/entity';
import { compareTokens, FEATURES, isPatronymic, type PairHow } from './features';
import type { NameToken } from './normalize';

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

interface Candidate {
  qi: number;
  ci: number;
  how: PairHow;
  sim: number;
  edits: number;
}

function alignContent(query: NameToken[], list: NameToken[]): Candidate[] {
  const all: Candidate[] = [];
  for (let qi = 0; qi < query.length; qi++) {
    const q = query[qi] as NameToken;
    if (q.legal !== null) continue;
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci] as NameToken;
      if (c.legal !== null) continue;
      const pair = compareTokens(q, c);
      if (pair !== null) all.push({ qi, ci, ...pair });
    }
  }
  // Greedy best pairs: each token pairs at most once; ties keep query order (stable sort).
  all.sort((a, b) => b.sim - a.sim);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: Candidate[] = [];
  for (const cand of all) {
    if (usedQ.has(cand.qi) || usedC.has(cand.ci)) continue;
    usedQ.add(cand.qi);
    usedC.add(cand.ci);
    chosen.push(cand);
  }
  return chosen;
}

function legalPair(q: NameToken, c: NameToken): Pick<AlignedPair, 'how' | 'sim'> {
  const qf = q.legal;
  const cf = c.legal;
  if (qf !== null && cf !== null && qf.code === cf.code) return { how: 'legal form', sim: FEATURES.legalSame.value };
  if (qf !== null && cf !== null && qf.cls === cf.cls) return { how: 'legal class', sim: FEATURES.legalClass.value };
  return { how: 'legal mismatch', sim: FEATURES.legalOther.value };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Score of query vs one list name, or null when no content token pairs at all. */
export function scoreName(query: NameToken[], list: NameToken[], kind: NameKind): NameScore | null {
  const chosen = alignContent(query, list);
  if (chosen.length === 0) return null;

  // Explanations read in the query's word order.
  chosen.sort((a, b) => a.qi - b.qi);
  const pairs: AlignedPair[] = chosen.map((c) => ({
    query: query[c.qi] as NameToken,
    list: list[c.ci] as NameToken,
    how: c.how,
    sim: c.sim,
    weight: 1,
    edits: c.edits,
  }));
  const pairedQ = new Set(chosen.map((c) => c.qi));
  const pairedC = new Set(chosen.map((c) => c.ci));

  const qLegal = query.filter((t) => t.legal !== null);
  const cLegal = list.filter((t) => t.legal !== null);
  const legalCount = Math.min(qLegal.length, cLegal.length);
  for (let i = 0; i < legalCount; i++) {
    const q = qLegal[i] as NameToken;
    const c = cLegal[i] as NameToken;
    pairs.push({ query: q, list: c, ...legalPair(q, c), weight: FEATURES.legalWeight.value, edits: 0 });
  }

  const unmatched: Unmatched[] = [];
  query.forEach((t, i) => {
    if (t.legal !== null) return;
    if (pairedQ.has(i)) return;
    const f = t.text.length === 1 ? FEATURES.extraQueryInitial : FEATURES.extraQuery;
    unmatched.push({ token: t, side: 'query', feature: f.name, weight: f.value });
  });
  list.forEach((t, i) => {
    if (t.legal !== null) return;
    if (pairedC.has(i)) return;
    const f = isPatronymic(t) ? FEATURES.missingPatronymic : FEATURES.missing;
    unmatched.push({ token: t, side: 'list', feature: f.name, weight: f.value });
  });
  for (const t of qLegal.slice(legalCount)) unmatched.push({ token: t, side: 'query', feature: FEATURES.missingLegal.name, weight: FEATURES.missingLegal.value });
  for (const t of cLegal.slice(legalCount)) unmatched.push({ token: t, side: 'list', feature: FEATURES.missingLegal.name, weight: FEATURES.missingLegal.value });

  let numerator = 0;
  let denominator = 0;
  for (const p of pairs) {
    numerator += p.sim * p.weight;
    denominator += p.weight;
  }
  for (const u of unmatched) denominator += u.weight;
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
  let numerator = 0;
  let denominator = 0;
  for (const p of result.pairs) {
    numerator += p.sim * p.weight;
    denominator += p.weight;
  }
  for (const other of result.unmatched) denominator += other.weight;
  const withIt = (100 * numerator) / denominator;
  const without = (100 * numerator) / (denominator - u.weight);
  return round1(without - withIt);
}
