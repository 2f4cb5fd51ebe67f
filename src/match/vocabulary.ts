// Query rewriting against the list's own words: a glued name ("SergeiLavrov", "JSCARGUMENT")
// is split where every part is a list word, and words split apart ("Pri Gozhin",
// "Van der Bilt", "High Land") are joined when the join is a list word. The matcher scores
// the rewritten query as a second reading beside the original and keeps each entity's
// better score; the indexed and exhaustive matchers do the same, so they stay identical.
import { ownCopy } from './own-copy';
import { tokenFor, type NameToken } from './normalize';

export interface Vocabulary {
  /** True when some list name has a word with this spelling or romanization key. */
  has(token: NameToken): boolean;
  /** True when some list name has a word spelled exactly so. */
  spells(text: string): boolean;
  /**
   * False when no list word can be spelled by tokens[start … end) joined, decided without
   * building the joined string (most queries join to nothing); true when it may be.
   */
  mayJoin?(tokens: readonly NameToken[], start: number, end: number): boolean;
  /**
   * Where to remember the splits found for a word (words repeat across an export's names,
   * and finding a split tries every cut). The vocabulary empties it when its words change.
   */
  readonly splits?: Map<string, string[] | null>;
}

const MAX_REMEMBERED_SPLITS = 100_000;

const MIN_SPLIT_LENGTH = 8;
/** Parts of a three-way split; a two-way split may have one 2-letter part (AB OPTIKS, KIM JONGUN). */
const MIN_PART = 3;
const MIN_SHORT_PART = 2;
const MAX_JOIN = 3;

/** Split parts and joins must be list words as spelled: guessing at romanizations of fragments misleads. */
function known(vocab: Vocabulary, text: string): boolean {
  return vocab.spells(text);
}

/** Parts (2, else 3) of `text` that are all list words, the longest first part first, or null. */
function split(vocab: Vocabulary, text: string): string[] | null {
  const lefts: number[] = [];
  for (let p = text.length - MIN_SHORT_PART; p >= MIN_SHORT_PART; p--) {
    if (!known(vocab, text.slice(0, p))) continue;
    if (known(vocab, text.slice(p))) return [text.slice(0, p), text.slice(p)];
    if (p >= MIN_PART && text.length - p >= 2 * MIN_PART) lefts.push(p);
  }
  for (const p of lefts) {
    const right = text.slice(p);
    for (let q = right.length - MIN_PART; q >= MIN_PART; q--) {
      if (known(vocab, right.slice(0, q)) && known(vocab, right.slice(q))) return [text.slice(0, p), right.slice(0, q), right.slice(q)];
    }
  }
  return null;
}

function rememberedSplit(vocab: Vocabulary, text: string): string[] | null {
  const memory = vocab.splits;
  if (memory === undefined) return split(vocab, text);
  const remembered = memory.get(text);
  if (remembered !== undefined) return remembered;
  const found = split(vocab, text);
  // Own copies, as memoize.ts keeps them: a slice of a row's chunk would keep the chunk
  // alive. Returned too, so that callers always see one kind of array (a second kind
  // deoptimized rewriteQuery).
  const parts = found === null ? null : found.map(ownCopy);
  if (memory.size >= MAX_REMEMBERED_SPLITS) memory.clear();
  memory.set(ownCopy(text), parts);
  return parts;
}

export function rewriteQuery(tokens: readonly NameToken[], vocab: Vocabulary): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NameToken;
    const latin = token.legal === null && token.kana === null;
    // Join: up to three adjacent words whose join is a list word while some part is not.
    if (latin) {
      let joined: NameToken | null = null;
      for (let span = MAX_JOIN; span >= 2 && joined === null; span--) {
        if (i + span > tokens.length || vocab.mayJoin?.(tokens, i, i + span) === false) continue;
        const parts = tokens.slice(i, i + span);
        if (parts.some((p) => p.legal !== null || p.kana !== null)) continue;
        const text = parts.map((p) => p.text).join('');
        if (known(vocab, text)) {
          joined = tokenFor(text, token.origin, parts.map((p) => p.text).join(' '));
          i += span - 1;
        }
      }
      if (joined !== null) {
        out.push(joined);
        continue;
      }
    }
    // Split: a long word no list name spells, made of words list names have.
    if (latin && token.text.length >= MIN_SPLIT_LENGTH && !known(vocab, token.text)) {
      const parts = rememberedSplit(vocab, token.text);
      if (parts !== null) {
        for (const part of parts) out.push(tokenFor(part, token.origin, token.text));
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
