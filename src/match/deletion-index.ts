// Symmetric-deletion index (the SymSpell idea): two strings within k edits share a
// string reachable from each by at most k deletions. Each indexed string is stored under
// all its deletion variants; a query looks up its own variants and gets every string that
// might be within k edits, and the caller verifies with the real comparison.
//
// Variants are stored as 32-bit hashes in one open-addressing table of (hash, id and
// length) pairs, not as strings in a Map: 12 bytes per variant instead of ~80, and no
// string is ever built. A probe starts at the slot the hash names and reads on
// until an empty slot: one cache line, usually. (A bucket array plus a separate array of
// hashes cost two cache misses per probe, and a word of ten letters probes 56 variants:
// most of a new query word's cost.) A hash collision only adds a candidate that the
// caller's verification rejects, so the index stays exact.

import { FNV_OFFSET, FNV_PRIME } from './fnv';

/**
 * Table slots per stored variant (at most 2/3 full). Any count, not a power of two: a hash
 * names its first slot by scaling (hash × slots / 2³²), so the table is 1.5 × the variants,
 * not up to 3 ×. Measured on the SDN list: the three tables 33.6 MB → ~23 MB.
 */
const SLOTS_PER_VARIANT = 1.5;
const MIN_SLOTS = 256;
const MAX_ID = (1 << 24) - 1;

/**
 * Filter bits per stored variant. A query word's variants are mostly absent from the table
 * (a new word of nine letters probes ~46 of them and finds ~6 words), and each probe of the
 * table (megabytes, out of cache by then) was a cache miss: 12 µs a search, against 2 µs
 * when the table was in cache. A bit per hash in a filter a ninth of the table's size
 * turns away ~90% of the absent variants before the table is read. (On the SDN list the
 * filters are ~0.5 MB each: not always in cache either, but one read each, and search
 * overlaps those reads; without the filter a new kana word cost twice as much.)
 */
const FILTER_BITS_PER_VARIANT = 8;

/** The filter's bit for a hash: mixed, so that it is independent of the slot (the hash's top bits name the slot). */
function filterMix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The variants of the last variantHashes call: hash and deletion count (reused, grown as needed). */
let variantHash = new Uint32Array(64);
let variantDeletes = new Uint8Array(64);
/** search's scratch: the variants that passed the filter. */
let passed = new Uint32Array(64);
/** Where search's early reads go, so they are not optimized away. */
let sink = 0;
/** prefixState[k]: the FNV state after s[0 … k). */
let prefixState = new Int32Array(64);

/**
 * Hashes every deletion variant of s (up to maxDeletes ≤ 2 deletions) into variantHash and
 * variantDeletes, and returns how many. A variant's hash is FNV-1a over the characters left,
 * then its length mixed in (variants of different lengths never collide by construction).
 * Each starts from the state of the prefix before its first deletion.
 */
function variantHashes(s: string, maxDeletes: number): number {
  const n = s.length;
  const most = 1 + (maxDeletes >= 1 ? n : 0) + (maxDeletes >= 2 ? (n * (n - 1)) / 2 : 0);
  if (most > variantHash.length) {
    variantHash = new Uint32Array(most);
    variantDeletes = new Uint8Array(most);
  }
  if (n + 1 > prefixState.length) prefixState = new Int32Array(n + 1);
  let h = FNV_OFFSET | 0;
  prefixState[0] = h;
  for (let i = 0; i < n; i++) prefixState[i + 1] = h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  let count = 0;
  variantHash[count] = Math.imul(h ^ n, FNV_PRIME) >>> 0;
  variantDeletes[count++] = 0;
  if (maxDeletes >= 1 && n > 1) {
    for (let i = 0; i < n; i++) {
      // Deleting either of two equal neighbours gives the same variant: hashed once.
      if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
      let v = prefixState[i] as number;
      for (let c = i + 1; c < n; c++) v = Math.imul(v ^ s.charCodeAt(c), FNV_PRIME);
      variantHash[count] = Math.imul(v ^ (n - 1), FNV_PRIME) >>> 0;
      variantDeletes[count++] = 1;
    }
  }
  if (maxDeletes >= 2 && n > 2) {
    for (let i = 0; i < n; i++) {
      // The state after s[0 … i) and s[i + 1 … j): carried along as j moves right.
      let middle = prefixState[i] as number;
      for (let j = i + 1; j < n; j++) {
        let v = middle;
        for (let c = j + 1; c < n; c++) v = Math.imul(v ^ s.charCodeAt(c), FNV_PRIME);
        variantHash[count] = Math.imul(v ^ (n - 2), FNV_PRIME) >>> 0;
        variantDeletes[count++] = 2;
        middle = Math.imul(middle ^ s.charCodeAt(j), FNV_PRIME);
      }
    }
  }
  return count;
}

export class DeletionIndex {
  // Build-time variants, in typed arrays grown by doubling: a plain number[] costs 8+ bytes
  // a slot and its growth copies are garbage the size of the index (~100 MB for a list).
  private hashes = new Uint32Array(1024);
  private ids = new Uint32Array(1024);
  private lengths = new Uint8Array(1024);
  private count = 0;
  /** Slot i: table[2i] the hash, table[2i + 1] (id + 1) × 256 + length (0: empty). */
  private built: { slots: number; scale: number; table: Uint32Array; count: number; filter: Int32Array; filterScale: number } | null = null;

