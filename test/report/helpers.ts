// Hand-built records and summaries for the printer tests (not a test file itself).
import type { ListInfo } from '../../src/lists/entity';
import type { Hit, ScreenedRecord } from '../../src/screen/record';
import type { RunSummary } from '../../src/screen/summary';

export const HEADER = ['id', 'counterparty', 'wallet', 'memo'];

export function makeHit(overrides: Partial<Hit> = {}): Hit {
  return {
    column: 'counterparty',
    value: 'Bank Melli Iran',
    kind: 'name',
    score: 97.25,
    list: 'ofac-sdn',
    entity: { id: '12345', name: 'BANK MELLI IRAN', type: 'entity', programs: ['IRAN', 'SDGT'] },
    matchedName: 'BANK MELLI',
    explanation: 'tokens "bank" and "melli" match exactly',
    ...overrides,
  };
}

export function hitRecord(hits: Hit[], values = ['1', 'Bank Melli Iran', '0xabc', 'invoice 7'], line = 2): ScreenedRecord {
  return { line, values, status: 'hit', hits };
}

export function clearRecord(values = ['2', 'Alice Smith', '', 'rent'], line = 3): ScreenedRecord {
  return { line, values, status: 'clear', hits: [] };
}

export function errorRecord(message: string, values = ['3', 'x', 'y', 'z'], line = 4): ScreenedRecord {
  return { line, values, status: 'error', hits: [], error: message };
}

export const LIST: ListInfo = {
  id: 'ofac-sdn',
  format: 'ofac-xml',
  files: [{ path: 'sdn.xml', bytes: 1000, sha256: '0123456789abcdef0123456789abcdef' }],
  date: '2023-12-28',
  dateSource: 'data',
  entities: 17_000,
  names: 30_000,
  wallets: 500,
  loadMs: 420,
};

export function makeSummary(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    input: 'transactions.csv',
    rowsRead: 12_345,
    rowsScreened: 12_340,
    suppressed: 0,
    rowsFlagged: 3,
    rowsErrored: 5,
    hits: 4,
    threshold: 85,
    lists: [LIST],
    elapsedMs: 2_345,
    rowsPerSecond: 5_262.4,
    warnings: [],
    exitCode: 1,
    ...overrides,
  };
}

export const ANSI = /\u001b\[[0-9;]*m/;
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
