// Investigator lookups (`screen lookup`): one name or wallet against the loaded lists,
// every candidate down to a minimum score, and for one entity the full arithmetic of its
// score. Pure functions over a Matcher and entities: no files, no printing.
import type { Entity, NameKind } from '../lists/entity';
import { addressFolding, normalizeAddress } from './address';
import { explainNameScore } from './explain';
import { FEATURES, type Feature } from './features';
import { cacheKey, type Matcher, type MatchHit } from './matcher';
import { normalizeName, type NameToken } from './normalize';
import { NO_EVIDENCE, scoreName, unmatchedCost, type NameScore } from './score';

export type LookupKind = 'name' | 'address';

export interface LookupCandidate {
  /** 1-based, best first. */
  rank: number;
  score: number;
  entity: Entity;
  /** The list name or wallet that matched. */
  matchedName: string;
  /** Kind of the matched list name, or 'wallet'. */
  matchedKind: NameKind | 'wallet';
  explanation: string;
}

export interface LookupResult {
  query: string;
  kind: LookupKind;
  /** What the matcher compares: normalized tokens ("evgenii prigozhin", "~puchin" for kana) or the folded address. */
  normalized: string;
  /** How the query was read (address folding, or token origins). */
  note: string;
  /** Candidates after --limit. */
  candidates: LookupCandidate[];
  /** Candidates at or above the minimum score before --limit. */
  total: number;
}

function kindOf(entity: Entity, matchedName: string): NameKind {
  return entity.names.find((n) => n.name === matchedName)?.kind ?? 'primary';
}

function toCandidates(hits: MatchHit[], limit: number, wallet: boolean): LookupCandidate[] {
  return hits.slice(0, limit).map((h, i) => ({
    rank: i + 1,
    score: h.score,
    entity: h.entity,
    matchedName: h.matchedName,
    matchedKind: wallet ? 'wallet' : kindOf(h.entity, h.matchedName),
    explanation: h.explanation,
  }));
}

function tokenNote(tokens: readonly NameToken[]): string {
  const origins = [...new Set(tokens.map((t) => t.origin))];
  if (origins.length === 0) return 'no name tokens';
  return `${origins.join(' + ')}, ${tokens.length} token${tokens.length === 1 ? '' : 's'}`;
}

/**
 * Name candidates, best first. The matcher decides the floor: build it with
 * `threshold: minScore` to see candidates below the screening threshold.
 */
export function lookupName(matcher: Matcher, query: string, limit: number): LookupResult {
  const tokens = normalizeName(query).tokens;
  const hits = matcher.matchName(query);
  return { query, kind: 'name', normalized: cacheKey(tokens), note: tokenNote(tokens), candidates: toCandidates(hits, limit, false), total: hits.length };
}

/** Wallet candidates: exact matches (100) and prefixes of addresses the list cut short (95). */
export function lookupAddress(matcher: Matcher, query: string, limit: number): LookupResult {
  const hits = matcher.matchAddress(query).filter((h) => h.score >= matcher.threshold);
  const trimmed = query.trim();
  return { query, kind: 'address', normalized: normalizeAddress(trimmed), note: addressFolding(trimmed), candidates: toCandidates(hits, limit, true), total: hits.length };
}

// ---------------------------------------------------------------------------------------
// --explain: the full feature breakdown for one entity.

export interface PairBreakdown {
  query: string;
  list: string;
  how: string;
  edits: number;
  sim: number;
  weight: number;
  /** sim × weight: this pair's share of the numerator. */
  product: number;
}

export interface UnmatchedBreakdown {
  side: 'query' | 'list';
  token: string;
  feature: string;
  weight: number;
  /** Points the score would gain without this part (score.ts unmatchedCost). */
  cost: number;
}

export interface NameScoreLine {
  name: string;
  kind: NameKind;
  /** null when nothing of the query pairs with this name but initials and function words (score.ts NO_EVIDENCE). */
  score: number | null;
}

