// Names that must NOT match anything on the list: ordinary Japanese companies (kanji,
// romaji/English, bank katakana incl. half width), and list people with their surname
// swapped for a different common Russian surname (same given name and patronymic).
import type { Entity } from '../../src/lists/entity';
import { romanizationKey } from '../../src/match/romanization';
import { distance } from 'fastest-levenshtein';
import type { Rng } from './rng';
import { parsePerson, titleCase } from './variants';
import { toHalfWidthKatakana } from './widths';

/** [kanji, romaji, katakana] of common surnames and company-name words. */
const JP_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['田中', 'Tanaka', 'タナカ'], ['鈴木', 'Suzuki', 'スズキ'], ['佐藤', 'Sato', 'サトウ'], ['高橋', 'Takahashi', 'タカハシ'],
  ['伊藤', 'Ito', 'イトウ'], ['渡辺', 'Watanabe', 'ワタナベ'], ['山本', 'Yamamoto', 'ヤマモト'], ['中村', 'Nakamura', 'ナカムラ'],
  ['小林', 'Kobayashi', 'コバヤシ'], ['加藤', 'Kato', 'カトウ'], ['吉田', 'Yoshida', 'ヨシダ'], ['山田', 'Yamada', 'ヤマダ'],
  ['佐々木', 'Sasaki', 'ササキ'], ['山口', 'Yamaguchi', 'ヤマグチ'], ['松本', 'Matsumoto', 'マツモト'], ['井上', 'Inoue', 'イノウエ'],
  ['木村', 'Kimura', 'キムラ'], ['林', 'Hayashi', 'ハヤシ'], ['清水', 'Shimizu', 'シミズ'], ['山崎', 'Yamazaki', 'ヤマザキ'],
  ['森', 'Mori', 'モリ'], ['池田', 'Ikeda', 'イケダ'], ['橋本', 'Hashimoto', 'ハシモト'], ['石川', 'Ishikawa', 'イシカワ'],
  ['日本', 'Nihon', 'ニホン'], ['東京', 'Tokyo', 'トウキョウ'], ['大阪', 'Osaka', 'オオサカ'], ['富士', 'Fuji', 'フジ'],
  ['桜', 'Sakura', 'サクラ'], ['大和', 'Yamato', 'ヤマト'], ['東洋', 'Toyo', 'トウヨウ'], ['中央', 'Chuo', 'チュウオウ'],
  ['太平洋', 'Taiheiyo', 'タイヘイヨウ'], ['旭', 'Asahi', 'アサヒ'], ['光', 'Hikari', 'ヒカリ'], ['緑', 'Midori', 'ミドリ'],
  ['北海', 'Hokkai', 'ホッカイ'], ['青葉', 'Aoba', 'アオバ'], ['三和', 'Sanwa', 'サンワ'], ['昭和', 'Showa', 'ショウワ'],
];

/** [kanji, romaji, English, katakana] business words. */
const JP_WORDS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['商事', 'Shoji', 'Trading', 'ショウジ'], ['物産', 'Bussan', 'Trading', 'ブッサン'], ['工業', 'Kogyo', 'Industries', 'コウギョウ'],
  ['建設', 'Kensetsu', 'Construction', 'ケンセツ'], ['電機', 'Denki', 'Electric', 'デンキ'], ['製作所', 'Seisakusho', 'Manufacturing', 'セイサクショ'],
  ['運輸', 'Unyu', 'Transport', 'ウンユ'], ['不動産', 'Fudosan', 'Real Estate', 'フドウサン'], ['食品', 'Shokuhin', 'Foods', 'ショクヒン'],
  ['化学', 'Kagaku', 'Chemical', 'カガク'], ['産業', 'Sangyo', 'Industry', 'サンギョウ'], ['証券', 'Shoken', 'Securities', 'ショウケン'],
  ['精機', 'Seiki', 'Precision', 'セイキ'], ['電子', 'Denshi', 'Electronics', 'デンシ'], ['物流', 'Butsuryu', 'Logistics', 'ブツリュウ'],
  ['製薬', 'Seiyaku', 'Pharmaceutical', 'セイヤク'], ['海運', 'Kaiun', 'Shipping', 'カイウン'], ['技研', 'Giken', 'Engineering', 'ギケン'],
  ['ホールディングス', 'Holdings', 'Holdings', 'ホールディングス'], ['開発', 'Kaihatsu', 'Development', 'カイハツ'],
];

/** Every Japanese company-name shape for one name + word, seeded choice among them. */
function jpCompany(name: readonly [string, string, string], word: readonly [string, string, string, string], rng: Rng): { query: string; shape: string } {
  const [kanji, romaji, kana] = name;
  const [wKanji, wRomaji, wEnglish, wKana] = word;
  const shapes: Array<[string, string]> = [
    [`株式会社${kanji}${wKanji}`, 'kanji, 株式会社 before'],
    [`${kanji}${wKanji}株式会社`, 'kanji, 株式会社 after'],
    [`有限会社${kanji}${wKanji}`, 'kanji, 有限会社'],
    [`(株)${kanji}${wKanji}`, 'kanji, (株)'],
    [`${romaji} ${wEnglish} Co., Ltd.`, 'English, Co., Ltd.'],
    [`${romaji} ${wEnglish} Corporation`, 'English, Corporation'],
    [`${romaji} ${wRomaji} K.K.`, 'romaji, K.K.'],
    [`${romaji} ${wRomaji} Kabushiki Kaisha`, 'romaji, Kabushiki Kaisha'],
    [`カブシキガイシャ ${kana}${wKana}`, 'katakana, カブシキガイシャ'],
    [toHalfWidthKatakana(`カ)${kana}${wKana}`), 'half-width bank katakana, ｶ) prefix'],
    [toHalfWidthKatakana(`${kana}${wKana}(カ`), 'half-width bank katakana, (ｶ suffix'],
  ];
  const [query, shape] = rng.pick(shapes);
  return { query, shape };
}

