import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ALLOWLIST_COLUMNS,
  AllowlistError,
  AllowlistIndex,
  allowlistWarnings,
  appendAllowlistEntry,
  dayNumber,
  loadAllowlist,
  localDate,
  nameKey,
  parseAllowlist,
  valueKey,
} from '../../src/screen/allowlist';
import type { Hit } from '../../src/screen/record';

const HEADER = ALLOWLIST_COLUMNS.join(',');
const TODAY = '2024-06-15';

function hit(overrides: Partial<Hit> = {}): Hit {
  return {
    column: 'counterparty',
    value: 'Ekaterina Zhdanova',
    kind: 'name',
    score: 97.5,
    list: 'ofac-sdn',
    entity: { id: '45188', name: 'ZHDANOVA, Ekaterina Valeryevna', type: 'individual', programs: ['RUSSIA-EO14024'] },
    matchedName: 'ZHDANOVA, Yekaterina',
    explanation: 'ekaterina≈YEKATERINA (romanization) · zhdanova≈ZHDANOVA (exact)',
    ...overrides,
  };
}

const row = (cells: Partial<Record<string, string>> = {}): string => {
  const e = { value: 'Ekaterina Zhdanova', entity_id: '45188', list: 'ofac-sdn', reason: 'Namesake, passport checked', reviewer: 'A. Suzuki', decided: '2024-01-10', expires: '2024-12-31', ...cells };
  return ALLOWLIST_COLUMNS.map((c) => `"${(e[c] ?? '').replace(/"/g, '""')}"`).join(',');
};

const parse = (...rows: string[]) => parseAllowlist([HEADER, ...rows].join('\n') + '\n', 'allow.csv');

describe('parsing and validation', () => {
  it('reads entries with their line numbers and match keys', () => {
    const list = parse(row(), row({ value: '0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29', entity_id: '40488' }));
    expect(list.entries).toHaveLength(2);
    expect(list.entries[0]).toMatchObject({ line: 2, value: 'Ekaterina Zhdanova', nameKey: 'ekaterina zhdanova', list: 'ofac-sdn' });
    expect(list.entries[1]).toMatchObject({ line: 3, addressKey: '0x39d908dac893cbcb53cc86e0ecc369aa4def1a29' });
  });

  it('accepts any column order, a BOM, CRLF, no list column, quoted newlines', () => {
    const text = '\uFEFFentity_id,value,reason,reviewer,decided,expires\r\n45188,Ekaterina Zhdanova,"line one\nline two",A. Suzuki,2024-01-10,2024-12-31\r\n21171,"PRIGOZHIN, Evgeny",x,B,2024-01-10,2024-02-01\r\n';
    const list = parseAllowlist(text, 'a.csv');
    expect(list.columns).toEqual(['entity_id', 'value', 'reason', 'reviewer', 'decided', 'expires']);
    expect(list.entries.map((e) => [e.line, e.list, e.entity_id])).toEqual([[2, '', '45188'], [4, '', '21171']]);
  });

  it.each([
    [row({ reason: '' }), /allow\.csv:2: reason is required: an allowlist is an audit record/],
    [row({ reviewer: '  ' }), /allow\.csv:2: reviewer is required/],
    [row({ value: '' }), /allow\.csv:2: value is empty/],
    [row({ expires: '2024-13-01' }), /allow\.csv:2: expires must be a date YYYY-MM-DD/],
    [row({ decided: '10/01/2024' }), /decided must be a date YYYY-MM-DD/],
    [row({ expires: '2024-02-30' }), /expires must be a date/],
    [row({ expires: '2023-12-31' }), /expires 2023-12-31 is before decided 2024-01-10/],
    [row({ expires: '2025-01-11' }), /more than 366 days after decided 2024-01-10: review the decision at least yearly/],
    [`${row()},extra`, /allow\.csv:2: 8 values but the header has 7 columns/],
  ])('rejects a bad entry with file:line and the reason (%#)', (bad, message) => {
    expect(() => parse(bad)).toThrow(AllowlistError);
    expect(() => parse(bad)).toThrow(message);
  });

  it('accepts exactly 366 days of validity (a leap year)', () => {
    expect(parse(row({ decided: '2024-01-01', expires: '2025-01-01' })).entries).toHaveLength(1);
  });

  it('rejects unknown and missing columns and an empty file', () => {
    expect(() => parseAllowlist('value,entity,reason,reviewer,decided,expires\n', 'a.csv')).toThrow(/a\.csv:1: unknown column "entity"; allowlist columns are: value, entity_id/);
    expect(() => parseAllowlist('value,entity_id,reviewer,decided,expires\n', 'a.csv')).toThrow(/missing column reason/);
    expect(() => parseAllowlist('', 'a.csv')).toThrow(/empty allowlist/);
  });

  it('reports an unreadable file as an allowlist error', () => {
    expect(() => loadAllowlist('/nonexistent/allow.csv')).toThrow(/allowlist \/nonexistent\/allow\.csv: cannot read \(ENOENT\)/);
  });
});

