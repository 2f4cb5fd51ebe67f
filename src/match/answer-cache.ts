// A bounded string-keyed cache whose keys live in typed arrays, not in the JS heap.
//
// Why not a Map: a screening run remembers hundreds of thousands of distinct names. As Map
// entries with string keys they are ~100 bytes each of old-generation objects that every
// major GC marks, and V8 lets a heap grow to about four times its live data before
// collecting: a 1M-row run's main thread peaked at 276 MB of heap for ~90 MB live, most
// of it the caches. Here a key is its characters in one byte arena per generation (one
// byte each when every character is Latin-1, as in nearly every export cell; two each
// otherwise), and its entry is a slot of three numbers in a typed array (24–48 bytes at
// the table's load, plus the characters and one value slot in a JS array), invisible to
// the GC. A generation's typed arrays are made for the capacity asked when it is first
// needed, and never grow, however long the input.
//
// Eviction by generations: new entries go to the young generation; when it is full the old
// one is dropped and the young one becomes old. A key found in the old generation is
// copied back into the young one, so what a run keeps seeing survives; what it saw once
// goes after two generations (an LRU's behaviour at the cost of a FIFO's bookkeeping).
// Lookups compare the key's characters, so a hash collision costs a probe, never a wrong
// answer.

import { fnv1a } from './fnv';

/** Keys longer than this are not cached (a freak cell must not take a generation's arena). */
const MAX_KEY_LENGTH = 512;
/**
 * A slot is three words: the key's hash, where its characters start in the arena, and
 * `meta`. Everything a probe reads is in the slot, so a lookup costs two cache misses (the
 * slot, then the characters) where parallel arrays of hashes, starts and lengths cost five
 * (a random read here costs 120–230 ns). With the common value's flag (no values read
 * either), the main thread's lookups on 1M rows went from ~1.4 to ~1.05 s of CPU.
 */
const SLOT_WORDS = 3;
const HASH = 0;
const START = 1;
const META = 2;
/** meta: the key's length in its low bits (≤ MAX_KEY_LENGTH), then these flags, then entry + 1 (0: an empty slot). */
const LENGTH_MASK = 0x3ff;
/** The key's characters are stored as two bytes each. */
const WIDE = 0x400;
/** The value is the cache's common value (no read of the values array). */
const COMMON = 0x800;
const ENTRY_SHIFT = 12;
/** Entries a generation can number in meta. */
const MAX_ENTRIES = 2 ** (32 - ENTRY_SHIFT) - 1;

/** Whether every character of key fits in one byte. */
function isNarrow(key: string): boolean {
  for (let c = 0; c < key.length; c++) if (key.charCodeAt(c) > 0xff) return false;
  return true;
}

class Generation<T> {
  /** Open addressing, linear probing, at most half full (SLOT_WORDS words a slot). */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly bytes: Uint8Array;
  /**
   * Values other than the common one, by entry. Made at full length and reused: filled by
   * push, it regrew after every rotation, each regrowth leaving the array before it (up to
   * ~1 MB) as garbage for the old generation.
   */
  private readonly values: Array<T | undefined>;
  count = 0;
  private used = 0;

  constructor(
    private readonly capacity: number,
    arenaBytes: number,
    private readonly common: T | undefined,
  ) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Uint32Array(slots * SLOT_WORDS);
    this.mask = slots - 1;
    this.bytes = new Uint8Array(arenaBytes);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
  }

  /** The slot (its first word) holding key, or -1. */
  find(key: string, hash: number): number {
    const { slots, mask, bytes } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT_WORDS;
      const meta = slots[at + META] as number;
      if (meta === 0) return -1;
      if (slots[at + HASH] !== hash || (meta & LENGTH_MASK) !== key.length) continue;
      const start = slots[at + START] as number;
      let c = 0;
      // A key is stored one way only (wide exactly when it has a character above 0xff), so
      // a byte never equals such a character and the comparison stays exact.
      if ((meta & WIDE) === 0) while (c < key.length && bytes[start + c] === key.charCodeAt(c)) c++;
      else while (c < key.length && (bytes[start + 2 * c] as number) * 256 + (bytes[start + 2 * c + 1] as number) === key.charCodeAt(c)) c++;
      if (c === key.length) return at;
    }
  }

  /**
   * Reads the slot each hash starts probing at (touchKeys: then the characters that slot
   * points to), for getMany. Returns a number only so the reads cannot be optimized away.
   */
  touchSlots(hashes: Uint32Array, count: number): number {
    const { slots, mask } = this;
    let sink = 0;
    for (let k = 0; k < count; k++) sink ^= slots[((hashes[k] as number) & mask) * SLOT_WORDS + META] as number;
    return sink;
  }

  touchKeys(hashes: Uint32Array, count: number): number {
    const { slots, mask, bytes } = this;
    let sink = 0;
    for (let k = 0; k < count; k++) {
      const at = ((hashes[k] as number) & mask) * SLOT_WORDS;
      sink ^= bytes[slots[at + START] as number] as number;
    }
    return sink;
  }

  value(at: number): T {
    const meta = this.slots[at + META] as number;
    return ((meta & COMMON) !== 0 ? this.common : this.values[(meta >>> ENTRY_SHIFT) - 1]) as T;
  }

  setValue(at: number, value: T): void {
    const meta = this.slots[at + META] as number;
    const entry = (meta >>> ENTRY_SHIFT) - 1;
    const common = value === this.common;
    this.values[entry] = common ? undefined : value;
    this.slots[at + META] = common ? meta | COMMON : meta & ~COMMON;
  }

  /** Whether a key of this many bytes still fits. */
  hasRoom(size: number): boolean {
    return this.count < this.capacity && this.used + size <= this.bytes.length;
  }

  /** Adds a key known to be absent, as `size` bytes (its length, or twice it when wide); the caller checked hasRoom. */
  add(key: string, hash: number, value: T, size: number): void {
    const entry = this.count++;
    const start = this.used;
    const wide = size !== key.length;
    if (wide) {
      for (let c = 0; c < key.length; c++) {
        const code = key.charCodeAt(c);
        this.bytes[start + 2 * c] = code >>> 8;
        this.bytes[start + 2 * c + 1] = code & 0xff;
      }
    } else {
      for (let c = 0; c < key.length; c++) this.bytes[start + c] = key.charCodeAt(c);
    }
    this.used += size;
    const common = value === this.common;
    if (!common) this.values[entry] = value;
    let i = hash & this.mask;
    while (this.slots[i * SLOT_WORDS + META] !== 0) i = (i + 1) & this.mask;
    const at = i * SLOT_WORDS;
    this.slots[at + HASH] = hash;
    this.slots[at + START] = start;
    this.slots[at + META] = (((entry + 1) << ENTRY_SHIFT) | (common ? COMMON : 0) | (wide ? WIDE : 0) | key.length) >>> 0;
  }

  clear(): void {
    this.slots.fill(0);
    // Drops the answers (a cache of big answers must not keep them alive), keeps the room.
    this.values.fill(undefined, 0, this.count);
    this.count = 0;
    this.used = 0;
  }
}

