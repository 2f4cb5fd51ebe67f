import { PassThrough } from 'node:stream';
import type { MatchHit } from '../../src/match/matcher';
import type { NamePool } from '../../src/screen/name-pool';
import { screen } from '../../src/screen/screener';

// Each value's "hit" names the value itself, so a hit handed to the wrong value shows.
const echo = (value: string): MatchHit[] => [{ entity: { id: 'e', list: 'l', type: 'individual', names: [], programs: [] }, score: 90, matchedName: value, explanation: '' } as unknown as MatchHit];

async function run(text: string, pool: NamePool | undefined): Promise<string[]> {
  const lines: string[] = [];
  const out = new PassThrough();
  out.resume();
  await screen({
    inputName: 't',
    input: (async function* () {
      for (let at = 0; at < text.length; at += 997) yield Buffer.from(text.slice(at, at + 997));
    })(),
    nameColumns: ['name', 'alias'],
    addressColumns: [],
    all: true,
    matcher: { matchName: echo, matchAddress: () => [], threshold: 80 } as never,
    namePool: pool,
    lists: [],
    warnings: [],
    makePrinter: () => ({
      begin: () => '',
      end: () => '',
      record: (r) => {
        for (const h of r.hits) expect(h.matchedName).toBe(h.value);
        lines.push(JSON.stringify([r.line, r.status, r.values, r.hits.map((h) => [h.column, h.value])]));
        return '';
      },
    }),
    out,
    report: () => undefined,
  });
  return lines;
}

// The screener sends a batch's names to the pool before it parses the rows, and hands the
// answers out by position: a slip would give rows other rows' hits, silently.
it('hands each name its own answer when names are matched by position (several batches, quotes, malformed rows)', async () => {
  const cells = ['Ivan Petrov', '', '  ', '"PETROV, Ivan"', '"multi\nline"', '"bad', 'a"b', '"x ""y"" z"'];
  let text = 'id,name,alias,country\n';
  for (let r = 0; r < 1600; r++) {
    const row = [String(r), `${cells[r % cells.length]}${r % 3 === 0 ? '' : ` ${r}`}`, cells[(r * 7) % cells.length], 'RU'];
    if (r % 37 === 0) row.pop();
    text += row.join(',') + (r % 2 === 0 ? '\r\n' : '\n');
  }
  const pool = { size: 1, answers: (names: readonly string[]) => new Promise<MatchHit[][]>((ok) => setTimeout(() => ok(names.map(echo)), 1)) } as unknown as NamePool;
  const pooled = await run(text, pool);
  expect(pooled).toEqual(await run(text, undefined));
  expect(pooled.length).toBeGreaterThan(1500);
});
