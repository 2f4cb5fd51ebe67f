// Normalized tokens as one short string, for the name workers: the main thread normalizes
// each new value once and drops values that normalize alike ("PUTIN  Vladimir" and
// "ＰＵＴＩＮ Vladimir" are one query), and a worker rebuilds exactly the tokens
// normalizeName gave. A token's text and keys are [a-z0-9]+ (normalize.ts splits on
// anything else; the key rules only rewrite letters), so a space separates tokens, one
// leading character carries the origin or marks a legal form, and the keys follow the
// text when they differ from it (the worker then needs no key lookups of its own).
import { legalFormByCode } from './legal-forms';
import { legalToken, wordToken, type NameToken, type TokenOrigin } from './normalize';

const ORIGIN_MARK: Readonly<Record<TokenOrigin, string>> = { latin: 'l', cyrillic: 'c', kana: 'k', other: 'o' };
const ORIGIN_OF: Readonly<Record<string, TokenOrigin>> = { l: 'latin', c: 'cyrillic', k: 'kana', o: 'other' };
/** Leads a legal form's code. */
const LEGAL_MARK = '#';
/** Leads the romanization key, when it is not the text. */
const KEY_MARK = ':';
/** Leads the kana sound key (kana tokens). */
const KANA_MARK = ';';

/** Tokens from normalizeName as one string (not split or joined tokens: those are the matcher's own). */
export function encodeTokens(tokens: readonly NameToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.rewrittenFrom !== undefined) throw new Error(`encodeTokens: "${t.text}" is a rewritten token`);
    if (out !== '') out += ' ';
    if (t.legal !== null) {
      out += LEGAL_MARK + t.text;
      continue;
    }
    out += ORIGIN_MARK[t.origin] + t.text;
    if (t.key !== t.text) out += KEY_MARK + t.key;
    if (t.kana !== null) out += KANA_MARK + t.kana;
  }
  return out;
}

/** The tokens encodeTokens was given, field for field. */
export function decodeTokens(wire: string): NameToken[] {
  if (wire === '') return [];
  return wire.split(' ').map((part) => {
    const mark = part[0] as string;
    if (mark === LEGAL_MARK) {
      const form = legalFormByCode(part.slice(1));
      if (form === undefined) throw new Error(`decodeTokens: unknown legal form code "${part.slice(1)}"`);
      return legalToken(form);
    }
    const origin = ORIGIN_OF[mark];
    if (origin === undefined) throw new Error(`decodeTokens: bad token "${part}"`);
    const kanaAt = part.indexOf(KANA_MARK);
    const end = kanaAt < 0 ? part.length : kanaAt;
    const keyAt = part.indexOf(KEY_MARK);
    const text = part.slice(1, keyAt < 0 ? end : keyAt);
    const key = keyAt < 0 ? text : part.slice(keyAt + 1, end);
    return wordToken(text, origin, key, kanaAt < 0 ? null : part.slice(kanaAt + 1));
  });
}
