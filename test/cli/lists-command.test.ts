// `screen lists` and `screen lists fetch` through the built CLI (bin/screen.js).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startListServer, type ListServer } from '../lists/helpers/list-server';
import { BIN, fixture, ROOT, runCli, type RunResult } from './run';

const UN = fixture('lists', 'un-mini');
const UK = fixture('lists', 'uk-ofsi-mini', 'ConList.xlsx');
const INHOUSE = fixture('lists', 'inhouse', 'inhouse-watchlist.csv');

/** The CLI in a child process without blocking this one (the test server must keep answering). */
function runCliAsync(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-lists-cli-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('screen lists', () => {
  it('prints format, files with sha256, date and age, entities by type, names, wallets and programs', () => {
    const r = runCli(['lists', '--list', UN, '--list', UK, '--list', INHOUSE]);
    expect(r.code).toBe(0);
    const out = oneLine(r.stdout);
    expect(out).toContain('un (un-xml)');
    expect(out).toMatch(/sha256 [0-9a-f]{64}/);
    expect(out).toContain('published 2026-02-27 (from the list itself,');
    expect(out).toContain('entities 8: 5 individual, 3 entity');
    expect(out).toContain('uk-ofsi (uk-ofsi-xlsx)');
    expect(out).toContain('entities 8: 5 individual, 2 entity, 1 vessel');
    expect(out).toContain('programs 7: Global Human Rights (2), Russia (2)');
    expect(out).toContain('inhouse-watchlist (generic-csv)');
    expect(out).toContain('wallets 2');
    expect(out).toContain('skipped nothing: every row was read');
    // Both fixtures are old: warned, not fatal.
    expect(oneLine(r.stderr)).toContain('list uk-ofsi is');
  });

  it('--format json records the same, with the age in days', () => {
    const r = runCli(['lists', '--list', UN, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { lists: Array<Record<string, unknown>> };
    expect(json.lists[0]).toMatchObject({
      id: 'un',
      format: 'un-xml',
      date: '2026-02-27',
      dateSource: 'data',
      entities: 8,
      entitiesByType: { individual: 5, entity: 3, vessel: 0, aircraft: 0 },
      programs: { DRC: 4, 'Al-Qaida': 3, Iran: 1 },
      ageDays: expect.any(Number),
    });
  });

  it('--max-list-age 0 makes a stale list exit 2; a fresh one passes', () => {
    expect(runCli(['lists', '--list', UN, '--max-list-age', '0']).code).toBe(2);
    const file = path.join(tmp, 'fresh.csv');
    copyFileSync(INHOUSE, file);
    const now = new Date();
    utimesSync(file, now, now);
    expect(runCli(['lists', '--list', file, '--max-list-age', '0']).code).toBe(0);
  });

  it('--program counts the kept entities and warns about unknown programs', () => {
    const r = runCli(['lists', '--list', UK, '--program', 'russia,NOT-A-PROGRAM']);
    expect(r.code).toBe(0);
    expect(oneLine(r.stdout)).toContain('filter --program russia,NOT-A-PROGRAM: 2 of 8 entities kept');
    expect(oneLine(r.stderr)).toContain('"NOT-A-PROGRAM" is not a program of the loaded lists');
    expect(oneLine(r.stderr)).toContain('uk-ofsi: Belarus, Chemical Weapons,');
  });

  it('shows the bundled snapshot without --list', () => {
    const r = runCli(['lists']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ofac-sdn (ofac-legacy-csv)');
    expect(oneLine(r.stdout)).toContain('entities 13,821: 6,646 individual, 6,033 entity, 764 vessel, 378 aircraft');
  });
});

describe('screen with the new lists', () => {
  it('screening still takes a transaction file, and --list-format / --program apply to it', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--list', UN, '--list', UK, '--list-format', 'auto', '--program', 'russia', '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout) as { lists: Array<Record<string, unknown>> };
    expect(report.lists.map((l) => [l.id, l.entities, (l.programFilter as { entitiesBefore: number }).entitiesBefore])).toEqual([
      ['un', 0, 8],
      ['uk-ofsi', 2, 8],
    ]);
    expect(report.lists[1]).toMatchObject({ entitiesByType: { individual: 1, entity: 1, vessel: 0, aircraft: 0 }, programs: { Russia: 2 } });
    expect(oneLine(r.stderr)).toContain('--program keeps none of the 8 entities of list un');
  });

  it('a --program that keeps nothing is an error, not a clean run', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--list', UN, '--program', 'russia']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('keeps no entity of the loaded lists: nothing to screen against');
  });

  it('--list-format must pair with --list', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--list', UN, '--list', UK, '--list-format', 'un', '--list-format', 'uk-ofsi', '--list-format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--list-format given 3 times for 2 --list');
  });

  it('an in-house wallet is an exact hit', () => {
    const input = path.join(tmp, 'tx.csv');
    writeFileSync(input, 'name,wallet\nSomeone,0x00000000000000000000000000000000000dead1\n');
    const r = runCli([input, '--list', INHOUSE, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('IH-0001');
  });
});

describe('screen lists fetch', () => {
  let server: ListServer;
  beforeAll(async () => {
    server = await startListServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.routes.clear();
    server.routes.set('/un.xml', { body: readFileSync(path.join(UN, 'consolidated.xml')) });
    server.routes.set('/ConList.xlsx', { body: readFileSync(UK) });
  });

  it('downloads into DIR/<list>, then the lists load from there', async () => {
    const dir = path.join(tmp, 'lists');
    const r = await runCliAsync(['lists', 'fetch', '--dir', dir, '--source', 'un,uk', '--url', `un=${server.url}/un.xml`, '--url', `uk=${server.url}/ConList.xlsx`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = oneLine(r.stdout);
    expect(out).toContain(`un: updated ${path.join(dir, 'un')}`);
    expect(out).toContain('entities 8, 39 names, 0 wallets');
    expect(out).toContain(`screen with: screen --list ${path.join(dir, 'un')} --list ${path.join(dir, 'uk-ofsi')} TRANSACTIONS.csv`);
    const inventory = runCli(['lists', '--list', path.join(dir, 'un'), '--list', path.join(dir, 'uk-ofsi'), '--format', 'json']);
    expect((JSON.parse(inventory.stdout) as { lists: Array<{ id: string }> }).lists.map((l) => l.id)).toEqual(['un', 'uk-ofsi']);
  });

  it('exits 2 on a 500 or a cut download and leaves the previous copy', async () => {
    const dir = path.join(tmp, 'lists');
    mkdirSync(dir);
    const args = ['lists', 'fetch', '--dir', dir, '--source', 'un,uk', '--url', `un=${server.url}/un.xml`, '--url', `uk=${server.url}/ConList.xlsx`];
    expect((await runCliAsync(args)).code).toBe(0);
    server.routes.set('/un.xml', { status: 500 });
    server.routes.set('/ConList.xlsx', { body: readFileSync(UK), cutAt: 1000 });
    const r = await runCliAsync(args);
    expect(r.code).toBe(2);
    const out = oneLine(r.stdout);
    expect(out).toContain('un: FAILED, previous copy in');
    expect(out).toContain('HTTP 500');
    expect(out).toContain('uk: FAILED');
    expect(out).toContain('cut short');
    expect(readFileSync(path.join(dir, 'uk-ofsi', 'ConList.xlsx'))).toEqual(readFileSync(UK));
  });

  it('refuses an unknown source or a malformed --url', async () => {
    expect((await runCliAsync(['lists', 'fetch', '--dir', tmp, '--source', 'eu'])).stderr).toContain('unknown list source "eu"');
    const bad = await runCliAsync(['lists', 'fetch', '--dir', tmp, '--url', 'un:ftp://x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected SOURCE=http(s)://');
  });
});
