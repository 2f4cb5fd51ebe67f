// Deterministic transaction-CSV generator for the speed benchmark.
//
//   npx tsx bench/gen-transactions.ts --rows 1000000 --out /tmp/tx-1m.csv [--seed 1]
//       [--list fixtures/ofac-sdn-2023-12-28/sdn.csv] [--hit-rate 0.01] [--names-ratio 0.2]
//       [--wallets 50000] [--truth planted.csv]
//
// Same arguments (and same list file) give the same bytes. Rows are produced one at a time; a
// counterparty is a pure function of its index, so nothing grows with --rows (two bounded caches:
// the 65,536 most popular counterparties and the wallet pool). Memory stays flat at 10M rows.
// See bench/gen-transactions.md for the design (name pools, reuse, planted hits).
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';
import { distance } from 'fastest-levenshtein';

// ---------------------------------------------------------------------------------------------
// Public API

export interface GenOptions {
  rows: number;
  seed?: number;
  /** OFAC SDN legacy sdn.csv (no header). alt.csv next to it, when present, is used to keep the
   *  clean name pools away from list names. */
  listPath?: string;
  /** Share of rows that are planted true hits. Default 0.01. */
  hitRate?: number;
  /** Distinct clean counterparties introduced per row. Default 0.2 (about rows / 5 names). */
  namesRatio?: number;
  /** Size of the clean wallet pool. Default 50,000. */
  wallets?: number;
  /** Called for every planted row, in row order (ground truth for recall measurements). */
  onPlanted?: (row: PlantedRow) => void;
}

export interface PlantedRow {
  /** 1-based line in the output (the header is line 1). */
  line: number;
  txId: string;
  kind: 'name' | 'wallet';
  /** List ent_num. */
  entity: string;
  /** The list's primary name (for wallet rows: of the wallet's owner). */
  listName: string;
  /** Name variant, or "exact" / "lowercase" for wallets. */
  variant: string;
  /** The value written to the row (counterparty_name or wallet_address). */
  value: string;
}

export interface GenStats {
  rows: number;
  /** Distinct clean counterparties introduced (each is a distinct name string, unless a pool wrapped). */
  cleanCounterparties: number;
  /** Clean counterparties introduced after their category's name space was exhausted (repeats). */
  wrapped: number;
  plantedHits: number;
  plantedNameHits: number;
  plantedWalletHits: number;
}

export const COLUMNS = [
  'tx_id', 'timestamp', 'account_id', 'direction', 'asset', 'network', 'amount', 'amount_jpy',
  'counterparty_name', 'counterparty_country', 'wallet_address',
] as const;

export const DEFAULT_LIST = 'fixtures/ofac-sdn-2023-12-28/sdn.csv';

/** Streams the CSV line by line ("\n"-terminated), header first. */
export async function* generateTransactions(opts: GenOptions, stats?: GenStats): AsyncGenerator<string> {
  const gen = await prepareGenerator(opts);
  yield gen.header;
  for (const line of gen.rows()) yield line;
  if (stats) Object.assign(stats, gen.stats);
}

export interface PreparedGenerator {
  header: string;
  /** Synchronous row iterator (fast path used by the CLI). */
  rows(): Generator<string, void, undefined>;
  stats: GenStats;
}

