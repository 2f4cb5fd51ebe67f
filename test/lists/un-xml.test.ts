import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListError } from '../../src/lists/entity';
import { readUnXml, splitNames } from '../../src/lists/un-xml';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'lists', 'un-mini', 'consolidated.xml');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-un-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function listError(promise: Promise<unknown>): Promise<ListError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ListError);
    return err as ListError;
  }
  throw new Error('expected a ListError');
}

describe('readUnXml on records cut from the 2026-02-27 list', () => {
  it('reads individuals and entities, dated from dateGenerated', async () => {
    const list = await readUnXml(FIXTURE);
    expect(list.info).toMatchObject({ id: 'un', format: 'un-xml', date: '2026-02-27', dateSource: 'data', entities: 8 });
    expect(list.info.entitiesByType).toEqual({ individual: 5, entity: 3, vessel: 0, aircraft: 0 });
    expect(list.info.programs).toEqual({ DRC: 4, 'Al-Qaida': 3, Iran: 1 });
    expect(list.info.issues).toBeUndefined();
    expect(list.info.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(list.entities.every((e) => e.list === 'un' && e.source.file === 'consolidated.xml')).toBe(true);
  });

  it('joins FIRST..FOURTH_NAME in the order UN writes them and keeps the reference in remarks', async () => {
    const { entities } = await readUnXml(FIXTURE);
    const badege = entities.find((e) => e.id === '6907993');
    expect(badege).toMatchObject({
      type: 'individual',
      names: [{ name: 'ERIC BADEGE', kind: 'primary' }],
      programs: ['DRC'],
      nationalities: ['Democratic Republic of the Congo'],
      birthDates: ['1971'],
      source: { file: 'consolidated.xml', line: 4 },
    });
    expect(badege?.remarks).toContain('UN ref CDi.001');
    expect(badege?.countries).toEqual(['Democratic Republic of the Congo', 'Rwanda']);
  });

  it('splits packed aliases, keeps Arabic names as aka and Low-quality aliases as weak', async () => {
    const { entities } = await readUnXml(FIXTURE);
    const byId = (id: string) => entities.find((e) => e.id === id);
    expect(byId('110444')?.names).toEqual([
      { name: 'AZIM AGHAJANI', kind: 'primary' },
      { name: 'Azim Adhajani', kind: 'aka' },
      { name: 'Azim Agha-Jani', kind: 'aka' },
    ]);
    expect(byId('3012888')?.names).toContainEqual({ name: 'عبد الرحمن ولد العامر', kind: 'aka' });
    expect(byId('6908006')?.names.filter((n) => n.kind === 'weak').map((n) => n.name)).toEqual(['Musenyeri', 'Achille', 'Frere Petrus Ibrahim']);
    // "Latin (Arabic)" is one name in two scripts: both spellings, separately.
    const asiri = byId('2962519')?.names.map((n) => n.name);
    expect(asiri).toContain('Ibrahim Hassan Tali Asiri');
    expect(asiri).toContain('إبراهيم حسن طالع عسيري');
  });

  it('writes dates of birth as OFAC does: exact, year, "circa", "A to B", notes kept', async () => {
    const { entities } = await readUnXml(FIXTURE);
    const byId = (id: string) => entities.find((e) => e.id === id);
    expect(byId('3012888')?.birthDates).toEqual(['1977 to 1982']);
    expect(byId('6908006')?.birthDates).toEqual(['1962-03-17', 'circa 1966']);
    expect(byId('2962519')?.birthDates).toEqual(['1982-04-19', '1982-04-18', '24/06/1402 (Hijri Calendar)']);
  });

  it('splits two-name entities and reads f.k.a. aliases', async () => {
    const { entities } = await readUnXml(FIXTURE);
    const byId = (id: string) => entities.find((e) => e.id === id);
    expect(byId('6908026')?.names.slice(0, 2)).toEqual([
      { name: 'COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)', kind: 'primary' },
      { name: 'GREAT LAKES BUSINESS COMPANY (GLBC)', kind: 'aka' },
    ]);
    expect(byId('113457')?.names.map((n) => n.name)).toEqual(['AL-ITIHAAD AL-ISLAMIYA', 'AIAI', 'الاتحاد الاسلامي']);
    expect(byId('6908402')?.names).toContainEqual({ name: 'NALU', kind: 'fka' });
  });

  it('reports a record without DATAID or name with its line, and keeps the others', async () => {
    const xml = readFileSync(FIXTURE, 'utf8')
      .replace('<DATAID>110444</DATAID>', '')
      .replace('<FIRST_NAME>ERIC</FIRST_NAME>\n      <SECOND_NAME>BADEGE</SECOND_NAME>', '');
    const file = path.join(tmp, 'consolidated.xml');
    writeFileSync(file, xml);
    const list = await readUnXml(file);
    expect(list.entities).toHaveLength(6);
    expect(list.info.issues).toEqual([
      { file, line: 4, reason: 'individual 6907993 has no name' },
      { file, line: 41, reason: '<INDIVIDUAL> has no DATAID' },
    ]);
  });

  it('refuses a cut file and a file that is not the UN list, with file and line', async () => {
    const cut = path.join(tmp, 'cut.xml');
    const text = readFileSync(FIXTURE, 'utf8');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const truncated = await listError(readUnXml(cut));
    expect(truncated.message).toMatch(/cut\.xml:\d+: XML/);

    const other = path.join(tmp, 'other.xml');
    writeFileSync(other, '<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>\n');
    expect((await listError(readUnXml(other))).message).toContain('not a UN consolidated list');
  });
});

describe('splitNames', () => {
  it('splits "A; B", "ARABIC (A; B)" and "A; B b) C", and keeps "NAME (ACRONYM)" whole', () => {
    expect(splitNames('Fazel Rahim; Fazil Rahim')).toEqual(['Fazel Rahim', 'Fazil Rahim']);
    expect(splitNames('حسن غول (Hassan Ghul; Hassan Gul)')).toEqual(['حسن غول', 'Hassan Ghul', 'Hassan Gul']);
    expect(splitNames('Mohammed Sabet; Mohammad Sabet b) M. Javad Sabet')).toEqual(['Mohammed Sabet', 'Mohammad Sabet', 'M. Javad Sabet']);
    expect(splitNames('FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA (FDLR)')).toEqual(['FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA (FDLR)']);
    expect(splitNames('هيئة تحرير الشام (original script)')).toEqual(['هيئة تحرير الشام']);
    expect(splitNames('')).toEqual([]);
  });
});
