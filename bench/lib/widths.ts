// Width forms a name can arrive in: full-width Latin (East Asian systems, NFKC's inverse)
// and half-width katakana (Japanese bank data, the Zengin format).

/** ASCII → full-width forms: '!'..'~' → U+FF01..U+FF5E, space → U+3000 (ideographic space). */
export function toFullWidthLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x20) out += '\u3000';
    else if (cp >= 0x21 && cp <= 0x7e) out += String.fromCodePoint(cp + 0xfee0);
    else out += ch;
  }
  return out;
}

/**
 * Full-width → half-width katakana, from Unicode's own table: each half-width character
 * U+FF61..U+FF9F has a compatibility decomposition to its full-width partner, and the
 * voiced marks ﾞ ﾟ decompose to the combining U+3099 / U+309A that NFD splits ガ or パ into.
 */
const FULL_TO_HALF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let cp = 0xff61; cp <= 0xff9f; cp++) {
    const half = String.fromCodePoint(cp);
    map.set(half.normalize('NFKC'), half);
  }
  // Explicit, whatever the runtime's NFKC gives for ﾞ/ﾟ: NFD of ガ/パ yields these combining marks.
  map.set('\u3099', '\uff9e');
  map.set('\u309a', '\uff9f');
  return map;
})();

export function toHalfWidthKatakana(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) out += FULL_TO_HALF.get(ch) ?? ch;
  return out;
}