export async function prepareGenerator(opts: GenOptions): Promise<PreparedGenerator> {
  const list = loadList(opts.listPath ?? DEFAULT_LIST);
  return makeGenerator(opts, list);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function at<T>(a: readonly T[], i: number): T {
  return a[i] as T;
}

/** mulberry32: small, fast, good enough for synthetic data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stateless 32-bit hash of (seed, key, salt): murmur3 finalizer. */
function hash32(seed: number, key: number, salt: number): number {
  let h = (Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed + 1, 0xc2b2ae35) ^ Math.imul(salt, 0x27d4eb2f)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const LATIN_EXTRA: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII: "Müller" -> "muller", "Pawłowska" -> "pawlowska". Apostrophes vanish (O'Connor -> oconnor). */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/g, (c) => LATIN_EXTRA[c] ?? c)
    .replace(/['’‘`´ʼ]/g, '');
}

function foldToken(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}

function tokens(s: string): string[] {
  return fold(s).split(/[^a-z0-9]+/).filter(Boolean);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'.(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

// Full-width Latin and half-width katakana renderings -------------------------------------------

function toFullWidth(s: string): string {
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === ' ') o += '\u3000';
    else if (c > 0x20 && c < 0x7f) o += String.fromCharCode(c + 0xfee0);
    else o += ch;
  }
  return o;
}

const HALF_BASE: Record<string, string> = {};
{
  const full = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー・';
  const half = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･';
  for (let i = 0; i < full.length; i++) HALF_BASE[full.charAt(i)] = half.charAt(i);
  HALF_BASE[' '] = ' ';
  HALF_BASE['\u3000'] = ' ';
}
const DAKU = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
const DAKU_BASE = 'カキクケコサシスセソタチツテトハヒフヘホ';
const HANDAKU = 'パピプペポ';
const HANDAKU_BASE = 'ハヒフヘホ';

function toHalfKana(s: string): string {
  let o = '';
  for (const ch of s) {
    let i = DAKU.indexOf(ch);
    if (i >= 0) {
      o += HALF_BASE[DAKU_BASE.charAt(i)] + 'ﾞ';
      continue;
    }
    i = HANDAKU.indexOf(ch);
    if (i >= 0) {
      o += HALF_BASE[HANDAKU_BASE.charAt(i)] + 'ﾟ';
      continue;
    }
    if (ch === 'ヴ') {
      o += 'ｳﾞ';
      continue;
    }
    o += HALF_BASE[ch] ?? ch;
  }
  return o;
}

// Cyrillic <-> Latin -----------------------------------------------------------------------------

const CYR_BGN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
/** ICAO 9303 (Russian passports since 2013): й -> i, ю -> iu, я -> ia, ъ -> ie. */
const CYR_ICAO: Record<string, string> = { ...CYR_BGN, й: 'i', ю: 'iu', я: 'ia', ы: 'y', ї: 'i', є: 'ie' };

function translit(s: string, table: Record<string, string>): string {
  let o = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = table[lower];
    if (t === undefined) o += ch;
    else if (lower !== ch && t.length > 0) o += t.charAt(0).toUpperCase() + t.slice(1);
    else o += t;
  }
  return o;
}

/** BGN/PCGN as lists write it: е/ё are ye/yo at word start and after vowels, ъ and ь (Евсеев -> Yevseyev). */
function translitPCGN(s: string): string {
  const YE = 'аеёиоуыэюяъьй';
  let out = '';
  let prev = '';
  for (const ch of s.toLowerCase()) {
    if (ch === 'е' || ch === 'ё') out += prev === '' || YE.includes(prev) ? (ch === 'е' ? 'ye' : 'yo') : 'e';
    else out += CYR_BGN[ch] ?? ch;
    prev = ch;
  }
  return out;
}

const LAT_CYR: [string, string][] = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['th', 'т'], ['ck', 'к'],
  ['qu', 'кв'], ['ya', 'я'], ['yu', 'ю'], ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'],
  ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'дж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'кс'],
  ['y', 'и'], ['z', 'з'],
];

/** Rough Latin -> Cyrillic for invented brand words ("Norvio" -> "Норвио"). */
function toCyrillic(word: string): string {
  const w = word.toLowerCase();
  let o = '';
  let i = 0;
  while (i < w.length) {
    let done = false;
    for (const [lat, cyr] of LAT_CYR) {
      if (w.startsWith(lat, i)) {
        o += cyr;
        i += lat.length;
        done = true;
        break;
      }
    }
    if (!done) {
      o += w.charAt(i);
      i++;
    }
  }
  return o.charAt(0).toUpperCase() + o.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Name pools. Clean names are built combinatorially from these arrays; at start-up every family
// name / brand word that is within one edit of any token of any list name (primary or alias) is
// dropped, so a generated clean name cannot look like a list name (see filterPools).

interface JpName {
  kanji: string;
  kana: string;
  romaji: string;
}

function jp(spec: string): JpName[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((t) => {
      const [kanji, kana, romaji] = t.split(':');
      return { kanji: kanji ?? '', kana: kana ?? '', romaji: romaji ?? '' };
    });
}

const JP_FAMILY = jp(`
佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 高橋:タカハシ:Takahashi 田中:タナカ:Tanaka 伊藤:イトウ:Ito 渡辺:ワタナベ:Watanabe
山本:ヤマモト:Yamamoto 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi 加藤:カトウ:Kato 吉田:ヨシダ:Yoshida 山田:ヤマダ:Yamada
佐々木:ササキ:Sasaki 山口:ヤマグチ:Yamaguchi 松本:マツモト:Matsumoto 井上:イノウエ:Inoue 木村:キムラ:Kimura 林:ハヤシ:Hayashi
斎藤:サイトウ:Saito 清水:シミズ:Shimizu 山崎:ヤマザキ:Yamazaki 森:モリ:Mori 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 阿部:アベ:Abe
石川:イシカワ:Ishikawa 山下:ヤマシタ:Yamashita 中島:ナカジマ:Nakajima 石井:イシイ:Ishii 小川:オガワ:Ogawa 前田:マエダ:Maeda
岡田:オカダ:Okada 長谷川:ハセガワ:Hasegawa 藤田:フジタ:Fujita 後藤:ゴトウ:Goto 近藤:コンドウ:Kondo 村上:ムラカミ:Murakami
遠藤:エンドウ:Endo 青木:アオキ:Aoki 坂本:サカモト:Sakamoto 福田:フクダ:Fukuda 太田:オオタ:Ota 西村:ニシムラ:Nishimura 藤井:フジイ:Fujii
金子:カネコ:Kaneko 岡本:オカモト:Okamoto 藤原:フジワラ:Fujiwara 中野:ナカノ:Nakano 三浦:ミウラ:Miura 原田:ハラダ:Harada
中川:ナカガワ:Nakagawa 松田:マツダ:Matsuda 竹内:タケウチ:Takeuchi 小野:オノ:Ono 田村:タムラ:Tamura 中山:ナカヤマ:Nakayama 和田:ワダ:Wada
石田:イシダ:Ishida 森田:モリタ:Morita 上田:ウエダ:Ueda 原:ハラ:Hara 内田:ウチダ:Uchida 柴田:シバタ:Shibata 酒井:サカイ:Sakai
宮崎:ミヤザキ:Miyazaki 横山:ヨコヤマ:Yokoyama 高木:タカギ:Takagi 安藤:アンドウ:Ando 宮本:ミヤモト:Miyamoto 大野:オオノ:Ohno
小島:コジマ:Kojima 谷口:タニグチ:Taniguchi 今井:イマイ:Imai 工藤:クドウ:Kudo 高田:タカダ:Takada 増田:マスダ:Masuda 丸山:マルヤマ:Maruyama
杉山:スギヤマ:Sugiyama 村田:ムラタ:Murata 大塚:オオツカ:Otsuka 新井:アライ:Arai 小山:コヤマ:Koyama 平野:ヒラノ:Hirano
藤本:フジモト:Fujimoto 河野:コウノ:Kono 上野:ウエノ:Ueno 野口:ノグチ:Noguchi 武田:タケダ:Takeda 松井:マツイ:Matsui 千葉:チバ:Chiba
岩崎:イワサキ:Iwasaki 菅原:スガワラ:Sugawara 木下:キノシタ:Kinoshita 久保:クボ:Kubo 佐野:サノ:Sano 野村:ノムラ:Nomura 松尾:マツオ:Matsuo
市川:イチカワ:Ichikawa 菊地:キクチ:Kikuchi 杉本:スギモト:Sugimoto 古川:フルカワ:Furukawa 大西:オオニシ:Onishi 島田:シマダ:Shimada
水野:ミズノ:Mizuno 桜井:サクライ:Sakurai 高野:タカノ:Takano 吉川:ヨシカワ:Yoshikawa 山内:ヤマウチ:Yamauchi 西田:ニシダ:Nishida
飯田:イイダ:Iida 菅野:カンノ:Kanno 西川:ニシカワ:Nishikawa 小松:コマツ:Komatsu 北村:キタムラ:Kitamura 安田:ヤスダ:Yasuda
五十嵐:イガラシ:Igarashi 川口:カワグチ:Kawaguchi 平田:ヒラタ:Hirata 関:セキ:Seki 中田:ナカタ:Nakata 久保田:クボタ:Kubota
服部:ハットリ:Hattori 東:ヒガシ:Higashi 岩田:イワタ:Iwata 土屋:ツチヤ:Tsuchiya 川崎:カワサキ:Kawasaki 福島:フクシマ:Fukushima
本田:ホンダ:Honda 辻:ツジ:Tsuji 樋口:ヒグチ:Higuchi 秋山:アキヤマ:Akiyama 田口:タグチ:Taguchi 永井:ナガイ:Nagai 山中:ヤマナカ:Yamanaka
中西:ナカニシ:Nakanishi 吉村:ヨシムラ:Yoshimura 川上:カワカミ:Kawakami 石原:イシハラ:Ishihara 大橋:オオハシ:Ohashi
松岡:マツオカ:Matsuoka 馬場:ババ:Baba 浅野:アサノ:Asano 荒木:アラキ:Araki 大久保:オオクボ:Okubo 野田:ノダ:Noda 小池:コイケ:Koike
星野:ホシノ:Hoshino 松下:マツシタ:Matsushita 大竹:オオタケ:Otake 内藤:ナイトウ:Naito 黒田:クロダ:Kuroda 尾崎:オザキ:Ozaki
川村:カワムラ:Kawamura 永田:ナガタ:Nagata 望月:モチヅキ:Mochizuki 松村:マツムラ:Matsumura 堀:ホリ:Hori 田辺:タナベ:Tanabe
榎本:エノモト:Enomoto 片山:カタヤマ:Katayama 白石:シライシ:Shiraishi 早川:ハヤカワ:Hayakawa 岡崎:オカザキ:Okazaki 小西:コニシ:Konishi
桑原:クワハラ:Kuwahara 三宅:ミヤケ:Miyake 宮田:ミヤタ:Miyata 森本:モリモト:Morimoto 大谷:オオタニ:Otani 平井:ヒライ:Hirai
南:ミナミ:Minami 杉田:スギタ:Sugita 奥村:オクムラ:Okumura 中尾:ナカオ:Nakao 小森:コモリ:Komori 宮下:ミヤシタ:Miyashita
松原:マツバラ:Matsubara 大川:オオカワ:Okawa 吉岡:ヨシオカ:Yoshioka 今村:イマムラ:Imamura 中井:ナカイ:Nakai 河合:カワイ:Kawai
岩本:イワモト:Iwamoto 西山:ニシヤマ:Nishiyama 熊谷:クマガイ:Kumagai 新田:ニッタ:Nitta 小田:オダ:Oda 浜田:ハマダ:Hamada
石橋:イシバシ:Ishibashi 関口:セキグチ:Sekiguchi 須藤:スドウ:Sudo
`);

const JP_GIVEN = jp(`
太郎:タロウ:Taro 一郎:イチロウ:Ichiro 健:ケン:Ken 大輔:ダイスケ:Daisuke 翔太:ショウタ:Shota 拓也:タクヤ:Takuya 直樹:ナオキ:Naoki
健太:ケンタ:Kenta 優斗:ユウト:Yuto 誠:マコト:Makoto 隆:タカシ:Takashi 蓮:レン:Ren 和也:カズヤ:Kazuya 悠真:ユウマ:Yuma 修:オサム:Osamu
達也:タツヤ:Tatsuya 隼人:ハヤト:Hayato 雅人:マサト:Masato 剛:ツヨシ:Tsuyoshi 翼:ツバサ:Tsubasa 純一:ジュンイチ:Junichi
洋平:ヨウヘイ:Yohei 康介:コウスケ:Kosuke 光:ヒカル:Hikaru 昌弘:マサヒロ:Masahiro 浩二:コウジ:Koji 亮:リョウ:Ryo 悟:サトル:Satoru
直人:ナオト:Naoto 大樹:ダイキ:Daiki 陸:リク:Riku 陽翔:ハルト:Haruto 湊:ミナト:Minato 大和:ヤマト:Yamato 樹:イツキ:Itsuki
颯太:ソウタ:Sota 陽太:ヨウタ:Yota 拓海:タクミ:Takumi 海斗:カイト:Kaito 健一:ケンイチ:Kenichi 浩:ヒロシ:Hiroshi 茂:シゲル:Shigeru
進:ススム:Susumu 勇気:ユウキ:Yuki 亮太:リョウタ:Ryota 智也:トモヤ:Tomoya 秀樹:ヒデキ:Hideki 哲也:テツヤ:Tetsuya 和彦:カズヒコ:Kazuhiko
俊介:シュンスケ:Shunsuke 慎也:シンヤ:Shinya 祐介:ユウスケ:Yusuke 裕太:ユウタ:Yuta 誠一:セイイチ:Seiichi 純:ジュン:Jun 学:マナブ:Manabu
稔:ミノル:Minoru 徹:トオル:Toru 豊:ユタカ:Yutaka 博之:ヒロユキ:Hiroyuki 雅之:マサユキ:Masayuki 和夫:カズオ:Kazuo 正樹:マサキ:Masaki
健二:ケンジ:Kenji 修平:シュウヘイ:Shuhei 拓真:タクマ:Takuma 航:ワタル:Wataru 晃:アキラ:Akira 淳:アツシ:Atsushi 恭平:キョウヘイ:Kyohei
圭:ケイ:Kei 慎太郎:シンタロウ:Shintaro 幸太郎:コウタロウ:Kotaro 一輝:カズキ:Kazuki 直也:ナオヤ:Naoya 亮介:リョウスケ:Ryosuke
智史:サトシ:Satoshi 啓介:ケイスケ:Keisuke 龍之介:リュウノスケ:Ryunosuke 秀人:ヒデト:Hideto 雄一:ユウイチ:Yuichi 隆之:タカユキ:Takayuki
正和:マサカズ:Masakazu 文雄:フミオ:Fumio 勝:マサル:Masaru 清:キヨシ:Kiyoshi 大地:ダイチ:Daichi
花子:ハナコ:Hanako 美咲:ミサキ:Misaki 裕子:ユウコ:Yuko さくら:サクラ:Sakura 恵:メグミ:Megumi 明美:アケミ:Akemi 陽菜:ヒナ:Hina
真由美:マユミ:Mayumi 彩花:アヤカ:Ayaka 奈々:ナナ:Nana 千尋:チヒロ:Chihiro 結衣:ユイ:Yui 葵:アオイ:Aoi 麻衣:マイ:Mai 美穂:ミホ:Miho
智子:トモコ:Tomoko 香織:カオリ:Kaori 由美子:ユミコ:Yumiko 美奈:ミナ:Mina 里奈:リナ:Rina 愛:アイ:Ai 美紀:ミキ:Miki 陽子:ヨウコ:Yoko
京子:キョウコ:Kyoko 直美:ナオミ:Naomi 恵子:ケイコ:Keiko 久美子:クミコ:Kumiko 幸子:サチコ:Sachiko 和子:カズコ:Kazuko 純子:ジュンコ:Junko
典子:ノリコ:Noriko 明日香:アスカ:Asuka 沙織:サオリ:Saori 理恵:リエ:Rie 絵美:エミ:Emi 瞳:ヒトミ:Hitomi 亜美:アミ:Ami 結菜:ユイナ:Yuina
芽依:メイ:Mei 凛:リン:Rin 陽葵:ヒマリ:Himari 紬:ツムギ:Tsumugi 楓:カエデ:Kaede 美月:ミヅキ:Mizuki 遥:ハルカ:Haruka 綾乃:アヤノ:Ayano
彩:アヤ:Aya 菜々子:ナナコ:Nanako 真奈美:マナミ:Manami 由佳:ユカ:Yuka 佳奈:カナ:Kana 友美:トモミ:Tomomi 麻美:アサミ:Asami
聡子:サトコ:Satoko 秋子:アキコ:Akiko 千夏:チナツ:Chinatsu 夏美:ナツミ:Natsumi 早紀:サキ:Saki 桃子:モモコ:Momoko 美優:ミユ:Miyu
琴音:コトネ:Kotone 詩織:シオリ:Shiori 静香:シズカ:Shizuka 雅美:マサミ:Masami 敦子:アツコ:Atsuko 弘子:ヒロコ:Hiroko 文子:フミコ:Fumiko
玲奈:レナ:Rena 茜:アカネ:Akane 萌:モエ:Moe 美里:ミサト:Misato 奈央:ナオ:Nao 理沙:リサ:Risa 沙耶:サヤ:Saya 佳子:ヨシコ:Yoshiko
真理子:マリコ:Mariko 涼子:リョウコ:Ryoko
大翔:ヒロト:Hiroto 蒼真:ソウマ:Soma 奏太:カナタ:Kanata 朝陽:アサヒ:Asahi 律:リツ:Ritsu 岳:ガク:Gaku 新:アラタ:Arata
陽向:ヒナタ:Hinata 瑛太:エイタ:Eita 信二:シンジ:Shinji 雄大:ユウダイ:Yudai 達郎:タツロウ:Tatsuro 俊:シュン:Shun 大志:タイシ:Taishi
健吾:ケンゴ:Kengo 拓郎:タクロウ:Takuro 昇:ノボル:Noboru 功:イサオ:Isao 三郎:サブロウ:Saburo 次郎:ジロウ:Jiro
結愛:ユア:Yua 心春:コハル:Koharu 莉子:リコ:Riko 美羽:ミウ:Miu 彩葉:イロハ:Iroha 日菜子:ヒナコ:Hinako 千晴:チハル:Chiharu
小雪:コユキ:Koyuki 真央:マオ:Mao 梨花:リカ:Rika 由香里:ユカリ:Yukari 優奈:ユウナ:Yuna 晴美:ハルミ:Harumi 加奈子:カナコ:Kanako
千里:チサト:Chisato 好美:ヨシミ:Yoshimi
敏行:トシユキ:Toshiyuki 慎吾:シンゴ:Shingo 英明:ヒデアキ:Hideaki 武:タケシ:Takeshi
智恵:チエ:Chie 美香:ミカ:Mika 里美:サトミ:Satomi 麻由:マユ:Mayu 千代:チヨ:Chiyo
瑞穂:ミズホ:Mizuho 友香:トモカ:Tomoka 真紀:マキ:Maki 菜月:ナツキ:Natsuki 百合:ユリ:Yuri
`);

// Russian / Ukrainian / Belarusian: masculine family names in Cyrillic; feminine forms derived.
const RU_FAMILY = `Соколов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв Васильев Зайцев Павлов Семёнов Голубев
Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев
Титов Кузьмин Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв Герасимов
Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков Цветков Данилов Жуков Фролов Журавлёв Николаев Крылов
Максимов Сидоров Осипов Белоусов Федотов Дорофеев Егоров Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев
Никифоров Веселов Филиппов Марков Большаков Суханов Миронов Ширяев Александров Коновалов Шестаков Казаков Ефимов Денисов Громов
Фомин Давыдов Мельников Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов Исаков Тихонов Аксёнов Гаврилов Родионов Котов
Горбунов Кудряшов Быков Зуев Третьяков Савельев Панов Рыбаков Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов
Горшков Чернов Овчинников Селезнёв Панфилов Копылов Михеев Галкин Назаров Лобанов Лукин Беляков Потапов Некрасов Хохлов Жданов
Наумов Шилов Воронцов Ермаков Дроздов Игнатьев Савин Логинов Сафонов Капустин Кириллов Моисеев Елисеев Кошелев Костин Горбачёв
Орехов Ефремов Исаев Евдокимов Калашников Кабанов Носков Юдин Кулагин Лапин Прохоров Нестеров Харитонов Агафонов Муравьёв
Ларионов Федосеев Зимин Пахомов Шубин Игнатов Филатов Крюков Рогов Кулаков Терентьев Молчанов Владимиров Артемьев Гурьев
Зиновьев Гришин Кононов Дементьев Ситников Симонов Мишин Фадеев Комиссаров Мамонтов Носов Гуляев Шаров Устинов Вишняков Евсеев
Лаврентьев Брагин Константинов Корнилов Авдеев Зыков Бирюков Шарапов Никонов Щукин Дьячков Одинцов Сазонов Якушев Красильников
Гордеев Самойлов Князев Беспалов Уваров Шашков Бобылёв Доронин Белозёров Рожков Самсонов Мясников Лихачёв Буров Сысоев Фомичёв
Русаков Стрелков Гущин Тетерин Колобов Субботин Фокин Блохин Селиверстов Пестов Кондратьев Силин Меркушев Лыткин Туров`
  .split(/\s+/)
  .filter(Boolean);
const UA_FAMILY = `Коваленко Бондаренко Ткаченко Кравченко Шевчук Савченко Лысенко Руденко Бойко Мельничук Гриценко Олейник
Марченко Павленко Романенко Кузьменко Левченко Клименко Полищук Кравчук Сидоренко Карпенко Ткачук Литвиненко Василенко Панченко
Гончаренко Приходько Костенко Демченко Онищенко Яценко Гордиенко Харченко Нечипоренко Мирошниченко Тимошенко Стасюк Дячук`
  .split(/\s+/)
  .filter(Boolean);
const RU_GIVEN_M = `Александр Дмитрий Максим Сергей Андрей Алексей Артём Илья Кирилл Михаил Никита Матвей Роман Егор Арсений Иван
Денис Евгений Даниил Тимофей Владислав Игорь Владимир Павел Руслан Марк Константин Тимур Олег Ярослав Антон Николай Глеб Савелий
Вадим Степан Юрий Богдан Артур Семён Макар Лев Виктор Елисей Виталий Вячеслав Захар Мирон Георгий Давид Платон Анатолий Григорий
Станислав Василий Фёдор Родион Леонид Валерий Святослав Борис Эдуард Герман Всеволод`
  .split(/\s+/)
  .filter(Boolean);
const RU_GIVEN_F = `Анастасия Мария Анна Виктория Екатерина Наталья Марина Полина София Дарья Алиса Ксения Александра Елена Ольга
Ирина Татьяна Юлия Светлана Кристина Вероника Валерия Алина Елизавета Арина Варвара Диана Ульяна Маргарита Евгения Людмила Галина
Надежда Вера Любовь Оксана Нина Лариса Зоя Алёна Яна Карина Милана Василиса Ангелина Кира Ева Злата Таисия Эвелина Валентина Жанна
Инна Лилия Регина Снежана Раиса Тамара Олеся Майя`
  .split(/\s+/)
  .filter(Boolean);
/** Patronymic stems: stem + "ч" (male: Андреевич) / stem without its last letter + "на" (female: Андреевна). */
const RU_PATRONYMIC = `Александрови Дмитриеви Сергееви Андрееви Алексееви Игореви Владимирови Николаеви Иванови Михайлови Юрьеви
Олегови Викторови Павлови Евгеньеви Анатольеви Васильеви Борисови Петрови Геннадьеви Валерьеви Константинови Григорьеви
Леонидови Вячеславови Станиславови Романови Денисови Максимови Антонови Фёдорови Степанови Аркадьеви Вадимови Кириллови Тимурови
Русланови Эдуардови Олегови`
  .split(/\s+/)
  .filter((s) => /^[А-ЯЁа-яё]+$/.test(s))
  .filter((s, i, a) => a.indexOf(s) === i);

const RU_ABROAD = ['KZ', 'GE', 'AE'];

interface WestGroup {
  countries: string[];
  first: string[];
  last: string[];
  /** How a female family name is formed (Polish -ska, Czech -ová). */
  feminine?: (last: string) => string;
  femaleFrom: number;
}

function group(countries: string, male: string, female: string, last: string, feminine?: (l: string) => string): WestGroup {
  const m = male.split(/\s+/).filter(Boolean);
  const f = female.split(/\s+/).filter(Boolean);
  return {
    countries: countries.split(' '),
    first: [...m, ...f],
    femaleFrom: m.length,
    last: last.split(/\s*,\s*|\s{2,}|\n/).map((s) => s.trim()).filter(Boolean),
    ...(feminine ? { feminine } : {}),
  };
}

const WEST: WestGroup[] = [
  group('US US US GB GB IE CA AU NZ',
    `James John Robert Michael William David Richard Joseph Charles Christopher Matthew Anthony Mark Steven Paul Andrew Joshua
     Kevin Brian George Edward Ryan Jacob Gary Nicholas Eric Jonathan Stephen Justin Brandon Benjamin Samuel Gregory Patrick Jack
     Dennis Tyler Aaron Henry Adam Nathan Zachary Peter Kyle Ethan Jeremy Sean Liam Oliver Owen Connor Dylan Logan`,
    `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Sandra Ashley Kimberly Emily Donna Michelle
     Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Amy Kathleen Angela Brenda Pamela Nicole Samantha Katherine
     Christine Rachel Catherine Heather Olivia Sophia Charlotte Amelia Grace Chloe Hannah Megan Lauren Abigail Madison`,
    `Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Moore, Jackson, Thompson, White, Harris, Clark,
     Lewis, Robinson, Walker, Allen, Wright, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell,
     Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, Reed, Bailey, Bell, Kelly,
     Howard, Ward, Richardson, Wood, Watson, Brooks, Bennett, Gray, Hughes, Price, Sanders, Myers, Foster, Powell, Jenkins, Perry,
     Russell, Sullivan, Fisher, Henderson, Hamilton, Graham, Wallace, Woods, Cole, West, Owens, Reynolds, Ellis, Harrison, Gibson,
     McDonald, Marshall, Murray, Ford, Wells, Webb, Simpson, Stevens, Tucker, Porter, Hunter, Hicks, Crawford, Boyd, Mason, Kennedy,
     Warren, Dixon, Burns, Gordon, Shaw, Holmes, Rice, Robertson, Hunt, Black, Daniels, Palmer, Mills, Grant, Knight, Ferguson,
     Stone, Hawkins, Dunn, Perkins, Hudson, Spencer, Stephens, Pierce, Berry, Matthews, Arnold, Willis, Watkins, Olson, Carroll,
     Duncan, Snyder, Hart, Cunningham, Bradley, Lane, Andrews, Harper, Fox, Riley, Armstrong, Carpenter, Weaver, Greene, Lawrence,
     Elliott, Sims, Austin, Peters, Kelley, Franklin, Lawson, Fields, Byrne, O'Connor, O'Brien, Walsh, Fitzgerald, Gallagher, Doyle`),
  group('DE DE DE AT CH',
    `Lukas Leon Finn Jonas Paul Felix Maximilian Elias Ben Luis Tim Jan Niklas Moritz Philipp Tobias Florian Sebastian Stefan Andreas
     Markus Matthias Christian Jürgen Klaus Wolfgang Uwe Dieter Torsten Holger`,
    `Sabine Anja Julia Laura Lena Lea Hannah Mia Emma Sophie Katharina Claudia Petra Monika Ursula Heike Birgit Susanne Stefanie
     Andrea Lisa Johanna Greta Frieda Ida Annika Jana Franziska`,
    `Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf,
     Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier,
     Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser, Fuchs, Lang, Scholz, Möller, Weiß,
     Jung, Hahn, Schubert, Vogel, Friedrich, Keller, Günther, Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht,
     Schuster, Ludwig, Böhm, Winter, Kraus, Schumacher, Krämer, Vogt, Stein, Jäger, Sommer, Groß, Seidel, Heinrich, Brandt, Haas,
     Schreiber, Graf, Schulte, Dietrich, Ziegler, Kuhn, Pohl, Engel, Horn, Busch, Bergmann, Voigt, Sauer, Wolff, Pfeiffer`),
  group('FR FR FR BE LU',
    `Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Julien Antoine Mathieu Guillaume Hugo Louis Lucas Gabriel
     Arthur Raphaël Baptiste`,
    `Marie Nathalie Isabelle Sylvie Catherine Sophie Céline Aurélie Camille Léa Manon Chloé Inès Juliette Louise Émilie Claire
     Élodie Amélie Margaux`,
    `Bernard, Dubois, Durand, Lefebvre, Leroy, Moreau, Laurent, Lefèvre, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André,
     Mercier, Dupont, Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Roussel, Perrin, Morin,
     Clément, Gauthier, Dumont, Fontaine, Chevalier, Robin, Masson, Boyer, Lemaire, Duval, Joly, Gautier, Roche, Meunier, Marchand,
     Dufour, Blanchard, Barbier, Brun, Dumas, Brunet, Leroux, Colin, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc,
     Bourgeois, Renaud, Lemoine, Picard, Gaillard, Leclercq, Lacroix, Fabre, Dupuis, Olivier`),
  group('IT',
    `Marco Giuseppe Giovanni Antonio Francesco Alessandro Luca Andrea Matteo Lorenzo Davide Stefano Paolo Roberto Simone Federico
     Riccardo Gabriele Tommaso Leonardo`,
    `Giulia Francesca Chiara Sara Martina Alessia Valentina Elena Silvia Federica Elisa Paola Beatrice Aurora Ginevra Alice`,
    `Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa,
     Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone,
     Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro,
     Ferri, Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi,
     Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Carbone, Giuliani, Benedetti, Barone, Rossetti, Caputo,
     Montanari, Guerra, Palmieri, Bernardi, Fiore, De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia`),
  group('PL',
    `Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Mateusz Bartosz Jan Wojciech Adam`,
    `Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia Natalia Karolina Monika`,
    `Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski,
     Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Nowicki, Adamczyk, Dudek,
     Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, Jaworski, Malinowski, Górski, Rutkowski, Sikora`,
    (l) => l.replace(/(ski|cki|dzki)$/, (m) => m.slice(0, -1) + 'a')),
  group('CZ',
    `Petr Jiří Jan Pavel Martin Tomáš Josef Lukáš Jakub David`,
    `Jana Eva Hana Lucie Tereza Kateřina Veronika Markéta`,
    `Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Pospíšil, Hájek, Jelínek, Král,
     Růžička, Beneš, Fiala, Sedláček, Zeman, Kolář, Navrátil, Čermák, Urban, Vaněk`,
    (l) => (/ý$/.test(l) ? l.replace(/ý$/, 'á') : /a$/.test(l) ? l.replace(/a$/, 'ová') : /ek$/.test(l) ? l.replace(/ek$/, 'ková') : l + 'ová')),
  group('SE SE NO DK FI',
    `Erik Lars Anders Johan Karl Nils Per Mikael Henrik Olof Magnus Fredrik Jonas Oskar Emil Mattias`,
    `Ingrid Anna Eva Karin Kristina Sara Elin Linnea Sofia Astrid Freja Maja Ida Sigrid Hanna`,
    `Johansson, Andersson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson,
     Jansson, Hansson, Bengtsson, Lindberg, Lindqvist, Lindgren, Berg, Lundberg, Johansen, Olsen, Larsen, Andersen, Pedersen,
     Nilsen, Kristiansen, Jensen, Nielsen, Christensen, Rasmussen, Sørensen, Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä,
     Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Salminen`),
  group('NL NL BE',
    `Daan Sem Levi Bram Thijs Jesse Ruben Sander Joost Wouter Bas`,
    `Lotte Sanne Fleur Anouk Femke Iris Marieke Noor Esther Ilse`,
    `de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos,
     Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs,
     de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems,
     van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, Peeters`),
  group('ES ES PT BR MX AR',
    `Carlos Javier José Manuel Antonio David Daniel Francisco Alejandro Pablo Sergio Jorge Alberto Luis Miguel Rafael Fernando
     Diego Andrés Raúl Tiago João`,
    `Lucía María Carmen Ana Laura Marta Elena Paula Sara Cristina Isabel Patricia Andrea Sofía Julia Beatriz Inés Mariana Joana
     Rita`,
    `Navarro, Iglesias, Ortega, Molina, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Serrano, Blanco, Medina, Garrido,
     Cortés, Lozano, Cano, Prieto, Calvo, Gallego, Vidal, León, Márquez, Peña, Cabrera, Campos, Vega, Fuentes, Carrasco, Caballero,
     Nieto, Pascual, Santana, Herrero, Hidalgo, Montero, Ibáñez, Giménez, Ferrer, Durán, Vicente, Benítez, Mora, Arias, Carmona,
     Crespo, Pastor, Velasco, Soler, Parra, Esteban, Bravo, Gallardo, Oliveira, Pereira, Ferreira, Rodrigues, Martins, Sousa,
     Gonçalves, Lopes, Marques, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira,
     Monteiro, Cardoso, Rocha`),
  group('IN SG',
    `Rahul Amit Vikram Sanjay Deepak Arjun Rohan Aditya Karan Anand`,
    `Priya Anjali Neha Pooja Kavya Sneha Divya Shreya`,
    `Sharma, Verma, Gupta, Reddy, Iyer, Nair, Menon, Joshi, Desai, Mehta, Kulkarni, Chatterjee, Banerjee, Mukherjee, Pillai,
     Kapoor, Malhotra, Agarwal, Srinivasan, Krishnan`),
];

interface Place {
  kanji: string;
  kana: string;
  romaji: string;
}
const JP_PLACES: Place[] = jp(`
東京:トウキョウ:Tokyo 大阪:オオサカ:Osaka 名古屋:ナゴヤ:Nagoya 福岡:フクオカ:Fukuoka 札幌:サッポロ:Sapporo 横浜:ヨコハマ:Yokohama
神戸:コウベ:Kobe 仙台:センダイ:Sendai 京都:キョウト:Kyoto 広島:ヒロシマ:Hiroshima 千葉:チバ:Chiba 湘南:ショウナン:Shonan
北海道:ホッカイドウ:Hokkaido 九州:キュウシュウ:Kyushu 関西:カンサイ:Kansai 四国:シコク:Shikoku
`);
/** Brand words of Japanese companies: katakana + romaji. */
const JP_CORES: { kana: string; romaji: string }[] = `サクラ:Sakura ヒノデ:Hinode アオゾラ:Aozora ミドリ:Midori カエデ:Kaede
ツバサ:Tsubasa ヤマト:Yamato ミナト:Minato ホクト:Hokuto アサヒ:Asahi ミライ:Mirai ヒカリ:Hikari ノゾミ:Nozomi ハヤテ:Hayate
アケボノ:Akebono ワカバ:Wakaba イズミ:Izumi カザミ:Kazami アサギリ:Asagiri シラカバ:Shirakaba モミジ:Momiji ツクシ:Tsukushi
ミヤビ:Miyabi コトブキ:Kotobuki ヤマブキ:Yamabuki フジミ:Fujimi ハルカゼ:Harukaze ナギサ:Nagisa タチバナ:Tachibana
キラメキ:Kirameki ホシゾラ:Hoshizora アカツキ:Akatsuki セイラン:Seiran ハナミズキ:Hanamizuki ミツバ:Mitsuba アオバ:Aoba
ヒマワリ:Himawari トキワ:Tokiwa カスミ:Kasumi イナホ:Inaho ユウナギ:Yunagi サザナミ:Sazanami コマチ:Komachi ヒバリ:Hibari
ツユクサ:Tsuyukusa ワダチ:Wadachi マホロバ:Mahoroba イロドリ:Irodori スズラン:Suzuran
ミカゲ:Mikage ヨツバ:Yotsuba アマネ:Amane カグラ:Kagura ユキミ:Yukimi ミヤコ:Miyako カナデ:Kanade シズク:Shizuku ホタル:Hotaru
サザンカ:Sazanka ツバキ:Tsubaki キキョウ:Kikyo アジサイ:Ajisai ナデシコ:Nadeshiko ミズナギ:Mizunagi ユズリハ:Yuzuriha オボロ:Oboro
ヒスイ:Hisui コハク:Kohaku シノノメ:Shinonome タマユラ:Tamayura
ハナサキ:Hanasaki ミナヅキ:Minazuki フユノ:Fuyuno アオイロ:Aoiro ユメノ:Yumeno ソヨカゼ:Soyokaze ヤマビコ:Yamabiko
ハヤブサ:Hayabusa キタカゼ:Kitakaze ツキミ:Tsukimi ミドリノ:Midorino カワセミ:Kawasemi ウグイス:Uguisu
ヤエザクラ:Yaezakura`
  .split(/\s+/)
  .filter(Boolean)
  .map((t) => {
    const [kana, romaji] = t.split(':');
    return { kana: kana ?? '', romaji: romaji ?? '' };
  });
const JP_BIZ: { kanji: string; kana: string; en: string }[] = `物流:ブツリュウ:Logistics 商事:ショウジ:Trading 不動産:フドウサン:Real_Estate
建設:ケンセツ:Construction 電機:デンキ:Electric 食品:ショクヒン:Foods 工業:コウギョウ:Industries 技研:ギケン:Engineering
製作所:セイサクショ:Works 通商:ツウショウ:Commerce 運輸:ウンユ:Transport 産業:サンギョウ:Industrial 開発:カイハツ:Development
設計:セッケイ:Design 企画:キカク:Planning 薬品:ヤクヒン:Pharmaceutical 化学:カガク:Chemical 精機:セイキ:Precision 印刷:インサツ:Printing
電子:デンシ:Electronics 水産:スイサン:Fisheries 農園:ノウエン:Farms 酒造:シュゾウ:Brewery 観光:カンコウ:Tourism 貿易:ボウエキ:Trade
工務店:コウムテン:Builders 商店:ショウテン:Store ソリューションズ:ソリューションズ:Solutions テクノロジー:テクノロジー:Technology
ホールディングス:ホールディングス:Holdings キャピタル:キャピタル:Capital デジタル:デジタル:Digital システムズ:システムズ:Systems
ネットワークス:ネットワークス:Networks
紙業:シギョウ:Paper 繊維:センイ:Textiles 鋼材:コウザイ:Steel 機工:キコウ:Machinery 窯業:ヨウギョウ:Ceramics 家具:カグ:Furniture
園芸:エンゲイ:Gardening 写真館:シャシンカン:Photo_Studio 楽器:ガッキ:Instruments 乳業:ニュウギョウ:Dairy 製菓:セイカ:Confectionery
運送:ウンソウ:Express 住宅:ジュウタク:Homes 医療器:イリョウキ:Medical 塗装:トソウ:Coatings`
  .split(/\s+/)
  .filter(Boolean)
  .map((t) => {
    const [kanji, kana, en] = t.split(':');
    return { kanji: kanji ?? '', kana: kana ?? '', en: (en ?? '').replace(/_/g, ' ') };
  });
const JP_LEGAL = [
  { ja: '株式会社', abbr: '(株)', paren: '（株）', half: 'ｶ)', en: ['K.K.', 'Co., Ltd.', 'Inc.'] },
  { ja: '合同会社', abbr: '(同)', paren: '（同）', half: 'ﾄﾞ)', en: ['G.K.', 'LLC', 'LLC'] },
  { ja: '有限会社', abbr: '(有)', paren: '（有）', half: 'ﾕ)', en: ['Y.K.', 'Ltd.', 'Co., Ltd.'] },
] as const;

const BRAND_HEADS = `Nor Vel Lum Sol Zen Kal Bri Cor Mar Tal Ven Ald Ber Cas Dor Eli Fen Gar Hal Ist Jor Kor Lin Mer Nel Ost Pol
Quin Ros Sel Tor Ul Var Wen Yor Zel Alt Bel Cal Dal Ev Fal Gil Hel Ir Kel Lor Mor Nov Or Pel Rav Sil Tav Val Wil
Ath Bram Cael Drav Elm Frey Glen Hav Isk Jun Kip Lyn Mav Nyx Obr Pry Quor Rhen Skel Tyr Vorn Wyl Xan Yel Zor`.split(/\s+/);
const BRAND_TAILS = `tera vio dex mont ora ant ix ava wick gard heim berg stad ford ton ris lia nova quist mark vane dale
sto rion lux wyn ella ico brook haven crest field spire vale wood moor`.split(/\s+/);
const DESCRIPTORS = `Trading Logistics Capital Holdings Digital Software Consulting Imports Partners Ventures Analytics Payments Foods
Textiles Engineering Energy Solutions Systems Marine Media Labs Group Industries Pharma Metals Agro Estates Design Robotics
Fintech Medical Apparel Motors Studio Travel Electronics Data Retail Freight Chemicals`.split(/\s+/);
const INTL_LEGAL: { form: string; country: string; prefix?: boolean; cyr?: string }[] = [
  { form: 'LLC', country: 'US' }, { form: 'Inc.', country: 'US' }, { form: 'Corp.', country: 'US' },
  { form: 'Ltd', country: 'GB' }, { form: 'Limited', country: 'GB' }, { form: 'LLP', country: 'GB' },
  { form: 'GmbH', country: 'DE' }, { form: 'GmbH', country: 'AT' }, { form: 'AG', country: 'CH' },
  { form: 'S.A.', country: 'ES' }, { form: 'SARL', country: 'FR' }, { form: 'SAS', country: 'FR' },
  { form: 'B.V.', country: 'NL' }, { form: 'S.r.l.', country: 'IT' }, { form: 'S.p.A.', country: 'IT' },
  { form: 'sp. z o.o.', country: 'PL' }, { form: 's.r.o.', country: 'CZ' }, { form: 'OÜ', country: 'EE' },
  { form: 'SIA', country: 'LV' }, { form: 'UAB', country: 'LT' }, { form: 'AB', country: 'SE' }, { form: 'AS', country: 'NO' },
  { form: 'ApS', country: 'DK' }, { form: 'Oy', country: 'FI' }, { form: 'Pte. Ltd.', country: 'SG' },
  { form: 'Limited', country: 'HK' }, { form: 'Pty Ltd', country: 'AU' },
  { form: 'OOO', country: 'RU', prefix: true, cyr: 'ООО' }, { form: 'AO', country: 'RU', prefix: true, cyr: 'АО' },
  { form: 'TOV', country: 'UA', prefix: true, cyr: 'ТОВ' },
];

// ---------------------------------------------------------------------------------------------
// The list: primary names to plant, wallets to plant, and every name token to stay away from.

/** Legal-form words, ignored when deciding whether a list name has a single content word. */
const LEGAL_WORDS = new Set(
  `llc ooo oao zao pao ao ojsc jsc cjsc pjsc gmbh ag kk co ltd limited liability company inc corp corporation sa sal sarl
   sas srl sl spa bv nv ou plc llp lp oy ab as aps tov too sp zoo pte pty fze fzco fzc dmcc the of and open joint stock
   closed public private obshchestvo obschestvo s ogranichennoy ogranichennoi otvetstvennostyu aktsionernoe aktsionernoye`.split(/\s+/),
);

export interface ListEntry {
  id: string;
  name: string;
  type: 'individual' | 'entity';
  programs: string;
}

export interface ListWallet {
  id: string;
  ticker: string;
  address: string;
}

export interface LoadedListSample {
  entries: ListEntry[];
  preferred: ListEntry[];
  wallets: ListWallet[];
  /** Folded tokens and romanization keys of every list name (primary and aliases) -> the indices
   *  of the names that contain them; and the same tokens grouped by length for fuzzy look-ups. */
  tokenNames: Map<string, number[]>;
  tokensByLength: Buckets;
  /** 1 for list names with a single content word besides legal forms and initials (KORDEX OOO). */
  singleContent: Uint8Array;
  /** Tokens of each list name (index as in tokenNames). */
  nameTokens: string[][];
  /** Ordered pairs of initials of list names made only of initials and legal forms (S.A.S. E.U. -> "eu", "ue"…). */
  initialPairs: Set<string>;
  /** Words that make up a list name on their own, apart from initials (OLGA, ANA I, CAPITAL S.A.L.). */
  singleNames: Set<string>;
  /** "given|patronymic" keys of listed individuals. */
  givenPatronymic: Set<string>;
}

function readLegacyCsv(path: string): string[][] {
  let text = readFileSync(path, 'latin1');
  if (text.endsWith('\x1a')) text = text.slice(0, -1);
  return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

export function loadList(listPath: string): LoadedListSample {
  if (!existsSync(listPath)) {
    throw new Error(`list not found: ${listPath} (pass --list path/to/sdn.csv)`);
  }
  const rows = readLegacyCsv(listPath);
  const entries: ListEntry[] = [];
  const wallets: ListWallet[] = [];
  const allNames: string[] = [];
  for (const r of rows) {
    const id = (r[0] ?? '').trim();
    const name = (r[1] ?? '').trim();
    const rawType = (r[2] ?? '').trim();
    const programs = (r[3] ?? '').trim();
    const remarks = (r[11] ?? '').trim();
    if (!id || !name) continue;
    allNames.push(name);
    // Remarks carry more names: "f.k.a. 'ANA I'", "a.k.a. 'DSHRG RUSICH'" (readers load them as aliases).
    for (const m of remarks.matchAll(/\b[afn]\.k\.a\.,?\s*'([^']+)'/g)) if (m[1]) allNames.push(m[1]);
    if (rawType === 'individual' || rawType === '-0-') {
      entries.push({ id, name, type: rawType === 'individual' ? 'individual' : 'entity', programs });
    }
    // Remarks are cut at 1000 characters: the last address of a cut remark may be partial.
    const cut = remarks.length >= 999;
    const found = [...remarks.matchAll(/Digital Currency Address - ([A-Z0-9]+) ([A-Za-z0-9]+)/g)];
    found.forEach((m, i) => {
      if (cut && i === found.length - 1) return;
      wallets.push({ id, ticker: m[1] ?? '', address: m[2] ?? '' });
    });
  }
  const altPath = join(dirname(listPath), 'alt.csv');
  if (existsSync(altPath)) {
    for (const r of readLegacyCsv(altPath)) {
      const n = (r[3] ?? '').trim();
      if (n && n !== '-0-') allNames.push(n);
    }
  }
  const tokenNames = new Map<string, number[]>();
  const singleNames = new Set<string>();
  const givenPatronymic = new Set<string>();
  const singleContent = new Uint8Array(allNames.length);
  const nameTokens: string[][] = [];
  const initialPairs = new Set<string>();
  const index = (v: string, nameIdx: number) => {
    const ids = tokenNames.get(v);
    if (!ids) tokenNames.set(v, [nameIdx]);
    else if (ids[ids.length - 1] !== nameIdx) ids.push(nameIdx);
  };
  allNames.forEach((n, nameIdx) => {
    const toks = tokens(n);
    nameTokens.push(toks);
    // Names with one real word ("OLGA", "ANA I", "CAPITAL S.A.L."): that word alone can hit.
    const words = toks.filter((t) => t.length >= 2);
    if (words.length === 1 && words[0]) singleNames.add(words[0]);
    const content = toks.filter((t) => t.length >= 2 && !LEGAL_WORDS.has(t));
    if (content.length === 1) singleContent[nameIdx] = 1;
    if (content.length === 0) {
      const inits = toks.filter((t) => t.length === 1);
      for (const x of inits) for (const y of inits) if (x !== y) initialPairs.add(x + y);
    }
    toks.forEach((t, i) => {
      if (t.length === 1) {
        // An initial pairs with any word starting with it; it matters in names with at most two
        // real words (M-IABU, S.A.S. E.U.).
        if (content.length <= 2) index('#' + t, nameIdx);
        return;
      }
      index(t, nameIdx);
      index(romanKey(t), nameIdx);
      // Matchers may also read two adjacent tokens as one ("Shih Huan" ~ "shihuan").
      const next = toks[i + 1];
      if (next && next.length > 1) index(t + next, nameIdx);
    });
    const comma = n.indexOf(',');
    if (comma > 0) {
      const rest = tokens(n.slice(comma + 1));
      if (rest.length >= 2) givenPatronymic.add(gpKey(rest[0] ?? '', rest[1] ?? ''));
    }
  });
  const tokensByLength = lengthBuckets([...tokenNames.keys()].filter((t) => !t.startsWith('#')));
  const preferred = entries.filter((e) => /RUSSIA-EO14024|BELARUS-EO14038/.test(e.programs));
  return { entries, preferred, wallets, tokenNames, tokensByLength, singleNames, singleContent, nameTokens, initialPairs, givenPatronymic };
}

type Buckets = { words: string[]; masks: Int32Array; bigrams: Int32Array }[];

/** Tokens grouped by length, each with its letter and bigram masks, for fuzzy scans. */
function lengthBuckets(words: Iterable<string>): Buckets {
  const byLength: string[][] = [];
  for (const t of words) (byLength[t.length] ??= []).push(t);
  return [...byLength].map((w = []) => ({ words: w, masks: Int32Array.from(w, letterMask), bigrams: Int32Array.from(w, bigramMask) }));
}

/** Buckets of the tokens (and their keys) of the given list names only. */
function bucketsOfNames(list: LoadedListSample, names: Iterable<number>): Buckets {
  const words = new Set<string>();
  for (const i of names) {
    for (const t of list.nameTokens[i] ?? []) {
      if (t.length < 2) continue;
      words.add(t);
      words.add(romanKey(t));
    }
  }
  return lengthBuckets(words);
}

/** Loose key for given name + patronymic: "Dmitriy Andreevich" ~ "Dmitrii Andreyevich". */
function gpKey(given: string, patronymic: string): string {
  const k = (s: string) => foldToken(s).replace(/[yji]+/g, 'i').replace(/(.)\1+/g, '$1').slice(0, 6);
  return `${k(given)}|${k(patronymic)}`;
}

/**
 * Romanization key, after the rules name matchers use to equate Russian spellings
 * (Yevgeniy = Evgenii, Wladimir = Vladimir, Shchukin = Shukin): keeps pools clear of
 * names that differ from a list name only by romanization.
 */
const ROMAN_RULES: [RegExp, string][] = [
  [/tsch/g, 'ch'], [/tch/g, 'ch'], [/shch|sch/g, 'sh'], [/w/g, 'v'], [/j/g, 'y'], [/x/g, 'ks'], [/ph/g, 'f'],
  [/ck|q/g, 'k'], [/kh/g, 'h'], [/off$|ow$/g, 'ov'], [/eff$|ew$/g, 'ev'], [/ou/g, 'u'], [/ine$/g, 'in'],
  [/^ye|^ie/g, 'e'], [/([aeiouy])ye/g, '$1e'], [/yo|io/g, 'e'], [/yu|iu/g, 'u'], [/ya|ia/g, 'a'], [/ie/g, 'e'],
  [/y/g, 'i'], [/(.)\1+/g, '$1'],
];

function romanKey(t: string): string {
  let k = t;
  for (const [re, rep] of ROMAN_RULES) k = k.replace(re, rep);
  return k;
}

/** Which of a–z and 0–9 (folded together) a token uses, as bits. */
function letterMask(t: string): number {
  let m = 0;
  for (let i = 0; i < t.length; i++) m |= 1 << (t.charCodeAt(i) % 31);
  return m;
}

/** Which letter pairs (hashed into 32 bits) a token contains. */
function bigramMask(t: string): number {
  let m = 0;
  for (let i = 1; i < t.length; i++) m |= 1 << ((t.charCodeAt(i - 1) * 31 + t.charCodeAt(i)) & 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions. */
function osaDistance(a: string, b: string): number {
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

/** Edits a fuzzy name matcher typically forgives at this token length. */
function editBudget(len: number): number {
  return len <= 3 ? 0 : len <= 7 ? 1 : 2;
}

/**
 * Indices of the list names that have a token within a matcher's edit budget of one of the
 * word's tokens (or of their romanization keys): exact up to 3 letters, one edit up to 7,
 * two edits from 8.
 */
function nearNames(list: LoadedListSample, word: string, extra = 0, buckets: Buckets = list.tokensByLength): Set<number> {
  const out = new Set<number>();
  const add = (tok: string) => {
    for (const i of list.tokenNames.get(tok) ?? []) out.add(i);
  };
  for (const tok of tokens(word)) {
    for (const t of tok === romanKey(tok) ? [tok] : [tok, romanKey(tok)]) {
      add(t);
      const slack = t.length >= 5 ? extra : 0; // short tokens stay strict, as matchers keep them
      const m = letterMask(t);
      const bm = bigramMask(t);
      for (let len = Math.max(2, t.length - 2 - slack); len <= t.length + 2 + slack; len++) {
        const longer = Math.max(len, t.length);
        const budget = longer <= 3 ? 0 : editBudget(longer) + slack;
        if (budget === 0 || Math.abs(len - t.length) > budget) continue;
        const bucket = buckets[len];
        if (!bucket) continue;
        for (let i = 0; i < bucket.masks.length; i++) {
          // n edits change at most 2n letters of the alphabet: cheap reject before Levenshtein.
          if (popcount((bucket.masks[i] as number) ^ m) > 2 * budget) continue;
          // …and at most 4n letter pairs, 4n + 2 with one swap (an edit removes two and adds two).
          if (popcount((bucket.bigrams[i] as number) ^ bm) > 4 * budget + 2) continue;
          const w = bucket.words[i] as string;
          const d = distance(t, w);
          // Matchers may count a swap of two letters as one edit (Gritsenko ~ Khristenko).
          if (d <= budget || (d === budget + 1 && osaDistance(t, w) <= budget)) add(w);
        }
      }
    }
  }
  return out;
}

/** Where a part of a generated name could land in list names: by a word, or as an initial. */
interface Near {
  words: Set<number>;
  initials: Set<number>;
  /** First letter, for list names made of initials only (S.A.S. E.U.). */
  first: string;
}

/** Memoized look-ups for building the pools (dropped once the pools are built). */
function nearCache(list: LoadedListSample): { near: (word: string, extra?: number, buckets?: Buckets) => Near; clear: () => void } {
  const cache = new Map<string, Near>();
  return {
    near: (word, extra = 0, buckets) => {
      const key = `${extra}${buckets ? 'b' : ''}|${word}`;
      let r = cache.get(key);
      if (!r) {
        const initials = new Set<number>();
        for (const t of tokens(word)) for (const i of list.tokenNames.get('#' + t.charAt(0)) ?? []) initials.add(i);
        r = { words: nearNames(list, word, extra, buckets), initials, first: foldToken(word).charAt(0) };
        cache.set(key, r);
      }
      return r;
    },
    clear: () => cache.clear(),
  };
}

function intersects(a: Set<number>, b: Set<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const i of small) if (large.has(i)) return true;
  return false;
}

/**
 * Two parts of a generated name are risky together when one list name is near both: word and
 * word, or word and initial (two initials alone do not make a hit), or when the list has a name
 * made only of their two initials.
 */
function together(list: LoadedListSample, a: Near, b: Near): boolean {
  return (
    intersects(a.words, b.words) ||
    intersects(a.words, b.initials) ||
    intersects(a.initials, b.words) ||
    list.initialPairs.has(a.first + b.first)
  );
}

function mergeNear(parts: Near[]): Near {
  const words = new Set<number>();
  const initials = new Set<number>();
  for (const p of parts) {
    for (const i of p.words) words.add(i);
    for (const i of p.initials) initials.add(i);
  }
  return { words, initials, first: parts[0]?.first ?? '' };
}

/** Indices of the safe combinations in a flattened space where `bad` marks the risky ones. */
function safeList(bad: Uint8Array): Int32Array {
  let n = 0;
  for (let i = 0; i < bad.length; i++) if (!bad[i]) n++;
  const out = new Int32Array(n);
  let j = 0;
  for (let i = 0; i < bad.length; i++) if (!bad[i]) out[j++] = i;
  return out;
}

/** any-ascii reads kanji as Chinese (東 -> "Dong"): the token a matcher would see. */
function kanjiToken(kanji: string): string {
  return foldToken(anyAscii(kanji));
}

/** The same readings one syllable at a time ("ShiJing" -> shi, jing): matchers may split them. */
function kanjiSyllables(kanji: string): string[] {
  return anyAscii(kanji)
    .split(/(?=[A-Z])|[^A-Za-z]+/)
    .map((x) => x.toLowerCase())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Name categories. Each category maps an index j in [0, size) to a distinct name string.

interface Person {
  name: string;
  country: string;
}

interface Category {
  size: number;
  make(p: number, h: number): Person;
}

function radix(p: number, sizes: number[]): number[] {
  const out: number[] = [];
  for (const s of sizes) {
    out.push(p % s);
    p = Math.floor(p / s);
  }
  return out;
}

export function buildCategories(list: LoadedListSample) {
  const nc = nearCache(list);
  const near = nc.near;
  // Tokens of the one-word list names (OLGA, KORDEX OOO, ISIRAN), for checks of one-word renderings.
  const singleIdx: number[] = [];
  list.singleContent.forEach((v, i) => {
    if (v) singleIdx.push(i);
  });
  const singleBuckets = bucketsOfNames(list, singleIdx);

  // Japanese people --------------------------------------------------------------------------
  const jpFamily = JP_FAMILY;
  const jpGiven = JP_GIVEN.filter((g) => !list.singleNames.has(foldToken(g.romaji)));
  const JP_FORMS = 20;
  const KANJI_FORMS = new Set([4, 5, 6, 14, 15]);
  // A pair is avoided when one list name is near both parts in romaji. Forms written in kanji are
  // avoided when the Chinese readings any-ascii gives them (石井 和也 -> "shi jing he ye") put one
  // list name (HE, Jing) near two of the syllables, or near both joined readings.
  const syllableHits = (kanji: string) => {
    const count = new Map<number, number>();
    for (const syl of new Set(kanjiSyllables(kanji))) for (const i of near(syl).words) count.set(i, (count.get(i) ?? 0) + 1);
    let self = false;
    for (const c of count.values()) if (c >= 2) self = true;
    return { names: new Set(count.keys()), self, joined: near(kanjiToken(kanji)) };
  };
  // Joined renderings are checked only against one-word list names that share their first two
  // letters (or those of the romanization key): a cheap approximation, as edits there are rare.
  // Kana merge sounds Latin keeps apart (v/b, l/r): ババナオ ~ BAVAND.
  const kanaish = (x: string) => x.replace(/v/g, 'b').replace(/l/g, 'r').replace(/(.)\1+/g, '$1');
  const singleByPrefix = new Map<string, [string, string][]>();
  for (const b of singleBuckets) {
    for (const w of b?.words ?? []) {
      for (const v of new Set([w, kanaish(w)])) {
        const k = v.slice(0, 2);
        const arr = singleByPrefix.get(k);
        if (arr) arr.push([v, w]);
        else singleByPrefix.set(k, [[v, w]]);
      }
    }
  }
  const oneWordNear = (word: string, extra: number) => {
    const t = foldToken(word);
    for (const q of new Set([t, romanKey(t), kanaish(t)])) {
      for (const [v, w] of singleByPrefix.get(q.slice(0, 2)) ?? []) {
        const budget = editBudget(Math.max(q.length, v.length)) + (q.length >= 5 ? extra : 0);
        if (Math.abs(q.length - v.length) > budget) continue;
        const d = distance(q, v);
        if (d > budget && !(d === budget + 1 && osaDistance(q, v) <= budget)) continue;
        for (const i of list.tokenNames.get(w) ?? []) if (list.singleContent[i]) return true;
      }
    }
    return false;
  };
  const famKanji = jpFamily.map((f) => syllableHits(f.kanji));
  const givKanji = jpGiven.map((g) => syllableHits(g.kanji));
  const jpBad = new Uint8Array(jpFamily.length * jpGiven.length * JP_FORMS);
  jpFamily.forEach((f, fi) => {
    const fr = near(f.romaji);
    const fk = at(famKanji, fi);
    jpGiven.forEach((g, gi) => {
      const base = (fi * jpGiven.length + gi) * JP_FORMS;
      if (together(list, fr, near(g.romaji))) {
        for (let form = 0; form < JP_FORMS; form++) jpBad[base + form] = 1;
        return;
      }
      const gk = at(givKanji, gi);
      if (fk.self || gk.self || intersects(fk.names, gk.names) || together(list, fk.joined, gk.joined)) {
        for (const form of KANJI_FORMS) jpBad[base + form] = 1;
      }
      // Forms without a space reach a matcher as one word (イシイレン -> "ishiiren" ~ ISIRAN):
      // keep them away from one-word list names, with kana's extra edit of margin.
      if (oneWordNear(f.romaji + g.romaji, 1)) jpBad[base + 16] = jpBad[base + 17] = 1;
      if (oneWordNear(kanjiToken(f.kanji + g.kanji), 0)) jpBad[base + 5] = 1;
    });
  });
  // Only safe pairs are enumerated, so distinct indices still give distinct names.
  const jpSafe = safeList(jpBad);
  const jpPeople: Category = {
    size: jpSafe.length,
    make(p) {
      const safe = jpSafe[p] as number;
      const form = safe % JP_FORMS;
      const fi = Math.floor(safe / JP_FORMS / jpGiven.length);
      const gi = Math.floor(safe / JP_FORMS) % jpGiven.length;
      const f = at(jpFamily, fi);
      const g = at(jpGiven, gi);
      const F = f.romaji.toUpperCase();
      const G = g.romaji.toUpperCase();
      let name: string;
      switch (form) {
        case 0: name = `${g.romaji} ${f.romaji}`; break;
        case 1: name = `${F} ${G}`; break;
        case 2: name = `${f.romaji} ${g.romaji}`; break;
        case 3: name = `${G} ${F}`; break;
        case 4: name = `${f.kanji} ${g.kanji}`; break;
        case 5: name = `${f.kanji}${g.kanji}`; break;
        case 6: name = `${f.kanji}\u3000${g.kanji}`; break;
        case 7: name = `${f.kana} ${g.kana}`; break;
        case 8: name = `${f.kana}\u3000${g.kana}`; break;
        case 9: name = toHalfKana(`${f.kana} ${g.kana}`); break;
        case 10: name = toFullWidth(`${F} ${G}`); break;
        case 11: name = `${F}, ${G}`; break;
        case 12: name = `${g.romaji} ${F}`; break;
        case 13: name = `${F} ${g.romaji}`; break;
        case 14: name = `${f.kanji} ${g.kanji} (${F} ${G})`; break;
        case 15: name = `${f.kana} ${g.kana}（${f.kanji} ${g.kanji}）`; break;
        case 16: name = `${f.kana}${g.kana}`; break;
        case 17: name = toHalfKana(`${f.kana}${g.kana}`); break;
        case 18: name = `${f.romaji}, ${g.romaji}`; break;
        default: name = `${f.romaji} ${g.romaji}`.toLowerCase(); break;
      }
      return { name, country: 'JP' };
    },
  };

  // Japanese companies ------------------------------------------------------------------------
  const cores = JP_CORES.filter((c) => !list.singleNames.has(foldToken(c.romaji)));
  const places = [null, ...JP_PLACES];
  const JPC_FORMS = 6;
  const none: Near = { words: new Set(), initials: new Set(), first: '' };
  const placeNear = places.map((pl) => (pl ? near(pl.romaji) : none));
  const bizNear = JP_BIZ.map((b) => near(b.en));
  const jpcBad = new Uint8Array(places.length * cores.length * JP_BIZ.length);
  cores.forEach((c, ci) => {
    const cn = near(c.romaji);
    places.forEach((_, pi) => {
      const pn = at(placeNear, pi);
      JP_BIZ.forEach((_b, bi) => {
        const bn = at(bizNear, bi);
        if (together(list, cn, bn) || (pn !== none && (together(list, pn, cn) || together(list, pn, bn)))) jpcBad[(pi * cores.length + ci) * JP_BIZ.length + bi] = 1;
      });
    });
  });
  const jpcSafe = safeList(jpcBad);
  const jpCompanies: Category = {
    size: jpcSafe.length * JP_LEGAL.length * JPC_FORMS,
    make(p, h) {
      const [triple = 0, li = 0, form = 0] = radix(p, [jpcSafe.length, JP_LEGAL.length, JPC_FORMS]);
      const safe = jpcSafe[triple] as number;
      const bi = safe % JP_BIZ.length;
      const ci = Math.floor(safe / JP_BIZ.length) % cores.length;
      const pi = Math.floor(safe / JP_BIZ.length / cores.length);
      const pl = at(places, pi);
      const c = at(cores, ci);
      const b = at(JP_BIZ, bi);
      const l = at(JP_LEGAL, li);
      const jaBody = `${pl ? pl.kanji : ''}${c.kana}${b.kanji}`;
      const kanaBody = `${pl ? pl.kana : ''}${c.kana}${b.kana}`;
      const enBody = `${pl ? pl.romaji + ' ' : ''}${c.romaji} ${b.en}`;
      let name: string;
      switch (form) {
        case 0: name = `${l.ja}${jaBody}`; break;
        case 1: name = `${jaBody}${l.ja}`; break;
        case 2: name = `${enBody} ${at(l.en, h % l.en.length)}`; break;
        case 3: name = `${l.half}${toHalfKana(kanaBody)}`; break;
        case 4: name = `${toFullWidth(enBody.toUpperCase())}${l.paren}`; break;
        default: name = `${l.abbr}${jaBody}`; break;
      }
      return { name, country: 'JP' };
    },
  };

  // Russian / Ukrainian / Belarusian people ----------------------------------------------------
  const fem = (m: string) =>
    /(ов|ев|ёв|ин|ын)$/.test(m) ? m + 'а' : /ский$/.test(m) ? m.replace(/ский$/, 'ская') : /ой$/.test(m) ? m.replace(/ой$/, 'ая') : m;
  const ruFamily = [...RU_FAMILY.map((f) => ({ f, country: 'RU' })), ...UA_FAMILY.map((f) => ({ f, country: 'UA' }))];
  const romanizations = (c: string) => [translit(c, CYR_BGN), translit(c, CYR_ICAO), translitPCGN(c)];
  const ruFamNear = ruFamily.map(({ f }) => mergeNear([...romanizations(f), ...romanizations(fem(f))].map((v) => near(v))));
  const givenPatronymic = list.givenPatronymic;
  const ruGiven = [...RU_GIVEN_M.map((g) => ({ g, female: false })), ...RU_GIVEN_F.map((g) => ({ g, female: true }))].filter(
    ({ g }) => !list.singleNames.has(foldToken(translit(g, CYR_BGN))) && !list.singleNames.has(foldToken(translit(g, CYR_ICAO))),
  );
  const ruBad = new Uint8Array(ruFamily.length * ruGiven.length);
  ruGiven.forEach(({ g }, gi) => {
    const gn = mergeNear(romanizations(g).map((v) => near(v)));
    ruFamNear.forEach((fn, fi) => {
      if (together(list, fn, gn)) ruBad[fi * ruGiven.length + gi] = 1;
    });
  });
  const RU_PLAIN_FORMS = 5;
  const RU_PAT_FORMS = 5;
  const ruSafe = safeList(ruBad);
  const plain = ruSafe.length * RU_PLAIN_FORMS;
  const ruPeople: Category = {
    size: plain + ruSafe.length * RU_PATRONYMIC.length * RU_PAT_FORMS,
    make(p, h) {
      const withPat = p >= plain;
      const [pair = 0, form = 0, pi = 0] = withPat
        ? radix(p - plain, [ruSafe.length, RU_PAT_FORMS, RU_PATRONYMIC.length])
        : radix(p, [ruSafe.length, RU_PLAIN_FORMS]);
      const safe = ruSafe[pair] as number;
      const fi = Math.floor(safe / ruGiven.length);
      const gi = safe % ruGiven.length;
      const fam = at(ruFamily, fi);
      const giv = at(ruGiven, gi);
      const family = giv.female ? fem(fam.f) : fam.f;
      // A Japanese exchange's Russian-speaking counterparties mostly live in Japan or nearby.
      const c20 = h % 20;
      const country = c20 < 12 ? 'JP' : c20 < 17 ? fam.country : at(RU_ABROAD, c20 - 17);
      if (!withPat) {
        switch (form) {
          case 0: return { name: `${translit(giv.g, CYR_BGN)} ${translit(family, CYR_BGN)}`, country };
          case 1: return { name: `${translit(family, CYR_ICAO).toUpperCase()} ${translit(giv.g, CYR_ICAO).toUpperCase()}`, country };
          case 2: return { name: `${giv.g} ${family}`, country };
          case 3: return { name: `${family} ${giv.g}`, country };
          default: return { name: `${translit(giv.g, CYR_ICAO).toUpperCase()} ${translit(family, CYR_ICAO).toUpperCase()}`, country };
        }
      }
      const stem = at(RU_PATRONYMIC, pi);
      let pat = giv.female ? stem.slice(0, -1) + 'на' : stem + 'ч';
      // Never pair a given name and patronymic that a listed person has (e.g. "Dmitriy Andreevich").
      if (givenPatronymic.has(gpKey(translit(giv.g, CYR_BGN), translit(pat, CYR_BGN)))) pat = '';
      const sp = pat ? ' ' : '';
      switch (form) {
        case 0: return { name: `${family} ${giv.g}${sp}${pat}`, country };
        case 1: return { name: `${translit(family, CYR_BGN)}, ${translit(giv.g, CYR_BGN)}${sp}${translit(pat, CYR_BGN)}`, country };
        case 2: return { name: `${giv.g}${sp}${pat} ${family}`, country };
        case 3: return { name: `${translit(giv.g, CYR_BGN)}${sp}${translit(pat, CYR_BGN)} ${translit(family, CYR_BGN)}`, country };
        default: return { name: `${translit(family, CYR_ICAO).toUpperCase()} ${translit(giv.g, CYR_ICAO).toUpperCase()}${sp}${translit(pat, CYR_ICAO).toUpperCase()}`, country };
      }
    },
  };

  // European / American / other people ----------------------------------------------------------
  const groups = WEST.map((g) => ({
    ...g,
    first: g.first.filter((f) => !list.singleNames.has(foldToken(f))),
    femaleFrom: g.first.slice(0, g.femaleFrom).filter((f) => !list.singleNames.has(foldToken(f))).length,
  }));
  const westBad = groups.map((g) => {
    const bad = new Uint8Array(g.first.length * g.last.length);
    g.last.forEach((l, li) => {
      const ln = near(l);
      const lf = g.feminine ? near(g.feminine(l)) : ln;
      g.first.forEach((f, fi) => {
        if (together(list, fi >= g.femaleFrom ? lf : ln, near(f))) bad[li * g.first.length + fi] = 1;
      });
    });
    return bad;
  });
  const westSafe = westBad.map(safeList);
  const pairs = westSafe.map((l) => l.length);
  const totalPairs = pairs.reduce((a, b) => a + b, 0);
  const INITIALS = 'ABCDEFGHJKLMNPRSTW';
  const W_FORMS = 4 + INITIALS.length;
  // (First Middle Last forms would need triple checks; initials keep the pair check sufficient.)
  const westPeople: Category = {
    size: totalPairs * W_FORMS,
    make(p, h) {
      const [pairIdx = 0, form = 0] = radix(p, [totalPairs, W_FORMS]);
      let k = pairIdx;
      let gi = 0;
      while (k >= at(pairs, gi)) {
        k -= at(pairs, gi);
        gi++;
      }
      const g = at(groups, gi);
      const safe = at(westSafe, gi)[k] as number;
      const fi = safe % g.first.length;
      const li = Math.floor(safe / g.first.length);
      const first = at(g.first, fi);
      let last = at(g.last, li);
      if (g.feminine && fi >= g.femaleFrom) last = g.feminine(last);
      const country = at(g.countries, h % g.countries.length);
      switch (form) {
        case 0: return { name: `${first} ${last}`, country };
        case 1: return { name: `${last.toUpperCase()} ${first.toUpperCase()}`, country };
        case 2: return { name: `${last}, ${first}`, country };
        case 3: return { name: `${first.toUpperCase()} ${last.toUpperCase()}`, country };
        default: return { name: `${first} ${INITIALS.charAt(form - 4)}. ${last}`, country };
      }
    },
  };

  // International companies -----------------------------------------------------------------------
  const descs = ['', ...DESCRIPTORS.filter((d) => !list.singleNames.has(foldToken(d)))];
  const descNear = descs.map((d) => (d ? near(d) : none));
  // Invented words get one extra edit of margin, and are only compared where it matters:
  // with one-word list names (brand-only forms such as ООО «Норвио» vs KORDEX OOO), and with
  // the list names that also contain a descriptor-like word (Yornova Group vs RENOVA GROUP).
  const withDesc = new Set<number>();
  for (const dn of descNear) for (const i of dn.words) withDesc.add(i);
  const descBuckets = bucketsOfNames(list, withDesc);
  const brands: string[] = [];
  const brandNear: Near[] = [];
  for (const head of BRAND_HEADS) for (const tail of BRAND_TAILS) {
    const b = head + tail;
    if (brands.includes(b)) continue;
    let single = false;
    for (const i of nearNames(list, b, 1, singleBuckets)) if (list.singleContent[i]) single = true;
    if (single) continue;
    brands.push(b);
    brandNear.push(near(b, 1, descBuckets));
  }
  const intlBad = new Uint8Array(brands.length * descs.length);
  brands.forEach((_b, bi) => {
    const bn = at(brandNear, bi);
    descNear.forEach((dn, di) => {
      if (together(list, bn, dn)) intlBad[bi * descs.length + di] = 1;
    });
  });
  const intlSafe = safeList(intlBad);
  const intlCompanies: Category = {
    size: intlSafe.length * INTL_LEGAL.length,
    make(p, h) {
      const [pair = 0, li = 0] = radix(p, [intlSafe.length, INTL_LEGAL.length]);
      const safe = intlSafe[pair] as number;
      const bi = Math.floor(safe / descs.length);
      const di = safe % descs.length;
      const b = at(brands, bi);
      const d = at(descs, di);
      const l = at(INTL_LEGAL, li);
      const body = d ? `${b} ${d}` : b;
      if (l.prefix) {
        const style = h % 4;
        if (style === 0 && l.cyr) return { name: `${l.cyr} «${toCyrillic(b)}»`, country: l.country };
        if (style === 1) return { name: `${l.form} "${body}"`, country: l.country };
        if (style === 2) return { name: `${l.form} ${body}`, country: l.country };
        return { name: `${body} ${l.form === 'OOO' || l.form === 'TOV' ? 'LLC' : 'JSC'}`, country: l.country };
      }
      return { name: `${body} ${l.form}`, country: l.country };
    },
  };

  nc.clear();
  const pools = {
    jpFamily: jpFamily.length, jpGiven: jpGiven.length, jpCores: cores.length, ruFamily: ruFamily.length,
    ruGiven: ruGiven.length, westFirst: groups.map((g) => g.first.length), westLast: groups.map((g) => g.last.length),
    brands: brands.length, descriptors: descs.length - 1,
    /** Share of combinations that are safe (the rest are redirected to a safe neighbour). */
    safe: Object.fromEntries(
      Object.entries({ jpBad, jpcBad, ruBad, intlBad, ...Object.fromEntries(westBad.map((b, i) => [`west${i}`, b])) }).map(
        ([k, b]) => [k, Number((1 - b.reduce((a, x) => a + x, 0) / Math.max(1, b.length)).toFixed(3))],
      ),
    ),
  };
  return { jpPeople, jpCompanies, ruPeople, westPeople, intlCompanies, pools };
}

// ---------------------------------------------------------------------------------------------
// Planted hits: deterministic variants of real list names.

/** Legal-form and generic company words that never carry the planted typo. */
const GENERIC_WORDS = new Set(
  `limited liability company corporation incorporated joint stock public closed open private foreign holding holdings
   group obshchestvo obschestvo ogranichennoy ogranichennoi otvetstvennostyu aktsionernoe aktsionernoye otkrytoe otkrytoye
   zakrytoe zakrytoye publichnoe publichnoye international trading enterprise unitary federal state`.split(/\s+/),
);

const PLANT_VARIANTS = ['exact', 'reorder', 'drop-middle', 'typo', 'lower', 'upper-no-comma'] as const;
export type PlantVariant = (typeof PLANT_VARIANTS)[number];

export function variantOf(e: ListEntry, variant: PlantVariant, r: () => number): string {
  const name = e.name;
  const comma = name.indexOf(',');
  const isPerson = e.type === 'individual' && comma > 0;
  const last = isPerson ? name.slice(0, comma).trim() : name;
  const rest = isPerson ? name.slice(comma + 1).trim().split(/\s+/) : [];
  const lastTitle = titleCase(last);
  switch (variant) {
    case 'exact':
      return name;
    case 'reorder':
      return isPerson ? `${rest.join(' ')} ${lastTitle}` : titleCase(name);
    case 'drop-middle':
      // "LAST, First Middle" -> "First Last"; longer given parts are reordered only.
      if (isPerson && rest.length === 2) return `${rest[0] ?? ''} ${lastTitle}`;
      return isPerson ? `${rest.join(' ')} ${lastTitle}` : titleCase(name);
    case 'lower':
      return (isPerson ? `${rest.join(' ')} ${last}` : name).toLowerCase();
    case 'upper-no-comma':
      return isPerson ? `${last} ${rest.join(' ')}`.toUpperCase() : name.toUpperCase().replace(/,/g, '');
    case 'typo': {
      const words = isPerson ? [...rest, lastTitle] : name.split(/\s+/);
      let best = -1;
      for (let i = 0; i < words.length; i++) {
        const w = words[i] ?? '';
        if (GENERIC_WORDS.has(w.toLowerCase())) continue; // a typo in "LIABILITY" tests legal-form parsing, not matching
        if (/^[A-Za-z]{6,}$/.test(w) && (best < 0 || w.length > (words[best] ?? '').length)) best = i;
      }
      if (best < 0) return isPerson ? `${rest.join(' ')} ${lastTitle}` : name;
      const w = words[best] ?? '';
      const pos = 1 + Math.floor(r() * (w.length - 2)); // never the first or last letter
      // One Levenshtein edit: a substitution or a deletion (a transposition would be two).
      const kind = Math.floor(r() * 2);
      let typo: string;
      if (kind === 0) {
        // substitution with a neighbouring letter
        const c = w.charAt(pos);
        const isUpper = c === c.toUpperCase();
        const code = c.toLowerCase().charCodeAt(0);
        const next = String.fromCharCode(code >= 121 ? code - 1 : code + 1);
        typo = w.slice(0, pos) + (isUpper ? next.toUpperCase() : next) + w.slice(pos + 1);
      } else {
        typo = w.slice(0, pos) + w.slice(pos + 1); // deletion
      }
      words[best] = typo;
      return words.join(' ');
    }
  }
}

function walletAsset(w: ListWallet): { asset: string; network: string; address: string; r: number } {
  const a = w.address;
  switch (w.ticker) {
    case 'XBT': return { asset: 'BTC', network: 'bitcoin', address: a, r: 6450000 };
    case 'ETH': return { asset: 'ETH', network: 'ethereum', address: a, r: 370000 };
    case 'USDT': return { asset: 'USDT', network: a.startsWith('T') ? 'tron' : a.startsWith('0x') ? 'ethereum' : 'omni', address: a, r: 148 };
    case 'USDC': return { asset: 'USDC', network: 'ethereum', address: a, r: 148 };
    case 'TRX': return { asset: 'TRX', network: 'tron', address: a, r: 15 };
    case 'LTC': return { asset: 'LTC', network: 'litecoin', address: a, r: 10200 };
    default: return { asset: w.ticker, network: w.ticker.toLowerCase(), address: a, r: 1000 };
  }
}

// ---------------------------------------------------------------------------------------------
// Row generation

const ASSETS = [
  // asset, network, JPY rate, decimals, weight
  ['BTC', 'bitcoin', 6450000, 8, 30],
  ['ETH', 'ethereum', 370000, 6, 22],
  ['XRP', 'xrpl', 85, 6, 16],
  ['USDT', 'tron', 148, 2, 12],
  ['USDT', 'ethereum', 148, 2, 6],
  ['LTC', 'litecoin', 10200, 8, 5],
  ['TRX', 'tron', 15, 6, 5],
  ['SOL', 'solana', 14500, 9, 4],
] as const;
const ASSET_TABLE: number[] = [];
ASSETS.forEach((a, i) => {
  for (let k = 0; k < a[4]; k++) ASSET_TABLE.push(i);
});

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEX = '0123456789abcdef';

function cleanWallet(seed: number, w: number): { assetIdx: number; address: string } {
  const assetIdx = at(ASSET_TABLE, hash32(seed, w, 11) % ASSET_TABLE.length);
  const r = mulberry32(hash32(seed, w, 12));
  const rs = (al: string, n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += al.charAt(Math.floor(r() * al.length));
    return s;
  };
  const a = at(ASSETS, assetIdx);
  let address: string;
  switch (a[0]) {
    case 'BTC': {
      const k = Math.floor(r() * 3);
      address = k === 0 ? 'bc1q' + rs(B32, 38) : k === 1 ? '1' + rs(B58, 33) : '3' + rs(B58, 33);
      break;
    }
    case 'LTC': address = r() < 0.5 ? 'ltc1q' + rs(B32, 38) : 'L' + rs(B58, 33); break;
    case 'XRP': address = 'r' + rs(B58, 32); break;
    case 'SOL': address = rs(B58, 44); break;
    default: address = a[1] === 'tron' ? 'T' + rs(B58, 33) : '0x' + rs(HEX, 40);
  }
  return { assetIdx, address };
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

function makeGenerator(opts: GenOptions, list: LoadedListSample): PreparedGenerator {
  const rows = Math.max(0, Math.floor(opts.rows));
  const seed = (opts.seed ?? 1) >>> 0;
  const hitRate = opts.hitRate ?? 0.01;
  const namesRatio = opts.namesRatio ?? 0.2;
  const walletPool = Math.max(1, opts.wallets ?? 50000);
  const onPlanted = opts.onPlanted;
  const entityNames = new Map<string, string>();
  if (onPlanted) for (const e of list.entries) entityNames.set(e.id, e.name);
  if (list.entries.length === 0) throw new Error('the list has no individuals or entities to plant');
  // Keep only what rows need, so the list's token sets can be collected after the pools are built.
  const listEntries = list.entries;
  const listPreferred = list.preferred;
  const listWallets = list.wallets;

  const cats = buildCategories(list);
  // 20 slots: the k-th new counterparty goes to category SLOTS[k % 20].
  const ORDER = [cats.jpPeople, cats.jpCompanies, cats.ruPeople, cats.westPeople, cats.intlCompanies];
  // Shares: Japanese people 20%, Japanese companies 15%, Russian/Ukrainian people 20%,
  // other people 20%, international companies 25%.
  const SLOTS = [0, 4, 2, 3, 1, 4, 0, 2, 3, 4, 1, 0, 2, 4, 3, 0, 2, 1, 4, 3];
  const perCycle = ORDER.map((_, c) => SLOTS.filter((s) => s === c).length);
  const rankInCycle = SLOTS.map((s, i) => SLOTS.slice(0, i).filter((x) => x === s).length);
  const mult = ORDER.map((cat, c) => {
    let a = 1000003 + c * 2;
    while (gcd(a, cat.size) !== 1) a += 2;
    return a;
  });

  const stats: GenStats = { rows, cleanCounterparties: 0, wrapped: 0, plantedHits: 0, plantedNameHits: 0, plantedWalletHits: 0 };
  const header = COLUMNS.join(',') + '\n';

  function counterparty(k: number): { person: Person; wallet: number; account: number } {
    const slot = k % SLOTS.length;
    const c = at(SLOTS, slot);
    const cat = at(ORDER, c);
    const j = Math.floor(k / SLOTS.length) * at(perCycle, c) + at(rankInCycle, slot);
    const p = (j * at(mult, c) + hash32(seed, c, 3)) % cat.size;
    const h = hash32(seed, k, 4);
    const person = cat.make(p, h);
    const wallet = hash32(seed, k, 5) % walletPool;
    const account = 100000 + (hash32(seed, k, 6) % 900000);
    return { person, wallet, account };
  }
  function wrappedIdentity(k: number): boolean {
    const slot = k % SLOTS.length;
    const c = at(SLOTS, slot);
    const j = Math.floor(k / SLOTS.length) * at(perCycle, c) + at(rankInCycle, slot);
    return j >= at(ORDER, c).size;
  }

  function* gen(): Generator<string, void, undefined> {
    const r = mulberry32(seed ^ 0x5eed);
    const width = Math.max(8, String(rows).length);
    const t0 = Date.UTC(2024, 0, 1, 0, 0, 0) - 9 * 3600e3; // 2024-01-01T00:00:00+09:00
    const meanGap = (30 * 86400e3) / Math.max(1, rows);
    let t = t0;
    let seen = 0;
    let lastSec = -1;
    let lastStamp = '';
    let lastDay = -1;
    let dayPrefix = '';
    // One entry per pool wallet (bounded by --wallets, not by --rows).
    const walletCache: ({ assetIdx: number; address: string } | undefined)[] = new Array(walletPool);
    const CP_CACHE = 1 << 16;
    /** A counterparty with its constant CSV pieces built (and flattened) once. */
    interface Cp {
      name: string;
      country: string;
      account: string;
      assetIdx: number;
      address: string;
      /** "counterparty_name,counterparty_country,wallet_address\n" */
      tail: string;
    }
    const cpCache: (Cp | undefined)[] = new Array(CP_CACHE);
    const makeCp = (k: number): Cp => {
      const c = counterparty(k);
      let w = walletCache[c.wallet];
      if (!w) {
        w = cleanWallet(seed, c.wallet);
        walletCache[c.wallet] = w;
      }
      const tail = `${csvField(c.person.name)},${c.person.country},${w.address}\n`;
      tail.charCodeAt(0); // flatten the rope once, not in every row that reuses it
      return { name: c.person.name, country: c.person.country, account: `C${c.account}`, assetIdx: w.assetIdx, address: w.address, tail };
    };
    for (let i = 0; i < rows; i++) {
      t += -Math.log(1 - r()) * meanGap;
      const sec = Math.floor(t / 1000) + 9 * 3600; // JST wall clock
      if (sec !== lastSec) {
        const day = Math.floor(sec / 86400);
        if (day !== lastDay) {
          const d = new Date(day * 86400e3);
          dayPrefix = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T`;
          lastDay = day;
        }
        const s = sec - day * 86400;
        lastStamp = `${dayPrefix}${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}+09:00`;
        lastSec = sec;
      }
      const txId = 'TX' + String(i + 1).padStart(width, '0');
      let direction = r() < 0.62 ? 'withdrawal' : 'deposit';
      const u = r();
      const planted = u < hitRate;
      // Clean counterparty (also used as the innocent-looking name on planted wallet rows).
      let k: number;
      if (seen === 0 || r() < namesRatio) {
        k = seen++;
        stats.cleanCounterparties++;
        if (wrappedIdentity(k)) stats.wrapped++;
      } else {
        // Reuse, skewed to early (popular) counterparties: Zipf-like frequencies.
        const v = r();
        k = Math.floor(seen * v * v);
      }
      // Popular (early) counterparties are reused most: keep a fixed-size cache of them.
      let cp = k < CP_CACHE ? cpCache[k] : undefined;
      if (!cp) {
        cp = makeCp(k);
        if (k < CP_CACHE) cpCache[k] = cp;
      }
      let name = cp.name;
      let country = cp.country;
      let account = cp.account;
      let tail = cp.tail;
      const a = at(ASSETS, cp.assetIdx);
      let asset: string = a[0];
      let network: string = a[1];
      let rate: number = a[2];
      let dp: number = a[3];
      let address = cp.address;

      if (planted) {
        stats.plantedHits++;
        if (r() < 0.1 && listWallets.length > 0) {
          // A real list wallet behind an innocent name; 0x addresses are often lower-cased by exports.
          const lw = at(listWallets, Math.floor(r() * listWallets.length));
          const wa = walletAsset(lw);
          asset = wa.asset;
          network = wa.network;
          rate = wa.r;
          dp = asset === 'BTC' || asset === 'LTC' ? 8 : asset === 'ETH' ? 6 : 2;
          const lower = wa.address.startsWith('0x') && r() < 0.5;
          address = lower ? wa.address.toLowerCase() : wa.address;
          direction = 'withdrawal';
          tail = `${csvField(name)},${country},${address}\n`;
          stats.plantedWalletHits++;
          onPlanted?.({
            line: i + 2, txId, kind: 'wallet', entity: lw.id, listName: entityNames.get(lw.id) ?? '',
            variant: lower ? 'lowercase' : 'exact', value: address,
          });
        } else {
          const pool = r() < 0.5 && listPreferred.length > 0 ? listPreferred : listEntries;
          const e = at(pool, Math.floor(r() * pool.length));
          const variant = at(PLANT_VARIANTS, Math.floor(r() * PLANT_VARIANTS.length));
          name = variantOf(e, variant, r);
          onPlanted?.({ line: i + 2, txId, kind: 'name', entity: e.id, listName: e.name, variant, value: name });
          country = /RUSSIA|UKRAINE-EO|CAATSA - RUSSIA|CYBER/.test(e.programs)
            ? 'RU'
            : /BELARUS/.test(e.programs)
              ? 'BY'
              : /IRAN|IFSR|IRGC/.test(e.programs)
                ? 'IR'
                : /DPRK/.test(e.programs)
                  ? 'KP'
                  : '';
          account = `C${100000 + Math.floor(r() * 900000)}`;
          tail = `${csvField(name)},${country},${address}\n`;
          stats.plantedNameHits++;
        }
      }
      // Amount: log-uniform-ish between ~3,000 and ~3,000,000 JPY, skewed to small transfers.
      const jpyTarget = 3000 * Math.pow(1000, Math.pow(r(), 1.4));
      let amount = jpyTarget / rate;
      const minUnit = Math.pow(10, -dp);
      if (amount < minUnit) amount = minUnit;
      const amountStr = amount.toFixed(dp);
      const jpy = Math.round(Number(amountStr) * rate);
      yield `${txId},${lastStamp},${account},${direction},${asset},${network},${amountStr},${jpy},${tail}`;
    }
  }

  return { header, rows: gen, stats };
}

// ---------------------------------------------------------------------------------------------
// CLI

interface CliArgs {
  rows: number;
  out: string | null;
  truth: string | null;
  seed: number;
  list: string;
  hitRate: number;
  namesRatio: number;
  wallets: number;
}

function usage(): string {
  return [
    'usage: npx tsx bench/gen-transactions.ts --rows N [--out FILE] [--seed 1] [--list sdn.csv]',
    '                                         [--hit-rate 0.01] [--names-ratio 0.2] [--wallets 50000] [--truth FILE]',
    'Writes a deterministic exchange-style transaction CSV (to stdout when --out is not given).',
    '--truth FILE also writes the planted rows: line,tx_id,kind,ent_num,variant,list_name,value.',
  ].join('\n');
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { rows: NaN, out: null, truth: null, seed: 1, list: DEFAULT_LIST, hitRate: 0.01, namesRatio: 0.2, wallets: 50000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${key} needs a value`);
      return v;
    };
    const num = (v: string): number => {
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isFinite(n) || n < 0) throw new Error(`${key}: not a non-negative number: ${v}`);
      return n;
    };
    switch (key) {
      case '--rows': case '-n': args.rows = Math.floor(num(val())); break;
      case '--out': case '-o': args.out = val(); break;
      case '--seed': args.seed = Math.floor(num(val())); break;
      case '--list': args.list = val(); break;
      case '--hit-rate': args.hitRate = num(val()); break;
      case '--names-ratio': args.namesRatio = num(val()); break;
      case '--wallets': args.wallets = Math.floor(num(val())); break;
      case '--truth': args.truth = val(); break;
      case '--help': case '-h': process.stderr.write(usage() + '\n'); process.exit(0); break;
      default: throw new Error(`unknown argument: ${a}`);
    }
  }
  if (!Number.isFinite(args.rows)) throw new Error('--rows is required');
  if (args.hitRate > 1 || args.namesRatio > 1) throw new Error('--hit-rate and --names-ratio must be between 0 and 1');
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`gen-transactions: ${(e as Error).message}\n${usage()}\n`);
    return 2;
  }
  const started = process.hrtime.bigint();
  const truth = args.truth ? createWriteStream(args.truth) : null;
  truth?.write('line,tx_id,kind,ent_num,variant,list_name,value\n');
  const gen = await prepareGenerator({
    rows: args.rows, seed: args.seed, listPath: args.list, hitRate: args.hitRate, namesRatio: args.namesRatio, wallets: args.wallets,
    ...(truth
      ? {
          onPlanted: (p: PlantedRow) => {
            truth.write(`${p.line},${p.txId},${p.kind},${p.entity},${p.variant},${csvField(p.listName)},${csvField(p.value)}\n`);
          },
        }
      : {}),
  });
  const out = args.out ? createWriteStream(args.out, { highWaterMark: 1 << 20 }) : process.stdout;
  let failed: Error | null = null;
  out.on('error', (e: Error) => {
    failed = e;
  });
  const write = (chunk: string): Promise<void> | null =>
    out.write(chunk) ? null : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  // Collect about 256 KB per write: few calls into the stream, little garbage.
  let buf = gen.header;
  for (const line of gen.rows()) {
    buf += line;
    if (buf.length >= 1 << 18) {
      const p = write(buf);
      buf = '';
      if (p) await p;
      if (failed) break;
    }
  }
  if (buf.length > 0 && !failed) {
    const p = write(buf);
    if (p) await p;
  }
  if (args.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(() => resolve()));
  if (truth) await new Promise<void>((resolve) => truth.end(() => resolve()));
  if (failed) {
    process.stderr.write(`gen-transactions: write failed: ${(failed as Error).message}\n`);
    return 2;
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const s = gen.stats;
  process.stderr.write(
    `gen-transactions: rows=${s.rows} distinct_names~${s.cleanCounterparties - s.wrapped + s.plantedNameHits}` +
      ` (clean ${s.cleanCounterparties - s.wrapped}${s.wrapped ? `, ${s.wrapped} repeats after pool wrap` : ''})` +
      ` planted_hits=${s.plantedHits} (names ${s.plantedNameHits}, wallets ${s.plantedWalletHits})` +
      ` seed=${args.seed} seconds=${secs.toFixed(2)}${args.out ? ` out=${args.out}` : ''}\n`,
  );
  return 0;
}

const invokedPath = process.argv[1] ?? '';
if (/gen-transactions\.(ts|js|mjs|cjs)$/.test(invokedPath)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`gen-transactions: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
