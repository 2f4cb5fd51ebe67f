// FNV-1a over UTF-16 code units: a fast 32-bit string hash for the index's hash tables
// (answer-cache.ts, deletion-index.ts, name-index.ts, address.ts). Every table that uses it either
// compares the real string on a match or only uses it to find candidates it verifies.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