  /**
   * @param budget edits allowed between two strings, from the longer one's length; it must
   *   grow by at most 1 per letter (editBudget and kanaEditBudget do). Then a string needs
   *   no more deletions than its own budget: with a longer partner the pair's budget is the
   *   partner's, and the length gap is part of the edits, so a string of length n deletes
   *   at most budget(n + gap) − gap ≤ budget(n) letters (a substitution or a swap of
   *   neighbours costs one deletion on each side). Fewer variants: a 7-letter word stores
   *   8 instead of 29.
   */
  constructor(private readonly budget: (length: number) => number) {}

  add(s: string, id: number): void {
    // An id shares its table slot with the length: 24 bits (16 million distinct words).
    if (!(id >= 0 && id < MAX_ID)) throw new RangeError(`DeletionIndex: id ${id} out of range (0 to ${MAX_ID - 1})`);
    if (this.built !== null) this.unpack();
    const length = Math.min(255, s.length);
    const variants = variantHashes(s, Math.min(2, this.budget(s.length)));
    if (this.count + variants > this.hashes.length) this.grow(Math.max(1024, 2 * (this.count + variants)));
    for (let v = 0; v < variants; v++) {
      this.hashes[this.count] = variantHash[v] as number;
      this.ids[this.count] = id;
      this.lengths[this.count] = length;
      this.count++;
    }
    this.built = null;
  }

  private grow(capacity: number): void {
    const hashes = new Uint32Array(capacity);
    hashes.set(this.hashes.subarray(0, this.count));
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.count));
    const lengths = new Uint8Array(capacity);
    lengths.set(this.lengths.subarray(0, this.count));
    this.hashes = hashes;
    this.ids = ids;
    this.lengths = lengths;
  }

  private build(): NonNullable<DeletionIndex['built']> {
    const n = this.count;
    const slots = Math.max(MIN_SLOTS, Math.ceil(n * SLOTS_PER_VARIANT));
    // hash × scale < slots for every 32-bit hash: the product's gap below slots (slots / 2³²)
    // is far above a double's rounding, so truncating it never names slot `slots` (and `| 0`
    // holds any slot count below 2³¹, over a billion variants).
    const scale = slots / 4294967296;
    const table = new Uint32Array(2 * slots);
    const filterBits = 32 * Math.ceil((Math.max(MIN_SLOTS, n) * FILTER_BITS_PER_VARIANT) / 32);
    const filterScale = filterBits / 4294967296;
    const filter = new Int32Array(filterBits / 32);
    for (let v = 0; v < n; v++) {
      const hash = this.hashes[v] as number;
      const bit = (filterMix(hash) * filterScale) | 0;
      filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
      let i = (hash * scale) | 0;
      while (table[2 * i + 1] !== 0) i = i + 1 === slots ? 0 : i + 1;
      table[2 * i] = hash;
      table[2 * i + 1] = ((this.ids[v] as number) + 1) * 256 + (this.lengths[v] as number);
    }
    this.built = { slots, scale, table, count: n, filter, filterScale };
    // The table is the index from now on: drop the build-time arrays.
    this.hashes = new Uint32Array(0);
    this.ids = new Uint32Array(0);
    this.lengths = new Uint8Array(0);
    return this.built;
  }

  /** Back to growable arrays, for an add after searching (rare: lists load before screening). */
  private unpack(): void {
    const built = this.built;
    if (built === null) return;
    this.built = null;
    this.count = 0;
    this.grow(Math.max(1024, built.count));
    const { table } = built;
    for (let i = 0; i < table.length; i += 2) {
      const packed = table[i + 1] as number;
      if (packed === 0) continue;
      this.hashes[this.count] = table[i] as number;
      this.ids[this.count] = Math.floor(packed / 256) - 1;
      this.lengths[this.count] = packed % 256;
      this.count++;
    }
  }

  /**
   * Ids of strings that may be within the edit budget of q (unverified): both sides'
   * deletions must fit the budget of that pair, so a short query does not collect every
   * long string that shrinks to it.
   */
  search(q: string, into: { add(id: number): unknown }): void {
    const { slots, scale, table, filter, filterScale } = this.built ?? this.build();
    const variants = variantHashes(q, Math.min(2, this.budget(q.length)));
    if (variants > passed.length) passed = new Uint32Array(2 * variants);
    // Each probe of the filter and of the table is a cache miss (~150 ns here), but they do
    // not depend on each other: read all the filter words first, with no branch on what
    // they hold, so the processor has many misses in flight at once; then touch the
    // first slot of each variant that passed, the same way; then probe, from cache.
    let passing = 0;
    for (let v = 0; v < variants; v++) {
      const bit = (filterMix(variantHash[v] as number) * filterScale) | 0;
      passed[passing] = v;
      passing += ((filter[bit >>> 5] as number) >>> (bit & 31)) & 1;
    }
    let touched = 0;
    for (let k = 0; k < passing; k++) touched ^= table[2 * (((variantHash[passed[k] as number] as number) * scale) | 0) + 1] as number;
    sink ^= touched;
    for (let k = 0; k < passing; k++) {
      const v = passed[k] as number;
      const hash = variantHash[v] as number;
      const queryDeletes = variantDeletes[v] as number;
      const variantLength = q.length - queryDeletes;
      for (let i = (hash * scale) | 0; ; i = i + 1 === slots ? 0 : i + 1) {
        const packed = table[2 * i + 1] as number;
        if (packed === 0) break;
        if (table[2 * i] !== hash) continue;
        const length = packed % 256;
        const allowed = this.budget(Math.max(length, q.length));
        if (queryDeletes <= allowed && length - variantLength <= allowed) into.add(Math.floor(packed / 256) - 1);
      }
    }
  }

  /** Stored variants (for benchmarks). */
  get size(): number {
    return this.built?.count ?? this.count;
  }
}
