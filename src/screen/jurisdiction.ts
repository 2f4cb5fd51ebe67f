// The jurisdiction rule: a row whose country column names a country in the configured set
// (default Russia and Belarus), or whose country/address text names a region of Ukraine
// under Russian occupation, gets a hit of kind `jurisdiction`, whatever its names score.
//
// Two checks, both reported with the rule that fired:
//   - country:  the whole country cell (or one of its comma/semicolon/slash parts) is the
//               country: ISO alpha-2 ("RU"), alpha-3 ("RUS"), ISO 3166-2 subdivision
//               ("RU-MOW"), English names ("Russia", "Russian Federation") and, for the
//               default set, Russian/Ukrainian/Japanese/Chinese names ("Россия", "ロシア");
//   - region:   Crimea, Sevastopol, Donetsk, Luhansk, Zaporizhzhia, Kherson named anywhere in
//               a country or postal-address cell, in English, Russian, Ukrainian or Japanese
//               spelling (inflected Russian/Ukrainian forms included: "в Крыму", "Донецька").
// Country codes are matched only in country columns: "BY" inside an address is just a word.
import type { Hit } from './record';
import type { Cells } from './records';
import { ISO_COUNTRIES } from './iso-countries';
import { UsageError } from './columns';

/** The default country set: Russia and Belarus. */
export const DEFAULT_JURISDICTIONS: readonly string[] = ['RU', 'BY'];

/** List id of jurisdiction hits (`Hit.list`); entity ids are `jurisdiction:<code>`. */
export const JURISDICTION_LIST = 'jurisdiction';

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
  /** English short name shown in hits ("Russia"). */
  name: string;
  /** Every spelling recognised in a country cell (codes included). */
  aliases: string[];
}

/** Names beyond ISO's English ones, for the countries the default rule is about. */
const EXTRA_NAMES: Readonly<Record<string, { display: string; names: string[] }>> = {
  RU: {
    display: 'Russia',
    names: [
      'Russia', 'Russian Federation', 'the Russian Federation', 'Rossiya', 'Rossiia', 'Rossija', 'Russian',
      'Россия', 'Российская Федерация', 'РФ', 'Росія', 'Російська Федерація',
      'ロシア', 'ロシア連邦', 'ロシア人', '俄罗斯', '俄羅斯', '俄罗斯联邦',
    ],
  },
  BY: {
    display: 'Belarus',
    names: [
      'Belarus', 'Republic of Belarus', 'Byelorussia', 'Belorussia', 'Bielorussia', 'Belarusian', 'Byelorussian',
      'Беларусь', 'Белоруссия', 'Республика Беларусь', 'Білорусь', 'Республіка Білорусь',
      'ベラルーシ', 'ベラルーシ共和国', 'ベラルーシ人', '白俄罗斯', '白俄羅斯',
    ],
  },
  IR: { display: 'Iran', names: ['Iran', 'Иран', 'イラン'] },
  KP: { display: 'North Korea', names: ['North Korea', 'DPRK', 'КНДР', '北朝鮮', '朝鮮民主主義人民共和国'] },
  SY: { display: 'Syria', names: ['Syria', 'Сирия', 'シリア'] },
  CU: { display: 'Cuba', names: ['Cuba', 'Куба', 'キューバ'] },
  VE: { display: 'Venezuela', names: ['Venezuela', 'Венесуэла', 'ベネズエラ'] },
  MM: { display: 'Myanmar', names: ['Burma', 'Мьянма', 'ミャンマー'] },
};

/**
 * Comparable form of a country spelling: NFKC (full-width "ＲＵ"), lower case, accents
 * and punctuation dropped, spaces collapsed. Applied to both sides, so folding that
 * merges two letters (ё/е, ベ/ヘ) cannot make a false match between real names.
 */
export function countryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\s.'’"`´_\-]+/g, ' ')
    .trim();
}

const DISPLAY_LOCALES = ['en', 'ru', 'uk', 'ja', 'zh'] as const;
let displayNames: Intl.DisplayNames[] | null = null;

