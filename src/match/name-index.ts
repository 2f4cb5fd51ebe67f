// Candidate index over list names. The scorer (score.ts) can only give a name a score
// if query tokens pair with its tokens (features.ts compareTokens). So:
//  1. each distinct list token is interned once; the names holding each (postings) are
//     packed in typed arrays at the first query;
//  2. a query token is compared (with compareTokens itself) against the distinct tokens
//     that could pair with it: same spelling, same romanization key, a key within the edit
//     budget (deletion index), an initial, or — for kana queries — a kana key within budget;
//  3. per name, the query tokens that found a partner are counted, and only names whose
//     best possible score (upperBound) reaches the threshold are handed to the scorer.
// The result equals scoring every list name (a test checks this), at a small fraction
// of the cost.
import type { NameKind } from '../lists/entity';
import { AnswerCache } from './answer-cache';
import { DeletionIndex } from './deletion-index';
import { fnv1a, FNV_OFFSET, FNV_PRIME } from './fnv';
import { compareTokens, editBudget, FEATURES, isPatronymic, kanaEditBudget } from './features';
import { IdSet } from './id-set';
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

/**
 * What the bound needs per list name, packed in typed arrays so the candidate loop reads
 * a few numbers per touched name instead of chasing objects (the loop touches ~40 names
 * per query, each a likely cache miss). Built at the first query, like the deletion indexes.
 */
interface BoundData {
  /**
   * Per name n, NAME_STRIDE numbers from n × NAME_STRIDE (one cache line, where seven arrays
   * had cost a miss each on every name a query touches):
   *   [N_TOKENS]    where its content tokens start in nameTokenIds
   *   [N_COUNT]     its content tokens
   *   [N_INITIALS]  its single-letter tokens (they can pair with a query word as initials),
   *                 up to 255, plus 256 × those that are titles or function words ("y", "e":
   *                 initial pairs that weigh 0.5), up to 255
   *   [N_WEIGHTS]   bit 0: an OFAC weak alias (it scores only when every token on both sides
   *                 pairs: score.ts); bits 1–15: its patronymics, bits 16–31: its titles and
   *                 function words. With N_COUNT, these give the weights its words weigh
   *                 when left unmatched (listLeftover), so no per-name array of them is read.
   */
  names: Uint32Array;
  /**
   * Per name: 1 if it has a single-letter token (N_INITIALS is not 0). candidates asks this
   * of every name a query touches, most of which it then drops: a byte per name stays in
   * cache where the records (16 bytes a name) do not.
   */
  withInitials: Uint8Array;
  /** Most initials any one name has: the optimistic bound per matched count uses it. */
  maxInitials: number;
  maxWeakInitials: number;
  /** Name n's content tokens (interned ids), from its N_TOKENS, N_COUNT of them. */
  nameTokenIds: Int32Array;
  /** Per interned token: its first character's code, and 1 if that is all of it (initialPairs). */
  tokenFirst: Uint16Array;
  tokenSingle: Uint8Array;
  /** The postings packed end to end (names of token t: ids[start[t]] … ids[start[t + 1]]): one scan, few cache misses. */
  postings: PackedLists;
  initialPostings: PackedLists;
}

const NAME_STRIDE = 4;
const N_TOKENS = 0;
const N_COUNT = 1;
const N_INITIALS = 2;
const N_WEIGHTS = 3;
const WEAK_ALIAS = 1;
const PATRONYMICS_SHIFT = 1;
const MAX_PATRONYMICS = 0x7fff;
const TITLES_SHIFT = 16;
const MAX_TITLES = 0xffff;

/** NameIndex.touch: numbers per name, and where its mark and its similarity sum are. */
const TOUCH_STRIDE = 2;
const TOUCH_MARK = 0;
const TOUCH_SUM = 1;

interface PackedLists {
  start: Uint32Array;
  ids: Int32Array;
}

/** The names holding each token (once per name, in name order), for the names `included` accepts. */
function postingsOf(names: Uint32Array, nameTokenIds: Int32Array, tokenCount: number, included: (name: number) => boolean): PackedLists {
  const nameCount = names.length / NAME_STRIDE;
  // The last name seen per token: a name holding a word twice is posted once.
  const last = new Int32Array(tokenCount);
  const eachPosting = (visit: (token: number, name: number) => void): void => {
    last.fill(-1);
    for (let name = 0; name < nameCount; name++) {
      if (!included(name)) continue;
      const first = names[name * NAME_STRIDE + N_TOKENS] as number;
      for (let t = first; t < first + (names[name * NAME_STRIDE + N_COUNT] as number); t++) {
        const id = nameTokenIds[t] as number;
        if (last[id] === name) continue;
        last[id] = name;
        visit(id, name);
      }
    }
  };
  // Counted first, then placed: one packed array, no list per token.
  const start = new Uint32Array(tokenCount + 1);
  eachPosting((id) => start[id + 1]!++);
  for (let id = 0; id < tokenCount; id++) start[id + 1]! += start[id] as number;
  const ids = new Int32Array(start[tokenCount] as number);
  const cursor = start.slice(0, tokenCount);
  eachPosting((id, name) => (ids[cursor[id]!++] = name));
  return { start, ids };
}

/** Query words whose partners are remembered, per generation (answer-cache.ts). */
const PARTNER_CACHE_ENTRIES = 65_536;

/**
 * The list tokens a query token pairs with as a word (not as an initial), in one array of
 * numbers: a long file asks for hundreds of thousands of distinct words, and as an object
 * of arrays in a Map each cost ~390 bytes of heap (a worker's cache of them peaked near
 * 40 MB, and every collection walked it).
 *   [P_VOLUME]   postings behind the word partners, summed: how many names scanning them touches
 *   [P_WORDS]    word partners (w)
 *   [P_LIST …]   the word partners' token ids, best first; then their similarities (for the bound)
 * Initial pairs (a single letter and a word starting with it) are not listed: a name is
 * only a candidate through a word pair (the scorer gives no score to a name that pairs
 * nothing but initials and function words), and the bound counts the initials a name
 * offers from its own tokens (initialPairs).
 */
