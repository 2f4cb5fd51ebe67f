// Symmetric-deletion index (the SymSpell idea): two strings within k edits share a
// string reachable from each by at most k deletions. Each indexed string is stored under
// all its deletion variants; a query looks up its own variants and gets every string that
// might be within k edits, and the caller verifies with the real comparison.
//
// Variants are stored as 32-bit hashes in typed arrays, bucketed by their top bits (a
// counting sort; about one bucket per variant, so a probe reads one or two entries), not
// as strings in a Map: about 9 bytes per variant instead of ~80, and no string is ever built. A hash collision only adds a candidate that the caller's
// verification rejects, so the index stays exact.

/** Bucket count: the power of two at or above the variant count, within these bounds. */
const MIN_BUCKET_BITS = 8;
const MAX_BUCKET_BITS = 22;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

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
  private built: { shift: number; offsets: Uint32Array; hashes: Uint32Array; ids: Uint32Array; lengths: Uint8Array } | null = null;

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
    let bits = MIN_BUCKET_BITS;
    while (bits < MAX_BUCKET_BITS && 1 << bits < n) bits++;
    const buckets = 1 << bits;
    const shift = 32 - bits;
    const counts = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) counts[((this.hashes[i] as number) >>> shift) + 1]!++;
    for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
    const offsets = counts.slice();
    const cursor = counts.slice(0, buckets);
    const hashes = new Uint32Array(n);
    const ids = new Uint32Array(n);
    const lengths = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const h = this.hashes[i] as number;
      const at = cursor[h >>> shift]!++;
      hashes[at] = h;
      ids[at] = this.ids[i] as number;
      lengths[at] = this.lengths[i] as number;
    }
    this.built = { shift, offsets, hashes, ids, lengths };
    // The bucketed arrays are the index from now on: drop the build-time ones.
    this.hashes = new Uint32Array(0);
    this.ids = new Uint32Array(0);
    this.lengths = new Uint8Array(0);
    return this.built;
  }

  /** Back to growable arrays, for an add after searching (rare: lists load before screening). */
  private unpack(): void {
    const built = this.built;
    if (built === null) return;
    this.hashes = built.hashes.slice();
    this.ids = built.ids.slice();
    this.lengths = built.lengths.slice();
    this.count = built.hashes.length;
    this.built = null;
    if (this.count === 0) this.grow(1024);
  }

  /**
   * Ids of strings that may be within the edit budget of q (unverified): both sides'
   * deletions must fit the budget of that pair, so a short query does not collect every
   * long string that shrinks to it.
   */
  search(q: string, into: Set<number>): void {
    const { shift, offsets, hashes, ids, lengths } = this.built ?? this.build();
    forEachVariantHash(q, Math.min(2, this.budget(q.length)), (hash, queryDeletes) => {
      const variantLength = q.length - queryDeletes;
      const bucket = hash >>> shift;
      const end = offsets[bucket + 1] as number;
      for (let i = offsets[bucket] as number; i < end; i++) {
        if (hashes[i] !== hash) continue;
        const length = lengths[i] as number;
        const allowed = this.budget(Math.max(length, q.length));
        if (queryDeletes <= allowed && length - variantLength <= allowed) into.add(ids[i] as number);
      }
    });
  }

  /** Stored variants (for benchmarks). */
  get size(): number {
    return this.built?.hashes.length ?? this.count;
  }
}
