// Katakana (and hiragana) → romaji, for names Japanese bank data writes in kana.
// Half-width katakana (ﾌﾟｰﾁﾝ) is already full-width here: NFKC folds it upstream.
// Foreign names are written in kana by sound, so the romaji of ウラジーミル is
// "urajimiru", not "vladimir"; kana-key.ts bridges that gap. This file only reads kana.

/** Two-kana combinations first (ティ, ヴァ, キャ…), then single kana. */
const DIGRAPHS: Readonly<Record<string, string>> = {
  キャ: 'kya', キュ: 'kyu', キョ: 'kyo', ギャ: 'gya', ギュ: 'gyu', ギョ: 'gyo',
  シャ: 'sha', シュ: 'shu', ショ: 'sho', シェ: 'she', ジャ: 'ja', ジュ: 'ju', ジョ: 'jo', ジェ: 'je',
  チャ: 'cha', チュ: 'chu', チョ: 'cho', チェ: 'che', ニャ: 'nya', ニュ: 'nyu', ニョ: 'nyo',
  ヒャ: 'hya', ヒュ: 'hyu', ヒョ: 'hyo', ビャ: 'bya', ビュ: 'byu', ビョ: 'byo',
  ピャ: 'pya', ピュ: 'pyu', ピョ: 'pyo', ミャ: 'mya', ミュ: 'myu', ミョ: 'myo',
  リャ: 'rya', リュ: 'ryu', リョ: 'ryo', リェ: 'rye',
  ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', テュ: 'tyu', デュ: 'dyu',
  ファ: 'fa', フィ: 'fi', フェ: 'fe', フォ: 'fo', フュ: 'fyu', フョ: 'fyo',
  ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', ヴュ: 'vyu', ヴョ: 'vyo',
  ウィ: 'wi', ウェ: 'we', ウォ: 'wo', ツァ: 'tsa', ツィ: 'tsi', ツェ: 'tse', ツォ: 'tso',
  イェ: 'ye', クァ: 'kwa', グァ: 'gwa', スィ: 'si', ズィ: 'zi',
};

const SINGLES: Readonly<Record<string, string>> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o',
  カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo',
  タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to', ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do',
  ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ャ: 'ya', ュ: 'yu', ョ: 'yo',
  ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n',
  ヴ: 'vu', ヵ: 'ka', ヶ: 'ke',
};

const KANA = /[\u3041-\u3096\u30A1-\u30FA\u30FC]/;

export function hasKana(text: string): boolean {
  return KANA.test(text);
}

/** The katakana block: the tables below, by code point from here (hiragana is 0x60 below it). */
const KATAKANA_START = 0x30a0;
const KATAKANA_SPAN = 0x60;
const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
const LONG_VOWEL = 0x30fc; // ー
const SMALL_TSU = 0x30c3; // ッ

// The tables by code point, built once: a lookup by string built a two-character string per
// kana and hashed it, and kana names are ~15% of a Japanese export's new names.
const SINGLE_BY_CODE: ReadonlyArray<string | undefined> = Array.from({ length: KATAKANA_SPAN }, (_, k) => SINGLES[String.fromCharCode(KATAKANA_START + k)]);
const DIGRAPH_BY_CODES = new Map<number, string>(Object.entries(DIGRAPHS).map(([pair, romaji]) => [digraphCode(pair.charCodeAt(0), pair.charCodeAt(1)), romaji]));

function digraphCode(first: number, second: number): number {
  return (first - KATAKANA_START) * KATAKANA_SPAN + (second - KATAKANA_START);
}

/** Hiragana → katakana: the same sounds, 0x60 code points apart. */
function katakanaCode(code: number): number {
  return code >= HIRAGANA_FIRST && code <= HIRAGANA_LAST ? code + 0x60 : code;
}

function isKatakanaCode(code: number): boolean {
  return code >= KATAKANA_START && code < KATAKANA_START + KATAKANA_SPAN;
}

/**
 * Romaji of a kana string. The long-vowel mark ー and the small tsu ッ (gemination) are
 * dropped: foreign names carry them inconsistently (プーチン / プチン), so they must not count.
 * Non-kana characters pass through unchanged.
 */
export function kanaToRomaji(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = katakanaCode(text.charCodeAt(i));
    if (!isKatakanaCode(code)) {
      out += text[i] as string;
      continue;
    }
    if (i + 1 < text.length) {
      const next = katakanaCode(text.charCodeAt(i + 1));
      const two = isKatakanaCode(next) ? DIGRAPH_BY_CODES.get(digraphCode(code, next)) : undefined;
      if (two !== undefined) {
        out += two;
        i++;
        continue;
      }
    }
    if (code === LONG_VOWEL || code === SMALL_TSU) continue;
    out += SINGLE_BY_CODE[code - KATAKANA_START] ?? String.fromCharCode(code);
  }
  return out;
}
