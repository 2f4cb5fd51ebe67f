import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListError } from '../../src/lists/entity';
import { DEFAULT_LIST_PATH, loadLists, looksLikeOfacLegacy } from '../../src/lists/load';

const ROOT = path.join(__dirname, '..', '..');
const LISTS = path.join(ROOT, 'fixtures', 'lists');
const MINI = path.join(LISTS, 'ofac-sdn-mini');
const CONS = path.join(LISTS, 'ofac-cons-mini');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-load-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function listError(promise: Promise<unknown>): Promise<ListError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ListError);
    return err as ListError;
  }
  throw new Error('expected a ListError');
}

describe('DEFAULT_LIST_PATH', () => {
  it('is the bundled 2023-12-28 sdn.csv under the package root', () => {
    expect(DEFAULT_LIST_PATH).toBe(path.join(ROOT, 'fixtures', 'ofac-sdn-2023-12-28', 'sdn.csv'));
    expect(existsSync(DEFAULT_LIST_PATH)).toBe(true);
  });
});

describe('loadLists dispatch', () => {
  it('detects the SDN list from a file named sdn.csv and from its folder', async () => {
    const [byFile, byFolder] = await loadLists([{ path: path.join(MINI, 'sdn.csv') }, { path: MINI }]);
    expect(byFile?.info.id).toBe('ofac-sdn');
    expect(byFolder?.info.id).toBe('ofac-sdn');
    expect(byFolder?.info.files[0]?.path).toBe(path.join(MINI, 'sdn.csv'));
    expect(byFolder?.entities).toHaveLength(12);
  });

  it('detects the Consolidated list from cons_prim.csv, or takes the format given', async () => {
    const [auto, named] = await loadLists([{ path: CONS }, { path: CONS, format: 'ofac-consolidated' }]);
    expect(auto?.info.id).toBe('ofac-consolidated');
    expect(named?.info.id).toBe('ofac-consolidated');
    expect(auto?.entities.every((e) => e.list === 'ofac-consolidated')).toBe(true);
  });

  it('recognises an OFAC legacy file with an unusual name from its content', async () => {
    copyFileSync(path.join(MINI, 'sdn.csv'), path.join(tmp, 'sdn-export-2023.csv'));
    const [list] = await loadLists([{ path: path.join(tmp, 'sdn-export-2023.csv') }]);
    expect(list?.info.id).toBe('ofac-sdn');
    expect(list?.entities).toHaveLength(12);
  });

  it('sniffs 12-column headerless rows with a numeric ent_num only', () => {
    expect(looksLikeOfacLegacy('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')).toBe(true);
    expect(looksLikeOfacLegacy('ent_num,SDN_Name,SDN_Type,Program,Title,a,b,c,d,e,f,Remarks\n')).toBe(false);
    expect(looksLikeOfacLegacy('36,"AERO-CARIBBEAN",-0- \r\n')).toBe(false);
  });

  it('rejects an unknown format name', async () => {
    const err = await listError(loadLists([{ path: MINI, format: 'eu-fsf' }]));
    expect(err.message).toContain('unknown list format "eu-fsf"');
    expect(err.message).toContain('ofac-sdn');
  });

  it('rejects a file it cannot recognise, a folder without a list file and a missing path', async () => {
    expect((await listError(loadLists([{ path: path.join(LISTS, 'ofac-bad-row', 'README.md') }]))).message).toContain(
      'unrecognised list format',
    );
    expect((await listError(loadLists([{ path: tmp }]))).message).toContain('no list file');
    expect((await listError(loadLists([{ path: path.join(tmp, 'nope') }]))).message).toContain('not found');
  });

  it('asks for a file name when a folder holds both the SDN and the Consolidated primary files', async () => {
    copyFileSync(path.join(MINI, 'sdn.csv'), path.join(tmp, 'sdn.csv'));
    copyFileSync(path.join(CONS, 'cons_prim.csv'), path.join(tmp, 'cons_prim.csv'));
    expect((await listError(loadLists([{ path: tmp }]))).message).toContain('several lists');
    const [cons] = await loadLists([{ path: tmp, format: 'ofac-consolidated' }]);
    expect(cons?.info.id).toBe('ofac-consolidated');
  });
});

describe('the bundled OFAC SDN publication of 2023-12-28', () => {
  it('loads with the documented counts', async () => {
    const [list] = await loadLists([{ path: DEFAULT_LIST_PATH }]);
    if (!list) throw new Error('no list');
    const { info, entities } = list;
    expect(info.entities).toBe(13821);
    expect(entities).toHaveLength(13821);
    const types: Record<string, number> = {};
    for (const e of entities) types[e.type] = (types[e.type] ?? 0) + 1;
    expect(types).toEqual({ individual: 6646, entity: 6033, vessel: 764, aircraft: 378 });
    expect(entities.filter((e) => e.wallets.length > 0)).toHaveLength(49);
    // 270 address mentions, 6 of them cut by the 1000-character limit (no sdn_comments.csv for this date).
    expect(info.wallets).toBe(270);
    expect(entities.flatMap((e) => e.wallets).filter((w) => w.partial)).toHaveLength(6);
    expect(entities.filter((e) => e.programs.includes('RUSSIA-EO14024'))).toHaveLength(3523);
    expect(info.date).toBe('2023-12-28');
    expect(info.dateSource).toBe('manifest');
    expect(info.files.map((f) => [path.basename(f.path), f.bytes])).toEqual([
      ['sdn.csv', 3477010],
      ['add.csv', 1226935],
      ['alt.csv', 888775],
    ]);
    // Names by kind. aka: alt.csv aka 16,507 + nka 17, less 3 rows repeating a name the entity
    // already has. fka: alt.csv 567 + 86 remark f.k.a. weak: 3,285 remark a.k.a./n.k.a., less 2
    // repeating a stronger name.
    const kinds: Record<string, number> = {};
    for (const e of entities) for (const n of e.names) kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
    expect(kinds).toEqual({ primary: 13821, aka: 16507 + 17 - 3, fka: 567 + 86, weak: 3285 - 2 });
    expect(info.names).toBe(13821 + 17174 + 3283);
  });
});
