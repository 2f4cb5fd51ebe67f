import path from 'node:path';
import { DEFAULT_LIST_PATH, loadLists } from '../../src/lists/load';
import type { LoadedList } from '../../src/lists/entity';
import { Matcher } from '../../src/match/matcher';
import { NamePool } from '../../src/screen/name-pool';

// The pool runs the bundled worker, as the CLI does (test/global-setup.js builds dist/).
const WORKER = path.join(__dirname, '..', '..', 'dist', 'name-worker.js');

jest.setTimeout(60_000);

let lists: LoadedList[];

beforeAll(async () => {
  lists = await loadLists([{ path: DEFAULT_LIST_PATH }]);
});

const summary = (hits: Array<{ entity: { id: string; list: string }; score: number; matchedName: string; explanation: string }>): string[] =>
  hits.map((h) => `${h.entity.list}/${h.entity.id} ${h.score} ${h.matchedName} | ${h.explanation}`);

describe('NamePool', () => {
  it('answers every name exactly as the in-process Matcher does, whichever worker takes it', async () => {
    const entities = lists.flatMap((l) => l.entities);
    const pool = await NamePool.start(entities, 75, 2, WORKER);
    try {
      const matcher = new Matcher(lists, { threshold: 75 });
      const names = [
        'Evgenii Prigozhin', 'Пригожин Евгений Викторович', 'エフゲニー・プリゴジン', 'ＰＲＩＧＯＺＨＩＮ Ｅｖｇｅｎｙ',
        'SergeiLavrov', 'Tanaka Taro', 'Mohammed Ali', 'OOO Argument', 'V. Putin', 'nobody in particular', '',
      ];
      // Several batches at once, so both workers answer some.
      const answers = await Promise.all([pool.match(names), pool.match([...names].reverse()), pool.match(names.slice(0, 4))]);
      expect(answers[0]!.map(summary)).toEqual(names.map((n) => summary(matcher.matchName(n))));
      expect(answers[1]!.map(summary)).toEqual([...names].reverse().map((n) => summary(matcher.matchName(n))));
      // answers(): a batch's names by position, some still on their way for an earlier batch,
      // some cached, some repeated in the batch, answered the same.
      const repeated = [...names, names[1]!, names[0]!, names[1]!];
      const [first, second] = await Promise.all([pool.answers(names.slice(0, 6)), pool.answers(repeated)]);
      expect(first!.map(summary)).toEqual(names.slice(0, 6).map((n) => summary(matcher.matchName(n))));
      expect(second!.map(summary)).toEqual(repeated.map((n) => summary(matcher.matchName(n))));
      expect((await pool.answers(['Evgenii Prigozhin'])).map(summary)).toEqual([summary(matcher.matchName('Evgenii Prigozhin'))]);
      // Hits point at the main thread's own entity objects (programs, wallets… are all there).
      const hit = answers[0]![0]![0]!;
      expect(entities).toContain(hit.entity);
      expect(hit.entity.programs.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('sends values that normalize alike to a worker once, and answers each as the Matcher does', async () => {
    const pool = await NamePool.start(lists.flatMap((l) => l.entities), 75, 1, WORKER);
    try {
      const matcher = new Matcher(lists, { threshold: 75 });
      const alike = ['Vladimir PUTIN', 'vladimir  putin', 'ＶＬＡＤＩＭＩＲ ＰＵＴＩＮ', "Vladimir Put'in"];
      const first = await pool.answers(alike.slice(0, 1));
      expect(pool.sent).toBe(1);
      const rest = await pool.answers([...alike.slice(1), '  ', '---']);
      expect(pool.sent).toBe(1);
      expect(summary(first[0]!)).toEqual(summary(matcher.matchName(alike[0]!)));
      alike.slice(1).forEach((n, i) => expect(summary(rest[i]!)).toEqual(summary(matcher.matchName(n))));
      expect(summary(rest[0]!).length).toBeGreaterThan(0);
      // Alike within one batch too.
      const batch = await pool.answers(['Ivan Petrovich Sidorov', 'IVAN PETROVICH  SIDOROV', 'Ivan Petrovich Sidorov.']);
      expect(pool.sent).toBe(2);
      expect(batch.map(summary)).toEqual(['Ivan Petrovich Sidorov', 'IVAN PETROVICH  SIDOROV', 'Ivan Petrovich Sidorov.'].map((n) => summary(matcher.matchName(n))));
      // Values with no name tokens are answered without a worker: no hits.
      expect(rest).toHaveLength(5);
      expect(rest[3]).toEqual([]);
      expect(rest[4]).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('fails the run, not silently, when a worker cannot start', async () => {
    await expect(NamePool.start(lists[0]!.entities.slice(0, 5), 75, 1, path.join(__dirname, 'no-such-worker.js'))).rejects.toThrow();
  });
});