type Partners = readonly number[];
const P_VOLUME = 0;
const P_WORDS = 1;
const P_LIST = 2;
/** A content word of a query, as candidates sees it. */
interface QueryWord {
  /** Its bit in a name's mark: 1 << its position in the query (capped at 30). */
  bit: number;
  token: NameToken;
  /** partners[P_VOLUME], read often while sorting. */
  volume: number;
  partners: Partners;
}

/** planFor's answer for one query shape. */
interface QueryPlan {
  shape: QueryShape;
  /** [m]: the best any name can score with m query words matched (any initials it could have). */
  optimistic: Float64Array;
  /** The same for names without single-letter tokens. */
  optimisticPlain: Float64Array;
  /** Rarest words whose postings are scanned for all names; the rest are checked on the names found. */
  scanned: number;
  /** The same for names with initials (over their own postings). */
  scannedWithInitials: number;
}

/** initialPairs' answer: query initials that can pair in the low bits, longer query words above. */
const WORD_PAIRS_SHIFT = 16;
const INITIAL_PAIRS_MASK = (1 << WORD_PAIRS_SHIFT) - 1;

/** Query shapes of up to this many content words are keyed by a small integer (planFor). */
const MAX_NUMERIC_PLAN_WORDS = 7;

/** Query shapes remembered (planFor); cleared when full. */
const MAX_PLANS = 4096;

/** Most query words pair with no list word: they share this. */
const NO_PARTNERS: Partners = Object.freeze([0, 0]);

export class NameIndex {
  private readonly entries: IndexedName[] = [];
  /** Scratch: best pair similarity of each list token with the query word being verified (0: none). */
  private partnerSim = new Float64Array(1024);
  private bounds: BoundData | null = null;
  /** Distinct content tokens (by spelling); the names containing each are in boundData's postings. */
  private readonly tokens: NameToken[] = [];
  private readonly tokenBySpelling = new Map<string, number>();
  /** Distinct list tokens by every field (shared), until the first query. */
  private sharedTokens = new Map<string, NameToken>();
  /** Units by token, then by position in the name (sharedUnits), until the first query. */
  private unitsByToken = new Map<NameToken, NameUnit[]>();
  private readonly tokensByKey = new Map<string, number[]>();
  private readonly keys: string[] = [];
  /** The tokens of each key (by key id) and the key's length, packed: built at the first fuzzy search. */
  private keyLists: { tokens: PackedLists; lengths: Uint16Array } | null = null;
  private readonly fuzzyKeys = new DeletionIndex(editBudget);
  /** Spellings within the edit budget (a typo the romanization key would blur). */
  private readonly fuzzySpellings = new DeletionIndex(editBudget);
  /** Built on the first kana query: most exports never need it. */
  private kana: { byKey: Map<string, number[]>; keys: string[]; fuzzy: DeletionIndex } | null = null;
  /**
   * Scratch per list name n, for the query being answered: at [2n + TOUCH_MARK] its mark (a
   * bit per query word paired as a word; 0: not touched),
   * at [2n + TOUCH_SUM] the sum of each matched word's best pair similarity. Side by side:
   * touching a name costs one cache miss, not two.
   */
  private touch = new Float64Array(2048);
  /** Partners per query token: tokens repeat across distinct names far more than names do. */
  private readonly partnerCache = new AnswerCache<Partners>(PARTNER_CACHE_ENTRIES, 12);
  /** findPartners' scratch: a new word's candidate tokens and keys, and its verified partners. */
  private readonly candidateTokens = new IdSet();
  private readonly candidateKeys = new IdSet();
  private readonly wordIds: number[] = [];
  private readonly wordSims: number[] = [];
  /**
   * candidates' scratch, one slot per list name: the names the query touched, and those
   * still alive after the first bound. Typed and reused: a query touches up to hundreds of
   * names, and growing new arrays for them was a quarter of what matching a name allocated.
   */
  private touched = new Int32Array(0);
  private alive = new Int32Array(0);
  /** findPartners' early reads of its candidates land here, so they are not optimized away. */
  private warmed = 0;
  /** Per query shape: the bounds candidates needs (planFor); they depend on the list's most initials. */
  private readonly plans = new Map<number | string, QueryPlan>();
  private plansThreshold = Number.NaN;
  /** Splits of glued query words against these words (vocabulary.ts). */
  readonly splits = new Map<string, string[] | null>();
  /** Hashes of every spelling, for mayJoin; built on first use. */
  private spellingHashes: Uint32Array | null = null;

  get names(): readonly IndexedName[] {
    return this.entries;
  }

  /** Some list name has a word spelled exactly so (vocabulary.ts). */
  spells(text: string): boolean {
    // Asked for every cut of a long new word (vocabulary.ts split): the hash table, in
    // cache, turns away nearly all of them before the Map is read.
    return this.maySpell(text) && this.tokenBySpelling.has(text);
  }

  /**
   * Whether tokens[start … end) joined may spell a list word (vocabulary.ts): their
   * characters hashed as one string against a table of the list's spellings, so the joined
   * string is only built when its hash is there.
   */
  mayJoin(tokens: readonly NameToken[], start: number, end: number): boolean {
    const table = this.spellingHashes ?? this.buildSpellingHashes();
    let h = FNV_OFFSET;
    for (let t = start; t < end; t++) {
      const text = (tokens[t] as NameToken).text;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    }
    return tableHas(table, h >>> 0);
  }

  /** Whether some list word may be spelled so (false: none is; true: look it up). */
  private maySpell(text: string): boolean {
    return tableHas(this.spellingHashes ?? this.buildSpellingHashes(), fnv1a(text));
  }