export class AnswerCache<T> {
  // Made at the first key, so a cache never used (the kana keys of a file without kana)
  // reserves nothing.
  private young: Generation<T> | null = null;
  private old: Generation<T> | null = null;
  private readonly arenaBytes: number;
  /** getMany's scratch. */
  private hashes = new Uint32Array(0);
  private sink = 0;

  /**
   * @param entries keys per generation (the cache holds up to twice this many); 0 caches nothing
   * @param averageKeyLength arena room per entry, in bytes (a Latin-1 character takes one,
   *   any other two): a generation is also full when its arena is, so longer keys mean
   *   fewer entries, never more memory
   */
  constructor(
    readonly entries: number,
    averageKeyLength = 24,
    /**
     * A value most keys share (the empty answer of a name without hits): held as a flag in
     * its slot, so a lookup that finds it reads no values array.
     */
    private readonly common?: T,
  ) {
    if (entries > MAX_ENTRIES) throw new Error(`AnswerCache: at most ${MAX_ENTRIES} entries per generation`);
    this.arenaBytes = entries * averageKeyLength;
  }

  get(key: string): T | undefined {
    if (this.young === null || key.length > MAX_KEY_LENGTH) return undefined;
    return this.getHashed(key, fnv1a(key));
  }

  private getHashed(key: string, hash: number): T | undefined {
    const young = (this.young as Generation<T>).find(key, hash);
    if (young !== -1) return (this.young as Generation<T>).value(young);
    if (this.old === null) return undefined;
    const old = this.old.find(key, hash);
    if (old === -1) return undefined;
    // Still in use: bring it back into the young generation before the old one goes.
    const value = this.old.value(old);
    this.addYoung(key, hash, value);
    return value;
  }

  /**
   * Looks a batch of keys up, as get does one by one (found[k] for keys[k], undefined when
   * absent), with the cache misses of all keys overlapping: the slots every key starts
   * probing at are read first, then the characters they point to, so each key's own
   * chain of dependent reads (slot, characters, value) then finds them in the processor's
   * cache instead of waiting out each miss in turn. Measured on 1M rows (CPU profiles of
   * the main thread, the cache's functions and the loop calling them): 1.0–1.3 s one by
   * one, 0.8–1.05 s this way.
   */
  getMany(keys: readonly string[], found: Array<T | undefined>): void {
    const young = this.young;
    if (young === null) {
      found.fill(undefined, 0, keys.length);
      return;
    }
    if (this.hashes.length < keys.length) this.hashes = new Uint32Array(keys.length);
    const hashes = this.hashes;
    for (let k = 0; k < keys.length; k++) hashes[k] = fnv1a(keys[k] as string);
    let sink = young.touchSlots(hashes, keys.length);
    if (this.old !== null) sink ^= this.old.touchSlots(hashes, keys.length);
    this.sink = sink ^ young.touchKeys(hashes, keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      found[k] = key.length > MAX_KEY_LENGTH ? undefined : this.getHashed(key, hashes[k] as number);
    }
  }

  set(key: string, value: T): void {
    if (this.entries === 0 || key.length > MAX_KEY_LENGTH) return;
    const hash = fnv1a(key);
    this.young ??= new Generation<T>(this.entries, this.arenaBytes, this.common);
    const young = this.young.find(key, hash);
    if (young !== -1) this.young.setValue(young, value);
    else this.addYoung(key, hash, value);
  }

  /** Forgets every key (the answers no longer hold). */
  clear(): void {
    this.young?.clear();
    this.old?.clear();
  }

  /** Keys held (both generations; a key in both counts twice). */
  get size(): number {
    return (this.young?.count ?? 0) + (this.old?.count ?? 0);
  }

  private addYoung(key: string, hash: number, value: T): void {
    let young = this.young as Generation<T>;
    const size = isNarrow(key) ? key.length : 2 * key.length;
    if (!young.hasRoom(size)) {
      const dropped = this.old ?? new Generation<T>(this.entries, this.arenaBytes, this.common);
      dropped.clear();
      this.old = young;
      this.young = young = dropped;
      // A key longer than a whole arena (a tiny cache) is not cached.
      if (!young.hasRoom(size)) return;
    }
    young.add(key, hash, value, size);
  }
}