describe('keys: normalized the way the matcher normalizes', () => {
  it('treats spellings of one name alike', () => {
    expect(nameKey('PRIGOZHIN, Evgeny')).toBe('prigozhin evgeny');
    expect(nameKey('  prigozhin   EVGENY ')).toBe('prigozhin evgeny');
    expect(nameKey('ＰＲＩＧＯＺＨＩＮ　Ｅｖｇｅｎｙ')).toBe('prigozhin evgeny');
    expect(nameKey('Пригожин Евгений')).toBe('prigozhin yevgeniy');
    expect(nameKey('プーチン')).toBe('~puchin');
  });

  it('folds EVM case but keeps base58 case', () => {
    expect(valueKey('0xABCDEF0123456789abcdef0123456789ABCDEF01', 'address')).toBe('0xabcdef0123456789abcdef0123456789abcdef01');
    expect(valueKey('1NE2NiGhhbkFPSEyNWwj7hKGhGDedBtSrQ', 'address')).toBe('1NE2NiGhhbkFPSEyNWwj7hKGhGDedBtSrQ');
  });

  it('computes dates as calendar days', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2023-02-29')).toBeNull();
    expect(localDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

describe('suppression', () => {
  it('suppresses a hit whose value and entity match an active entry, tagging it with the entry', () => {
    const index = new AllowlistIndex(parse(row()), TODAY);
    const kept = hit({ value: 'Ekaterina Zhdanova', entity: { ...hit().entity, id: '99999' } });
    const result = index.apply([hit({ value: 'EKATERINA   ZHDANOVA' }), kept]);
    expect(result.hits).toEqual([kept]);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]!.allowlisted).toEqual({
      source: 'allow.csv:2',
      reason: 'Namesake, passport checked',
      reviewer: 'A. Suzuki',
      decided: '2024-01-10',
      expires: '2024-12-31',
    });
  });

  it('does not suppress another value, another list, or a reordered name the matcher tells apart', () => {
    const index = new AllowlistIndex(parse(row()), TODAY);
    expect(index.match(hit({ value: 'Ekaterina Zhdanova-Petrova' }))).toBeNull();
    expect(index.match(hit({ list: 'ofac-consolidated' }))).toBeNull();
    expect(index.match(hit({ value: 'Zhdanova Ekaterina' }))).toBeNull();
  });

  it('an entry without a list matches the entity id in any list', () => {
    const index = new AllowlistIndex(parse(row({ list: '' })), TODAY);
    expect(index.match(hit({ list: 'ofac-consolidated' }))).not.toBeNull();
  });

  it('matches wallets by folded address only for wallet hits', () => {
    const list = parse(row({ value: '0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29', entity_id: '40488' }));
    const index = new AllowlistIndex(list, TODAY);
    const walletHit = hit({ kind: 'address', value: '0x39d908dac893cbcb53cc86e0ecc369aa4def1a29', entity: { ...hit().entity, id: '40488' } });
    expect(index.match(walletHit)?.line).toBe(2);
  });

  it('stops suppressing the day after `expires`', () => {
    const list = parse(row({ expires: '2024-06-15' }));
    expect(new AllowlistIndex(list, '2024-06-15').match(hit())).not.toBeNull();
    expect(new AllowlistIndex(list, '2024-06-16').match(hit())).toBeNull();
  });

  it('suppresses jurisdiction hits by their rule id', () => {
    const index = new AllowlistIndex(parse(row({ value: 'RU', entity_id: 'jurisdiction:RU', list: 'jurisdiction' })), TODAY);
    expect(index.match(hit({ kind: 'jurisdiction', value: 'RU', list: 'jurisdiction', entity: { id: 'jurisdiction:RU', name: 'Russia', type: 'entity', programs: [] } }))).not.toBeNull();
  });
});

describe('warnings', () => {
  const entities = { lists: ['ofac-sdn'], has: (list: string, id: string) => id === '45188' && (list === '' || list === 'ofac-sdn') };

  it('names an expired entry, unless a later entry renews it', () => {
    const expired = parse(row({ decided: '2023-01-10', expires: '2023-12-31' }));
    expect(allowlistWarnings(expired, TODAY, entities)).toEqual([
      'allowlist allow.csv:2: entry for "Ekaterina Zhdanova" / ofac-sdn 45188 expired on 2023-12-31; it no longer suppresses (review the hit again)',
    ]);
    const renewed = parse(row({ decided: '2023-01-10', expires: '2023-12-31' }), row());
    expect(allowlistWarnings(renewed, TODAY, entities)).toEqual([]);
  });

  it('warns about an entity that is not in the loaded lists, and about a list that is not loaded', () => {
    const list = parse(row({ entity_id: '12345' }), row({ list: 'uk-ofsi' }), row({ list: '', entity_id: '777' }));
    const warnings = allowlistWarnings(list, TODAY, entities);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/allow\.csv:2: .*entity 12345 is not in the loaded lists \(did the list change\?\)/);
    expect(warnings[1]).toMatch(/allow\.csv:3: .*list uk-ofsi is not loaded \(loaded: ofac-sdn\)/);
    expect(warnings[2]).toMatch(/allow\.csv:4: .*entity 777 is not in the loaded lists/);
  });

  it('does not check jurisdiction entries against the lists', () => {
    expect(allowlistWarnings(parse(row({ value: 'RU', entity_id: 'jurisdiction:RU', list: 'jurisdiction' })), TODAY, entities)).toEqual([]);
  });
});

describe('appending', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-allow-'));
    file = path.join(dir, 'allow.csv');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const input = (over: Record<string, string> = {}) => ({
    value: 'Ekaterina Zhdanova',
    entity_id: '45188',
    list: 'ofac-sdn',
    reason: 'Namesake, passport checked',
    reviewer: 'A. Suzuki',
    decided: '2024-06-01',
    expires: '2024-12-31',
    ...over,
  });

  it('creates the file with its header, then appends, leaving no temporary or lock file', () => {
    expect(appendAllowlistEntry(file, input(), TODAY)).toMatchObject({ created: true, entry: { line: 2 } });
    expect(appendAllowlistEntry(file, input({ value: 'PRIGOZHIN, Evgeny', entity_id: '21171', reason: 'Test, with "quotes"' }), TODAY)).toMatchObject({ created: false, entry: { line: 3 } });
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${HEADER}\nEkaterina Zhdanova,45188,ofac-sdn,"Namesake, passport checked",A. Suzuki,2024-06-01,2024-12-31\n` +
        `"PRIGOZHIN, Evgeny",21171,ofac-sdn,"Test, with ""quotes""",A. Suzuki,2024-06-01,2024-12-31\n`,
    );
    expect(fs.readdirSync(dir)).toEqual(['allow.csv']);
    expect(loadAllowlist(file).entries).toHaveLength(2);
  });

  it('refuses a duplicate of an active entry (same normalized value, entity and list)', () => {
    appendAllowlistEntry(file, input(), TODAY);
    expect(() => appendAllowlistEntry(file, input({ value: 'EKATERINA   zhdanova' }), TODAY)).toThrow(/allow\.csv:2 already allows "Ekaterina Zhdanova" for ofac-sdn 45188 until 2024-12-31; not added twice/);
  });

  it('allows renewing an expired entry', () => {
    fs.writeFileSync(file, `${HEADER}\n${row({ decided: '2023-01-10', expires: '2023-12-31' })}`); // no final newline
    expect(appendAllowlistEntry(file, input(), TODAY).entry.line).toBe(3);
    expect(loadAllowlist(file).entries.map((e) => e.expires)).toEqual(['2023-12-31', '2024-12-31']);
  });

  it('validates before writing: reason, reviewer, dates', () => {
    expect(() => appendAllowlistEntry(file, input({ reason: ' ' }), TODAY)).toThrow(/reason is required/);
    expect(() => appendAllowlistEntry(file, input({ decided: '2024-07-01' }), TODAY)).toThrow(/decided 2024-07-01 is in the future/);
    expect(() => appendAllowlistEntry(file, input({ expires: '2024-06-14' }), TODAY)).toThrow(/expires 2024-06-14 is already past/);
    expect(() => appendAllowlistEntry(file, input({ expires: '2025-06-15' }), TODAY)).toThrow(/more than 366 days/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses to append to a malformed file, and leaves it as it was', () => {
    fs.writeFileSync(file, 'value,entity\nx,y\n');
    expect(() => appendAllowlistEntry(file, input(), TODAY)).toThrow(/unknown column "entity"/);
    expect(fs.readFileSync(file, 'utf8')).toBe('value,entity\nx,y\n');
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses while another append holds the lock', () => {
    fs.writeFileSync(`${file}.lock`, '');
    expect(() => appendAllowlistEntry(file, input(), TODAY)).toThrow(/being changed by another process/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a list id when the file has no list column', () => {
    fs.writeFileSync(file, 'value,entity_id,reason,reviewer,decided,expires\n');
    expect(() => appendAllowlistEntry(file, input(), TODAY)).toThrow(/no "list" column/);
    expect(appendAllowlistEntry(file, input({ list: '' }), TODAY).entry.line).toBe(2);
  });
});
