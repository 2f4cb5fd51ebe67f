import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetchLists, selectSources, sourceUrl, SOURCES } from '../../src/lists/fetch';
import { startListServer, type ListServer } from './helpers/list-server';

const LISTS = path.join(__dirname, '..', '..', 'fixtures', 'lists');
const UN_XML = readFileSync(path.join(LISTS, 'un-mini', 'consolidated.xml'));
const UK_XLSX = readFileSync(path.join(LISTS, 'uk-ofsi-mini', 'ConList.xlsx'));
const OFAC = path.join(LISTS, 'ofac-sdn-spill-2021-07-07');

let server: ListServer;
let dir: string;

beforeAll(async () => {
  server = await startListServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'txscreen-fetch-'));
  server.routes.clear();
  server.routes.set('/un.xml', { body: UN_XML });
  server.routes.set('/ConList.xlsx', { body: UK_XLSX });
  for (const [remote, local] of [['SDN.CSV', 'sdn.csv'], ['ADD.CSV', 'add.csv'], ['ALT.CSV', 'alt.csv'], ['SDN_COMMENTS.CSV', 'sdn_comments.csv']]) {
    server.routes.set(`/ofac/${remote}`, { body: readFileSync(path.join(OFAC, local as string)) });
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const urls = (): Record<string, string> => ({ un: `${server.url}/un.xml`, uk: `${server.url}/ConList.xlsx`, ofac: `${server.url}/ofac/` });
const run = (ids: string[], extra: { allowShrink?: boolean } = {}) =>
  fetchLists({ dir, sources: selectSources(ids), urls: urls(), timeoutMs: 10_000, now: () => new Date('2026-03-01T12:00:00Z'), ...extra });

/** Everything in DIR, hidden staging folders included. */
const contents = (): string[] => readdirSync(dir).sort();

describe('fetchLists against a local server', () => {
  it('downloads, checks and installs OFAC (4 files), UN and UK lists', async () => {
    const results = await run(['ofac', 'un', 'uk']);
    expect(results.map((r) => [r.source, r.ok, r.message])).toEqual([
      ['ofac', true, undefined],
      ['un', true, undefined],
      ['uk', true, expect.stringContaining('28 January 2026')],
    ]);
    expect(contents()).toEqual(['ofac-sdn', 'uk-ofsi', 'un']);
    expect(readdirSync(path.join(dir, 'ofac-sdn')).sort()).toEqual(['add.csv', 'alt.csv', 'list-info.json', 'sdn.csv', 'sdn_comments.csv']);
    expect(readFileSync(path.join(dir, 'un', 'consolidated.xml'))).toEqual(UN_XML);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'ofac-sdn', 'list-info.json'), 'utf8'));
    expect(manifest).toMatchObject({ date: '2026-03-01', fetchedAt: '2026-03-01T12:00:00.000Z', entities: results[0]?.info?.entities });
    // OFAC's legacy CSV carries no date: the fetch day, from the manifest. UN and UK carry theirs.
    expect(results.map((r) => [r.info?.date, r.info?.dateSource])).toEqual([
      ['2026-03-01', 'manifest'],
      ['2026-02-27', 'data'],
      ['2025-04-10', 'data'],
    ]);
    expect(results[1]?.info?.files[0]?.path).toBe(path.join(dir, 'un', 'consolidated.xml'));
  });

  it('keeps the previous copy when the server answers 500', async () => {
    await run(['un']);
    server.routes.set('/un.xml', { status: 500 });
    const [result] = await run(['un']);
    expect(result).toMatchObject({ source: 'un', ok: false, message: expect.stringContaining('HTTP 500') });
    expect(readFileSync(path.join(dir, 'un', 'consolidated.xml'))).toEqual(UN_XML);
    expect(contents()).toEqual(['un']);
  });

  it('keeps the previous copy when a download is cut short', async () => {
    await run(['uk']);
    server.routes.set('/ConList.xlsx', { body: UK_XLSX, cutAt: 3000 });
    const [result] = await run(['uk']);
    expect(result?.ok).toBe(false);
    expect(result?.message).toMatch(/cut short/);
    expect(readFileSync(path.join(dir, 'uk-ofsi', 'ConList.xlsx'))).toEqual(UK_XLSX);
    expect(contents()).toEqual(['uk-ofsi']);
  });

  it('refuses a complete answer that does not parse (a cut file sent without Content-Length)', async () => {
    server.routes.set('/un.xml', { body: UN_XML, endAt: 5000 });
    const [result] = await run(['un']);
    expect(result?.ok).toBe(false);
    expect(result?.message).toMatch(/do not read as a un list: .*XML/);
    expect(contents()).toEqual([]);
  });

  it('one source failing does not stop the others', async () => {
    server.routes.delete('/ofac/ALT.CSV');
    const results = await run(['ofac', 'un']);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]?.message).toContain('HTTP 404');
    expect(existsSync(path.join(dir, 'ofac-sdn'))).toBe(false);
  });

  it('refuses a copy far smaller than the one it replaces, unless told to accept it', async () => {
    await run(['un']);
    const manifestFile = path.join(dir, 'un', 'list-info.json');
    writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), entities: 1000 }));
    const [refused] = await run(['un']);
    expect(refused?.message).toMatch(/8 entities, the one in place 1000/);
    const [accepted] = await run(['un'], { allowShrink: true });
    expect(accepted?.ok).toBe(true);
  });
});

describe('sources', () => {
  it('default to the publishers and append OFAC file names to a base URL', () => {
    const ofac = SOURCES.find((s) => s.id === 'ofac');
    expect(ofac && sourceUrl(ofac, ofac.files[0]!)).toBe('https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV');
    expect(ofac && sourceUrl(ofac, ofac.files[3]!, 'http://127.0.0.1:1/x')).toBe('http://127.0.0.1:1/x/SDN_COMMENTS.CSV');
    const un = SOURCES.find((s) => s.id === 'un');
    expect(un && sourceUrl(un, un.files[0]!)).toBe('https://scsanctions.un.org/resources/xml/en/consolidated.xml');
    expect(() => selectSources(['eu'])).toThrow(/unknown list source "eu" \(known: ofac, ofac-cons, un, uk\)/);
  });
});