  /** keyLists, from tokensByKey: a fuzzy key search finds a few keys, and a Map lookup of each was a cache miss. */
  private packKeyLists(): NonNullable<NameIndex['keyLists']> {
    const start = new Uint32Array(this.keys.length + 1);
    const lengths = new Uint16Array(this.keys.length);
    this.keys.forEach((key, k) => {
      start[k + 1] = (start[k] as number) + (this.tokensByKey.get(key) as number[]).length;
      lengths[k] = Math.min(key.length, 0xffff);
    });
    const ids = new Int32Array(start[this.keys.length] as number);
    this.keys.forEach((key, k) => ids.set(this.tokensByKey.get(key) as number[], start[k] as number));
    this.keyLists = { tokens: { start, ids }, lengths };
    return this.keyLists;
  }

  private buildSpellingHashes(): Uint32Array {
    const table = new Uint32Array(tableSize(this.tokenBySpelling.size));
    for (const text of this.tokenBySpelling.keys()) tableAdd(table, fnv1a(text));
    this.spellingHashes = table;
    return table;
  }

  /** Some list name has a word with this spelling or romanization key (vocabulary.ts). */
  has(token: NameToken): boolean {
    return this.tokenBySpelling.has(token.text) || this.tokensByKey.has(token.key);
  }


  add(input: Omit<IndexedName, 'units'>): void {
    // A literal, not a spread: V8 gave each spread copy its own hidden class (33,000 of
    // them, ~15 MB, and every read of a name's fields went megamorphic).
    const tokens = input.tokens.map((t) => this.shared(t));
    const name: IndexedName = { entityIndex: input.entityIndex, kind: input.kind, text: input.text, tokens, units: this.sharedUnits(tokens) };
    for (const token of tokens) if (token.legal === null) this.intern(token);
    // Postings and the bound's per-name figures are built from the entries at the first
    // query (boundData), straight into typed arrays: no per-name arrays kept.
    this.entries.push(name);
    this.bounds = null;
    this.plans.clear();
    if (TOUCH_STRIDE * this.entries.length > this.touch.length) {
      const touch = new Float64Array(this.touch.length * 2);
      touch.set(this.touch);
      this.touch = touch;
    }
  }

  /**
   * One object per distinct word token: list names repeat words (111,000 tokens, 27,000
   * distinct in the SDN list), and tokens are never modified. Only while names are being added.
   */
  private shared(token: NameToken): NameToken {
    // Legal forms stay apart: the scorer tells a name's legal tokens apart by identity, and a
    // name may hold one twice ("OOO ROMASHKA LLC"); each must be charged if left unpaired.
    if (token.legal !== null) return token;
    const id = [token.text, token.key, token.origin, token.kana === null ? '-' : `+${token.kana}`, token.weak ? 'w' : '', token.rewrittenFrom === undefined ? '-' : `+${token.rewrittenFrom}`].join('\t');
    const known = this.sharedTokens.get(id);
    if (known !== undefined) return known;
    this.sharedTokens.set(id, token);
    return token;
  }

