// txscreen.config.json and `screen config --print` end to end: the built CLI, fixtures only.
import fs from 'node:fs';
import { DEFAULT_THRESHOLD } from '../../src/match/matcher';
import os from 'node:os';
import path from 'node:path';
import { fixture, ndjson, runCli } from './run';

jest.setTimeout(120_000);

const REVIEW = fixture('review');
const MINI = fixture('lists', 'ofac-sdn-mini');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-cfg-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('txscreen.config.json', () => {
  it('is read from the current directory: lists, threshold, columns, jurisdictions and format apply', () => {
    // fixtures/review/txscreen.config.json: mini list (relative to the file), threshold 85, ndjson.
    const r = runCli(['transactions.csv', '--no-summary'], { cwd: REVIEW });
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout); // ndjson without --format: the config's format
    expect(records.map((rec) => rec.line)).toEqual([2, 3, 5, 6, 8, 9]); // name column only (R-6's wallet column is not screened)
    expect(r.stderr).toBe('');
  });

  it('lets flags override it', () => {
    const r = runCli(['transactions.csv', '--format', 'csv', '--threshold', '99', '--no-jurisdiction', '--no-summary'], { cwd: REVIEW });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^tx_id,.*,screen_status/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['R-1']); // only the exact name reaches 99
  });

  it('--config names a file elsewhere; paths in it are relative to it', () => {
    const r = runCli([fixture('review', 'transactions.csv'), '--config', path.join(REVIEW, 'txscreen.config.json')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ofac-sdn: 12 entities/);
    expect(r.stderr).toMatch(/threshold 85/);
  });

  it('rejects a bad config with every problem named, for every command', () => {
    const bad = path.join(REVIEW, 'bad-config.json');
    for (const args of [[fixture('review', 'transactions.csv')], ['lookup', 'x'], ['config', '--print']]) {
      const r = runCli([...args, '--config', bad]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('bad-config.json: invalid configuration:');
      expect(r.stderr).toContain('  - unknown key "treshold" (did you mean "threshold"?)');
      expect(r.stderr).toContain('  - unknown key "columns.nmae" (did you mean "name"?); known keys: name, address, country');
      expect(r.stderr).toContain('  - format must be one of table, csv, ndjson, json (got "xml")');
      expect(r.stderr).toContain('  - jurisdictions: unknown country "Narnia"');
    }
    const missing = runCli(['config', '--config', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config .*nope\.json: cannot read \(ENOENT\)/);
  });

  it('applies to lookup too (lists and threshold; a format lookup cannot print is left out)', () => {
    const r = runCli(['lookup', 'Zhdanova', '--threshold', '60'], { cwd: REVIEW });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^name "Zhdanova"/); // table: the config's ndjson is not a lookup format
    expect(r.stdout).toMatch(/ofac-sdn #45188/);
    expect(r.stderr).toBe(''); // the mini list: no bundled-snapshot warning
  });
});

describe('screen config --print', () => {
  it('shows each effective value and where it came from', () => {
    const r = runCli(['config', '--print', '--threshold', '90'], { cwd: REVIEW });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^txscreen configuration \(effective\)\n {2}config file {2}txscreen\.config\.json\n/);
    const rows = Object.fromEntries(
      r.stdout
        .split('\n')
        .filter((l) => /^ {2}\S+ +(default|config|flag) /.test(l))
        .map((l) => {
          const m = /^ {2}(\S+) +(default|config|flag) +(.*)$/.exec(l)!;
          return [m[1], [m[2], m[3]]];
        }),
    );
    expect(rows).toEqual({
      lists: ['config', MINI], // outside the current directory: shown absolute
      threshold: ['flag', '90'],
      format: ['config', 'ndjson'],
      'columns.name': ['config', 'counterparty_name'],
      'columns.address': ['default', 'detected from the header'],
      'columns.country': ['config', 'counterparty_country'],
      programs: ['default', 'all'],
      allowlist: ['default', 'none'],
      maxListAge: ['config', '36500'],
      jurisdictions: ['config', 'RU Russia, BY Belarus'],
    });
  });

  it('prints JSON, and defaults when there is no config file', () => {
    const r = runCli(['config', '--json', '--no-jurisdiction', '--allowlist', 'review/allow.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { config_file: string | null; settings: Record<string, { value: unknown; shown: string; source: string }>; notes: string[] };
    expect(doc.config_file).toBeNull();
    expect(doc.settings.threshold).toEqual({ value: DEFAULT_THRESHOLD, shown: String(DEFAULT_THRESHOLD), source: 'default' });
    expect(doc.settings.lists).toMatchObject({ value: [], source: 'default' });
    expect(doc.settings.lists!.shown).toMatch(/^bundled OFAC SDN snapshot/);
    expect(doc.settings.jurisdictions).toEqual({ value: false, shown: 'off', source: 'flag' });
    expect(doc.settings.allowlist).toEqual({ value: 'review/allow.csv', shown: 'review/allow.csv', source: 'flag' });
    expect(doc.notes).toEqual(['allowlist review/allow.csv does not exist yet (screen allow --file creates it)']);
  });

  it('checks the country set it prints', () => {
    const r = runCli(['config', '--jurisdictions', 'RU,Atlantis'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown country "Atlantis"/);
  });
});
