// JSON for `screen lookup --format json`: one document, stable key order, documented here
// and in the README. Versioned: a change that removes or renames a key bumps the version.
//
// Candidates (`screen lookup NAME…` / `--address WALLET`):
//   {"lookup_version": 1, "min_score": 50, "threshold": 80, "limit": 10,
//    "queries": [{"query", "kind": "name"|"address", "normalized", "note", "total",
//                 "candidates": [{"rank", "score", "at_or_above_threshold", "list",
//                                 "entity": ENTITY, "matched_name", "matched_kind", "explanation"}]}],
//    "lists": [ListInfo…]}
//   ENTITY = {"id", "type", "name", "programs", "aliases": [{"name", "kind"}], "birth_dates",
//             "nationalities", "countries", "addresses", "wallets": [{"ticker", "address", "partial"}],
//             "remarks"}   (remarks in full; the table shows an excerpt)
//
// Breakdown (`--explain ENTITY_ID`):
//   {"explain_version": 1, "query", "kind": "name", "query_tokens", "threshold", "score", "at_or_above_threshold",
//    "list", "entity": ENTITY, "names": [{"name", "kind", "score"|null}], "best": {"name","kind","tokens"}|null,
//    "pairs": [{"query", "list", "how", "edits", "similarity", "weight", "product"}],
//    "unmatched": [{"side", "token", "feature", "weight", "cost"}],
//    "weak_alias": {"applies", "all_tokens_matched", "factor"},
//    "arithmetic": {"sum_products", "pair_weights", "unmatched_weights", "sum_weights", "ratio", "score"},
//    "explanation", "features": [{"key", "name", "value", "description"}]}
//   With --address: {"explain_version": 1, "query", "kind": "address", "threshold", "score",
//    "at_or_above_threshold", "list", "entity": ENTITY,
//    "wallets": [{"ticker", "address", "partial", "match": "exact"|"prefix"|"none"}], "explanation"}
// Numbers are raw (not rounded) except `score`, which is the matcher's one-decimal score.
import type { Entity, ListInfo } from '../lists/entity';
import type { FeatureRow, LookupResult, ScoreBreakdown, WalletComparison } from '../match/lookup';

export const LOOKUP_JSON_VERSION = 1;

export interface LookupReport {
  minScore: number;
  threshold: number;
  limit: number;
  results: LookupResult[];
  lists: ListInfo[];
}

export interface NameExplainReport {
  kind: 'name';
  breakdown: ScoreBreakdown;
  threshold: number;
  features: FeatureRow[];
}

/** `--address WALLET --explain ID`: the entity's wallets and which one the query matches. */
export interface WalletExplainReport {
  kind: 'address';
  query: string;
  entity: Entity;
  wallets: WalletComparison[];
  score: number;
  explanation: string;
  threshold: number;
}

export type ExplainReport = NameExplainReport | WalletExplainReport;

export function entityJson(e: Entity): unknown {
  return {
    id: e.id,
    type: e.type,
    name: e.names[0]?.name ?? '',
    programs: e.programs,
    aliases: e.names.slice(1).map((n) => ({ name: n.name, kind: n.kind })),
    birth_dates: e.birthDates,
    nationalities: e.nationalities,
    countries: e.countries,
    addresses: e.addresses,
    wallets: e.wallets.map((w) => ({ ticker: w.ticker, address: w.address, partial: w.partial === true })),
    remarks: e.remarks,
  };
}

export function lookupJson(report: LookupReport): string {
  const doc = {
    lookup_version: LOOKUP_JSON_VERSION,
    min_score: report.minScore,
    threshold: report.threshold,
    limit: report.limit,
    queries: report.results.map((r) => ({
      query: r.query,
      kind: r.kind,
      normalized: r.normalized,
      note: r.note,
      total: r.total,
      candidates: r.candidates.map((c) => ({
        rank: c.rank,
        score: c.score,
        at_or_above_threshold: c.score >= report.threshold,
        list: c.entity.list,
        entity: entityJson(c.entity),
        matched_name: c.matchedName,
        matched_kind: c.matchedKind,
        explanation: c.explanation,
      })),
    })),
    lists: report.lists,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function explainJson(report: ExplainReport): string {
  if (report.kind === 'address') {
    const doc = {
      explain_version: LOOKUP_JSON_VERSION,
      query: report.query,
      kind: 'address',
      threshold: report.threshold,
      score: report.score,
      at_or_above_threshold: report.score >= report.threshold,
      list: report.entity.list,
      entity: entityJson(report.entity),
      wallets: report.wallets,
      explanation: report.explanation,
    };
    return JSON.stringify(doc, null, 2) + '\n';
  }
  const b = report.breakdown;
  const doc = {
    explain_version: LOOKUP_JSON_VERSION,
    query: b.query,
    kind: 'name',
    query_tokens: b.queryTokens,
    threshold: report.threshold,
    score: b.score,
    at_or_above_threshold: b.score >= report.threshold,
    list: b.entity.list,
    entity: entityJson(b.entity),
    names: b.names,
    best: b.best,
    pairs: b.pairs.map((p) => ({ query: p.query, list: p.list, how: p.how, edits: p.edits, similarity: p.sim, weight: p.weight, product: p.product })),
    unmatched: b.unmatched,
    weak_alias: { applies: b.weakAlias.applies, all_tokens_matched: b.weakAlias.allTokensMatched, factor: b.weakAlias.factor },
    arithmetic: {
      sum_products: b.sumProducts,
      pair_weights: b.pairWeights,
      unmatched_weights: b.unmatchedWeights,
      sum_weights: b.pairWeights + b.unmatchedWeights,
      ratio: b.ratio,
      score: b.score,
    },
    explanation: b.explanation,
    features: report.features,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
