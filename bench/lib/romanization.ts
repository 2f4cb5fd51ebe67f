// Other romanizations of Russian names: the list writes BGN/PCGN (Yevgeniy, Aleksandrovich,
// Ivanov, Dmitriy); passports (ICAO), the English, German and French press write the same
// person Evgenii, Aleksandrovitch, Iwanow, Dmitry. Given names are swapped whole from a
// table; endings are rewritten by rule. Used to build "must still find" queries.
import type { Rng } from './rng';

/** Spellings of one given name; the first is BGN/PCGN (the list's usual form). */
export const GIVEN_NAME_GROUPS: ReadonlyArray<readonly string[]> = [
  ['Yevgeniy', 'Evgenii', 'Evgeny', 'Yevgeny', 'Jewgenij', 'Evgeniy'],
  ['Yuriy', 'Iurii', 'Yury', 'Yuri', 'Juri', 'Jurij'],
  ['Aleksey', 'Aleksei', 'Alexei', 'Alexey', 'Alexej'],
  ['Aleksandr', 'Alexander', 'Alexandre', 'Aleksander', 'Alexandr'],
  ['Dmitriy', 'Dmitrii', 'Dmitry', 'Dmitri', 'Dmitrij'],
  ['Sergey', 'Sergei', 'Sergej'],
  ['Andrey', 'Andrei', 'Andrej'],
  ['Nikolay', 'Nikolai', 'Nikolaj'],
  ['Mikhail', 'Michail', 'Mihail'],
  ['Vladimir', 'Wladimir'],
  ['Yekaterina', 'Ekaterina', 'Jekaterina'],
  ['Tatyana', 'Tatiana', 'Tatjana'],
  ['Vyacheslav', 'Viacheslav', 'Wjatscheslaw'],
  ['Yelena', 'Elena', 'Jelena'],
  ['Natalya', 'Natalia', 'Natalja', 'Nataliya'],
  ['Yuliya', 'Yulia', 'Julia', 'Iuliia'],
  ['Pyotr', 'Petr', 'Pjotr'],
  ['Fyodor', 'Fedor', 'Fjodor'],
  ['Maksim', 'Maxim'],
  ['Ilya', 'Ilia', 'Ilja'],
];

interface EndingRule {
  /** Lower-case ending of the token. */
  ending: RegExp;
  variants: readonly string[];
  what: string;
}

/** First matching rule per token wins; patronymics before surnames (-ovich before -ov). */
export const ENDING_RULES: readonly EndingRule[] = [
  { ending: /ovich$/, variants: ['ovitch', 'owitsch'], what: '-ovich' },
  { ending: /evich$/, variants: ['evitch', 'ewitsch'], what: '-evich' },
  { ending: /ovna$/, variants: ['owna'], what: '-ovna' },
  { ending: /evna$/, variants: ['ewna'], what: '-evna' },
  { ending: /ova$/, variants: ['owa'], what: '-ova' },
  { ending: /eva$/, variants: ['ewa'], what: '-eva' },
  { ending: /ov$/, variants: ['off', 'ow'], what: '-ov' },
  { ending: /ev$/, variants: ['eff', 'ew'], what: '-ev' },
  { ending: /iy$/, variants: ['ii', 'y', 'ij'], what: '-iy' },
];

const GIVEN_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const group of GIVEN_NAME_GROUPS) for (const name of group) map.set(name.toLowerCase(), group);
  return map;
})();

/** The token's case pattern applied to `word` (PUTIN → upper, Putin → title, putin → lower). */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] !== undefined && model[0] === model[0].toUpperCase()) return (word[0] ?? '').toUpperCase() + word.slice(1).toLowerCase();
  return word.toLowerCase();
}

export interface Rewritten {
  text: string;
  /** What was changed, e.g. ["Yuriy→Iurii", "-ov→-ow"]. */
  changes: string[];
}

/** Rewrites every word that has another romanization; `changes` is empty when none applies. */
export function romanizeVariant(name: string, rng: Rng): Rewritten {
  const changes: string[] = [];
  const text = name.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    const group = GIVEN_INDEX.get(lower);
    if (group !== undefined) {
      const others = group.filter((g) => g.toLowerCase() !== lower);
      const pick = rng.pick(others);
      changes.push(`${word}→${pick}`);
      return matchCase(word, pick);
    }
    for (const rule of ENDING_RULES) {
      const m = rule.ending.exec(lower);
      if (m === null || lower.length - m[0].length < 2) continue;
      const variant = rng.pick(rule.variants);
      changes.push(`${rule.what}→-${variant}`);
      return matchCase(word, lower.slice(0, m.index) + variant);
    }
    return word;
  });
  return { text, changes };
}