  /**
   * unitsOf(tokens), from shared parts: a unit is a (position, token) pair and tokens are
   * shared, so names repeat units too; and an array of the exact length (one filled by
   * push keeps room for 17). Measured on the SDN list: ~10 MB of each worker's heap → ~4.
   */
  private sharedUnits(tokens: readonly NameToken[]): NameUnit[] {
    const units = unitsOf(tokens);
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as NameUnit;
      let byPosition = this.unitsByToken.get(unit.token);
      if (byPosition === undefined) this.unitsByToken.set(unit.token, (byPosition = []));
      units[i] = byPosition[unit.index] ??= unit;
    }
    return units.slice();
  }

  private intern(token: NameToken): number {
    const known = this.tokenBySpelling.get(token.text);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    this.tokens.push(token);
    this.tokenBySpelling.set(token.text, id);
    if (token.text.length >= 2) this.fuzzySpellings.add(token.text, id);
    const sameKey = this.tokensByKey.get(token.key);
    if (sameKey !== undefined) sameKey.push(id);
    else {
      this.tokensByKey.set(token.key, [id]);
      if (token.key.length >= 2) this.fuzzyKeys.add(token.key, this.keys.length);
      this.keys.push(token.key);
    }
    this.kana = null;
    this.keyLists = null;
    this.spellingHashes = null;
    this.partnerCache.clear();
    this.splits.clear();
    return id;
  }

  private kanaIndex(): NonNullable<NameIndex['kana']> {
    if (this.kana !== null) return this.kana;
    const byKey = new Map<string, number[]>();
    const keys: string[] = [];
    const fuzzy = new DeletionIndex(kanaEditBudget);
    // Single letters too: a kana word pairs with one by sound (イ with Y, ブ with V), never
    // as an initial, so this search is the only way to find the pair.
    this.tokens.forEach((token, tokenId) => {
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

  private boundData(): BoundData {
    if (this.bounds !== null) return this.bounds;
    const entries = this.entries;
    const n = entries.length;
    const tokenCount = this.tokens.length;
    const names = new Uint32Array(n * NAME_STRIDE);
    if (this.touched.length < n) {
      this.touched = new Int32Array(n);
      this.alive = new Int32Array(n);
    }
    let contentTokens = 0;
    let maxInitials = 0;
    let maxWeakInitials = 0;
    for (let i = 0; i < n; i++) {
      const name = entries[i] as IndexedName;
      let content = 0;
      let single = 0;
      let weakSingle = 0;
      let patronymics = 0;
      let titles = 0;
      for (const token of name.tokens) {
        if (token.legal !== null) continue;
        content++;
        if (token.text.length === 1) {
          single++;
          if (token.weak) weakSingle++;
        }
        const weight = listWeight(token);
        if (weight === PATRONYMIC_WEIGHT) patronymics++;
        else if (weight === TITLE_WEIGHT) titles++;
      }
      // Counted in full or not at all: a count cut short would make the bound too low.
      if (patronymics > MAX_PATRONYMICS || titles > MAX_TITLES) throw new RangeError(`list name "${name.text.slice(0, 60)}…" has too many words to index`);
      const record = i * NAME_STRIDE;
      names[record + N_TOKENS] = contentTokens;
      names[record + N_COUNT] = content;
      names[record + N_INITIALS] = Math.min(single, 255) + 256 * Math.min(weakSingle, 255);
      names[record + N_WEIGHTS] = (name.kind === 'weak' ? WEAK_ALIAS : 0) | (patronymics << PATRONYMICS_SHIFT) | (titles << TITLES_SHIFT);
      contentTokens += content;
      maxInitials = Math.max(maxInitials, single);
      maxWeakInitials = Math.max(maxWeakInitials, weakSingle);
    }
    // Per name: its content tokens' ids.
    const nameTokenIds = new Int32Array(contentTokens);
    for (let i = 0; i < n; i++) {
      let t = names[i * NAME_STRIDE + N_TOKENS] as number;
      for (const token of (entries[i] as IndexedName).tokens) {
        if (token.legal !== null) continue;
        nameTokenIds[t++] = this.tokenBySpelling.get(token.text) as number;
      }
    }
    if (this.partnerSim.length < tokenCount) this.partnerSim = new Float64Array(tokenCount);
    // Names added after this (rare) just share tokens among themselves.
    this.sharedTokens = new Map();
    this.unitsByToken = new Map();
    this.bounds = {
      names,
      withInitials: Uint8Array.from({ length: n }, (_, i) => (((names[i * NAME_STRIDE + N_INITIALS] as number) & 0xff) !== 0 ? 1 : 0)),
      maxInitials,
      maxWeakInitials,
      nameTokenIds,
      tokenFirst: Uint16Array.from(this.tokens, (t) => t.text.charCodeAt(0)),
      tokenSingle: Uint8Array.from(this.tokens, (t) => (t.text.length === 1 ? 1 : 0)),
      postings: postingsOf(names, nameTokenIds, tokenCount, () => true),
      // The same postings restricted to names with a single-letter token (see candidates).
      initialPostings: postingsOf(names, nameTokenIds, tokenCount, (name) => ((names[name * NAME_STRIDE + N_INITIALS] as number) & 0xff) !== 0),
    };
    return this.bounds;
  }

  private partners(q: NameToken): Partners {
    const cacheKey = q.kana !== null ? `~${q.text}` : q.text;
    const cached = this.partnerCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = this.findPartners(q);
    this.partnerCache.set(cacheKey, found);
    return found;
  }

  /** Distinct list tokens that pair with this query token as words (verified with compareTokens). */
  private findPartners(q: NameToken): Partners {
    if (q.text.length === 1 && q.kana === null) return this.letterPartners(q);
    const candidates = this.candidateTokens;
    candidates.clear();
    // Most query words spell no list word: the hash table (in cache) says so before the Map is read.
    const exact = this.maySpell(q.text) ? this.tokenBySpelling.get(q.text) : undefined;
    if (exact !== undefined) candidates.add(exact);
    const keyIds = this.candidateKeys;
    keyIds.clear();
    if (q.kana !== null) {
      const kana = this.kanaIndex();
      kana.fuzzy.search(q.kana, keyIds);
      for (const k of keyIds.ids) addAll(candidates, kana.byKey.get(kana.keys[k] as string));
    } else if (q.text.length >= 2) {
      // A key of two letters or more is found by its own fuzzy search (no edits); a shorter one is not indexed.
      if (q.key.length < 2) addAll(candidates, this.tokensByKey.get(q.key));
      this.fuzzyKeys.search(q.key, keyIds);
      this.fuzzySpellings.search(q.text, candidates);
      const { tokens: keyTokens, lengths } = this.keyLists ?? this.packKeyLists();
      for (const k of keyIds.ids) {
        const length = lengths[k] as number;
        // Cheap length check before compareTokens, which decides.
        if (Math.abs(length - q.key.length) > editBudget(Math.max(length, q.key.length))) continue;
        for (let t = keyTokens.start[k] as number; t < (keyTokens.start[k + 1] as number); t++) candidates.add(keyTokens.ids[t] as number);
      }
    }
    // Each candidate's token and its strings are cache misses: read them all first, in a
    // loop with no branch on them, so that the misses overlap (as DeletionIndex.search).
    let lengths = 0;
    for (const id of candidates.ids) {
      const token = this.tokens[id] as NameToken;
      lengths += token.text.length + token.key.length;
    }
    this.warmed = lengths;
    // Word partners best first (an insertion sort, stable: a word has a handful).
    const wordIds = this.wordIds;
    const wordSims = this.wordSims;
    wordIds.length = 0;
    wordSims.length = 0;
    for (const id of candidates.ids) {
      const token = this.tokens[id] as NameToken;
      const pair = compareTokens(q, token);
      if (pair === null || pair.how === 'initial') continue;
      // A pair with a title or function word weighs 0.5 in the score; for the bound, count it
      // as perfect at full weight, which is never below what the lighter pair can add. A
      // patronymic likewise: left unmatched it weighs only 0.1, which can score higher than
      // a mediocre pair ("… IVANOVICH IVONAVICH"), and a perfect pair bounds both.
      const sim = q.weak || token.weak || isPatronymic(q) ? 1 : pair.sim;
      let j = wordIds.length;
      wordIds.push(id);
      wordSims.push(sim);
      for (; j > 0 && (wordSims[j - 1] as number) < sim; j--) {
        wordIds[j] = wordIds[j - 1] as number;
        wordSims[j] = wordSims[j - 1] as number;
      }
      wordIds[j] = id;
      wordSims[j] = sim;
    }
    const words = wordIds.length;
    if (words === 0) return NO_PARTNERS;
    let volume = 0;
    const { start } = this.boundData().postings;
    for (const id of wordIds) volume += (start[id + 1] as number) - (start[id] as number);
    // Filled in place, not pushed: a pushed array keeps room for ~17 more numbers, and the
    // cache holds up to 131,072 of these (~200 bytes each pushed, ~90 exact).
    const packed = new Array<number>(P_LIST + 2 * words);
    packed[P_VOLUME] = volume;
    packed[P_WORDS] = words;
    let at = P_LIST;
    for (const id of wordIds) packed[at++] = id;
    for (const sim of wordSims) packed[at++] = sim;
    return packed;
  }

  /**
   * findPartners for a single Latin letter: compareTokens pairs it with the list's same
   * letter (exact) and with every list word of that letter as its initial, which is not a
   * word pair. Said here without comparing: a common letter starts thousands of list words.
   */
  private letterPartners(q: NameToken): Partners {
    const same = this.tokenBySpelling.get(q.text);
    if (same === undefined) return NO_PARTNERS;
    const { start } = this.boundData().postings;
    // As findPartners weighs an exact pair for the bound (a title or function word at 1).
    const sim = q.weak || (this.tokens[same] as NameToken).weak || isPatronymic(q) ? 1 : FEATURES.exact.value;
    return [(start[same + 1] as number) - (start[same] as number), 1, same, sim];
  }

  /**
   * Ids of every name that can score at least `threshold` (0–100) against the query.
   *
   * Prefix filtering: if no name can reach the threshold with fewer than `minMatched` of
   * the query's n content words paired, a name that can must contain a partner of at least
   * one of any n − minMatched + 1 of them. So only the postings of the n − minMatched + 1
   * rarest words are scanned (a word such as "al" or "trading" reaches thousands of names);
   * the commoner words are then checked against the few names found, token by token.
   * Names with a single-letter token can pair a query word as an initial, so they may need
   * fewer matched words: their own minimum, over their own (much shorter) postings. A name
   * that pairs no query word as a word is never a candidate: pairing only initials and
   * function words gets no score (scoreName).
   */
  candidates(query: readonly NameToken[], threshold: number): number[] {
    // Matched words are counted in a 31-bit mask; a longer query (a huge cell) is not pruned.
    if (query.length > 31) threshold = 0;
    const words: QueryWord[] = [];
    /** Bits of the single-letter query words: one that found a partner is no longer free to pair as an initial. */
    let initialBits = 0;
    /** Bits of the titles and function words: pairing only those is no evidence (scoreName). */
    let weakBits = 0;
    for (let qi = 0; qi < query.length; qi++) {
      const q = query[qi] as NameToken;
      if (q.legal !== null) continue;
      const bit = 1 << Math.min(qi, 30);
      const partners = this.partners(q);
      words.push({ bit, token: q, volume: partners[P_VOLUME] as number, partners });
      if (q.text.length === 1) initialBits |= bit;
      // (Words from the 31st on share bit 30: a strong one among them must keep it evidence.)
      if (q.weak && qi < 30) weakBits |= bit;
    }
    sortAscending(words);
    const bounds = this.boundData();
    const plan = this.planFor(words, query.length - words.length, threshold, bounds);
    const { shape, optimistic, optimisticPlain, scanned, scannedWithInitials } = plan;
    const n = shape.contentTokens;
    const touched = this.touched;
    let touchedCount = 0;
    const touch = this.touch;
    for (let qi = 0; qi < scannedWithInitials; qi++) {
      const { bit, partners } = words[qi] as (typeof words)[number];
      const postings = qi < scanned ? bounds.postings : bounds.initialPostings;
      // Partners come best first, so the first time this word reaches a name is its best pair.
      const count = partners[P_WORDS] as number;
      for (let w = P_LIST; w < P_LIST + count; w++) touchedCount = this.markPostings(postings, partners[w] as number, bit, partners[w + count] as number, touchedCount);
    }
    let alive = touched;
    let aliveCount = touchedCount;
    if (scanned < n) {
      // Out now: names that cannot reach their minimum even if every word not yet looked for pairs.
      alive = this.alive;
      aliveCount = 0;
      for (let i = 0; i < touchedCount; i++) {
        const nameId = touched[i] as number;
        const mark = touch[TOUCH_STRIDE * nameId + TOUCH_MARK] as number;
        const plain = bounds.withInitials[nameId] === 0;
        const found = popcount(mark);
        const canReach = plain
          ? reaches(optimisticPlain[found + n - scanned] as number, threshold)
          : reaches(optimistic[found + n - scannedWithInitials] as number, threshold);
        if (canReach) alive[aliveCount++] = nameId;
        else touch[TOUCH_STRIDE * nameId + TOUCH_MARK] = 0;
      }
      const partnerSim = this.partnerSim;
      const { names, nameTokenIds, withInitials } = bounds;
      for (let qi = scanned; qi < n && aliveCount > 0; qi++) {
        const { bit, partners } = words[qi] as (typeof words)[number];
        // Names with initials already had this word looked for in their postings.
        const initialsDone = qi < scannedWithInitials;
        const count = partners[P_WORDS] as number;
        for (let w = P_LIST; w < P_LIST + count; w++) partnerSim[partners[w] as number] = partners[w + count] as number;
        for (let i = 0; i < aliveCount; i++) {
          const nameId = alive[i] as number;
          const record = nameId * NAME_STRIDE;
          if (initialsDone && withInitials[nameId] === 1) continue;
          let best = 0;
          const first = names[record + N_TOKENS] as number;
          const end = first + (names[record + N_COUNT] as number);
          for (let t = first; t < end; t++) best = Math.max(best, partnerSim[nameTokenIds[t] as number] as number);
          if (best > 0) {
            const at = TOUCH_STRIDE * nameId;
            touch[at + TOUCH_MARK] = (touch[at + TOUCH_MARK] as number) | bit;
            touch[at + TOUCH_SUM] = (touch[at + TOUCH_SUM] as number) + best;
          }
        }
        for (let w = P_LIST; w < P_LIST + count; w++) partnerSim[partners[w] as number] = 0;
      }
    }
    const out: number[] = [];
    for (let i = 0; i < aliveCount; i++) {
      const nameId = alive[i] as number;
      const mark = touch[TOUCH_STRIDE * nameId + TOUCH_MARK] as number;
      touch[TOUCH_STRIDE * nameId + TOUCH_MARK] = 0;
      // No word pair but with titles and function words: no evidence, no score (scoreName).
      if ((mark & ~weakBits) === 0) continue;
      const matched = popcount(mark);
      // A name without initials has no initial slots of its own: its optimistic bound is much lower.
      const record = nameId * NAME_STRIDE;
      const initialsHeld = bounds.names[record + N_INITIALS] as number;
      const initials = initialsHeld & 0xff;
      if (!reaches((initials === 0 ? optimisticPlain : optimistic)[matched] as number, threshold)) continue;
      const count = bounds.names[record + N_COUNT] as number;
      // A weak alias counts only whole: every query word and every list word paired, no initials.
      const weights = bounds.names[record + N_WEIGHTS] as number;
      const weak = (weights & WEAK_ALIAS) !== 0;
      // (At threshold 0, which a query of over 31 words also gets, a weak alias scoring 0 is a hit.)
      if (weak && threshold > 0 && (matched < n || count !== n)) continue;
      const sim = touch[TOUCH_STRIDE * nameId + TOUCH_SUM] as number;
      const patronymics = (weights >>> PATRONYMICS_SHIFT) & MAX_PATRONYMICS;
      const titles = weights >>> TITLES_SHIFT;
      const weakInitials = initialsHeld >>> 8;
      // Initial pairs: at most one per single-letter query word still free (one already
      // matched is counted in the matched sum, whatever it pairs with), and one per list
      // initial for the longer words left over.
      const restInitials = shape.queryInitials - popcount(mark & initialBits);
      const initialSlots = weak ? 0 : restInitials;
      const listSlots = weak ? 0 : initials;
      let bound = packedUpperBound(shape, matched, restInitials, initialSlots, listSlots, sim, count, patronymics, titles, weakInitials);
      // Still in: count the initial pairs this name really offers the words left over.
      if (initialSlots + listSlots > 0 && reaches(bound, threshold)) {
        const offered = this.initialPairs(words, mark, nameId, bounds);
        const offeredInitials = Math.min(initialSlots, offered & INITIAL_PAIRS_MASK);
        const offeredWords = Math.min(listSlots, offered >>> WORD_PAIRS_SHIFT);
        bound = packedUpperBound(shape, matched, restInitials, offeredInitials, offeredWords, sim, count, patronymics, titles, weakInitials);
      }
      if (reaches(weak ? bound * FEATURES.weakAlias.value : bound, threshold)) out.push(nameId);
    }
    return out;
  }

  /**
   * What candidates needs of the query's shape (its words' weights in scan order, its
   * initials, its legal forms, the threshold), worked out once per shape: queries of one
   * shape are common ("two plain words and a legal form"), and the bounds below cost more
   * than scanning a rare word's postings.
   */
  private planFor(words: readonly QueryWord[], legalTokens: number, threshold: number, bounds: BoundData): QueryPlan {
    // Keyed by a number while it fits in a small integer (3 bits a word after a leading 1,
    // 6 for the legal forms: 28 bits for 7 words), not a string built per query. (Up to 15
    // words it fitted a double, but the first long name overflowed the integer arithmetic V8
    // had compiled and deoptimized planFor.) A new threshold starts over.
    if (threshold !== this.plansThreshold) {
      this.plans.clear();
      this.plansThreshold = threshold;
    }
    let key: number | string;
    if (words.length <= MAX_NUMERIC_PLAN_WORDS && legalTokens < 64) {
      let code = 1;
      for (const { token } of words) code = code * 8 + (token.weak ? 1 : 0) + (isPatronymic(token) ? 2 : 0) + (token.text.length === 1 ? 4 : 0);
      key = code * 64 + legalTokens;
    } else {
      key = `${legalTokens}:${words.map(({ token }) => `${token.weak}${isPatronymic(token)}${token.text.length === 1}`).join()}`;
    }
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    const shape = shapeOf(
      words.map((w) => w.token),
      words.map((w) => queryWeight(w.token)),
      legalTokens,
    );
    const n = shape.contentTokens;
    // The best a name can do with m matched words: perfect pairs, every initial slot it
    // could have, no list word left over. Checked before reading anything else of a name.
    const optimistic = new Float64Array(n + 1);
    const optimisticPlain = new Float64Array(n + 1);
    for (let m = 0; m <= n; m++) {
      optimistic[m] = upperBound(shape, m, bounds.maxInitials, m, bounds.maxWeakInitials);
      optimisticPlain[m] = upperBound(shape, m, 0, m);
    }
    // Scan the rarest words until a name holding none of them could not reach the threshold
    // even with every other word perfectly paired, and these left over at their own weights
    // (or paired as initials). A name that pairs no word at all never scores (scoreName).
    // The shape with only the s rarest words left over: the same query, fewer unmatched weights.
    // (Single letters and longer words apart: they pair as initials with different list words.)
    const leftInitials: number[] = [];
    const leftWords: number[] = [];
    const left: QueryShape = { ...shape, initialWeightSums: [0], wordWeightSums: [0] };
    const prefixNeeded = (listInitials: number, listWeakInitials: number): number => {
      leftInitials.length = 0;
      leftWords.length = 0;
      for (let s = 1; s < n; s++) {
        const { token } = words[s - 1] as QueryWord;
        insertSorted(token.text.length === 1 ? leftInitials : leftWords, queryWeight(token));
        left.initialWeightSums = prefixSums(leftInitials);
        left.wordWeightSums = prefixSums(leftWords);
        if (!reaches(upperBound(left, n - s, listInitials, n - s, listWeakInitials), threshold)) return s;
      }
      return n;
    };
    // A name that scores pairs some word that is not a title or function word (scoreName),
    // so scanning up to the last such word finds it, whatever the bound says.
    let strongPrefix = 0;
    words.forEach(({ token }, i) => {
      if (!token.weak) strongPrefix = i + 1;
    });
    const scanned = Math.min(strongPrefix, prefixNeeded(0, 0));
    const plan: QueryPlan = {
      shape,
      optimistic,
      optimisticPlain,
      scanned,
      scannedWithInitials: Math.min(strongPrefix, Math.max(scanned, prefixNeeded(bounds.maxInitials, bounds.maxWeakInitials))),
    };
    // Shapes are few; a file of odd cells must not grow this without end.
    if (this.plans.size >= MAX_PLANS) this.plans.clear();
    this.plans.set(key, plan);
    return plan;
  }

  /**
   * Marks the names holding this token with `bit` and adds `sim` to their sums, once per
   * bit; new names join `touched` after its first `count`. Returns the new count.
   */
  private markPostings({ start, ids }: PackedLists, tokenId: number, bit: number, sim: number, count: number): number {
    const touch = this.touch;
    const touched = this.touched;
    let touchedCount = count;
    const end = start[tokenId + 1] as number;
    for (let p = start[tokenId] as number; p < end; p++) {
      const nameId = ids[p] as number;
      const at = TOUCH_STRIDE * nameId;
      const mark = touch[at + TOUCH_MARK] as number;
      if (mark === 0) {
        touched[touchedCount++] = nameId;
        touch[at + TOUCH_SUM] = 0;
      }
      if ((mark & bit) === 0) {
        touch[at + TOUCH_MARK] = mark | bit;
        touch[at + TOUCH_SUM] = (touch[at + TOUCH_SUM] as number) + sim;
      }
    }
    return touchedCount;
  }

  /**
   * How many of the query words without a partner in this name could pair with one of its
   * tokens as an initial (compareTokens: a single letter and a longer word starting with
   * it; never for kana). Each counts once, whatever else it could pair with. The single
   * letters are counted in the low bits (INITIAL_PAIRS_MASK), the longer words from
   * WORD_PAIRS_SHIFT on.
   */
  private initialPairs(words: ReadonlyArray<{ bit: number; token: NameToken }>, mark: number, nameId: number, bounds: BoundData): number {
    let pairs = 0;
    const { names, nameTokenIds, tokenFirst, tokenSingle } = bounds;
    const begin = names[nameId * NAME_STRIDE + N_TOKENS] as number;
    const end = begin + (names[nameId * NAME_STRIDE + N_COUNT] as number);
    for (const { bit, token } of words) {
      if ((mark & bit) !== 0 || token.kana !== null) continue;
      const letter = token.text.charCodeAt(0);
      // A single letter pairs with a longer word; a longer word with a single letter.
      const wantSingle = token.text.length === 1 ? 0 : 1;
      for (let t = begin; t < end; t++) {
        const id = nameTokenIds[t] as number;
        if (tokenFirst[id] === letter && tokenSingle[id] === wantSingle) {
          pairs += wantSingle === 0 ? 1 : 1 << WORD_PAIRS_SHIFT;
          break;
        }
      }
    }
    return pairs;
  }
}

function addAll(into: IdSet, ids: readonly number[] | undefined): void {
  if (ids !== undefined) for (const id of ids) into.add(id);
}

/**
 * A bound reaches the threshold if a score equal to it could: scores are rounded to one
 * decimal (74.96 counts as 75.0), and the bound's sums may round differently from the
 * scorer's (3 × 0.7 + 0.3 is 2.3999999999999995).
 */
function reaches(bound: number, threshold: number): boolean {
  return bound >= threshold - 0.05 - 1e-9;
}


/** Open-addressing set of 32-bit hashes (0 marks an empty slot, so hash 0 is stored as 1): a power of two, at most half full. */
function tableSize(count: number): number {
  let size = 1024;
  while (size < count * 2) size *= 2;
  return size;
}

function tableAdd(table: Uint32Array, hash: number): void {
  const h = hash || 1;
  const mask = table.length - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    if (table[i] === h) return;
    if (table[i] === 0) {
      table[i] = h;
      return;
    }
  }
}

function tableHas(table: Uint32Array, hash: number): boolean {
  const h = hash || 1;
  const mask = table.length - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const v = table[i] as number;
    if (v === h) return true;
    if (v === 0) return false;
  }
}