/** Localised names from Node's ICU data where it has them (full ICU is Node's default). */
function intlNames(code: string): string[] {
  if (displayNames === null) {
    displayNames = [];
    for (const locale of DISPLAY_LOCALES) {
      try {
        displayNames.push(new Intl.DisplayNames([locale], { type: 'region' }));
      } catch {
        // small-ICU builds: the curated and ISO names still apply
      }
    }
  }
  const out: string[] = [];
  for (const names of displayNames) {
    try {
      const name = names.of(code);
      if (name !== undefined && name !== code) out.push(name);
    } catch {
      // a code ICU does not know
    }
  }
  return out;
}

const BY_KEY: Map<string, (typeof ISO_COUNTRIES)[number]> = (() => {
  const map = new Map<string, (typeof ISO_COUNTRIES)[number]>();
  for (const c of ISO_COUNTRIES) {
    const extra = EXTRA_NAMES[c.alpha2]?.names ?? [];
    for (const name of [c.alpha2, c.alpha3, ...c.names, ...extra]) {
      const key = countryKey(name);
      if (!map.has(key)) map.set(key, c);
    }
  }
  return map;
})();

function toJurisdiction(c: (typeof ISO_COUNTRIES)[number]): Jurisdiction {
  const extra = EXTRA_NAMES[c.alpha2];
  const aliases = [...new Set([c.alpha2, c.alpha3, ...c.names, ...(extra?.names ?? []), ...intlNames(c.alpha2)])];
  return { code: c.alpha2, alpha3: c.alpha3, name: extra?.display ?? c.names[1] ?? c.names[0] ?? c.alpha2, aliases };
}

/** One --jurisdictions value ("RU", "rus", "Russia", "Россия", "ロシア") → its country, or null. */
export function lookupCountry(value: string): Jurisdiction | null {
  const key = countryKey(value);
  const c = BY_KEY.get(key);
  if (c !== undefined) return toJurisdiction(c);
  // Localised names not in the table: try ICU's names for every country (rarely reached).
  for (const country of ISO_COUNTRIES) {
    if (intlNames(country.alpha2).some((n) => countryKey(n) === key)) return toJurisdiction(country);
  }
  return null;
}

/**
 * The country set from --jurisdictions / config values: ISO codes and names both accepted,
 * duplicates merged, order kept. Unknown values are a usage error naming them.
 */
export function resolveJurisdictions(values: readonly string[]): Jurisdiction[] {
  const out: Jurisdiction[] = [];
  const unknown: string[] = [];
  for (const raw of values.flatMap((v) => v.split(','))) {
    const value = raw.trim();
    if (value === '') continue;
    const found = lookupCountry(value);
    if (found === null) unknown.push(value);
    else if (!out.some((j) => j.code === found.code)) out.push(found);
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `--jurisdictions: unknown countr${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map((u) => `"${u}"`).join(', ')}; ` +
        'give ISO 3166-1 codes (RU, BLR) or English names (Russia, Iran)',
    );
  }
  if (out.length === 0) throw new UsageError('--jurisdictions: no country given (use --no-jurisdiction to turn the rule off)');
  return out;
}

export interface OccupiedRegion {
  /** ISO 3166-2 code of the Ukrainian subdivision. */
  code: string;
  name: string;
  pattern: RegExp;
}

