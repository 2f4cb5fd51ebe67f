// Reader tests on rows cut byte-for-byte from real OFAC files (fixtures/lists/*): CRLF,
// trailing 0x1A and `-0- ` nulls are the real ones. Error cases are built in a temp folder
// from those same bytes with one deliberate change each.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListError, type Entity, type LoadedList } from '../../src/lists/entity';
import { readOfacLegacy, splitPrograms } from '../../src/lists/ofac-csv';

const LISTS = path.join(__dirname, '..', '..', 'fixtures', 'lists');
const MINI = path.join(LISTS, 'ofac-sdn-mini');
const SPILL = path.join(LISTS, 'ofac-sdn-spill-2021-07-07');
const CONS = path.join(LISTS, 'ofac-cons-mini');

function byId(list: LoadedList, id: string): Entity {
  const entity = list.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
}

async function listError(promise: Promise<unknown>): Promise<ListError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ListError);
    return err as ListError;
  }
  throw new Error('expected a ListError');
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-ofac-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Copy the mini set into the temp folder, optionally replacing one file's bytes. */
function miniCopy(replace: Record<string, string | Buffer> = {}): string {
  for (const name of ['sdn.csv', 'add.csv', 'alt.csv']) copyFileSync(path.join(MINI, name), path.join(tmp, name));
  for (const [name, content] of Object.entries(replace)) writeFileSync(path.join(tmp, name), content);
  return path.join(tmp, 'sdn.csv');
}

function miniText(name: string): string {
  return readFileSync(path.join(MINI, name), 'latin1');
}

