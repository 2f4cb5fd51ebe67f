// The romanization key: one spelling for the many ways Russian and Belarusian names
// reach Latin script. Passport/ICAO (Evgenii, Iurii), English press (Yevgeny, Dmitry),
// German (Jewgenij, Chodorkowski, -owitsch) and French (Poutine, Smirnoff, -ovitch)
// spellings of one name share a key, so the scorer can call them a romanization match.
// The key is only ever compared with other keys; it is never shown as a spelling.

import { memoize } from './memoize';

export interface RomanizationRule {
  pattern: RegExp;
  replacement: string;
  why: string;
}

/** Applied in order to a lower-case ASCII token. Order matters: digraphs before letters. */
export const ROMANIZATION_RULES: readonly RomanizationRule[] = [
  { pattern: /tsch/g, replacement: 'ch', why: 'German ч (Tschernow = Chernov)' },
  { pattern: /tch/g, replacement: 'ch', why: 'French ч (Abramovitch = Abramovich)' },
  { pattern: /shch|sch/g, replacement: 'sh', why: 'щ as shch, German ш as sch' },
  { pattern: /w/g, replacement: 'v', why: 'German в (Wladimir, -owitsch)' },
  { pattern: /j/g, replacement: 'y', why: 'German/Polish/ICAO й and iotation (Jewgenij, Juri)' },
  { pattern: /x/g, replacement: 'ks', why: 'Alexei = Aleksei' },
  { pattern: /ph/g, replacement: 'f', why: 'Greek-derived ph' },
  { pattern: /ck|q/g, replacement: 'k', why: 'German ck' },
  { pattern: /kh/g, replacement: 'h', why: 'х as kh or h' },
  { pattern: /off$|ow$/g, replacement: 'ov', why: 'French/German -ов (Smirnoff, Romanow)' },
  { pattern: /eff$|ew$/g, replacement: 'ev', why: 'French/German -ев (Lebedeff)' },
  { pattern: /ou/g, replacement: 'u', why: 'French у (Poutine)' },
  { pattern: /ine$/g, replacement: 'in', why: 'French final -ine (Poutine = Putin)' },
  { pattern: /^ye|^ie/g, replacement: 'e', why: 'initial е as Ye/E (Yevgeniy = Evgenii)' },
  { pattern: /([aeiouy])ye/g, replacement: '$1e', why: 'е after a vowel as ye/e (Andreyevich)' },
  { pattern: /yo|io/g, replacement: 'e', why: 'ё as yo/io/e (Pyotr = Petr)' },
  { pattern: /yu|iu/g, replacement: 'u', why: 'ю as yu/iu/ju (Yuriy = Iurii)' },
  { pattern: /ya|ia/g, replacement: 'a', why: 'я as ya/ia/ja (Tatyana = Tatiana)' },
  { pattern: /ie/g, replacement: 'e', why: 'ье/ие as ie (Valerievich = Valeryevich)' },
  { pattern: /y/g, replacement: 'i', why: 'й/ы/-ий/-ый endings as y/i/iy/ii (Dmitriy = Dmitry = Dmitrii)' },
  { pattern: /(.)\1+/g, replacement: '$1', why: 'doubled letters (Dmitrii, Alla, Smirnoff)' },
];

/** The romanization key of one lower-case ASCII token. */
export const romanizationKey = memoize((token: string): string => {
  let key = token;
  for (const rule of ROMANIZATION_RULES) key = key.replace(rule.pattern, rule.replacement);
  return key;
}, 200_000);
