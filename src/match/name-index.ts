// Candidate index over list names. The scorer (score.ts) can only give a name a score
// if query tokens pair with its tokens (features.ts compareTokens). So:
//  1. each distinct list token is interned once, with the names that contain it;
//  2. a query token is compared (with compareTokens itself) against the distinct tokens
//     that could pair with it: same spelling, same romanization key, a key within the edit
//     budget (deletion index), an initial, or — for kana queries — a kana key within budget;
//  3. per name, the query tokens that found a partner are counted, and only names whose
//     best possible score (upperBound) reaches the threshold are handed to the scorer.
// The result equals scoring every list name (a test checks this), at a small fraction
// of the cost.
import type { NameKind } from '../lists/entity';
import { DeletionIndex } from './deletion-index';
import { compareTokens, editBudget, FEATURES, isPatronymic, kanaEditBudget } from './features';
import { kanaKeyOfLatin } from './kana-key';
import type { NameToken } from './normalize';
import { unitsOf, type NameUnit } from './score';

export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  /** The list's own spelling, shown as matched_name. */
  text: string;
  tokens: NameToken[];
  /** Alignment units, precomputed for the scorer. */
  units: NameUnit[];
}

interface Entry extends IndexedName {
  /** Single-letter tokens: they can pair with a query word as initials. */
  initials: number;
  /** Unmatched weight of each content token, lightest first (for the bound). */
  unmatchedWeights: number[];
}

const PARTNER_CACHE_SIZE = 100_000;

/** List tokens a query token pairs with: as words, or only as an initial. */
interface Partners {
  /** Best first, with the similarity of each pair (for the bound). */
  words: number[];
  sims: number[];
  initials: number[];
}

export class NameIndex {
  private readonly entries: Entry[] = [];
  /** Distinct content tokens (by spelling) and the names containing each. */
  private readonly tokens: NameToken[] = [];
  private readonly postings: number[][] = [];
  private readonly tokenBySpelling = new Map<string, number>();
  private readonly tokensByFirstLetter = new Map<string, number[]>();
  private readonly tokensByKey = new Map<string, number[]>();
  private readonly keys: string[] = [];
  private readonly fuzzyKeys = new DeletionIndex(editBudget);
  /** Spellings within the edit budget (a typo the romanization key would blur). */
  private readonly fuzzySpellings = new DeletionIndex(editBudget);
  /** Built on the first kana query: most exports never need it. */
  private kana: { byKey: Map<string, number[]>; keys: string[]; fuzzy: DeletionIndex } | null = null;
  private marks = new Int32Array(1024);
  /** Per touched name: the sum of each matched query word's best pair similarity. */
  private simSums = new Float64Array(1024);
  /** Partners per query token: tokens repeat across distinct names far more than names do. */
  private readonly partnerCache = new Map<string, Partners>();

  get names(): readonly IndexedName[] {
    return this.entries;
  }

  /** Some list name has a word spelled exactly so (vocabulary.ts). */
  spells(text: string): boolean {
    return this.tokenBySpelling.has(text);
  }

  /** Some list name has a word with this spelling or romanization key (vocabulary.ts). */
  has(token: NameToken): boolean {
    return this.tokenBySpelling.has(token.text) || this.tokensByKey.has(token.key);
  }


  add(input: Omit<IndexedName, 'units'>): void {
    const name: IndexedName = { ...input, units: unitsOf(input.tokens) };
    const id = this.entries.length;
    let initials = 0;
    for (const token of name.tokens) {
      if (token.legal !== null) continue;
      if (token.text.length === 1) initials++;
      const tokenId = this.intern(token);
      const list = this.postings[tokenId] as number[];
      if (list[list.length - 1] !== id) list.push(id);
    }
    const unmatchedWeights = name.tokens.filter((t) => t.legal === null).map(listWeight).sort((a, b) => a - b);
    this.entries.push({ ...name, initials, unmatchedWeights });
    if (this.entries.length > this.marks.length) {
      const marks = new Int32Array(this.marks.length * 2);
      marks.set(this.marks);
      this.marks = marks;
      this.simSums = new Float64Array(marks.length);
    }
  }

