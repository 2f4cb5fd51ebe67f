// Allowlist, jurisdiction rule and `screen allow` end to end: the built CLI, fixtures only.
// Allowlists with active entries are written here with dates relative to today, so the
// repository never holds an entry that expires under the tests.
import fs from 'node:fs';
import { DEFAULT_THRESHOLD } from '../../src/match/matcher';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { fixture, ndjson, runCli } from './run';

jest.setTimeout(120_000);

const MINI = fixture('lists', 'ofac-sdn-mini');
const TX = fixture('review', 'transactions.csv');
const HEADER = 'value,entity_id,list,reason,reviewer,decided,expires';

const day = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface HitJson {
  column: string;
  value: string;
  kind: string;
  list: string;
  entity: { id: string; name: string };
  matched_name: string;
  explanation: string;
  allowlist?: { source: string; reason: string; reviewer: string; decided: string; expires: string };
}
const hitsByLine = (stdout: string): Record<number, string[]> =>
  Object.fromEntries(ndjson(stdout).map((r) => [r.line as number, (r.hits as HitJson[]).map((h) => h.entity.id)]));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-review-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jurisdiction rule', () => {
  it('flags RU/BY country columns and occupied regions in address text, in any script, after the list hits', () => {
    const r = runCli([TX, '--list', MINI, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(hitsByLine(r.stdout)).toEqual({
      2: ['21171', 'jurisdiction:RU'],
      3: ['45188'],
      5: ['jurisdiction:BY'],
      6: ['jurisdiction:UA-43'],
      7: ['40488'],
      8: ['jurisdiction:UA-14'],
      9: ['jurisdiction:RU'],
    });
    const crimea = (ndjson(r.stdout).find((rec) => rec.line === 6)!.hits as HitJson[])[0]!;
    expect(crimea).toMatchObject({ kind: 'jurisdiction', list: 'jurisdiction', column: 'address', matched_name: 'крим', entity: { id: 'jurisdiction:UA-43', name: 'Crimea (occupied region of Ukraine)' } });
    expect(crimea.explanation).toMatch(/jurisdiction rule \(occupied region\): address mentions "крим": Crimea \(UA-43\)/);
    const belarus = (ndjson(r.stdout).find((rec) => rec.line === 5)!.hits as HitJson[])[0]!;
    expect(belarus.explanation).toBe('jurisdiction rule (country): counterparty_country "Беларусь" is Belarus (BY), in the jurisdiction set RU, BY');
  });

  it('prints jurisdiction hits in the table and the csv', () => {
    const table = runCli([TX, '--list', MINI, '--format', 'table', '--no-summary']);
    expect(table.stdout).toMatch(/line 5 {2}HIT 100\.0 {2}jurisdiction #jurisdiction:BY/);
    expect(table.stdout).toContain('column   counterparty_country="Беларусь" [jurisdiction]');
    const csv = parse(runCli([TX, '--list', MINI, '--format', 'csv', '--no-summary']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(csv.filter((row) => row.screen_list === 'jurisdiction').map((row) => row.screen_entity_id)).toEqual([
      'jurisdiction:RU', 'jurisdiction:BY', 'jurisdiction:UA-43', 'jurisdiction:UA-14', 'jurisdiction:RU',
    ]);
  });

  it('takes another country set, ISO codes or names, and can be turned off', () => {
    const by = runCli([TX, '--list', MINI, '--format', 'ndjson', '--jurisdictions', 'Belarus']);
    expect(Object.values(hitsByLine(by.stdout)).flat().filter((id) => id.startsWith('jurisdiction:'))).toEqual(['jurisdiction:BY', 'jurisdiction:UA-43', 'jurisdiction:UA-14']);
    const off = runCli([TX, '--list', MINI, '--format', 'ndjson', '--no-jurisdiction']);
    expect(Object.values(hitsByLine(off.stdout)).flat()).toEqual(['21171', '45188', '40488']);
    const bad = runCli([TX, '--list', MINI, '--jurisdictions', 'RU,Narnia']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jurisdictions: unknown country "Narnia"/);
  });

  it('reads an explicit --country-column, and refuses one the input lacks', () => {
    const input = path.join(dir, 'tx.csv');
    fs.writeFileSync(input, 'id,name,land\n1,Ken Sato,RUS\n2,Ivan,JP\n');
    const r = runCli([input, '--list', MINI, '--format', 'ndjson', '--country-column', 'land']);
    expect(hitsByLine(r.stdout)).toEqual({ 2: ['jurisdiction:RU'] });
    const missing = runCli([input, '--list', MINI, '--country-column', 'country']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--country-column "country" is not a column of the input; headers are: id, name, land/);
  });

  it('is off when no country column exists, and says so when the set was asked for', () => {
    const quiet = runCli([fixture('tx', 'hit-name.csv'), '--list', MINI, '--format', 'ndjson']);
    expect(quiet.stderr).not.toMatch(/jurisdiction rule off/);
    const asked = runCli([fixture('tx', 'hit-name.csv'), '--list', MINI, '--format', 'ndjson', '--jurisdictions', 'RU']);
    expect(asked.code).toBe(1);
    expect(hitsByLine(asked.stdout)).toEqual({ 2: ['21171'] });
    expect(asked.stderr.replace(/\s+/g, ' ')).toMatch(/warning jurisdiction rule off: the input has no country or address column/);
  });
});

describe('allowlist', () => {
  const zhdanovaOnly = (): string => {
    const input = path.join(dir, 'tx.csv');
    fs.writeFileSync(input, 'tx_id,counterparty_name,counterparty_country\nZ-1,Ekaterina Zhdanova,JP\nZ-2,Tanaka Taro,JP\n');
    return input;
  };
  const writeAllow = (...rows: string[]): string => {
    const file = path.join(dir, 'allow.csv');
    fs.writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
    return file;
  };
  const zhdanovaEntry = (): string => `Ekaterina Zhdanova,45188,ofac-sdn,"Namesake: born 1990 in Osaka, passport checked",A. Suzuki,${day(-10)},${day(30)}`;

  it('suppresses a reviewed hit: counted in the summary, exit code as if it were not there', () => {
    const input = zhdanovaOnly();
    expect(runCli([input, '--list', MINI, '--format', 'ndjson']).code).toBe(1);
    const allow = writeAllow(zhdanovaEntry());
    const r = runCli([input, '--list', MINI, '--format', 'ndjson', '--allowlist', allow]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`0 at or above threshold ${DEFAULT_THRESHOLD}, 1 suppressed by the allowlist`));
    expect(r.stderr).toMatch(/exit 0/);
  });

  it('matches the value normalized like the matcher, and only for that entity', () => {
    const allow = writeAllow(`"ZHDANOVA,  ekaterina",45188,,Namesake,A. Suzuki,${day(0)},${day(0)}`);
    const input = path.join(dir, 'tx2.csv');
    fs.writeFileSync(input, 'id,name\n1,ＺＨＤＡＮＯＶＡ Ｅｋａｔｅｒｉｎａ\n2,"PRIGOZHIN, Evgeny"\n');
    const r = runCli([input, '--list', MINI, '--format', 'ndjson', '--allowlist', allow]);
    expect(r.code).toBe(1);
    expect(hitsByLine(r.stdout)).toEqual({ 3: ['21171'] });
    expect(r.stderr).toMatch(/1 suppressed by the allowlist/);
  });

  it('--show-suppressed lists suppressed hits with their entry: ndjson, csv and table', () => {
    const allow = writeAllow(zhdanovaEntry(), `RU,jurisdiction:RU,jurisdiction,Test desk account,B. Tanaka,${day(0)},${day(5)}`);
    const nd = runCli([TX, '--list', MINI, '--format', 'ndjson', '--allowlist', allow, '--show-suppressed']);
    expect(nd.code).toBe(1);
    const records = ndjson(nd.stdout);
    const line3 = records.find((rec) => rec.line === 3)!;
    expect(line3).toMatchObject({ status: 'clear', hits: [] });
    expect((line3.suppressed as HitJson[])[0]).toMatchObject({
      entity: { id: '45188' },
      allowlist: { source: allow + ':2', reviewer: 'A. Suzuki', reason: 'Namesake: born 1990 in Osaka, passport checked', expires: day(30) },
    });
    const line2 = records.find((rec) => rec.line === 2)!;
    expect((line2.hits as HitJson[]).map((h) => h.entity.id)).toEqual(['21171']);
    expect((line2.suppressed as HitJson[]).map((h) => h.entity.id)).toEqual(['jurisdiction:RU']);
    expect(nd.stderr).toMatch(/2 suppressed by the allowlist/);
    // Without the flag the suppressed hits are only counted.
    const hidden = runCli([TX, '--list', MINI, '--format', 'ndjson', '--allowlist', allow]);
    expect(hidden.stdout).not.toContain('"suppressed"');
    expect(ndjson(hidden.stdout).some((rec) => rec.line === 3)).toBe(false);

    const csv = parse(runCli([TX, '--list', MINI, '--format', 'csv', '--allowlist', allow, '--show-suppressed']).stdout, { columns: true }) as Array<Record<string, string>>;
    const suppressed = csv.filter((row) => row.screen_status === 'suppressed');
    expect(suppressed.map((row) => row.screen_entity_id)).toEqual(['jurisdiction:RU', '45188']);
    expect(suppressed[1]!.screen_explanation).toMatch(/^allowlisted \(.*allow\.csv:2: Namesake: born 1990 in Osaka, passport checked; A\. Suzuki, \d{4}-\d\d-\d\d, expires \d{4}-\d\d-\d\d\) · /);

    const table = runCli([TX, '--list', MINI, '--format', 'table', '--allowlist', allow, '--show-suppressed', '--no-summary']);
    expect(table.stdout).toMatch(/^line 3 {2}SUPPRESSED 97\.5 {2}ofac-sdn #45188 ZHDANOVA, Ekaterina Valeryevna$/m);
    expect(table.stdout).toContain('  column   counterparty_name="Ekaterina Zhdanova"\n');
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(/allowed \S*allow\.csv:2: Namesake: born 1990 in Osaka, passport checked \(A\. Suzuki, decided/);
  });

  it('an expired entry stops suppressing and is named in a warning', () => {
    const r = runCli([zhdanovaOnly(), '--list', MINI, '--format', 'ndjson', '--allowlist', fixture('review', 'allowlist-expired.csv')]);
    expect(r.code).toBe(1);
    expect(hitsByLine(r.stdout)).toEqual({ 2: ['45188'] });
    expect(r.stderr.replace(/\s+/g, ' ')).toMatch(/allowlist-expired\.csv:2: entry for "Ekaterina Zhdanova" \/ ofac-sdn 45188 expired on 2023-12-31; it no longer suppresses/);
  });

  it('warns about an entry whose entity is not in the loaded lists', () => {
    const allow = writeAllow(zhdanovaEntry(), `Somebody,99999,ofac-sdn,Old entry,A. Suzuki,${day(0)},${day(1)}`);
    const r = runCli([zhdanovaOnly(), '--list', MINI, '--format', 'ndjson', '--allowlist', allow, '--no-summary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: allowlist \S+allow\.csv:3: entry for "Somebody" \/ ofac-sdn 99999: entity 99999 is not in the loaded lists \(did the list change\?\)/);
  });

  it('refuses a malformed allowlist with file:line, screening nothing', () => {
    const r = runCli([TX, '--list', MINI, '--allowlist', fixture('review', 'allowlist-bad.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/allowlist-bad\.csv:3: reason is required: an allowlist is an audit record/);
    const missing = runCli([TX, '--list', MINI, '--allowlist', path.join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.csv: cannot read \(ENOENT\)/);
  });
});

describe('screen allow', () => {
  const allowArgs = (file: string, over: Record<string, string> = {}): string[] => {
    const o = { value: 'Ekaterina Zhdanova', entity: '45188', reason: 'Namesake: born 1990 in Osaka, passport checked', reviewer: 'A. Suzuki', expires: day(90), ...over };
    const decided = over.decided !== undefined ? ['--decided', over.decided] : [];
    return ['allow', '--value', o.value, '--entity', o.entity, '--reason', o.reason, '--reviewer', o.reviewer, '--expires', o.expires, ...decided, '--file', file, '--list', MINI];
  };

  it('creates the file, appends, and the entry suppresses the hit', () => {
    const file = path.join(dir, 'allow.csv');
    const r = runCli(allowArgs(file));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^created .*allow\.csv:2: "Ekaterina Zhdanova" \/ ofac-sdn 45188 \(ZHDANOVA, Ekaterina Valeryevna; the value scores \d+\.\d against "ZHDANOVA, Yekaterina" today\)/);
    expect(r.stdout).toContain('reviewer: A. Suzuki');
    const wallet = runCli(allowArgs(file, { value: '0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29', entity: 'ofac-sdn:40488', reason: 'Our own cold wallet, mislabelled' }));
    expect(wallet.code).toBe(0);
    expect(wallet.stdout).toMatch(/^added to .*allow\.csv:3: .*the value is its ETH wallet/);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${HEADER}\nEkaterina Zhdanova,45188,ofac-sdn,"Namesake: born 1990 in Osaka, passport checked",A. Suzuki,${day(0)},${day(90)}\n` +
        `0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29,40488,ofac-sdn,"Our own cold wallet, mislabelled",A. Suzuki,${day(0)},${day(90)}\n`,
    );
    expect(fs.readdirSync(dir)).toEqual(['allow.csv']);
    const screened = runCli([TX, '--list', MINI, '--format', 'ndjson', '--allowlist', file, '--no-jurisdiction']);
    expect(hitsByLine(screened.stdout)).toEqual({ 2: ['21171'] });
    expect(screened.stderr).toMatch(/2 suppressed by the allowlist/);
  });

  it('refuses a duplicate, a value that cannot match, an unknown entity and a long validity, leaving the file alone', () => {
    const file = path.join(dir, 'allow.csv');
    expect(runCli(allowArgs(file)).code).toBe(0);
    const before = fs.readFileSync(file, 'utf8');
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ value: 'EKATERINA  zhdanova' }, /allow\.csv:2 already allows "Ekaterina Zhdanova" for ofac-sdn 45188 until .*; not added twice/],
      [{ value: 'Tanaka Taro' }, /--value "Tanaka Taro" does not match ofac-sdn 45188 .* the entry would never suppress anything/],
      [{ entity: '99999' }, /--entity 99999 is not in the loaded lists \(ofac-sdn\)/],
      [{ expires: day(400) }, /more than 366 days after decided/],
      [{ expires: day(-1), decided: day(-30) }, /is already past/],
      [{ decided: day(1) }, /is in the future/],
      [{ expires: '31/12/2030' }, /expires must be a date YYYY-MM-DD/],
      [{ reason: '  ' }, /reason is required: an allowlist is an audit record/],
      [{ entity: 'jurisdiction:XX' }, /unknown jurisdiction/],
    ];
    for (const [over, message] of cases) {
      const r = runCli(allowArgs(file, over));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    const noReviewer = runCli(['allow', '--value', 'x', '--entity', '45188', '--reason', 'r', '--expires', day(1), '--file', file]);
    expect(noReviewer.code).toBe(2);
    expect(noReviewer.stderr).toMatch(/required option '--reviewer <name>' not specified/);
  });

  it('records jurisdiction entries', () => {
    const file = path.join(dir, 'allow.csv');
    const r = runCli(allowArgs(file, { value: 'Беларусь', entity: 'jurisdiction:by', reason: 'Embassy account, cleared by legal' }));
    expect(r.code).toBe(0);
    const out = runCli([TX, '--list', MINI, '--format', 'ndjson', '--allowlist', file]);
    expect(hitsByLine(out.stdout)[5]).toBeUndefined();
  });
});