// Latin and Cyrillic stems must start a word; kana has no spaces, so no boundary there.
// "Krymsk" (a Russian town) is excluded; Ukrainian "крим" takes only its own endings so
// Russian "криминал…" does not fire.
const B = '(?<![\\p{L}\\p{N}])';
export const OCCUPIED_REGIONS: readonly OccupiedRegion[] = [
  { code: 'UA-43', name: 'Crimea', pattern: new RegExp(`${B}(?:crimea\\p{L}*|krym(?!sk)\\p{L}*|krim(?!\\p{L})|крым(?!ск)\\p{L}*|крим(?:у|ом|і|ськ\\p{L}*)?(?!\\p{L}))|クリミア`, 'u') },
  { code: 'UA-40', name: 'Sevastopol', pattern: new RegExp(`${B}(?:sevastopol\\p{L}*|sebastopol\\p{L}*|севастопол\\p{L}*)|セヴァストポリ|セバストポリ`, 'u') },
  { code: 'UA-14', name: 'Donetsk', pattern: new RegExp(`${B}(?:donets[kc]\\p{L}*|donezk\\p{L}*|донецк\\p{L}*|донецьк\\p{L}*)|ドネツク`, 'u') },
  { code: 'UA-09', name: 'Luhansk', pattern: new RegExp(`${B}(?:luhansk\\p{L}*|lugansk\\p{L}*|луганск\\p{L}*|луганськ\\p{L}*)|ルハンシク|ルハンスク|ルガンスク`, 'u') },
  {
    code: 'UA-23',
    name: 'Zaporizhzhia',
    pattern: new RegExp(`${B}(?:zaporizh\\p{L}*|zaporozh\\p{L}*|zaporoj\\p{L}*|запорож\\p{L}*|запоріж\\p{L}*)|ザポリージャ|ザポリッジャ|ザポロジエ|ザポロージエ`, 'u'),
  },
  { code: 'UA-65', name: 'Kherson', pattern: new RegExp(`${B}(?:kherson\\p{L}*|cherson\\p{L}*|херсон\\p{L}*)|ヘルソン`, 'u') },
];

export interface RegionMention {
  region: OccupiedRegion;
  /** The words that named it, as they appear (lower case). */
  matched: string;
}

/** Every occupied region named in free text (address, city, country cell). */
export function findOccupiedRegions(text: string): RegionMention[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const out: RegionMention[] = [];
  for (const region of OCCUPIED_REGIONS) {
    const m = region.pattern.exec(folded);
    if (m !== null) out.push({ region, matched: m[0] });
  }
  return out;
}

export interface CountryMention {
  jurisdiction: Jurisdiction;
  /** The cell part that named it. */
  matched: string;
}

/** Occupied regions by ISO 3166-2 code, for country cells that hold "UA-43". */
const REGION_BY_CODE = new Map(OCCUPIED_REGIONS.map((r) => [r.code.toLowerCase().replace('-', ' '), r]));

export class JurisdictionRule {
  private readonly byKey = new Map<string, Jurisdiction>();

  constructor(readonly countries: readonly Jurisdiction[]) {
    for (const j of countries) for (const alias of j.aliases) this.byKey.set(countryKey(alias), j);
  }

  /** The configured country named by a country cell, or null. */
  matchCountryCell(cell: string): CountryMention | null {
    const parts = [cell, ...cell.split(/[,;/|()（）、，]+/)];
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      let key = countryKey(trimmed);
      // ISO 3166-2 subdivision codes: "RU-MOW" is in Russia.
      const sub = /^([a-z]{2}) [a-z0-9]{1,3}$/.exec(key);
      if (sub !== null && !this.byKey.has(key) && !REGION_BY_CODE.has(key)) key = sub[1] as string;
      const found = this.byKey.get(key);
      if (found !== undefined) return { jurisdiction: found, matched: trimmed };
    }
    return null;
  }

  /** Occupied regions named in a cell, including ISO 3166-2 codes in country cells ("UA-43"). */
  findRegions(cell: string, isCountryColumn: boolean): RegionMention[] {
    const found = findOccupiedRegions(cell);
    if (isCountryColumn) {
      for (const part of cell.split(/[,;/|()]+/)) {
        const region = REGION_BY_CODE.get(countryKey(part));
        if (region !== undefined && !found.some((f) => f.region === region)) found.push({ region, matched: part.trim() });
      }
    }
    return found;
  }

  /** Short description of the set for explanations and `config --print`: "RU, BY". */
  get codes(): string {
    return this.countries.map((c) => c.code).join(', ');
  }
}

export interface LocatedColumn {
  index: number;
  header: string;
}

export interface JurisdictionColumns {
  /** Country columns: the country check and the region check. */
  country: LocatedColumn[];
  /** Postal address / city / region columns: the region check only. */
  location: LocatedColumn[];
}

/** Header → comparable form, as columns.ts does it (NFKC, lower case, no separators). */
function canonical(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：]+/g, '');
}

const COUNTRY_HEADERS = new Set(
  [
    'country', 'country_code', 'countrycode', 'country_name', 'nationality', 'residence', 'country_of_residence',
    'residence_country', 'citizenship', 'country_of_citizenship', 'jurisdiction', 'domicile',
    '国', '国籍', '国名', '居住国', '国コード', '国・地域', '国/地域', '所在国',
  ].map(canonical),
);

