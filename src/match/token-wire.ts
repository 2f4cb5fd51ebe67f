// Normalized tokens as one short string, for the name workers: the main thread normalizes
// each new value once and drops values that normalize alike ("PUTIN, Vladimir" and
// "Vladimir Putin" are one query), and a worker rebuilds exactly the tokens normalizeName
// gave. A token's text is [a-z0-9]+ (normalize.ts splits on anything else), so a space
// separates tokens and one leading character carries what the text does not.
import { legalFormByCode } from './legal-forms';
import { legalToken, wordToken, type NameToken, type TokenOrigin } from './normalize';

const ORIGIN_MARK: Readonly<Record<TokenOrigin, string>> = { latin: 'l', cyrillic: 'c', kana: 'k', other: 'o' };
const ORIGIN_OF: Readonly<Record<string, TokenOrigin>> = { l: 'latin', c: 'cyrillic', k: 'kana', o: 'other' };
/** Leads a legal form's code. */
const LEGAL_MARK = '#';

/** Tokens from normalizeName as one string (not split or joined tokens: those are the matcher's own). */
export function encodeTokens(tokens: readonly NameToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.rewrittenFrom !== undefined) throw new Error(`encodeTokens: "${t.text}" is a rewritten token`);
    out += (out === '' ? '' : ' ') + (t.legal !== null ? LEGAL_MARK : ORIGIN_MARK[t.origin]) + t.text;
  }
  return out;
}

/** The tokens encodeTokens was given, field for field. */
export function decodeTokens(wire: string): NameToken[] {
  if (wire === '') return [];
  return wire.split(' ').map((part) => {
    const mark = part[0] as string;
    const text = part.slice(1);
    if (mark === LEGAL_MARK) {
      const form = legalFormByCode(text);
      if (form === undefined) throw new Error(`decodeTokens: unknown legal form code "${text}"`);
      return legalToken(form);
    }
    const origin = ORIGIN_OF[mark];
    if (origin === undefined) throw new Error(`decodeTokens: bad token "${part}"`);
    return wordToken(text, origin);
  });
}
