// Hand-built lookup results for the lookup printer tests (not a test file itself).
import type { Entity } from '../../src/lists/entity';
import { explainCandidate, featureTable, type LookupResult } from '../../src/match/lookup';
import type { LookupReport, NameExplainReport } from '../../src/report/lookup-json';
import { LIST } from './helpers';

export const PRIGOZHIN: Entity = {
  id: '21171',
  list: 'ofac-sdn',
  type: 'individual',
  names: [
    { name: 'PRIGOZHIN, Yevgeniy Viktorovich', kind: 'primary' },
    { name: 'PRIGOZHIN, Evgeny', kind: 'aka' },
    { name: 'CHEF', kind: 'weak' },
  ],
  programs: ['UKRAINE-EO13661', 'CYBER2', 'ELECTION-EO13848', 'RUSSIA-EO14024'],
  countries: ['Russia'],
  nationalities: ['Russia'],
  birthDates: ['01 Jun 1961'],
  wallets: [],
  addresses: ['Russia'],
  remarks:
    'DOB 01 Jun 1961; POB Leningrad, Russia; nationality Russia; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Linked To: INTERNET RESEARCH AGENCY LLC.',
  source: { file: 'sdn.csv', line: 7 },
};

export const GARANTEX: Entity = {
  id: '36025',
  list: 'ofac-sdn',
  type: 'entity',
  names: [{ name: 'GARANTEX EUROPE OU', kind: 'primary' }],
  programs: [],
  countries: ['Estonia'],
  nationalities: [],
  birthDates: [],
  wallets: [
    { ticker: 'ETH', address: '0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9' },
    { ticker: 'XBT', address: '1Gq', partial: true },
  ],
  addresses: ['Harju maakond, Kesklinna linnaosa, J., Poska tn 51a/1-3, Tallinn 10150, Estonia'],
  remarks: '',
  source: { file: 'sdn.csv', line: 9 },
};

export function nameResult(): LookupResult {
  return {
    query: 'Evgenii Prigozhin',
    kind: 'name',
    normalized: 'evgenii prigozhin',
    note: 'latin, 2 tokens',
    total: 2,
    candidates: [
      { rank: 1, score: 97.5, entity: PRIGOZHIN, matchedName: 'PRIGOZHIN, Evgeny', matchedKind: 'aka', explanation: 'evgenii≈EVGENY (romanization) · prigozhin≈PRIGOZHIN (exact)' },
      { rank: 2, score: 61.3, entity: GARANTEX, matchedName: 'GARANTEX EUROPE OU', matchedKind: 'primary', explanation: 'made up for the test' },
    ],
  };
}

export function walletResult(): LookupResult {
  return {
    query: '0x7ff9cfad3877f21d41da833e2f775db0569ee3d9',
    kind: 'address',
    normalized: '0x7ff9cfad3877f21d41da833e2f775db0569ee3d9',
    note: 'EVM address, compared case-insensitively',
    total: 1,
    candidates: [{ rank: 1, score: 100, entity: GARANTEX, matchedName: GARANTEX.wallets[0]!.address, matchedKind: 'wallet', explanation: 'wallet ETH … (exact)' }],
  };
}

export function report(results: LookupResult[] = [nameResult()], limit = 10): LookupReport {
  return { minScore: 50, threshold: 80, limit, results, lists: [LIST] };
}

export function nameExplain(query = 'Evgenii Prigozhin Viktorovich Jr'): NameExplainReport {
  return { kind: 'name', breakdown: explainCandidate(query, PRIGOZHIN), threshold: 80, features: featureTable() };
}
