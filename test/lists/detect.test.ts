// Format detection for the readers beyond OFAC: by file name, by content, by folder.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListError } from '../../src/lists/entity';
import { loadLists } from '../../src/lists/load';

const LISTS = path.join(__dirname, '..', '..', 'fixtures', 'lists');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-detect-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function copyAs(from: string, name: string): string {
  const to = path.join(tmp, name);
  copyFileSync(from, to);
  return to;
}

describe('list format detection', () => {
  it('recognises each format from its content under any file name', async () => {
    const files = [
      copyAs(path.join(LISTS, 'un-mini', 'consolidated.xml'), 'un-2026.xml'),
      copyAs(path.join(LISTS, 'uk-ofsi-mini', 'ConList.xlsx'), 'UK_Sanctions_List.xlsx'),
      copyAs(path.join(LISTS, 'opensanctions-mini', 'targets.simple.csv'), 'ua-war.csv'),
      copyAs(path.join(LISTS, 'inhouse', 'inhouse-watchlist.csv'), 'hacks.csv'),
      copyAs(path.join(LISTS, 'ofac-sdn-mini', 'sdn.csv'), 'sdn-export.csv'),
    ];
    const lists = await loadLists(files.map((p) => ({ path: p })));
    expect(lists.map((l) => [l.info.id, l.info.format])).toEqual([
      ['un', 'un-xml'],
      ['uk-ofsi', 'uk-ofsi-xlsx'],
      ['opensanctions', 'opensanctions-targets-simple-csv'],
      ['hacks', 'generic-csv'],
      ['ofac-sdn', 'ofac-legacy-csv'],
    ]);
  });

  it('finds the list inside a folder by name or, failing that, by content', async () => {
    copyAs(path.join(LISTS, 'uk-ofsi-mini', 'ConList.xlsx'), 'UK_Sanctions_List.xlsx');
    writeFileSync(path.join(tmp, 'notes.txt'), 'not a list\n');
    const [uk, un] = await loadLists([{ path: tmp }, { path: path.join(LISTS, 'un-mini') }]);
    expect(uk?.info.id).toBe('uk-ofsi');
    expect(un?.info.id).toBe('un');
  });

  it('every loaded list reports entities by type and programs', async () => {
    const [list] = await loadLists([{ path: path.join(LISTS, 'ofac-sdn-mini') }]);
    expect(list?.info.entitiesByType).toBeDefined();
    expect(Object.values(list?.info.entitiesByType ?? {}).reduce((a, b) => a + b, 0)).toBe(list?.info.entities);
    expect(Object.keys(list?.info.programs ?? {}).length).toBeGreaterThan(0);
  });

  it('takes a forced format, and says which formats exist for an unknown one', async () => {
    const file = copyAs(path.join(LISTS, 'inhouse', 'inhouse-watchlist.csv'), 'odd.txt');
    const [forced] = await loadLists([{ path: file, format: 'csv' }]);
    expect(forced?.info.format).toBe('generic-csv');
    await expect(loadLists([{ path: file, format: 'xml' }])).rejects.toThrow(/unknown list format "xml" \(known: ofac-sdn, ofac-consolidated, un, uk-ofsi, opensanctions, csv\)/);
  });

  it('refuses a file it cannot place', async () => {
    const file = path.join(tmp, 'x.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n');
    await expect(loadLists([{ path: file }])).rejects.toThrow(ListError);
  });
});
