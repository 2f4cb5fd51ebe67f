// Latin (BGN/PCGN, as OFAC writes Russian names) → Russian Cyrillic: the reverse of what
// the list did, so the benchmark can ask "would we find this entity written in Russian?".
// Ambiguous letters take the reading a Russian name most often has: y after a vowel is й
// (Sergey → Сергей, Dmitriy → Дмитрий), after a consonant ы; ye after a consonant is ье
// (Grigoryev → Григорьев), yi after a consonant ьи (Ilyin → Ильин); e is э at word start and
// after a vowel other than i (ie → ие: Arkadievna → Аркадиевна); a final y after a consonant is
// ий (Dmitry → Дмитрий).

const MULTI: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
];

const SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'к', x: 'кс', w: 'в', q: 'к', j: 'й',
};

const CYR_VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

function lastLetter(out: string): string {
  return out.length === 0 ? '' : (out[out.length - 1] as string);
}

/** One lower-case Latin word → lower-case Cyrillic. */
function word(latin: string): string {
  let out = '';
  let i = 0;
  while (i < latin.length) {
    const rest = latin.slice(i);
    const prev = lastLetter(out);
    const afterVowel = prev === '' || CYR_VOWELS.has(prev) || prev === 'й' || prev === 'ь';
    if (rest.startsWith('ye')) {
      out += afterVowel ? 'е' : 'ье';
      i += 2;
      continue;
    }
    if (rest.startsWith('yi') && !afterVowel) {
      out += 'ьи'; // Ilyin → Ильин, Ilyich → Ильич
      i += 2;
      continue;
    }
    const multi = MULTI.find(([lat]) => rest.startsWith(lat));
    if (multi !== undefined) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    const ch = latin[i] as string;
    if (ch === 'y' && i === latin.length - 1 && prev !== '' && !CYR_VOWELS.has(prev)) out += 'ий'; // Dmitry → Дмитрий
    else if (ch === 'y') out += prev !== '' && !CYR_VOWELS.has(prev) ? 'ы' : 'й';
    else if (ch === 'e' && prev === 'и') out += 'е'; // Arkadievna → Аркадиевна, not Аркадиэвна
    else if (ch === 'e') out += prev === '' || CYR_VOWELS.has(prev) ? 'э' : 'е';
    else out += SINGLE[ch] ?? ch;
    i++;
  }
  return out;
}

function upperFirst(s: string): string {
  return s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1);
}

/** Every Latin word of `text` in Cyrillic, keeping each word's case pattern and all punctuation. */
export function latinToCyrillic(text: string): string {
  return text.replace(/[A-Za-z]+/g, (w) => {
    const cyr = word(w.toLowerCase());
    if (w.length > 1 && w === w.toUpperCase()) return cyr.toUpperCase();
    if (w[0] === (w[0] as string).toUpperCase()) return upperFirst(cyr);
    return cyr;
  });
}
