// Candidate index over list names. The scorer (score.ts) can only give a name a high
// score if query tokens pair with its tokens (features.ts compareTokens). So:
//  1. each distinct list token is interned once, with the names that contain it;
//  2. a query token is compared (with compareTokens itself) against the distinct tokens
//     that could pair with it: same spelling, same romanization key, a key within the edit
//     budget (deletion index), or — for kana queries — a kana key within budget;
//  3. per name, the query tokens that found a partner are counted, and only names whose
//     best possible score (upperBound) reaches the threshold are handed to the scorer.
// The result equals scoring every list name (a test checks this), at a small fraction
// of the cost.
import type { NameKind } from '../lists/entity';
import { DeletionIndex } from './deletion-index';
import { compareTokens, editBudget, FEATURES, kanaEditBudget } from './features';
import { kanaKeyOfLatin } from './kana-key';
import type { NameToken } from './normalize';

export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  /** The list's own spelling, shown as matched_name. */
  text: string;
  tokens: NameToken[];
}

interface Entry extends IndexedName {
  /** Single-letter tokens: they can pair with a query word as initials. */
  initials: number;
}

/** Largest budget a string of this length can get against a partner up to 2 longer. */
const keyDeletes = (length: number): number => editBudget(length + 2);
const kanaDeletes = (length: number): number => kanaEditBudget(length + 2);
const PARTNER_CACHE_SIZE = 100_000;

