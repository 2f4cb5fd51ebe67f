// The matcher: list entities in, hits out. It never reads files and never prints.
// Name queries go through the candidate index and are scored exhaustively on the
// candidates; results are cached per normalized value because exports repeat
// counterparties heavily. Wallets are an exact-match map.
import type { Entity, LoadedList } from '../lists/entity';
import { addressFolding, MIN_ADDRESS_LENGTH, normalizeAddress, WalletPrefixes } from './address';
import { AnswerCache } from './answer-cache';
import { explainNameScore } from './explain';
import { NameIndex } from './name-index';
import { normalizeName, type NameToken } from './normalize';
import { scoreName, unitsOf, type NameScore } from './score';
import { rewriteQuery } from './vocabulary';

export interface MatchHit {
  entity: Entity;
  /** The list name or wallet that matched. */
  matchedName: string;
  score: number;
  explanation: string;
}

export interface MatcherOptions {
  /** 0–100: hits below are dropped. */
  threshold: number;
  /** Distinct normalized names to remember; 0 when the caller caches them itself (name workers). */
  cacheSize?: number;
  /** Distinct raw values to remember (default: cacheSize); 0 when the caller caches them itself (name pool). */
  rawCacheSize?: number;
  /** false: wallets only, no name index (names are matched elsewhere, e.g. on worker threads). */
  indexNames?: boolean;
}

export const DEFAULT_THRESHOLD = 75;

/**
 * Distinct values remembered per cache. A daily export of 1M rows has ~200k distinct
 * counterparties; nearly all have no hit and share one empty result. The caches keep their
 * keys outside the JS heap (answer-cache.ts), in at most ~11 and ~13 MB of typed arrays,
 * made as the caches fill (none for a wallets-only Matcher).
 */
const DEFAULT_CACHE_SIZE = 262_144;
/** The answer nearly every name gets, shared (the answer caches store it as a flag). */
export const NO_HITS: MatchHit[] = Object.freeze([]) as unknown as MatchHit[];

interface WalletRef {
  entity: Entity;
  ticker: string;
  address: string;
}

/** Cache key: the normalized tokens, so "PUTIN Vladimir" and "putin, vladimir" share an entry. */
export function cacheKey(tokens: readonly NameToken[]): string {
  // Kana and rewritten (split/joined) tokens score differently from plain ones: keep them apart.
  // Likewise a legal form ("Limited Liability Company" → llc) and the plain word "llc".
  return tokens.map((t) => `${t.kana !== null ? '~' : ''}${t.legal !== null ? '#' : ''}${t.text}${t.rewrittenFrom !== undefined ? '+' : ''}`).join(' ');
}

export class Matcher {
  readonly entities: Entity[] = [];
  private readonly index = new NameIndex();
  private readonly wallets = new Map<string, WalletRef[]>();
  /** Addresses the list cut short, folded as a row's address is. */
  private readonly partialWallets: Array<{ fragment: string; ref: WalletRef }> = [];
  /** The starts of wallets and fragments: most rows' addresses are turned away here. */
  private readonly walletPrefixes = new WalletPrefixes();
  private readonly cache: AnswerCache<MatchHit[]>;
  /** Raw cell value → hits: exports repeat a counterparty verbatim, so skip even normalizing. */
  private readonly rawCache: AnswerCache<MatchHit[]>;
  private readonly cacheSize: number;
  readonly threshold: number;
  private readonly indexNames: boolean;

  constructor(lists: readonly LoadedList[], options: MatcherOptions) {
    this.threshold = options.threshold;
    this.indexNames = options.indexNames ?? true;
    this.cacheSize = this.indexNames ? (options.cacheSize ?? DEFAULT_CACHE_SIZE) : 0;
    // Two generations each (answer-cache.ts): half the size per generation.
    this.cache = new AnswerCache(Math.ceil(this.cacheSize / 2), 32, NO_HITS);
    this.rawCache = new AnswerCache(Math.ceil((this.indexNames ? (options.rawCacheSize ?? this.cacheSize) : 0) / 2), 24, NO_HITS);
    for (const list of lists) for (const entity of list.entities) this.addEntity(entity);
  }

  private addEntity(entity: Entity): void {
    const entityIndex = this.entities.length;
    this.entities.push(entity);
    const seen = new Set<string>();
    const person = entity.type === 'individual';
    for (const name of this.indexNames ? entity.names : []) {
      const tokens = normalizeName(name.name, { person }).tokens;
      const key = `${name.kind === 'weak' ? 'w' : 's'}:${cacheKey(tokens)}`;
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      this.index.add({ entityIndex, kind: name.kind, text: name.name, tokens });
    }
    for (const wallet of entity.wallets) {
      const ref = { entity, ticker: wallet.ticker, address: wallet.address };
      if (wallet.partial === true) {
        const fragment = normalizeAddress(wallet.address);
        if (fragment.length >= MIN_ADDRESS_LENGTH) {
          this.partialWallets.push({ fragment, ref });
          this.walletPrefixes.add(fragment);
        }
        continue;
      }
      const key = normalizeAddress(wallet.address);
      this.walletPrefixes.add(key);
      const list = this.wallets.get(key);
      if (list === undefined) this.wallets.set(key, [ref]);
      else list.push(ref);
    }
  }

