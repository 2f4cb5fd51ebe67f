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

/** FNV-1a of s with the characters at positions skipA and skipB left out (-1: none). */
function hashWithout(s: string, skipA: number, skipB: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    if (i === skipA || i === skipB) continue;
    h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  // Mix the length in: variants of different lengths never collide by construction.
  return Math.imul(h ^ (s.length - (skipA >= 0 ? 1 : 0) - (skipB >= 0 ? 1 : 0)), FNV_PRIME) >>> 0;
}

/** Calls `visit` with the hash of every deletion variant (up to 2 deletions) and its deletion count. */
function forEachVariantHash(s: string, maxDeletes: number, visit: (hash: number, deletes: number) => void): void {
  visit(hashWithout(s, -1, -1), 0);
  const n = s.length;
  if (maxDeletes >= 1 && n > 1) {
    for (let i = 0; i < n; i++) {
      // Deleting either of two equal neighbours gives the same variant: visit it once.
      if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
      visit(hashWithout(s, i, -1), 1);
    }
  }
  if (maxDeletes >= 2 && n > 2) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(hashWithout(s, i, j), 2);
  }
}

export class DeletionIndex {
  // Build-time variants, in typed arrays grown by doubling: a plain number[] costs 8+ bytes
  // a slot and its growth copies are garbage the size of the index (~100 MB for a list).
  private hashes = new Uint32Array(1024);
  private ids = new Uint32Array(1024);
  private lengths = new Uint8Array(1024);
  private count = 0;
  /** Slot i: table[2i] the hash, table[2i + 1] (id + 1) × 256 + length (0: empty). */
  private built: { slots: number; scale: number; table: Uint32Array; count: number } | null = null;

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
    forEachVariantHash(s, Math.min(2, this.budget(s.length)), (hash) => {
      if (this.count === this.hashes.length) this.grow(Math.max(1024, this.count * 2));
      this.hashes[this.count] = hash;
      this.ids[this.count] = id;
      this.lengths[this.count] = length;
      this.count++;
    });
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
    for (let v = 0; v < n; v++) {
      const hash = this.hashes[v] as number;
      let i = (hash * scale) | 0;
      while (table[2 * i + 1] !== 0) i = i + 1 === slots ? 0 : i + 1;
      table[2 * i] = hash;
      table[2 * i + 1] = ((this.ids[v] as number) + 1) * 256 + (this.lengths[v] as number);
    }
    this.built = { slots, scale, table, count: n };
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
  search(q: string, into: Set<number>): void {
    const { slots, scale, table } = this.built ?? this.build();
    forEachVariantHash(q, Math.min(2, this.budget(q.length)), (hash, queryDeletes) => {
      const variantLength = q.length - queryDeletes;
      for (let i = (hash * scale) | 0; ; i = i + 1 === slots ? 0 : i + 1) {
        const packed = table[2 * i + 1] as number;
        if (packed === 0) return;
        if (table[2 * i] !== hash) continue;
        const length = packed % 256;
        const allowed = this.budget(Math.max(length, q.length));
        if (queryDeletes <= allowed && length - variantLength <= allowed) into.add(Math.floor(packed / 256) - 1);
      }
    });
  }

  /** Stored variants (for benchmarks). */
  get size(): number {
    return this.built?.count ?? this.count;
  }
}
