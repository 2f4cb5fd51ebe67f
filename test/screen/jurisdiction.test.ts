import {
  countryKey,
  DEFAULT_JURISDICTIONS,
  detectJurisdictionColumns,
  findOccupiedRegions,
  JURISDICTION_LIST,
  JurisdictionRule,
  jurisdictionHits,
  lookupCountry,
  resolveJurisdictions,
} from '../../src/screen/jurisdiction';
import { ISO_COUNTRIES } from '../../src/screen/iso-countries';
import { UsageError } from '../../src/screen/columns';

const defaultRule = (): JurisdictionRule => new JurisdictionRule(resolveJurisdictions(DEFAULT_JURISDICTIONS));

describe('country table and --jurisdictions values', () => {
  it('holds every ISO 3166-1 country once, with its two codes', () => {
    expect(ISO_COUNTRIES).toHaveLength(249);
    expect(new Set(ISO_COUNTRIES.map((c) => c.alpha2)).size).toBe(249);
    expect(ISO_COUNTRIES.find((c) => c.alpha2 === 'RU')).toMatchObject({ alpha3: 'RUS', names: ['Russian Federation'] });
  });

  it.each([
    ['RU', 'RU'], ['ru', 'RU'], ['RUS', 'RU'], ['Russia', 'RU'], ['Russian Federation', 'RU'], ['Россия', 'RU'],
    ['Российская Федерация', 'RU'], ['Росія', 'RU'], ['ロシア', 'RU'], ['ＲＵ', 'RU'],
    ['BY', 'BY'], ['BLR', 'BY'], ['Belarus', 'BY'], ['Беларусь', 'BY'], ['Білорусь', 'BY'], ['ベラルーシ', 'BY'],
    ['IR', 'IR'], ['Iran', 'IR'], ['Islamic Republic of Iran', 'IR'], ['North Korea', 'KP'], ['PRK', 'KP'], ['Côte d’Ivoire', 'CI'],
  ])('reads %s as %s', (value, code) => {
    expect(lookupCountry(value)?.code).toBe(code);
  });

  it('merges duplicates, keeps order, splits commas', () => {
    expect(resolveJurisdictions(['RU,Belarus', 'rus', ' IR ']).map((j) => j.code)).toEqual(['RU', 'BY', 'IR']);
  });

  it('names every value it does not know', () => {
    expect(() => resolveJurisdictions(['RU', 'Narnia', 'XX'])).toThrow(UsageError);
    expect(() => resolveJurisdictions(['RU', 'Narnia', 'XX'])).toThrow(/unknown countries "Narnia", "XX"/);
    expect(() => resolveJurisdictions([' , '])).toThrow(/no country given/);
  });

  it('folds width, case, accents and punctuation the same way on both sides', () => {
    expect(countryKey('  Russian   Federation. ')).toBe(countryKey('russian federation'));
    expect(countryKey('ＲＵＳ')).toBe('rus');
  });
});

describe('country cells', () => {
  const rule = defaultRule();

  it.each(['RU', 'rus', 'Russia', 'RUSSIAN FEDERATION', 'Россия', 'Российская Федерация', 'РФ', 'ロシア', 'ロシア連邦', 'Russian', 'RU-MOW', 'Moscow, Russia', 'Russia (RU)'])(
    '%s is Russia',
    (cell) => {
      expect(rule.matchCountryCell(cell)?.jurisdiction.code).toBe('RU');
    },
  );

  it.each(['BY', 'BLR', 'Belarus', 'Беларусь', 'Белоруссия', 'Білорусь', 'ベラルーシ', 'Republic of Belarus'])('%s is Belarus', (cell) => {
    expect(rule.matchCountryCell(cell)?.jurisdiction.code).toBe('BY');
  });

  it.each(['JP', 'Japan', '日本', 'UA', 'Ukraine', 'Prussia', 'Belarusbank Street', 'RUB', 'Paid by card', ''])('%s is not in the default set', (cell) => {
    expect(rule.matchCountryCell(cell)).toBeNull();
  });

  it('follows the configured set: Belarus alone does not flag Russia', () => {
    const by = new JurisdictionRule(resolveJurisdictions(['BY']));
    expect(by.matchCountryCell('RU')).toBeNull();
    expect(by.matchCountryCell('Belarus')?.jurisdiction.code).toBe('BY');
    expect(by.codes).toBe('BY');
  });

  it('takes ISO 3166-2 codes of the occupied regions in a country column', () => {
    expect(rule.findRegions('UA-43', true).map((r) => r.region.code)).toEqual(['UA-43']);
    expect(rule.findRegions('UA-43', false)).toEqual([]);
  });
});