export interface NegativeQuery {
  query: string;
  detail: string;
}

export function japaneseCompanies(rng: Rng, n: number): NegativeQuery[] {
  const combos: Array<[readonly [string, string, string], readonly [string, string, string, string]]> = [];
  for (const name of JP_NAMES) for (const word of JP_WORDS) combos.push([name, word]);
  return rng.sample(combos, n).map(([name, word]) => {
    const { query, shape } = jpCompany(name, word, rng);
    return { query, detail: shape };
  });
}

/** Common Russian surnames (BGN spelling, masculine). */
const RUSSIAN_SURNAMES = [
  'Smirnov', 'Ivanov', 'Kuznetsov', 'Popov', 'Vasilyev', 'Petrov', 'Sokolov', 'Mikhaylov', 'Novikov', 'Fedorov',
  'Morozov', 'Volkov', 'Alekseyev', 'Lebedev', 'Semenov', 'Yegorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolayev',
  'Orlov', 'Andreyev', 'Makarov', 'Nikitin', 'Zakharov', 'Zaytsev', 'Solovyev', 'Borisov', 'Yakovlev', 'Grigoryev',
  'Romanov', 'Vorobyev', 'Sergeyev', 'Kuzmin', 'Frolov', 'Aleksandrov', 'Dmitriyev', 'Korolev', 'Gusev', 'Kiselev',
  'Ilyin', 'Maksimov', 'Polyakov', 'Sorokin', 'Vinogradov', 'Kovalev', 'Belov', 'Medvedev', 'Antonov', 'Tarasov',
  'Zhukov', 'Baranov', 'Filippov', 'Komarov', 'Davydov', 'Belyayev', 'Gerasimov', 'Bogdanov', 'Osipov', 'Sidorov',
  'Matveyev', 'Titov', 'Markov', 'Mironov', 'Krylov', 'Kulikov', 'Karpov', 'Vlasov', 'Melnikov', 'Denisov',
  'Gavrilov', 'Tikhonov', 'Kazakov', 'Afanasyev', 'Danilov', 'Savelyev', 'Timofeyev', 'Fomin', 'Chernov', 'Abramov',
  'Martynov', 'Yefimov', 'Fedotov', 'Shcherbakov', 'Nazarov', 'Kalinin', 'Isayev', 'Chernyshev', 'Bykov', 'Maslov',
  'Rodionov', 'Konovalov', 'Lazarev', 'Voronin', 'Klimov', 'Filatov', 'Ponomarev', 'Golubev', 'Kudryavtsev', 'Prokhorov',
];

function feminine(surname: string): string {
  if (/(ov|ev|in|yn)$/i.test(surname)) return `${surname}a`;
  if (/skiy$/i.test(surname)) return surname.replace(/iy$/i, 'aya');
  return surname;
}

/** Given name + patronymic of a list person, with a common surname nobody on the list has with that given name. */
export function differentSurname(people: readonly Entity[], allPeople: readonly Entity[], rng: Rng, n: number): NegativeQuery[] {
  // Surname key → given-name keys, over every name of every listed person (any program): a
  // replacement is refused when someone listed has it with a given name like ours (Ekaterina /
  // Katerina), since that would be a real namesake, not a negative.
  const givenBySurname = new Map<string, string[]>();
  for (const e of allPeople) {
    for (const name of e.names) {
      const p = parsePerson(name.name);
      if (p === null) continue;
      const given = romanizationKey((p.given[0] ?? '').toLowerCase());
      for (const part of p.surname.toLowerCase().split(/[\s-]+/)) {
        const key = romanizationKey(part);
        givenBySurname.set(key, [...(givenBySurname.get(key) ?? []), given]);
      }
    }
  }
  const namesake = (surname: string, givenKey: string): boolean =>
    (givenBySurname.get(romanizationKey(surname)) ?? []).some((g) => distance(g, givenKey) <= 2 || g.includes(givenKey) || givenKey.includes(g));
  const out: NegativeQuery[] = [];
  for (const e of rng.shuffle(people)) {
    if (out.length >= n) break;
    const p = parsePerson(e.names[0]?.name ?? '');
    if (p === null || p.given.length < 2) continue;
    const patronymic = p.given[1] as string;
    if (!/(vich|vna|ichna)$/i.test(patronymic)) continue;
    const female = /(vna|ichna)$/i.test(patronymic);
    const givenKey = romanizationKey((p.given[0] as string).toLowerCase());
    const original = p.surname.toLowerCase();
    const candidates = RUSSIAN_SURNAMES.map((s) => (female ? feminine(s) : s)).filter((s) => {
      const lower = s.toLowerCase();
      return !namesake(lower, givenKey) && distance(lower, original) > 2;
    });
    if (candidates.length === 0) continue;
    const surname = rng.pick(candidates);
    out.push({ query: `${p.given[0] as string} ${patronymic} ${surname}`, detail: `from ${e.names[0]?.name ?? ''} (#${e.id}): ${titleCase(p.surname)} → ${surname}` });
  }
  return out;
}