/** "counterparty_country", "beneficiary_country_code", "sender_nationality"… are country columns too. */
const COUNTRY_SUFFIX = /(country|countrycode|countryname|nationality|residence|citizenship|国籍|居住国)$/;

const LOCATION_HEADERS = new Set(
  [
    // "address" is also a wallet heading (columns.ts); searching it is harmless: no wallet spells a region.
    'address', 'postal_address', 'street', 'street_address', 'address_line', 'address_line1', 'address_line2', 'address1',
    'address2', 'residential_address', 'home_address', 'billing_address', 'mailing_address', 'registered_address',
    'city', 'town', 'region', 'state', 'province', 'oblast', 'place_of_birth', 'birthplace',
    '住所', '所在地', '市区町村', '都道府県', '地域', '住所1', '住所2', '出生地',
  ].map(canonical),
);
const LOCATION_SUFFIX = /(postaladdress|streetaddress|street|city|region|province|住所|所在地)$/;

/**
 * Country and location columns: explicit `--country-column` values (header or 1-based
 * number, as --name-column) replace the detected country columns; location columns are
 * always detected.
 */
export function detectJurisdictionColumns(header: readonly string[], countryColumns: readonly string[] = []): JurisdictionColumns {
  const country: LocatedColumn[] = [];
  const location: LocatedColumn[] = [];
  const explicit = countryColumns.map((w) => resolveHeader(header, w));
  header.forEach((h, index) => {
    const c = canonical(h);
    const isCountry = explicit.length > 0 ? explicit.includes(index) : COUNTRY_HEADERS.has(c) || COUNTRY_SUFFIX.test(c);
    if (isCountry) country.push({ index, header: h });
    else if (LOCATION_HEADERS.has(c) || LOCATION_SUFFIX.test(c)) location.push({ index, header: h });
  });
  return { country, location };
}

function resolveHeader(header: readonly string[], wanted: string): number {
  const exact = header.findIndex((h) => h === wanted);
  if (exact !== -1) return exact;
  const loose = header.findIndex((h) => canonical(h) === canonical(wanted));
  if (loose !== -1) return loose;
  if (/^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= header.length) return Number(wanted) - 1;
  throw new UsageError(`--country-column "${wanted}" is not a column of the input; headers are: ${header.join(', ')}`);
}

function jurisdictionHit(column: string, value: string, id: string, name: string, matched: string, explanation: string): Hit {
  return {
    column,
    value,
    kind: 'jurisdiction',
    score: 100,
    list: JURISDICTION_LIST,
    entity: { id: `jurisdiction:${id}`, name, type: 'entity', programs: [] },
    matchedName: matched,
    explanation,
  };
}

/** The jurisdiction hits of one row: at most one per country or region, first column wins. */
export function jurisdictionHits(rule: JurisdictionRule, columns: JurisdictionColumns, cells: Cells): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (hit: Hit): void => {
    if (seen.has(hit.entity.id)) return;
    seen.add(hit.entity.id);
    hits.push(hit);
  };
  for (const col of columns.country) {
    const value = cells.at(col.index) ?? '';
    if (value.trim() === '') continue;
    const country = rule.matchCountryCell(value);
    if (country !== null) {
      const j = country.jurisdiction;
      add(
        jurisdictionHit(col.header, value, j.code, j.name, country.matched,
          `jurisdiction rule (country): ${col.header} "${country.matched}" is ${j.name} (${j.code}), in the jurisdiction set ${rule.codes}`),
      );
    }
  }
  for (const col of [...columns.country, ...columns.location]) {
    const value = cells.at(col.index) ?? '';
    if (value.trim() === '') continue;
    for (const { region, matched } of rule.findRegions(value, columns.country.includes(col))) {
      add(
        jurisdictionHit(col.header, value, region.code, `${region.name} (occupied region of Ukraine)`, matched,
          `jurisdiction rule (occupied region): ${col.header} mentions "${matched}": ${region.name} (${region.code}), a region of Ukraine under Russian occupation`),
      );
    }
  }
  return hits;
}
