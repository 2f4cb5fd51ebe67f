// nomenklatura/ofac_fixtures.csv: scores OFAC's own Sanctions List Search gave (slider at 80;
// −1 = not returned), compared with scoreNames on the same query/result pairs.
import path from 'node:path';
import { scoreNames } from '../../src/match/pair';
import { col, readCsv } from '../lib/csv';
import { dec, pct } from '../lib/metrics';
import { scoreCol, section, type SuiteOutput } from '../lib/report';

const OFAC_SLIDER = 80;

export function runOfac(evalDir: string, threshold: number): SuiteOutput {
  const rows = readCsv(path.join(evalDir, 'nomenklatura', 'ofac_fixtures.csv')).map((r) => {
    const query = col(r, 'query_name');
    const result = col(r, 'result_name');
    const ofac = Number(col(r, 'ofac_score'));
    const ours = scoreNames(query, result);
    return { query, result, ofac, ours: ours.score, explanation: ours.explanation };
  });
  let agree = 0;
  let onlyOfac = 0;
  let onlyOurs = 0;
  let absSum = 0;
  let absN = 0;
  const disagreements: string[] = [];
  for (const r of rows) {
    const ourFlag = r.ours >= threshold;
    const ofacFlag = r.ofac >= OFAC_SLIDER;
    if (ourFlag === ofacFlag) agree++;
    else {
      if (ofacFlag) onlyOfac++;
      else onlyOurs++;
      disagreements.push(`${scoreCol(r.ours)}  ofac ${String(r.ofac).padStart(3)}  ${r.query}  |  ${r.result}   ${ofacFlag ? '(OFAC returns it, we do not)' : '(we flag, OFAC does not return it)'}\n         ${r.explanation}`);
    }
    if (r.ofac >= 0) {
      absSum += Math.abs(r.ours - r.ofac);
      absN++;
    }
  }
  return {
    rows: [
      {
        suite: '2 ofac_fixtures',
        metric: `agreement (ours ≥ ${threshold}) == (OFAC ≥ ${OFAC_SLIDER})`,
        n: rows.length,
        result: `${pct(agree / rows.length)} (OFAC-only ${onlyOfac}, ours-only ${onlyOurs})`,
        target: '',
        pass: null,
      },
      {
        suite: '2 ofac_fixtures',
        metric: 'mean |ours − OFAC score| where OFAC returned it',
        n: absN,
        result: dec(absSum / absN, 1),
        target: '',
        pass: null,
      },
    ],
    tables: [],
    errors: [section(`ofac_fixtures.csv disagreements (${disagreements.length})`, disagreements)],
  };
}