/** What the bound needs to know about a query. */
export interface QueryShape {
  contentTokens: number;
  queryInitials: number;
  /** Content tokens that are titles or function words (their pairs weigh 0.5). */
  weakContent: number;
  legalTokens: number;
  /**
   * initialWeightSums[j]: the j lightest unmatched weights of the single-letter content
   * tokens, summed; wordWeightSums the same for the longer ones. Kept apart because the
   * two pair as initials with different list words (a query initial with a longer list
   * word, a longer query word with a list initial), so which are left over matters.
   */
  initialWeightSums: number[];
  wordWeightSums: number[];
}

/** What a list word weighs when it stays unmatched (score.ts unmatchedFeature): a patronymic, a title or function word, any other word. */
const PATRONYMIC_WEIGHT = FEATURES.missingPatronymic.value;
const TITLE_WEIGHT = FEATURES.extraWeak.value;
const WORD_WEIGHT = FEATURES.missing.value;
// listLeftover takes them lightest first in this order.
if (!(PATRONYMIC_WEIGHT < TITLE_WEIGHT && TITLE_WEIGHT < WORD_WEIGHT)) throw new Error('name-index: listLeftover assumes patronymic < title < word weights');

/** Lightest weight a list word can have when it stays unmatched (score.ts unmatchedFeature). */
function listWeight(t: NameToken): number {
  if (t.weak) return TITLE_WEIGHT;
  if (isPatronymic(t)) return PATRONYMIC_WEIGHT;
  return WORD_WEIGHT;
}

