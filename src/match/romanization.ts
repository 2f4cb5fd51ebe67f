// The romanization key: one spelling for the many ways Russian and Belarusian names
// reach Latin script. Passport/ICAO (Evgenii, Iurii), English press (Yevgeny, Dmitry),
// German (Jewgenij, Chodorkowski, -owitsch) and French (Poutine, Smirnoff, -ovitch)
// spellings of one name share a key, so the scorer can call them a romanization match.
// The key is only ever compared with other keys; it is never shown as a spelling.

export interface RomanizationRule {
  pattern: RegExp;
  replacement: string;
  why: string;
  /**
   * What a key must hold for the pattern to match in it: all the letters of one of these
   * strings (DOUBLED: two equal characters in a row). Checked on a bit mask of the key's
   * letters, so a word skips the rules that cannot apply to it (most skip nearly all).
   * Running all 21 expressions took ~1.2 µs a word, so their results were kept in a Map of
   * 200,000 words, and reading that, out of cache, took ~0.6 µs a word.
   */
  needs: readonly string[];
}

/** In RomanizationRule.needs: two equal characters in a row. */
export const DOUBLED = 'doubled';

/** Applied in order to a lower-case ASCII token. Order matters: digraphs before letters. */
export const ROMANIZATION_RULES: readonly RomanizationRule[] = [
  { pattern: /tsch/g, replacement: 'ch', why: 'German ч (Tschernow = Chernov)', needs: ['tsch'] },
  { pattern: /tch/g, replacement: 'ch', why: 'French ч (Abramovitch = Abramovich)', needs: ['tch'] },
  { pattern: /shch|sch/g, replacement: 'sh', why: 'щ as shch, German ш as sch', needs: ['sch'] },
  { pattern: /w/g, replacement: 'v', why: 'German в (Wladimir, -owitsch)', needs: ['w'] },
  { pattern: /j/g, replacement: 'y', why: 'German/Polish/ICAO й and iotation (Jewgenij, Juri)', needs: ['j'] },
  { pattern: /x/g, replacement: 'ks', why: 'Alexei = Aleksei', needs: ['x'] },
  { pattern: /ph/g, replacement: 'f', why: 'Greek-derived ph', needs: ['ph'] },
  { pattern: /ck|q/g, replacement: 'k', why: 'German ck', needs: ['ck', 'q'] },
  { pattern: /kh/g, replacement: 'h', why: 'х as kh or h', needs: ['kh'] },
  { pattern: /off$|ow$/g, replacement: 'ov', why: 'French/German -ов (Smirnoff, Romanow)', needs: ['of', 'ow'] },
  { pattern: /eff$|ew$/g, replacement: 'ev', why: 'French/German -ев (Lebedeff)', needs: ['ef', 'ew'] },
  { pattern: /ou/g, replacement: 'u', why: 'French у (Poutine)', needs: ['ou'] },
  { pattern: /ine$/g, replacement: 'in', why: 'French final -ine (Poutine = Putin)', needs: ['ine'] },
  { pattern: /^ye|^ie/g, replacement: 'e', why: 'initial е as Ye/E (Yevgeniy = Evgenii)', needs: ['ye', 'ie'] },
  { pattern: /([aeiouy])ye/g, replacement: '$1e', why: 'е after a vowel as ye/e (Andreyevich)', needs: ['ye'] },
  { pattern: /yo|io/g, replacement: 'e', why: 'ё as yo/io/e (Pyotr = Petr)', needs: ['yo', 'io'] },
  { pattern: /yu|iu/g, replacement: 'u', why: 'ю as yu/iu/ju (Yuriy = Iurii)', needs: ['yu', 'iu'] },
  { pattern: /ya|ia/g, replacement: 'a', why: 'я as ya/ia/ja (Tatyana = Tatiana)', needs: ['ya', 'ia'] },
  { pattern: /ie/g, replacement: 'e', why: 'ье/ие as ie (Valerievich = Valeryevich)', needs: ['ie'] },
  { pattern: /y/g, replacement: 'i', why: 'й/ы/-ий/-ый endings as y/i/iy/ii (Dmitriy = Dmitry = Dmitrii)', needs: ['y'] },
  { pattern: /(.)\1+/g, replacement: '$1', why: 'doubled letters (Dmitrii, Alla, Smirnoff)', needs: [DOUBLED] },
];

/** Bits 0–25: the letters a–z; DOUBLED_BIT: two equal characters in a row. */
const DOUBLED_BIT = 1 << 26;

function lettersOf(key: string): number {
  let mask = 0;
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    if (c === previous) mask |= DOUBLED_BIT;
    previous = c;
  }
  return mask;
}

/** Per rule, the masks of its needs, one of which a key's letters must cover. */
const RULE_NEEDS: readonly (readonly number[])[] = ROMANIZATION_RULES.map((rule) => rule.needs.map((need) => (need === DOUBLED ? DOUBLED_BIT : lettersOf(need))));

/** The romanization key of one lower-case ASCII token. */
export function romanizationKey(token: string): string {
  let key = token;
  let letters = lettersOf(key);
  for (let r = 0; r < ROMANIZATION_RULES.length; r++) {
    const needs = RULE_NEEDS[r] as readonly number[];
    let may = false;
    for (let i = 0; i < needs.length && !may; i++) may = (letters & (needs[i] as number)) === needs[i];
    if (!may) continue;
    const rule = ROMANIZATION_RULES[r] as RomanizationRule;
    const next = key.replace(rule.pattern, rule.replacement);
    if (next !== key) letters = lettersOf((key = next));
  }
  return key;
}