  /**
   * The readings of a query: as written, and with glued or split words rewritten against
   * the list's words when that changes anything (vocabulary.ts).
   */
  private readings(tokens: NameToken[]): NameToken[][] {
    const rewritten = rewriteQuery(tokens, this.index);
    return rewritten.some((t) => t.rewrittenFrom !== undefined) ? [tokens, rewritten] : [tokens];
  }

  /** Every entity whose best name scores at or above the threshold, best first. */
  matchName(value: string): MatchHit[] {
    if (!this.indexNames) throw new Error('this Matcher was built without a name index (indexNames: false)');
    const raw = this.rawCache.get(value);
    if (raw !== undefined) return raw;
    const found = this.matchNormalized(value);
    const hits = found.length === 0 ? NO_HITS : found;
    this.rawCache.set(value, hits);
    return hits;
  }

  private matchNormalized(value: string): MatchHit[] {
    return this.matchTokens(normalizeName(value).tokens);
  }

  /** matchName for a value already normalized (name workers get tokens from the main thread). */
  matchTokens(tokens: NameToken[]): MatchHit[] {
    if (!this.indexNames) throw new Error('this Matcher was built without a name index (indexNames: false)');
    if (tokens.length === 0) return NO_HITS;
    const key = this.cacheSize > 0 ? cacheKey(tokens) : null;
    const cached = key === null ? undefined : this.cache.get(key);
    if (cached !== undefined) return cached;
    const found = bestPerEntity(this.readings(tokens).map((reading) => this.scoreCandidates(reading, this.index.candidates(reading, this.threshold))));
    const hits = found.length === 0 ? NO_HITS : found;
    if (key !== null) this.cache.set(key, hits);
    return hits;
  }

  /** The same answer as matchName, by scoring every list name: the reference for the index. */
  matchNameExhaustive(value: string): MatchHit[] {
    const all: number[] = [];
    for (let i = 0; i < this.index.names.length; i++) all.push(i);
    return bestPerEntity(this.readings(normalizeName(value).tokens).map((reading) => this.scoreCandidates(reading, all)));
  }

  private scoreCandidates(tokens: NameToken[], candidateIds: readonly number[]): MatchHit[] {
    // Most queries have no candidate left: nothing to set up or sort.
    if (candidateIds.length === 0) return NO_HITS;
    const best = new Map<number, { result: NameScore; text: string; id: number }>();
    const queryUnits = unitsOf(tokens);
    for (const id of candidateIds) {
      const name = this.index.names[id];
      if (name === undefined) continue;
      const result = scoreName(tokens, name.tokens, name.kind, name.units, queryUnits);
      if (result === null || result.score < this.threshold) continue;
      const previous = best.get(name.entityIndex);
      // Two names of one entity at the same score: the one listed first (the primary name
      // before its aliases), whatever order the index found them in.
      if (previous === undefined || result.score > previous.result.score || (result.score === previous.result.score && id < previous.id)) {
        best.set(name.entityIndex, { result, text: name.text, id });
      }
    }
    const hits: MatchHit[] = [];
    for (const [entityIndex, { result, text }] of best) {
      hits.push({
        entity: this.entities[entityIndex] as Entity,
        matchedName: text,
        score: result.score,
        explanation: explainNameScore(result),
      });
    }
    return sortHits(hits);
  }

  /**
   * Exact wallet hits (score 100), plus prefix hits on addresses the list cut short. Not
   * cached: folding an address and looking it up among the list's few thousand wallets is
   * cheaper than a lookup in a cache of every distinct address an export holds.
   */
  matchAddress(value: string): MatchHit[] {
    const trimmed = value.trim();
    if (trimmed.length < MIN_ADDRESS_LENGTH || !this.walletPrefixes.mayHold(trimmed)) return NO_HITS;
    const key = normalizeAddress(trimmed);
    const exact = this.wallets.get(key);
    let hits: MatchHit[] | null = null;
    if (exact !== undefined) {
      hits = exact.map((ref) => ({
        entity: ref.entity,
        matchedName: ref.address,
        score: 100,
        explanation: `wallet ${ref.ticker} ${ref.address} (exact; ${addressFolding(trimmed)})`,
      }));
    }
    for (const { fragment, ref } of this.partialWallets) {
      if (!key.startsWith(fragment)) continue;
      (hits ??= []).push({
        entity: ref.entity,
        matchedName: ref.address,
        score: 95,
        explanation: `wallet starts with ${ref.ticker} ${ref.address}…, an address the list cut short (OFAC 1000-character remark limit)`,
      });
    }
    return hits === null ? NO_HITS : sortHits(hits);
  }

  get nameCount(): number {
    return this.index.names.length;
  }
}

/** One hit per entity, the best over the query's readings, best first. */
function bestPerEntity(perReading: MatchHit[][]): MatchHit[] {
  if (perReading.length === 1) return perReading[0] as MatchHit[];
  const best = new Map<Entity, MatchHit>();
  for (const hits of perReading) {
    for (const hit of hits) {
      const previous = best.get(hit.entity);
      if (previous === undefined || hit.score > previous.score) best.set(hit.entity, hit);
    }
  }
  return sortHits([...best.values()]);
}

/** Best first; equal scores (namesakes) in list order so output is stable. */
export function sortHits(hits: MatchHit[]): MatchHit[] {
  return hits.sort((a, b) => b.score - a.score || a.entity.list.localeCompare(b.entity.list) || compareIds(a.entity.id, b.entity.id));
}

function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.localeCompare(b);
}