export class NameIndex {
  private readonly entries: Entry[] = [];
  /** Distinct content tokens (by spelling) and the names containing each. */
  private readonly tokens: NameToken[] = [];
  private readonly postings: number[][] = [];
  private readonly tokenBySpelling = new Map<string, number>();
  private readonly tokensByKey = new Map<string, number[]>();
  private readonly keys: string[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly fuzzyKeys = new DeletionIndex(keyDeletes);
  /** Built on the first kana query: most exports never need it. */
  private kana: { byKey: Map<string, number[]>; keys: string[]; fuzzy: DeletionIndex } | null = null;
  private readonly marks: Array<number> = [];
  /** Partners per query token: tokens repeat across distinct names far more than names do. */
  private readonly partnerCache = new Map<string, number[]>();

  get names(): readonly IndexedName[] {
    return this.entries;
  }

  add(name: IndexedName): void {
    const id = this.entries.length;
    let initials = 0;
    for (const token of name.tokens) {
      if (token.legal !== null) continue;
      if (token.text.length === 1) initials++;
      const tokenId = this.intern(token);
      const list = this.postings[tokenId] as number[];
      if (list[list.length - 1] !== id) list.push(id);
    }
    this.entries.push({ ...name, initials });
    this.marks.push(0);
  }

  private intern(token: NameToken): number {
    const known = this.tokenBySpelling.get(token.text);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    this.tokens.push(token);
    this.postings.push([]);
    this.tokenBySpelling.set(token.text, id);
    const sameKey = this.tokensByKey.get(token.key);
    if (sameKey !== undefined) sameKey.push(id);
    else {
      this.tokensByKey.set(token.key, [id]);
      this.keyIds.set(token.key, this.keys.length);
      if (token.key.length >= 2) this.fuzzyKeys.add(token.key, this.keys.length);
      this.keys.push(token.key);
    }
    this.kana = null;
    this.partnerCache.clear();
    return id;
  }

  private kanaIndex(): NonNullable<NameIndex['kana']> {
    if (this.kana !== null) return this.kana;
    const byKey = new Map<string, number[]>();
    const keys: string[] = [];
    const fuzzy = new DeletionIndex(kanaDeletes);
    this.tokens.forEach((token, tokenId) => {
      if (token.text.length < 2) return;
      const key = kanaKeyOfLatin(token.text);
      const list = byKey.get(key);
      if (list !== undefined) list.push(tokenId);
      else {
        byKey.set(key, [tokenId]);
        fuzzy.add(key, keys.length);
        keys.push(key);
      }
    });
    this.kana = { byKey, keys, fuzzy };
    return this.kana;
  }

  private partners(q: NameToken): number[] {
    const cacheKey = q.kana !== null ? `~${q.text}` : q.text;
    const cached = this.partnerCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = this.findPartners(q);
    if (this.partnerCache.size >= PARTNER_CACHE_SIZE) this.partnerCache.clear();
    this.partnerCache.set(cacheKey, found);
    return found;
  }

  /** Distinct list tokens that pair with this query token (verified with compareTokens). */
  private findPartners(q: NameToken): number[] {
    const candidates = new Set<number>();
    const addAll = (ids: number[] | undefined): void => {
      if (ids !== undefined) for (const id of ids) candidates.add(id);
    };
    const exact = this.tokenBySpelling.get(q.text);
    if (exact !== undefined) candidates.add(exact);
    if (q.kana !== null) {
      const kana = this.kanaIndex();
      const keyIds = new Set<number>();
      kana.fuzzy.search(q.kana, kanaDeletes(q.kana.length), keyIds);
      for (const k of keyIds) addAll(kana.byKey.get(kana.keys[k] as string));
    } else if (q.text.length >= 2) {
      addAll(this.tokensByKey.get(q.key));
      const keyIds = new Set<number>();
      this.fuzzyKeys.search(q.key, keyDeletes(q.key.length), keyIds);
      for (const k of keyIds) {
        const key = this.keys[k] as string;
        // Cheap length check before compareTokens, which decides.
        if (Math.abs(key.length - q.key.length) <= editBudget(Math.max(key.length, q.key.length))) addAll(this.tokensByKey.get(key));
      }
    }
    const out: number[] = [];
    for (const id of candidates) if (compareTokens(q, this.tokens[id] as NameToken) !== null) out.push(id);
    return out;
  }

  /**
   * Ids of names that can score at least `threshold` (0–100) against the query.
   * Names whose only possible pairs are initials are not returned when the threshold is
   * above what initials alone can reach (see upperBound).
   */
  candidates(query: readonly NameToken[], threshold: number): number[] {
    const content = query.filter((t) => t.legal === null);
    const legalCount = query.length - content.length;
    const queryInitials = content.filter((t) => t.text.length === 1).length;
    const touched: number[] = [];
    content.forEach((q, qi) => {
      const bit = 1 << Math.min(qi, 30);
      for (const tokenId of this.partners(q)) {
        for (const nameId of this.postings[tokenId] as number[]) {
          const mark = this.marks[nameId] as number;
          if (mark === 0) touched.push(nameId);
          this.marks[nameId] = mark | bit;
        }
      }
    });
    const out: number[] = [];
    for (const nameId of touched) {
      const matched = popcount(this.marks[nameId] as number);
      this.marks[nameId] = 0;
      const entry = this.entries[nameId] as Entry;
      if (upperBound(content.length, matched, queryInitials + entry.initials, queryInitials > 0, legalCount) >= threshold) out.push(nameId);
    }
    return out;
  }
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * The best score a name can reach when `matched` of the query's content tokens found a
 * partner in it: every matched pair perfect, as many of the rest as possible paired as
 * initials, the others unmatched at their lightest weight, every query legal form paired.
 * Never below the real score, so pruning with it loses nothing.
 */
export function upperBound(queryTokens: number, matched: number, initialSlots: number, queryHasInitials: boolean, legalCount: number): number {
  const rest = queryTokens - matched;
  const asInitials = Math.min(rest, initialSlots);
  const unmatchedWeight = queryHasInitials ? FEATURES.extraQueryInitial.value : FEATURES.extraQuery.value;
  const legal = legalCount * FEATURES.legalWeight.value;
  const numerator = matched + asInitials * FEATURES.initial.value + legal;
  const denominator = matched + asInitials + (rest - asInitials) * unmatchedWeight + legal;
  return denominator === 0 ? 0 : (100 * numerator) / denominator;
}
