// A set of small non-negative ids (list tokens, keys), emptied at once: the index collects
// a new query word's candidate partners in one per word. A Set cost ~1 µs a word in
// hashing and allocation; here an id is in the set when its stamp is the current one.

export class IdSet {
  /** The ids in the set, in the order added. */
  readonly ids: number[] = [];
  private stamps = new Uint32Array(256);
  private stamp = 1;

  add(id: number): void {
    if (id >= this.stamps.length) {
      const grown = new Uint32Array(Math.max(2 * this.stamps.length, id + 1));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    if (this.stamps[id] === this.stamp) return;
    this.stamps[id] = this.stamp;
    this.ids.push(id);
  }

  clear(): void {
    this.ids.length = 0;
    this.stamp++;
    // After 2³² − 1 clears the stamps would come round again: start over from zeroed stamps.
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
}
