// Command-line options of bench/accuracy.ts.
import { DEFAULT_THRESHOLD } from '../../src/match/matcher';

export const SUITES = ['cases', 'ofac', 'putin', 'negatives', 'variants'] as const;
export type SuiteId = (typeof SUITES)[number];

export interface Options {
  /** negatives_global.csv rows to screen (seeded sample); null = all. */
  sample: number | null;
  threshold: number;
  only: ReadonlySet<SuiteId>;
  /** Entities per variant form (seeded sample). */
  perForm: number;
  seed: string;
}

export const USAGE = `usage: npm run bench:accuracy -- [--sample N] [--threshold T] [--only cases,ofac,putin,negatives,variants]
                                 [--per-form N] [--seed S]
  --sample N     screen a seeded sample of N names of yente/negatives_global.csv (default: all 50,000)
  --threshold T  our threshold, 0–100 (default: DEFAULT_THRESHOLD = ${DEFAULT_THRESHOLD})
  --only LIST    suites to run (default: all)
  --per-form N   entities per variant form (default: 400)
  --seed S       seed for every sample and generated variant (default: 1)`;

export class UsageError extends Error {}

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} needs a positive integer, got ${value ?? 'nothing'}`);
  return n;
}

export function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { sample: null, threshold: DEFAULT_THRESHOLD, only: new Set(SUITES), perForm: 400, seed: '1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--sample':
        opts.sample = positiveInt(flag, value());
        break;
      case '--per-form':
        opts.perForm = positiveInt(flag, value());
        break;
      case '--threshold': {
        const raw = value();
        const t = Number(raw);
        if (raw === undefined || !Number.isFinite(t) || t < 0 || t > 100) throw new UsageError(`--threshold needs a number 0–100, got ${raw ?? 'nothing'}`);
        opts.threshold = t;
        break;
      }
      case '--only': {
        const list = (value() ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const unknown = list.filter((s) => !(SUITES as readonly string[]).includes(s));
        if (list.length === 0 || unknown.length > 0) throw new UsageError(`--only takes ${SUITES.join(',')}; got ${unknown.join(',') || 'nothing'}`);
        opts.only = new Set(list as SuiteId[]);
        break;
      }
      case '--seed':
        opts.seed = value() ?? '1';
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return opts;
}