export interface ScoreBreakdown {
  query: string;
  queryTokens: string[];
  entity: Entity;
  /** Every distinct name of the entity, best first (unscoreable last, list order). */
  names: NameScoreLine[];
  /** The best-scoring name, or null when nothing pairs. */
  best: { name: string; kind: NameKind; tokens: string[] } | null;
  pairs: PairBreakdown[];
  unmatched: UnmatchedBreakdown[];
  /** Σ(sim·w) over pairs. */
  sumProducts: number;
  /** Σw over pairs. */
  pairWeights: number;
  /** Σw over unmatched parts. */
  unmatchedWeights: number;
  /** 100 · Σ(sim·w) / Σw, before the weak-alias factor, unrounded. */
  ratio: number;
  weakAlias: { applies: boolean; allTokensMatched: boolean; factor: number };
  /** The score the matcher reports (one decimal), 0 when nothing pairs. */
  score: number;
  /** The one-line explanation screening prints. */
  explanation: string;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Breakdown of one NameScore: the same sums score.ts computes, term by term. */
function breakdownOf(detail: NameScore): Pick<ScoreBreakdown, 'pairs' | 'unmatched' | 'sumProducts' | 'pairWeights' | 'unmatchedWeights' | 'ratio' | 'weakAlias'> {
  const pairs = detail.pairs.map((p) => ({
    query: p.query.text,
    list: p.list.text,
    how: p.how,
    edits: p.edits,
    sim: p.sim,
    weight: p.weight,
    product: p.sim * p.weight,
  }));
  const unmatched = detail.unmatched.map((u) => ({ side: u.side, token: u.token.text, feature: u.feature, weight: u.weight, cost: unmatchedCost(detail, u) }));
  const sumProducts = pairs.reduce((s, p) => s + p.product, 0);
  const pairWeights = pairs.reduce((s, p) => s + p.weight, 0);
  const unmatchedWeights = unmatched.reduce((s, u) => s + u.weight, 0);
  const ratio = (100 * sumProducts) / (pairWeights + unmatchedWeights);
  const allTokensMatched = detail.unmatched.length === 0 && detail.pairs.every((p) => p.sim >= FEATURES.romanization.value);
  return { pairs, unmatched, sumProducts, pairWeights, unmatchedWeights, ratio, weakAlias: { applies: detail.weakAlias, allTokensMatched, factor: FEATURES.weakAlias.value } };
}

/** Scores the query against every name of the entity and breaks down the best one. */
export function explainCandidate(query: string, entity: Entity): ScoreBreakdown {
  const queryTokens = normalizeName(query).tokens;
  const scored: Array<{ name: string; kind: NameKind; tokens: NameToken[]; detail: NameScore | null; order: number }> = [];
  const seen = new Set<string>();
  entity.names.forEach((n, order) => {
    const key = `${n.kind}:${n.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Normalized exactly as the matcher indexes it (person names never hold legal forms).
    const tokens = normalizeName(n.name, { person: entity.type === 'individual' }).tokens;
    const detail = queryTokens.length === 0 || tokens.length === 0 ? null : scoreName(queryTokens, tokens, n.kind);
    scored.push({ name: n.name, kind: n.kind, tokens, detail, order });
  });
  scored.sort((a, b) => (b.detail?.score ?? -1) - (a.detail?.score ?? -1) || a.order - b.order);
  const top = scored[0];
  const names = scored.map((s) => ({ name: s.name, kind: s.kind, score: s.detail?.score ?? null }));
  const base = { query, queryTokens: queryTokens.map((t) => (t.kana !== null ? `~${t.text}` : t.text)), entity, names };
  if (top === undefined || top.detail === null) {
    return {
      ...base,
      best: null,
      pairs: [],
      unmatched: [],
      sumProducts: 0,
      pairWeights: 0,
      unmatchedWeights: 0,
      ratio: 0,
      weakAlias: { applies: false, allTokensMatched: false, factor: FEATURES.weakAlias.value },
      score: 0,
      explanation: `no name of this entity scores: ${NO_EVIDENCE}`,
    };
  }
  return {
    ...base,
    best: { name: top.name, kind: top.kind, tokens: top.tokens.map((t) => t.text) },
    ...breakdownOf(top.detail),
    score: top.detail.score,
    explanation: explainNameScore(top.detail),
  };
}

/** The score the breakdown's arithmetic gives (must equal `score`: tests hold it to that). */
export function recomputeScore(b: ScoreBreakdown): number {
  if (b.best === null) return 0;
  if (!b.weakAlias.applies) return round1(b.ratio);
  return b.weakAlias.allTokensMatched ? round1(b.ratio * b.weakAlias.factor) : 0;
}

export interface FeatureRow extends Feature {
  /** Key in FEATURES (features.ts). */
  key: string;
}

/** The rule set an auditor reads next to a breakdown: every feature, its value, what it means. */
export function featureTable(): FeatureRow[] {
  return Object.entries(FEATURES).map(([key, f]) => ({ key, name: f.name, value: f.value, description: f.description }));
}

export interface WalletComparison {
  ticker: string;
  address: string;
  partial: boolean;
  /** exact: equal after folding (score 100); prefix: the query starts with an address the list cut short (95). */
  match: 'exact' | 'prefix' | 'none';
}

/** A wallet query against one entity's wallets: which of them it matches and how. */
export function explainWallet(query: string, entity: Entity): WalletComparison[] {
  const key = normalizeAddress(query);
  return entity.wallets.map((w) => {
    const listKey = normalizeAddress(w.address);
    const match = w.partial === true ? (key.startsWith(listKey) ? 'prefix' : 'none') : key === listKey ? 'exact' : 'none';
    return { ticker: w.ticker, address: w.address, partial: w.partial === true, match };
  });
}

/** Entities with this id (`ID` or `LIST:ID`) in the matcher's lists. */
export function findEntities(matcher: Matcher, ref: string): Entity[] {
  const exact = matcher.entities.filter((e) => e.id === ref);
  if (exact.length > 0) return exact;
  const colon = ref.indexOf(':');
  if (colon <= 0) return [];
  const list = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  return matcher.entities.filter((e) => e.list === list && e.id === id);
}
