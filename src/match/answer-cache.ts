// A bounded string-keyed cache whose keys live in typed arrays, not in the JS heap.
//
// Why not a Map: a screening run remembers hundreds of thousands of distinct names. As Map
// entries with string keys they are ~100 bytes each of old-generation objects that every
// major GC marks, and V8 lets a heap grow to about four times its live data before
// collecting: a 1M-row run's main thread peaked at 276 MB of heap for ~90 MB live, most
// of it the caches. Here a key is its characters in one byte arena per generation (one
// byte each when every character is Latin-1, as in nearly every export cell; two each
// otherwise), and its entry is a few numbers in typed arrays (18–26 bytes, plus the
// characters and one value slot in a JS array), invisible to the GC. A generation's typed
// arrays are made for the capacity asked when it is first needed, and never grow, however
// long the input.
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
/** Set in an entry's length when its characters are stored as two bytes each. */
const WIDE = 0x8000;

/** Whether every character of key fits in one byte. */
function isNarrow(key: string): boolean {
  for (let c = 0; c < key.length; c++) if (key.charCodeAt(c) > 0xff) return false;
  return true;
}

class Generation<T> {
  /** Open addressing, linear probing, at most half full: entry + 1, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Uint32Array;
  private readonly starts: Uint32Array;
  /** Characters, with WIDE set for a two-byte key. */
  private readonly lengths: Uint16Array;
  private readonly bytes: Uint8Array;
  /**
   * Made at full length and reused: filled by push, it regrew after every rotation, each
   * regrowth leaving the array before it (up to ~1 MB) as garbage for the old generation.
   */
  private readonly values: Array<T | undefined>;
  count = 0;
  private used = 0;

  constructor(
    private readonly capacity: number,
    arenaBytes: number,
  ) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    this.hashes = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.bytes = new Uint8Array(arenaBytes);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
  }

  /** The entry holding key, or -1. */
  find(key: string, hash: number): number {
    const { slots, mask, hashes, lengths, starts, bytes } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = slots[i] as number;
      if (slot === 0) return -1;
      const entry = slot - 1;
      if (hashes[entry] !== hash || ((lengths[entry] as number) & ~WIDE) !== key.length) continue;
      const start = starts[entry] as number;
      let c = 0;
      // A key is stored one way only (wide exactly when it has a character above 0xff), so
      // a byte never equals such a character and the comparison stays exact.
      if (((lengths[entry] as number) & WIDE) === 0) while (c < key.length && bytes[start + c] === key.charCodeAt(c)) c++;
      else while (c < key.length && (bytes[start + 2 * c] as number) * 256 + (bytes[start + 2 * c + 1] as number) === key.charCodeAt(c)) c++;
      if (c === key.length) return entry;
    }
  }

  value(entry: number): T {
    return this.values[entry] as T;
  }

  setValue(entry: number, value: T): void {
    this.values[entry] = value;
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
    this.hashes[entry] = hash;
    this.starts[entry] = start;
    this.lengths[entry] = wide ? key.length | WIDE : key.length;
    this.values[entry] = value;
    let i = hash & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.slots[i] = entry + 1;
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

  /**
   * @param entries keys per generation (the cache holds up to twice this many); 0 caches nothing
   * @param averageKeyLength arena room per entry, in bytes (a Latin-1 character takes one,
   *   any other two): a generation is also full when its arena is, so longer keys mean
   *   fewer entries, never more memory
   */
  constructor(
    readonly entries: number,
    averageKeyLength = 24,
  ) {
    this.arenaBytes = entries * averageKeyLength;
  }

  get(key: string): T | undefined {
    if (this.young === null || key.length > MAX_KEY_LENGTH) return undefined;
    const hash = fnv1a(key);
    const young = this.young.find(key, hash);
    if (young !== -1) return this.young.value(young);
    if (this.old === null) return undefined;
    const old = this.old.find(key, hash);
    if (old === -1) return undefined;
    // Still in use: bring it back into the young generation before the old one goes.
    const value = this.old.value(old);
    this.addYoung(key, hash, value);
    return value;
  }

  set(key: string, value: T): void {
    if (this.entries === 0 || key.length > MAX_KEY_LENGTH) return;
    const hash = fnv1a(key);
    this.young ??= new Generation<T>(this.entries, this.arenaBytes);
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
      const dropped = this.old ?? new Generation<T>(this.entries, this.arenaBytes);
      dropped.clear();
      this.old = young;
      this.young = young = dropped;
      // A key longer than a whole arena (a tiny cache) is not cached.
      if (!young.hasRoom(size)) return;
    }
    young.add(key, hash, value, size);
  }
}