describe('readOfacLegacy on real 2023-12-28 rows (ofac-sdn-mini)', () => {
  let list: LoadedList;
  beforeAll(async () => {
    list = await readOfacLegacy(path.join(MINI, 'sdn.csv'), 'ofac-sdn');
  });

  it('reads every row, in file order, with its physical line and the list id', () => {
    expect(list.entities.map((e) => e.id)).toEqual([
      '306', '4243', '4632', '9754', '15431', '15496', '21171', '30518', '36025', '40488', '40969', '45188',
    ]);
    expect(list.entities.map((e) => e.source.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(list.entities.every((e) => e.list === 'ofac-sdn' && e.source.file === 'sdn.csv')).toBe(true);
  });

  it('maps a RUSSIA-EO14024 individual: programs split, alt.csv alias, DOB, nationality, country', () => {
    const prigozhin = byId(list, '21171');
    expect(prigozhin.type).toBe('individual');
    expect(prigozhin.programs).toEqual(['UKRAINE-EO13661', 'CYBER2', 'ELECTION-EO13848', 'RUSSIA-EO14024']);
    expect(prigozhin.names).toEqual([
      { name: 'PRIGOZHIN, Yevgeniy Viktorovich', kind: 'primary' },
      { name: 'PRIGOZHIN, Evgeny', kind: 'aka' },
    ]);
    expect(prigozhin.birthDates).toEqual(['01 Jun 1961']);
    expect(prigozhin.nationalities).toEqual(['Russia']);
    expect(prigozhin.countries).toEqual(['Russia']);
    // add.csv row is `-0- ,-0- ,"Russia"`: the country alone is the readable address.
    expect(prigozhin.addresses).toEqual(['Russia']);
  });

  it('splits "] [" programs', () => {
    expect(byId(list, '4632').programs).toEqual(['IRAN', 'SDGT', 'IRGC', 'IFSR']);
    expect(splitPrograms('[IRAN] [SDGT]')).toEqual(['IRAN', 'SDGT']);
    expect(splitPrograms('')).toEqual([]);
  });

  it('turns the -0- SDN_Type into an entity and -0- columns into empty fields', () => {
    const bank = byId(list, '306');
    expect(bank.type).toBe('entity');
    // Title and vessel columns are all `-0- `: nothing is added to the remarks.
    expect(bank.remarks).toBe("a.k.a. 'BNC'.");
    expect(bank.birthDates).toEqual([]);
    expect(bank.wallets).toEqual([]);
    expect(bank.addresses).toEqual([
      'Zweierstrasse 35, Zurich CH-8022, Switzerland',
      'Avenida de Concha Espina 8, Madrid E-28036, Spain',
      'Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi, 2-chome, Chuo-ku, Tokyo 103, Japan',
      'Federico Boyd Avenue & 51 Street, Panama City, Panama',
    ]);
    // The vessel's only add.csv row is all `-0-`: no address, no country.
    const ebano = byId(list, '4243');
    expect(ebano.addresses).toEqual([]);
    expect(ebano.countries).toEqual([]);
  });

  it('reads remark a.k.a. names as weak aliases after the alt.csv names', () => {
    expect(byId(list, '306').names).toEqual([
      { name: 'BANCO NACIONAL DE CUBA', kind: 'primary' },
      { name: 'NATIONAL BANK OF CUBA', kind: 'aka' },
      { name: 'BNC', kind: 'weak' },
    ]);
    expect(byId(list, '40969').names).toEqual([
      { name: 'MASLOV, Ivan Aleksandrovich', kind: 'primary' },
      { name: 'MASLOV, Ivan Oleksandrovich', kind: 'weak' },
    ]);
  });

  it('maps vessels and aircraft, keeping vessel columns readable in the remarks', () => {
    const ebano = byId(list, '4243');
    expect(ebano.type).toBe('vessel');
    expect(ebano.names.slice(1)).toEqual([
      { name: 'ANA I', kind: 'fka' },
      { name: 'SAND SWAN', kind: 'fka' },
    ]);
    expect(ebano.remarks).toContain('Vessel Flag: Panama');
    expect(ebano.remarks).toContain('Vessel Type: General Cargo');
    expect(byId(list, '15431').type).toBe('aircraft');
  });

  it('reads DOB variants and several nationalities / citizenship', () => {
    expect(byId(list, '40969').birthDates).toEqual(['11 Jul 1982', '03 Jan 1980']);
    expect(byId(list, '9754').birthDates).toEqual(['circa 1945', 'circa 1950']);
    expect(byId(list, '15496').birthDates).toEqual(['1929 to 1930']);
    const zimenkov = byId(list, '40488');
    expect(zimenkov.nationalities).toEqual(['Russia', 'Italy', 'Israel']);
    expect(zimenkov.countries).toEqual(['Russia', 'Italy', 'Israel']);
    // "nationality Russia; citizen Russia" is one nationality.
    expect(byId(list, '45188').nationalities).toEqual(['Russia']);
  });

  it('extracts wallets with their tickers, alt. ones included', () => {
    expect(byId(list, '40488').wallets).toEqual([
      { ticker: 'XBT', address: 'bc1qfg4gfg0y6t6xjnpmlhuwx5k0wlw6nmfzxn2psc' },
      { ticker: 'ETH', address: '0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29' },
    ]);
    expect(byId(list, '45188').wallets).toEqual([
      { ticker: 'XBT', address: '1Ljk8RNNabkZ9bfDYQBn98XfFozJhTjqcZ' },
      { ticker: 'XBT', address: '3685sEusmTwZBiKJ4cgV73EAhpVD1nbgbe' },
      { ticker: 'XBT', address: '39p8qWp1bkBNhi4vPpFTetKPtH7goqNDZf' },
    ]);
    expect(byId(list, '36025').wallets.map((w) => w.ticker)).toEqual(['XBT', 'ETH', 'USDT']);
  });

  it('marks the address cut at 1000 characters as partial when no comments file continues it', () => {
    const secondeye = byId(list, '30518');
    expect(secondeye.wallets).toHaveLength(8);
    expect(secondeye.wallets.at(-1)).toEqual({ ticker: 'XBT', address: '1Gq', partial: true });
    expect(secondeye.wallets.filter((w) => w.partial)).toHaveLength(1);
  });

  it('fills ListInfo: files with bytes and sha256, counts, mtime date', () => {
    const { info } = list;
    expect(info).toMatchObject({ id: 'ofac-sdn', format: 'ofac-legacy-csv', entities: 12, dateSource: 'mtime' });
    expect(info.files.map((f) => path.basename(f.path))).toEqual(['sdn.csv', 'add.csv', 'alt.csv']);
    for (const file of info.files) {
      const bytes = readFileSync(file.path);
      expect(file.bytes).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(info.names).toBe(list.entities.reduce((n, e) => n + e.names.length, 0));
    expect(info.wallets).toBe(16);
    expect(info.date).toBe(statSync(path.join(MINI, 'sdn.csv')).mtime.toISOString().slice(0, 10));
    expect(info.loadMs).toBeGreaterThanOrEqual(0);
  });
});

describe('readOfacLegacy joins sdn_comments.csv (2021-07-07 rows, fully consistent set)', () => {
  let list: LoadedList;
  beforeAll(async () => {
    list = await readOfacLegacy(path.join(SPILL, 'sdn.csv'), 'ofac-sdn');
  });

  it('completes the wallet address that the 1000-character cut split', () => {
    const secondeye = byId(list, '30518');
    expect(secondeye.wallets).toContainEqual({ ticker: 'XBT', address: '1GqChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr' });
    expect(secondeye.wallets.some((w) => w.partial)).toBe(false);
    // Wallets that exist only in the continuation are read too.
    expect(secondeye.wallets).toContainEqual({ ticker: 'BCH', address: '18M8bJWMzWHDBMxoLqjHHAffdRy4SrzkfB' });
    expect(secondeye.wallets).toHaveLength(19);
  });

  it('finds a weak alias whose quote was split by the cut', () => {
    expect(byId(list, '28263').names).toEqual([
      { name: 'TIAN, Yinyin', kind: 'primary' },
      { name: 'tianyinyin0404', kind: 'weak' },
      { name: 'snowsjohn', kind: 'weak' },
    ]);
  });

  it('finds a wallet whose label ("Digital Currency Addres" + "s - ETH") was split by the cut', () => {
    const andreyev = byId(list, '29703');
    expect(andreyev.wallets).toContainEqual({ ticker: 'ETH', address: '0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c' });
    expect(andreyev.remarks).toContain('Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c');
  });

  it('lists the comments file (which has no trailing 0x1A) among the files read', () => {
    expect(list.info.files.map((f) => path.basename(f.path))).toEqual(['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv']);
    expect(list.info.wallets).toBe(44);
  });
});

describe('readOfacLegacy on the Consolidated (non-SDN) naming', () => {
  it('uses cons_add/cons_alt/cons_comments next to cons_prim.csv', async () => {
    const list = await readOfacLegacy(path.join(CONS, 'cons_prim.csv'), 'ofac-consolidated');
    expect(list.info.files.map((f) => path.basename(f.path))).toEqual([
      'cons_prim.csv',
      'cons_add.csv',
      'cons_alt.csv',
      'cons_comments.csv',
    ]);
    const sber = byId(list, '17018');
    expect(sber.list).toBe('ofac-consolidated');
    expect(sber.programs).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(sber.names).toContainEqual({ name: 'SBERBANK OF RUSSIA', kind: 'aka' });
    expect(sber.names).toContainEqual({ name: 'SBERBANK ROSSII OAO', kind: 'fka' });
    // Text that only exists in cons_comments.csv is part of the remarks.
    expect(sber.remarks).toContain('Registration Number 1027700132195 (Russia)');
  });
});

describe('readOfacLegacy companions, manifest and date', () => {
  it("reads a mirror's copy (LF line ends, a UTF-8 byte order mark) as OFAC's CRLF original", async () => {
    const original = await readOfacLegacy(path.join(MINI, 'sdn.csv'), 'ofac-sdn');
    const file = miniCopy({
      'sdn.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(miniText('sdn.csv').replace(/\r\n/g, '\n'), 'latin1')]),
      'alt.csv': miniText('alt.csv').replace(/\r\n/g, '\n'),
    });
    expect((await readOfacLegacy(file, 'ofac-sdn')).entities).toEqual(original.entities);
  });

  it('matches companion file names case-insensitively', async () => {
    for (const [from, to] of [['sdn.csv', 'SDN.CSV'], ['add.csv', 'ADD.CSV'], ['alt.csv', 'Alt.Csv']] as const) {
      copyFileSync(path.join(MINI, from), path.join(tmp, to));
    }
    const list = await readOfacLegacy(path.join(tmp, 'SDN.CSV'), 'ofac-sdn');
    expect(list.info.files).toHaveLength(3);
    expect(byId(list, '21171').names).toContainEqual({ name: 'PRIGOZHIN, Evgeny', kind: 'aka' });
  });

  it('reads without companions', async () => {
    copyFileSync(path.join(MINI, 'sdn.csv'), path.join(tmp, 'sdn.csv'));
    const list = await readOfacLegacy(path.join(tmp, 'sdn.csv'), 'ofac-sdn');
    expect(list.info.files).toHaveLength(1);
    expect(byId(list, '306').names).toEqual([
      { name: 'BANCO NACIONAL DE CUBA', kind: 'primary' },
      { name: 'BNC', kind: 'weak' },
    ]);
    expect(byId(list, '306').addresses).toEqual([]);
  });

  it('takes the date from a list-info.json manifest when present', async () => {
    const file = miniCopy({ 'list-info.json': '{"date":"2023-12-28","source":"test"}' });
    const list = await readOfacLegacy(file, 'ofac-sdn');
    expect(list.info.date).toBe('2023-12-28');
    expect(list.info.dateSource).toBe('manifest');
  });

  it('rejects an invalid manifest rather than ignoring it', async () => {
    const file = miniCopy({ 'list-info.json': '{"date":"28/12/2023"}' });
    const err = await listError(readOfacLegacy(file, 'ofac-sdn'));
    expect(err.message).toContain('list-info.json');
    expect(err.message).toContain('YYYY-MM-DD');
  });
});

describe('readOfacLegacy errors name the file and line', () => {
  it('rejects the deliberately broken row of fixtures/lists/ofac-bad-row', async () => {
    const err = await listError(readOfacLegacy(path.join(LISTS, 'ofac-bad-row', 'sdn.csv'), 'ofac-sdn'));
    expect(err.file).toBe(path.join(LISTS, 'ofac-bad-row', 'sdn.csv'));
    expect(err.line).toBe(3);
    expect(err.message).toContain('sdn.csv:3');
    expect(err.message).toContain('expected 12 fields, found 11');
  });

  it('rejects a missing primary file', async () => {
    const err = await listError(readOfacLegacy(path.join(tmp, 'sdn.csv'), 'ofac-sdn'));
    expect(err.message).toContain('sdn.csv');
    expect(err.message).toContain('not found');
  });

  it('rejects an empty primary file, also one holding only the 0x1A end marker', async () => {
    writeFileSync(path.join(tmp, 'sdn.csv'), '');
    expect((await listError(readOfacLegacy(path.join(tmp, 'sdn.csv'), 'ofac-sdn'))).message).toContain('empty');
    writeFileSync(path.join(tmp, 'sdn.csv'), Buffer.from([0x1a]));
    expect((await listError(readOfacLegacy(path.join(tmp, 'sdn.csv'), 'ofac-sdn'))).message).toContain('empty');
  });

  it('rejects an unknown SDN_Type', async () => {
    const file = miniCopy({ 'sdn.csv': miniText('sdn.csv').replace('4243,"EBANO","vessel"', '4243,"EBANO","ship"') });
    const err = await listError(readOfacLegacy(file, 'ofac-sdn'));
    expect(err.message).toMatch(/sdn\.csv:2: .*unknown SDN_Type "ship"/);
  });

  it('rejects a non-numeric ent_num', async () => {
    const file = miniCopy({ 'sdn.csv': miniText('sdn.csv').replace('4632,"BANK MARKAZI', 'X4632,"BANK MARKAZI') });
    expect((await listError(readOfacLegacy(file, 'ofac-sdn'))).message).toMatch(/sdn\.csv:3: ent_num "X4632" is not a number/);
  });

  it('rejects an empty SDN_Name', async () => {
    const file = miniCopy({ 'sdn.csv': miniText('sdn.csv').replace('15431,"EP-GOM"', '15431,-0- ') });
    expect((await listError(readOfacLegacy(file, 'ofac-sdn'))).message).toMatch(/sdn\.csv:5: .*empty SDN_Name/);
  });

  it('rejects a duplicate ent_num', async () => {
    const file = miniCopy({ 'sdn.csv': miniText('sdn.csv').replace('15431,"EP-GOM"', '306,"EP-GOM"') });
    expect((await listError(readOfacLegacy(file, 'ofac-sdn'))).message).toMatch(/sdn\.csv:5: duplicate ent_num 306 \(first on line 1\)/);
  });

  it('rejects an alt.csv row whose ent_num is not in sdn.csv, naming alt.csv and its line', async () => {
    const alt = miniText('alt.csv');
    const file = miniCopy({ 'alt.csv': alt.replace(/\x1a$/, '99999,1,"aka","NOBODY",-0- \r\n\x1a') });
    const err = await listError(readOfacLegacy(file, 'ofac-sdn'));
    expect(err.file).toBe(path.join(tmp, 'alt.csv'));
    expect(err.line).toBe(alt.split('\r\n').length);
    expect(err.message).toContain('ent_num 99999 is not in sdn.csv');
  });

  it('rejects an add.csv row with the wrong field count and an unknown alt_type', async () => {
    const add = miniText('add.csv').replace('306,199,"Zweierstrasse 35",', '306,199,');
    expect((await listError(readOfacLegacy(miniCopy({ 'add.csv': add }), 'ofac-sdn'))).message).toMatch(
      /add\.csv:\d+: expected 6 fields, found 5/,
    );
    const alt = miniText('alt.csv').replace('"aka","PRIGOZHIN, Evgeny"', '"xka","PRIGOZHIN, Evgeny"');
    expect((await listError(readOfacLegacy(miniCopy({ 'alt.csv': alt }), 'ofac-sdn'))).message).toMatch(
      /alt\.csv:\d+: unknown alt_type "xka"/,
    );
  });

  it('reports CSV syntax errors with the line', async () => {
    const file = miniCopy({ 'sdn.csv': miniText('sdn.csv').replace('"EBANO"', '"EB"ANO"') });
    const err = await listError(readOfacLegacy(file, 'ofac-sdn'));
    expect(err.line).toBe(2);
    expect(err.message).toContain('CSV syntax');
  });
});
