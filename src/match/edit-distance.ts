// Optimal-string-alignment distance: Levenshtein plus adjacent transposition as one
// edit. Typists swap neighbours ("Donlad", "Prigozihn") far more than they substitute
// two letters, and plain Levenshtein charges a swap twice. Tokens are short, so a
// bounded row-by-row DP is fast enough; it stops as soon as the bound is exceeded.

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/** OSA distance between a and b, or max + 1 when it exceeds max. */
export function boundedOsaDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
  if (m + 1 > curr.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  const result = prev[m] as number;
  return result <= max ? result : max + 1;
}