  private intern(token: NameToken): number {
    const known = this.tokenBySpelling.get(token.text);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    this.tokens.push(token);
    this.postings.push([]);
    this.tokenBySpelling.set(token.text, id);
    if (token.text.length >= 2) this.fuzzySpellings.add(token.text, id);
    const letter = token.text[0] as string;
    const sameLetter = this.tokensByFirstLetter.get(letter);
    if (sameLetter !== undefined) sameLetter.push(id);
    else this.tokensByFirstLetter.set(letter, [id]);
    const sameKey = this.tokensByKey.get(token.key);
    if (sameKey !== undefined) sameKey.push(id);
    else {
      this.tokensByKey.set(token.key, [id]);
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
    const fuzzy = new DeletionIndex(kanaEditBudget);
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

  private partners(q: NameToken): Partners {
    const cacheKey = q.kana !== null ? `~${q.text}` : q.text;
    const cached = this.partnerCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = this.findPartners(q);
    if (this.partnerCache.size >= PARTNER_CACHE_SIZE) this.partnerCache.clear();
    this.partnerCache.set(cacheKey, found);
    return found;
  }

  /** Distinct list tokens that pair with this query token (verified with compareTokens). */
  private findPartners(q: NameToken): Partners {
    const candidates = new Set<number>();
    const addAll = (ids: number[] | undefined): void => {
      if (ids !== undefined) for (const id of ids) candidates.add(id);
    };
    const exact = this.tokenBySpelling.get(q.text);
    if (exact !== undefined) candidates.add(exact);
    // Initials: a query initial pairs with list words of that letter, a query word with
    // a list initial. Few queries and few list names have initials, so this stays cheap.
    const first = q.text[0] as string;
    if (q.text.length === 1) addAll(this.tokensByFirstLetter.get(first));
    else {
      const listInitial = this.tokenBySpelling.get(first);
      if (listInitial !== undefined) candidates.add(listInitial);
    }
    if (q.kana !== null) {
      const kana = this.kanaIndex();
      const keyIds = new Set<number>();
      kana.fuzzy.search(q.kana, keyIds);
      for (const k of keyIds) addAll(kana.byKey.get(kana.keys[k] as string));
    } else if (q.text.length >= 2) {
      addAll(this.tokensByKey.get(q.key));
      const keyIds = new Set<number>();
      this.fuzzyKeys.search(q.key, keyIds);
      this.fuzzySpellings.search(q.text, candidates);
      for (const k of keyIds) {
        const key = this.keys[k] as string;
        // Cheap length check before compareTokens, which decides.
        if (Math.abs(key.length - q.key.length) <= editBudget(Math.max(key.length, q.key.length))) addAll(this.tokensByKey.get(key));
      }
    }
    const words: Array<[number, number]> = [];
    const initials: number[] = [];
    for (const id of candidates) {
      const pair = compareTokens(q, this.tokens[id] as NameToken);
      if (pair === null) continue;
      if (pair.how === 'initial') initials.push(id);
      // A pair with a title or function word weighs 0.5 in the score; for the bound, count it
      // as perfect at full weight, which is never below what the lighter pair can add.
      else words.push([id, q.weak || (this.tokens[id] as NameToken).weak ? 1 : pair.sim]);
    }
    words.sort((a, b) => b[1] - a[1]);
    return { words: words.map((w) => w[0]), sims: words.map((w) => w[1]), initials };
  }

  /** Ids of every name that can score at least `threshold` (0–100) against the query. */
  candidates(query: readonly NameToken[], threshold: number): number[] {
    // Matched words are counted in a 31-bit mask; a longer query (a huge cell) is not pruned.
    if (query.length > 31) threshold = 0;
    const shape = queryShape(query);
    // A name reached only through initials has no word pair; if even that best case is
    // below the threshold, initials need not bring names in at all.
    const initialsCanReach = upperBound(shape, 0, Number.MAX_SAFE_INTEGER, 0) >= threshold;
    const touched: number[] = [];
    const marks = this.marks;
    const simSums = this.simSums;
    query.forEach((q, qi) => {
      if (q.legal !== null) return;
      const bit = 1 << Math.min(qi, 30);
      const { words, sims, initials } = this.partners(q);
      // Partners come best first, so the first time this word reaches a name is its best pair.
      for (let w = 0; w < words.length; w++) {
        const sim = sims[w] as number;
        for (const nameId of this.postings[words[w] as number] as number[]) {
          const mark = marks[nameId] as number;
          if (mark === 0) {
            touched.push(nameId);
            simSums[nameId] = 0;
          }
          if ((mark & bit) === 0) {
            marks[nameId] = mark | bit;
            simSums[nameId] = (simSums[nameId] as number) + sim;
          }
        }
      }
      // An initial pair counts in the bound's initial slots, not as a matched word.
      if (initialsCanReach) {
        for (const tokenId of initials) {
          for (const nameId of this.postings[tokenId] as number[]) {
            const mark = marks[nameId] as number;
            if (mark === 0) {
              touched.push(nameId);
              simSums[nameId] = 0;
            }
            marks[nameId] = mark | TOUCHED;
          }
        }
      }
    });
    const out: number[] = [];
    for (const nameId of touched) {
      const matched = popcount((marks[nameId] as number) & ~TOUCHED);
      marks[nameId] = 0;
      const entry = this.entries[nameId] as Entry;
      if (upperBound(shape, matched, entry.initials, simSums[nameId] as number, entry.unmatchedWeights) >= threshold) out.push(nameId);
    }
    return out;
  }
}

/** Mark bit for a name reached only through an initial (query tokens use bits 0–30). */
const TOUCHED = 1 << 31;

/** What the bound needs to know about a query. */
export interface QueryShape {
  contentTokens: number;
  queryInitials: number;
  legalTokens: number;
  /** Unmatched weight of each content token, lightest first. */
  unmatchedWeights: number[];
}

/** Lightest weight a list word can have when it stays unmatched (score.ts unmatchedFeature). */
function listWeight(t: NameToken): number {
  if (t.weak) return FEATURES.extraWeak.value;
  if (isPatronymic(t)) return FEATURES.missingPatronymic.value;
  return FEATURES.missing.value;
}

export function queryShape(query: readonly NameToken[]): QueryShape {
  const content = query.filter((t) => t.legal === null);
  const weight = (t: NameToken): number => {
    if (t.weak) return FEATURES.extraWeak.value;
    if (isPatronymic(t)) return FEATURES.extraPatronymic.value;
    return t.text.length === 1 ? FEATURES.extraQueryInitial.value : FEATURES.extraQuery.value;
  };
  return {
    contentTokens: content.length,
    queryInitials: content.filter((t) => t.text.length === 1).length,
    legalTokens: query.length - content.length,
    unmatchedWeights: content.map(weight).sort((a, b) => a - b),
  };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * The best score a name can reach when `matched` of the query's content tokens found a
 * partner in it, with best pair similarities summing to `matchedSim`: every matched word
 * at its best pair and full weight, as many of the rest as possible paired as
 * initials, the others unmatched at the lightest weights the query has, the list words no
 * pair can cover unmatched at their lightest, every query legal form paired. Never below
 * the real score (score.ts), so pruning with it loses nothing.
 */
export function upperBound(
  shape: QueryShape,
  matched: number,
  listInitials: number,
  matchedSim: number = matched,
  listWeights: readonly number[] = [],
): number {
  const rest = shape.contentTokens - matched;
  const maxInitials = Math.min(rest, shape.queryInitials + listInitials);
  const legal = shape.legalTokens * FEATURES.legalWeight.value;
  // Pairing a leftover word as an initial adds (0.7, 1) to the ratio; leaving it unmatched
  // adds (0, its weight). Which is better depends on the weights, so try every count,
  // always leaving the lightest words unmatched.
  let best = 0;
  for (let k = 0; k <= maxInitials; k++) {
    let unmatched = 0;
    for (let i = 0; i < rest - k; i++) unmatched += shape.unmatchedWeights[i] as number;
    // At most matched + k list words can pair; the others stay unmatched, at their lightest.
    for (let i = 0; i < listWeights.length - matched - k; i++) unmatched += listWeights[i] as number;
    const numerator = matchedSim + k * FEATURES.initial.value + legal;
    const denominator = matched + k + unmatched + legal;
    if (denominator > 0) best = Math.max(best, (100 * numerator) / denominator);
  }
  return best;
}
