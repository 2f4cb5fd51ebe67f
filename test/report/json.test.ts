import { jsonPrinter } from '../../src/report/json';
import { ndjsonPrinter } from '../../src/report/ndjson';
import type { ScreenedRecord } from '../../src/screen/record';
import { clearRecord, errorRecord, HEADER, hitRecord, LIST, makeHit, makeSummary } from './helpers';

function render(records: ScreenedRecord[]): string {
  const p = jsonPrinter({ header: HEADER, color: false });
  return p.begin() + records.map((r) => p.record(r)).join('') + p.end(makeSummary());
}

const RECORDS = [hitRecord([makeHit(), makeHit({ score: 86 })]), clearRecord(), errorRecord('bad "row"\n')];

describe('jsonPrinter', () => {
  test.each([0, 1, 3])('document with %i records parses and has summary, lists and records', (n) => {
    const records = RECORDS.slice(0, n);
    const doc = JSON.parse(render(records)) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['lists', 'records', 'summary']);
    expect(doc.records).toHaveLength(n);
    expect(doc.lists).toEqual([LIST]);
    const { lists: _lists, ...summaryWithoutLists } = makeSummary();
    expect(doc.summary).toEqual(summaryWithoutLists);
    expect(doc.summary).not.toHaveProperty('lists');
  });

  test('records have the same shape as the ndjson contract', () => {
    const doc = JSON.parse(render(RECORDS)) as { records: unknown[] };
    const nd = ndjsonPrinter({ header: HEADER, color: false });
    expect(doc.records).toEqual(RECORDS.map((r) => JSON.parse(nd.record(r))));
  });

  test('records are one per line for people reading the artifact', () => {
    const text = render(RECORDS);
    const recordLines = text.split('\n').filter((l) => l.startsWith('    {"line":'));
    expect(recordLines).toHaveLength(3);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('comma handling is per printer: two printers do not share state', () => {
    const a = jsonPrinter({ header: HEADER, color: false });
    const b = jsonPrinter({ header: HEADER, color: false });
    const textA = a.begin() + a.record(clearRecord()) + a.record(clearRecord()) + a.end(makeSummary());
    const textB = b.begin() + b.record(clearRecord()) + b.end(makeSummary());
    expect((JSON.parse(textA) as { records: unknown[] }).records).toHaveLength(2);
    expect((JSON.parse(textB) as { records: unknown[] }).records).toHaveLength(1);
  });
});