/**
 * The `left` lightest unmatched weights of a list name with these patronymics and titles
 * (the rest are other words), summed. (It may differ from adding up the sorted weights one
 * by one in the last bit; reaches allows for that.)
 */
function listLeftover(left: number, patronymics: number, titles: number): number {
  const light = Math.min(left, patronymics);
  const middle = Math.min(left - light, titles);
  return light * PATRONYMIC_WEIGHT + middle * TITLE_WEIGHT + (left - light - middle) * WORD_WEIGHT;
}

/** Weight of a query content token left unmatched (score.ts unmatchedFeature). */
function queryWeight(t: NameToken): number {
  if (t.weak) return FEATURES.extraWeak.value;
  if (isPatronymic(t)) return FEATURES.extraPatronymic.value;
  return t.text.length === 1 ? FEATURES.extraQueryInitial.value : FEATURES.extraQuery.value;
}

/** The shape of a query of these content tokens (their unmatched weights alongside). */
function shapeOf(content: readonly NameToken[], weights: readonly number[], legalTokens: number): QueryShape {
  const initialWeights: number[] = [];
  const wordWeights: number[] = [];
  content.forEach((t, i) => (t.text.length === 1 ? initialWeights : wordWeights).push(weights[i] as number));
  return {
    contentTokens: content.length,
    queryInitials: initialWeights.length,
    weakContent: content.filter((t) => t.weak).length,
    legalTokens,
    initialWeightSums: prefixSums(initialWeights.sort((a, b) => a - b)),
    wordWeightSums: prefixSums(wordWeights.sort((a, b) => a - b)),
  };
}

