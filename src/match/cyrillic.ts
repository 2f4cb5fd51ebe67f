// Cyrillic → Latin, written the way OFAC and the UK write Russian and Belarusian names
// (BGN/PCGN-style: Евгений → Yevgeniy, Юрий → Yuriy, Хрущёв → Khrushchev). Other
// romanizations (ICAO Evgenii, German Jewgenij…) are reconciled later by the
// romanization key (romanization.ts), not here.

/** One letter → Latin. Lower case; case is folded downstream anyway. */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Belarusian
  і: 'i', ў: 'u',
  // Ukrainian
  ї: 'yi', є: 'ye', ґ: 'g',
};

/** LETTERS by code point − 0x400 (the Cyrillic block), for the per-character loop: a lookup of a one-letter string key cost more than the rest. */
const LATIN_BY_CODE: ReadonlyArray<string | undefined> = Array.from({ length: 0x100 }, (_, i) => LETTERS[String.fromCharCode(0x400 + i)]);

/** Letters after which е/ё are written ye/yo (BGN/PCGN): word start, vowels, ъ, ь. */
const YE_CONTEXT = new Set(['', 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ъ', 'ь', 'і', 'ї', 'є', 'й']);

const CYRILLIC = /[\u0400-\u04FF]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * Ukrainian text is told apart by its own letters; there и is a "y" sound
 * (Зеленський → Zelenskyy), while Russian and Belarusian и is "i".
 */
export function isUkrainian(text: string): boolean {
  const lower = text.toLowerCase();
  return /[їєґ]/.test(lower) || (lower.includes('і') && lower.includes('и'));
}

/** `ukrainian` is decided on the whole name (isUkrainian), not on each word. */
export function transliterateCyrillic(text: string, ukrainian = isUkrainian(text)): string {
  const lower = text.toLowerCase();
  let out = '';
  let prev = '';
  for (const ch of lower) {
    // Cyrillic, as CYRILLIC tests, without a regular expression per character.
    const code = prev.charCodeAt(0);
    const prevIsLetter = code >= 0x400 && code <= 0x4ff;
    if (ch === 'е' || ch === 'ё') {
      const yContext = !prevIsLetter || YE_CONTEXT.has(prev);
      out += yContext ? (ch === 'е' ? 'ye' : 'yo') : ch === 'е' ? 'e' : 'e';
    } else if (ukrainian && ch === 'и') {
      out += 'y';
    } else if (ukrainian && ch === 'г') {
      out += 'h';
    } else {
      const mapped = ch.length === 1 ? LATIN_BY_CODE[ch.charCodeAt(0) - 0x400] : undefined;
      out += mapped ?? ch;
    }
    prev = ch;
  }
  return out;
}
