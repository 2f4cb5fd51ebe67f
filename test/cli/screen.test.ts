import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { fixture, ndjson, runCli } from './run';

interface HitJson {
  column: string;
  kind: string;
  score: number;
  list: string;
  entity: { id: string; name: string; type: string; programs: string[] };
  matched_name: string;
  explanation: string;
}

const hitsOf = (rec: Record<string, unknown>): HitJson[] => rec.hits as HitJson[];

describe('screen: end to end on the bundled OFAC SDN snapshot', () => {
  it('gives the same rows in the same order with names matched on worker threads (--jobs) as in-process', () => {
    for (const file of [fixture('demo-transactions.csv'), fixture('tx', 'malformed.csv')]) {
      const inProcess = runCli([file, '--format', 'ndjson', '--all', '--jobs', '0']);
      expect(ndjson(inProcess.stdout).length).toBeGreaterThan(2);
      for (const jobs of ['1', '2']) {
        const pooled = runCli([file, '--format', 'ndjson', '--all', '--jobs', jobs]);
        expect(pooled.code).toBe(inProcess.code);
        expect(pooled.stdout).toBe(inProcess.stdout);
      }
    }
  });

  it('refuses a --jobs that is not a whole number', () => {
    const r = runCli([fixture('demo-transactions.csv'), '--jobs', '1.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number');
  });

  it('flags a sanctioned name, exits 1, and warns that the bundled list is a snapshot', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ line: 2, status: 'hit' });
    const hit = hitsOf(records[0]!)[0]!;
    expect(hit).toMatchObject({ column: 'name', kind: 'name', list: 'ofac-sdn', entity: { id: '21171', type: 'individual' } });
    expect(hit.entity.programs).toContain('RUSSIA-EO14024');
    expect(hit.explanation).toContain('prigozhin≈PRIGOZHIN');
    const stderr = r.stderr.replace(/\s+/g, ' ');
    expect(stderr).toMatch(/bundled ofac-sdn snapshot of 2023-12-28/);
    expect(stderr).toMatch(/--list PATH\/sdn\.csv/);
  });

  it('flags a wallet address, EVM case-insensitively', () => {
    const r = runCli([fixture('tx', 'hit-wallet.csv'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const [rec] = ndjson(r.stdout);
    const hit = hitsOf(rec!)[0]!;
    expect(hit).toMatchObject({ kind: 'address', score: 100, column: 'wallet_address' });
    expect(hit.explanation).toMatch(/case-insensitively/);
  });

  it('exits 0 on a clean file and prints the summary', () => {
    // clean.csv has RU counterparties: this test is about names and wallets, not the jurisdiction rule.
    const r = runCli([fixture('tx', 'clean.csv'), '--format', 'csv', '--no-jurisdiction']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // header only
    expect(r.stderr).toMatch(/20 read, 20 screened, 0 flagged, 0 errored/);
  });

  it('emits every row with --all, clear rows included, in CSV with the screen_* columns', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--all', '--format', 'csv']);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.screen_status)).toEqual(['hit', 'clear']);
    expect(rows[0]).toMatchObject({ screen_list: 'ofac-sdn', screen_entity_id: '21171', screen_column: 'name' });
    expect(Object.keys(rows[0]!).slice(-9)).toEqual([
      'screen_status', 'screen_score', 'screen_list', 'screen_entity_id', 'screen_entity_name',
      'screen_matched_name', 'screen_column', 'screen_programs', 'screen_explanation',
    ]);
  });

  it('exits 2 with a clear message when a list is missing, and screens nothing', () => {
    const r = runCli([fixture('tx', 'hit-name.csv'), '--list', '/nonexistent/sdn.csv', '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\/nonexistent\/sdn\.csv/);
  });

  it('exits 2 on an empty list file (never a silent "no hits")', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-'));
    fs.writeFileSync(path.join(dir, 'sdn.csv'), '');
    const r = runCli([fixture('tx', 'hit-name.csv'), '--list', path.join(dir, 'sdn.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sdn\.csv/);
  });

  it('reports malformed rows with their line, screens every other row, and exits 2', () => {
    const r = runCli([fixture('tx', 'malformed.csv'), '--all', '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/malformed\.csv:4: malformed row: expected 4 fields, found 5/);
    expect(r.stderr).toMatch(/malformed\.csv:6: malformed row: unclosed quote/);
    const records = ndjson(r.stdout);
    expect(records.map((rec) => [rec.line, rec.status])).toEqual([
      [2, 'clear'], [3, 'hit'], [4, 'error'], [5, 'clear'], [6, 'error'], [7, 'clear'], [8, 'hit'], [9, 'clear'], [10, 'clear'],
    ]);
    expect(records[2]).toHaveProperty('error');
    expect(records[2]).not.toHaveProperty('hits');
  });

  it('without --all, error rows are reported on stderr only', () => {
    const r = runCli([fixture('tx', 'malformed.csv'), '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(ndjson(r.stdout).map((rec) => rec.status)).toEqual(['hit', 'hit']);
  });

  it('reads a Shift_JIS file with Japanese headers', () => {
    const r = runCli([fixture('tx', 'shift_jis.csv'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const [rec] = ndjson(r.stdout);
    expect(Object.keys(rec!.row as object)).toEqual(['取引ID', '日時', '氏名', '国', '金額']);
    expect(hitsOf(rec!)[0]!.column).toBe('氏名');
    expect(r.stderr).toMatch(/cp932/);
  });

  it('reads standard input with "-"', () => {
    const input = 'id,counterparty\n1,Tanaka Taro\n2,"PUTIN, Vladimir"\n';
    const r = runCli(['-', '--format', 'ndjson'], { input });
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((rec) => rec.line)).toEqual([3]);
    expect(hitsOf(records[0]!)[0]!.entity.id).toBe('35096');
  });

  it('detects ; and tab delimiters and a BOM', () => {
    for (const file of ['semicolon.csv', 'tab.tsv']) {
      const r = runCli([fixture('tx', file), '--all', '--format', 'ndjson']);
      const records = ndjson(r.stdout);
      expect({ file, errors: records.filter((rec) => rec.status === 'error') }).toEqual({ file, errors: [] });
      expect(Object.keys(records[0]!.row as object)[0]).toBe(file === 'semicolon.csv' ? 'tx_id' : Object.keys(records[0]!.row as object)[0]);
      expect(Object.keys(records[0]!.row as object)[0]!.charCodeAt(0)).not.toBe(0xfeff);
    }
  });

  it('exits 2 and lists the headers when no column can be screened', () => {
    const r = runCli([fixture('tx', 'no-screenable-columns.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no column to screen/);
    expect(r.stderr).toMatch(/Headers: /);
  });

  it('screens an explicit --name-column', () => {
    const input = 'id,who\n1,"PUTIN, Vladimir"\n';
    expect(runCli(['-', '--format', 'ndjson'], { input }).code).toBe(2);
    expect(runCli(['-', '--format', 'ndjson', '--name-column', 'who'], { input }).code).toBe(1);
  });

  it('writes one JSON document with summary, lists and records for CI artifacts, atomically', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-'));
    const out = path.join(dir, 'report.json');
    const r = runCli([fixture('tx', 'hit-name.csv'), '--output', out]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as { summary: Record<string, unknown>; lists: Array<Record<string, unknown>>; records: unknown[] };
    expect(doc.summary).toMatchObject({ rowsRead: 2, rowsFlagged: 1, exitCode: 1 });
    expect(doc.lists[0]).toMatchObject({ id: 'ofac-sdn', date: '2023-12-28', entities: 13821 });
    expect(doc.records).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
  });

  it('rejects a bad --threshold and an unknown --format with exit 2', () => {
    expect(runCli([fixture('tx', 'clean.csv'), '--threshold', '200']).code).toBe(2);
    expect(runCli([fixture('tx', 'clean.csv'), '--format', 'xml']).code).toBe(2);
    expect(runCli([fixture('tx', 'missing.csv')]).code).toBe(2);
  });

  it('screens the demo file: every planted sanctioned counterparty, no ordinary one', () => {
    // Names and wallets only: the jurisdiction rule would add every RU/BY counterparty (test/cli/allowlist.test.ts covers it).
    const r = runCli([fixture('demo-transactions.csv'), '--format', 'ndjson', '--no-jurisdiction']);
    expect(r.code).toBe(1);
    const flagged = ndjson(r.stdout).map((rec) => rec.line);
    expect(flagged).toEqual([19, 43, 60, 68, 92, 120, 133, 149, 177, 205, 224, 261]);
  });
});

describe('screen: inputs that once lost rows or read names wrongly', () => {
  const tmp = (name: string, content: string | Buffer): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-'));
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('never swallows a row when two stray quotes on different lines pair up', () => {
    const file = tmp('q.csv', 'id,name,amount\n1,O"Brien Smith,10\n2,Vladimir Putin 5",20\n3,Tanaka Taro,30\n');
    const r = runCli([file, '--all', '--format', 'ndjson', '--no-jurisdiction']);
    const lines = ndjson(r.stdout).map((rec) => rec.line);
    expect(lines).toEqual(expect.arrayContaining([2, 3, 4]));
    expect(r.code).not.toBe(0);
  });

  it('reads a Shift_JIS name that first appears deep in an ASCII file', () => {
    const ascii = 'id,name\n' + Array.from({ length: 20000 }, (_, i) => `${i},Tanaka Taro ${i % 7}`).join('\n') + '\n';
    const file = tmp('sj.csv', Buffer.concat([Buffer.from(ascii), iconv.encode('99999,ウラジーミル・プーチン\n', 'cp932')]));
    const r = runCli([file, '--format', 'ndjson', '--no-jurisdiction']);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((rec) => (rec.hits as Array<{ entity: { id: string } }>)[0]!.entity.id)).toEqual(['35096']);
  });

  it('stops with exit 2 when a file detected as UTF-8 turns out not to be', () => {
    // UTF-8 in the first chunk read, Shift_JIS far beyond it.
    const filler = Array.from({ length: 20000 }, (_, i) => `${i + 2},Tanaka Taro`).join('\n') + '\n';
    const file = tmp('mixed.csv', Buffer.concat([Buffer.from('id,name\n1,Jürgen Müller\n' + filler), iconv.encode('99999,プーチン\n', 'cp932')]));
    const r = runCli([file, '--format', 'ndjson', '--no-jurisdiction']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid UTF-8.*--encoding cp932/);
  });

  it('names the de-duplicated column a hit came from', () => {
    const file = tmp('dup.csv', 'name,name,x\nTanaka Taro,"PUTIN, Vladimir",1\n');
    const [rec] = ndjson(runCli([file, '--format', 'ndjson', '--no-jurisdiction']).stdout);
    expect(Object.keys(rec!.row as object)).toEqual(['name', 'name_2', 'x']);
    expect((rec!.hits as Array<{ column: string }>)[0]!.column).toBe('name_2');
  });
});