/**
 * Query words in place, rarest first (an insertion sort: a query has a handful of
 * words, and Array#sort's comparator calls cost more than the sorting).
 */
function sortAscending(words: QueryWord[]): QueryWord[] {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as QueryWord;
    let j = i - 1;
    for (; j >= 0 && (words[j] as QueryWord).volume > word.volume; j--) words[j + 1] = words[j] as QueryWord;
    words[j + 1] = word;
  }
  return words;
}

/** Adds `value` to an ascending array, keeping it ascending. */
function insertSorted(sorted: number[], value: number): void {
  let i = sorted.length;
  sorted.push(value);
  for (; i > 0 && (sorted[i - 1] as number) > value; i--) sorted[i] = sorted[i - 1] as number;
  sorted[i] = value;
}

/** [0, a0, a0 + a1, …] */
function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const v of values) sums.push((sums[sums.length - 1] as number) + v);
  return sums;
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
 * pair can cover unmatched at their lightest, every query legal form paired. Which words
 * are left over is not known here: every split of them into single letters and longer
 * words is tried. Never below the real score (score.ts), so pruning with it loses nothing.
 */
export function upperBound(
  shape: QueryShape,
  matched: number,
  listInitials: number,
  matchedSim: number = matched,
  listWeakInitials: number = listInitials,
): number {
  const rest = shape.contentTokens - matched;
  const initials = shape.initialWeightSums.length - 1;
  const words = shape.wordWeightSums.length - 1;
  let best = 0;
  for (let restInitials = Math.max(0, rest - words); restInitials <= Math.min(rest, initials); restInitials++) {
    best = Math.max(best, packedUpperBound(shape, matched, restInitials, restInitials, listInitials, matchedSim, 0, 0, 0, listWeakInitials));
  }
  return best;
}