describe('occupied regions in free text', () => {
  it.each([
    ['Simferopol, Crimea', 'UA-43'], ['Autonomous Republic of Crimea', 'UA-43'], ['Crimean peninsula', 'UA-43'], ['Республика Крым', 'UA-43'],
    ['г. Ялта, в Крыму', 'UA-43'], ['АР Крим', 'UA-43'], ['Кримський півострів', 'UA-43'], ['クリミア自治共和国', 'UA-43'],
    ['Sevastopol', 'UA-40'], ['г. Севастополь', 'UA-40'], ['セヴァストポリ', 'UA-40'],
    ['Donetsk', 'UA-14'], ['Донецкая область', 'UA-14'], ['Донецька область', 'UA-14'], ['ドネツク州', 'UA-14'],
    ['Luhansk', 'UA-09'], ['Lugansk Oblast', 'UA-09'], ['Луганск', 'UA-09'], ['Луганська обл.', 'UA-09'], ['ルハンスク', 'UA-09'],
    ['Zaporizhzhia', 'UA-23'], ['Zaporozhye', 'UA-23'], ['Запорожская область', 'UA-23'], ['Запоріжжя', 'UA-23'], ['ザポリージャ', 'UA-23'],
    ['Kherson', 'UA-65'], ['Херсонская обл.', 'UA-65'], ['Херсон', 'UA-65'], ['ヘルソン', 'UA-65'],
  ])('%s names %s', (text, code) => {
    expect(findOccupiedRegions(text).map((m) => m.region.code)).toEqual([code]);
  });

  it.each(['Kyiv', 'Odesa', 'Kharkiv', 'Krymsk, Krasnodar Krai', 'криминальный', 'Крымск', 'Tokyo 103', 'Sebastian', 'AKherson'])(
    '%s names no occupied region',
    (text) => {
      expect(findOccupiedRegions(text)).toEqual([]);
    },
  );

  it('reports every region a text names', () => {
    expect(findOccupiedRegions('Donetsk – Luhansk route').map((m) => m.region.code)).toEqual(['UA-14', 'UA-09']);
  });
});

describe('columns and hits', () => {
  it('detects country and location columns from English and Japanese headers', () => {
    const header = ['id', 'name', 'country', 'counterparty_country', 'Country Code', 'nationality', 'residence', '国', '国籍', 'address', 'city', '住所', 'wallet_address', 'amount'];
    const cols = detectJurisdictionColumns(header);
    expect(cols.country.map((c) => c.header)).toEqual(['country', 'counterparty_country', 'Country Code', 'nationality', 'residence', '国', '国籍']);
    expect(cols.location.map((c) => c.header)).toEqual(['address', 'city', '住所']);
  });

  it('finds nothing in a file without country columns', () => {
    expect(detectJurisdictionColumns(['id', 'name', 'amount'])).toEqual({ country: [], location: [] });
  });

  it('--country-column replaces detection (header or 1-based number) and rejects unknown columns', () => {
    const header = ['id', 'name', 'country', 'land'];
    expect(detectJurisdictionColumns(header, ['land']).country.map((c) => c.header)).toEqual(['land']);
    expect(detectJurisdictionColumns(header, ['4', 'LAND']).country.map((c) => c.index)).toEqual([3]);
    expect(() => detectJurisdictionColumns(header, ['land_code'])).toThrow(/--country-column "land_code" is not a column/);
  });

  it('gives one hit per jurisdiction per row, with the rule in the explanation', () => {
    const rule = defaultRule();
    const header = ['name', 'country', 'nationality', 'address'];
    const cols = detectJurisdictionColumns(header);
    const hits = jurisdictionHits(rule, cols, ['Ivan', 'RU', 'Russia', 'Sevastopol, Crimea']);
    expect(hits.map((h) => h.entity.id)).toEqual(['jurisdiction:RU', 'jurisdiction:UA-43', 'jurisdiction:UA-40']);
    expect(hits[0]).toMatchObject({ kind: 'jurisdiction', list: JURISDICTION_LIST, column: 'country', value: 'RU', score: 100, matchedName: 'RU' });
    expect(hits[0]!.entity).toEqual({ id: 'jurisdiction:RU', name: 'Russia', type: 'entity', programs: [] });
    expect(hits[0]!.explanation).toMatch(/jurisdiction rule \(country\): country "RU" is Russia \(RU\), in the jurisdiction set RU, BY/);
    expect(hits[1]!.explanation).toMatch(/occupied region.*Crimea \(UA-43\)/);
  });

  it('does not read country codes in address text', () => {
    const cols = detectJurisdictionColumns(['name', 'country', 'address']);
    expect(jurisdictionHits(defaultRule(), cols, ['Ken', 'JP', 'Paid BY card, RU desk'])).toEqual([]);
  });
});
