import { createPrinter, defaultFormat } from '../../src/report/index';
import { FORMATS } from '../../src/report/printer';
import { clearRecord, HEADER, makeSummary } from './helpers';

describe('createPrinter', () => {
  test('returns the printer for each format', () => {
    const opts = { header: HEADER, color: false };
    expect(createPrinter('csv', opts).begin()).toMatch(/^id,counterparty,wallet,memo,screen_status,/);
    expect(createPrinter('json', opts).begin()).toMatch(/^\{/);
    expect(createPrinter('ndjson', opts).record(clearRecord())).toMatch(/^\{"line":3,/);
    expect(createPrinter('table', opts).record(clearRecord())).toMatch(/^line 3 {2}clear/);
  });

  test('every format yields a printer whose output is complete', () => {
    for (const format of FORMATS) {
      const p = createPrinter(format, { header: HEADER, color: false });
      const text = p.begin() + p.record(clearRecord()) + p.end(makeSummary());
      expect(text.length).toBeGreaterThan(0);
    }
  });

  test('rejects an unknown format smuggled past the type', () => {
    expect(() => createPrinter('xml' as never, { header: HEADER, color: false })).toThrow(/xml/);
  });
});

describe('defaultFormat', () => {
  test('table on a terminal, csv otherwise', () => {
    expect(defaultFormat(true)).toBe('table');
    expect(defaultFormat(false)).toBe('csv');
  });
});