/**
 * The best ratio once k initial pairs join numerator/denominator. An initial pair adds
 * (0.7 × w, w), where w is 1, or 0.5 when either token is a title or function word ("y"
 * in "Y. Aboud"): at most `light` of the pairs can be such. The ratio moves one way as
 * the total weight grows, so the best is at none light or as many light as can be.
 */
function bestWithInitials(numerator: number, denominator: number, k: number, light: number): number {
  const lightPairs = Math.min(k, light);
  return Math.max(ratioWith(numerator, denominator, k), ratioWith(numerator, denominator, k - lightPairs * (1 - FEATURES.weakPair.value)));
}

/** The ratio with initial pairs of total weight `weight` added (0 when there is nothing to divide). */
function ratioWith(numerator: number, denominator: number, weight: number): number {
  const d = denominator + weight;
  return d > 0 ? (100 * (numerator + weight * FEATURES.initial.value)) / d : 0;
}

/**
 * upperBound for a list name of `count` content words, `patronymics` and `titles` of them
 * light when unmatched (listLeftover), as the index keeps them per name, with
 * `restInitials` of the query's single letters among the words left over. Pairing a
 * leftover query word as an initial adds (0.7, 1) to the ratio, or (0.35, 0.5) with a
 * function word; leaving it unmatched adds (0, its weight). Which is better depends on the
 * weights, so every count of initial pairs is tried, the lightest words left unmatched.
 * A leftover single letter pairs only with a longer list word (at most `initialSlots` of
 * them do), a leftover longer word only with a list initial (at most `listSlots`): the
 * caller counts what the name offers. Counting them apart matters: in "Jorge K. Rubio"
 * against a name with only "Jorge", the K may pair but "Rubio" stays unmatched (0.8),
 * which is what keeps such names from being scanned for their commonest word.
 */
function packedUpperBound(
  shape: QueryShape,
  matched: number,
  restInitials: number,
  initialSlots: number,
  listSlots: number,
  matchedSim: number,
  count: number,
  patronymics: number,
  titles: number,
  listWeakInitials: number,
): number {
  const restWords = shape.contentTokens - matched - restInitials;
  const maxInitialPairs = Math.min(restInitials, initialSlots);
  const maxWordPairs = Math.min(restWords, listSlots);
  const legal = shape.legalTokens * FEATURES.legalWeight.value;
  // A light initial pair: a title or function word on either side. A query initial can
  // pair with a list title (M = MR), so every query initial may be one too.
  const light = shape.weakContent + shape.queryInitials + listWeakInitials;
  let best = 0;
  for (let i = 0; i <= maxInitialPairs; i++) {
    const initialsLeft = shape.initialWeightSums[restInitials - i] as number;
    for (let w = 0; w <= maxWordPairs; w++) {
      const k = i + w;
      const listLeft = Math.max(0, count - matched - k);
      const unmatched = initialsLeft + (shape.wordWeightSums[restWords - w] as number) + listLeftover(listLeft, patronymics, titles);
      best = Math.max(best, bestWithInitials(matchedSim + legal, matched + unmatched + legal, k, light));
    }
  }
  return best;
}
