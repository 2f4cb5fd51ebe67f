import { displayWidth } from '../../src/report/layout';
import { ageInDays, formatSummary } from '../../src/report/summary-text';
import { ANSI, LIST, makeSummary, stripAnsi } from './helpers';

const NOW = new Date('2024-02-11T23:59:00Z');

describe('formatSummary', () => {
  test('reports counts, threshold, lists, timing and the exit code meaning', () => {
    const out = formatSummary(
      makeSummary({ warnings: ['list ofac-sdn is older than 30 days'], exitCode: 1 }),
      false,
      NOW,
    );
    expect(out).toContain('transactions.csv');
    expect(out).toContain('12,345 read');
    expect(out).toContain('12,340 screened');
    expect(out).toContain('3 flagged');
    expect(out).toContain('5 errored');
    expect(out).toContain('4 at or above threshold 85');
    expect(out).toContain('ofac-sdn: 17,000 entities');
    expect(out).toContain('2023-12-28 (45 days old)');
    expect(out).toContain('sha256 0123456789ab,');
    expect(out).not.toContain('0123456789abc');
    expect(out).toContain('loaded in 420 ms');
    expect(out).toContain('2.3 s (5,262 rows/s)');
    expect(out).toContain('list ofac-sdn is older than 30 days');
    expect(out).toMatch(/exit 1 +flagged/);
  });

  test.each([
    [0, /exit 0 +clean/],
    [2, /exit 2 +error/],
  ] as const)('explains exit code %i', (code, pattern) => {
    expect(formatSummary(makeSummary({ exitCode: code }), false, NOW)).toMatch(pattern);
  });

  test('unknown and non-data dates are labelled as such', () => {
    const out = formatSummary(
      makeSummary({
        lists: [
          { ...LIST, id: 'un', date: null, dateSource: 'unknown' },
          { ...LIST, id: 'uk', date: '2024-02-10', dateSource: 'mtime' },
        ],
      }),
      false,
      NOW,
    );
    expect(out).toContain('un: 17,000 entities, date unknown');
    expect(out).toContain('2024-02-10 (1 day old) [from mtime]');
  });

  test('fits 80 columns, even with long warnings and paths', () => {
    const out = formatSummary(
      makeSummary({ input: '/very/long/path/'.repeat(10) + 'tx.csv', warnings: ['w '.repeat(100)] }),
      true,
      NOW,
    );
    for (const line of stripAnsi(out).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  test('colour only when asked', () => {
    expect(formatSummary(makeSummary(), false, NOW)).not.toMatch(ANSI);
    expect(formatSummary(makeSummary(), true, NOW)).toMatch(ANSI);
  });

  test('ageInDays counts UTC calendar days', () => {
    expect(ageInDays('2024-02-11', NOW)).toBe(0);
    expect(ageInDays('2023-02-11', NOW)).toBe(365);
    expect(ageInDays('yesterday', NOW)).toBeNull();
  });
});
