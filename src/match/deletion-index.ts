// Symmetric-deletion index (the SymSpell idea): two strings within k edits share a
// string reachable from each by at most k deletions. Each indexed string is stored under
// all its deletion variants; a query looks up its own variants and gets every string that
// might be within k edits (the caller verifies with the real distance). Exact, and a
// query costs a few dozen hash lookups instead of a scan of the list.

function variants(s: string, maxDeletes: number, out: Set<string>): void {
  out.add(s);
  if (maxDeletes === 0 || s.length <= 1) return;
  for (let i = 0; i < s.length; i++) {
    const shorter = s.slice(0, i) + s.slice(i + 1);
    if (!out.has(shorter)) variants(shorter, maxDeletes - 1, out);
    else if (maxDeletes > 1) variants(shorter, maxDeletes - 1, out);
  }
}

export function deletionVariants(s: string, maxDeletes: number): Set<string> {
  const out = new Set<string>();
  variants(s, maxDeletes, out);
  return out;
}

export class DeletionIndex {
  private readonly byVariant = new Map<string, number | number[]>();

  /**
   * @param deletesFor how many deletions to store for a string of this length: it must cover
   *   the largest edit budget the string can get against any partner.
   */
  constructor(private readonly deletesFor: (length: number) => number) {}

  add(s: string, id: number): void {
    for (const v of deletionVariants(s, this.deletesFor(s.length))) {
      const current = this.byVariant.get(v);
      if (current === undefined) this.byVariant.set(v, id);
      else if (typeof current === 'number') {
        if (current !== id) this.byVariant.set(v, [current, id]);
      } else if (current[current.length - 1] !== id) current.push(id);
    }
  }

  /** Ids of strings that may be within `maxDeletes` edits of q (unverified). */
  search(q: string, maxDeletes: number, into: Set<number>): void {
    for (const v of deletionVariants(q, maxDeletes)) {
      const found = this.byVariant.get(v);
      if (found === undefined) continue;
      if (typeof found === 'number') into.add(found);
      else for (const id of found) into.add(id);
    }
  }

  get size(): number {
    return this.byVariant.size;
  }
}
