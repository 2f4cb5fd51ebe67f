// Russian and English legal forms of organisations, for "same company, form written another
// way" queries: OOO = LLC = Limited Liability Company = Obshchestvo s Ogranichennoy
// Otvetstvennostyu = ООО, and so on for AO, PAO, ZAO, OAO.
import type { Rng } from './rng';

export interface LegalGroup {
  code: string;
  /** Ways to write the form in a query. */
  spellings: readonly string[];
  /** Upper-case spellings found in list names (hyphens and commas as OFAC writes them). */
  detect: readonly string[];
}

export const LEGAL_GROUPS: readonly LegalGroup[] = [
  {
    code: 'llc',
    spellings: ['OOO', 'LLC', 'Limited Liability Company', 'Obshchestvo s Ogranichennoy Otvetstvennostyu', 'ООО'],
    detect: ['OOO', 'LLC', 'LIMITED LIABILITY COMPANY', 'OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU'],
  },
  {
    code: 'jsc',
    spellings: ['AO', 'JSC', 'Joint Stock Company', 'АО'],
    detect: ['AO', 'JSC', 'JOINT STOCK COMPANY', 'JOINT-STOCK COMPANY', 'AKTSIONERNOE OBSHCHESTVO', 'AKTSIONERNOYE OBSHCHESTVO'],
  },
  {
    code: 'pjsc',
    spellings: ['PAO', 'PJSC', 'Public Joint Stock Company', 'ПАО'],
    detect: ['PAO', 'PJSC', 'PUBLIC JOINT STOCK COMPANY', 'PUBLIC JOINT-STOCK COMPANY'],
  },
  {
    code: 'cjsc',
    spellings: ['ZAO', 'CJSC', 'Closed Joint Stock Company', 'ЗАО'],
    detect: ['ZAO', 'CJSC', 'CLOSED JOINT STOCK COMPANY', 'CLOSED JOINT-STOCK COMPANY'],
  },
  {
    code: 'ojsc',
    spellings: ['OAO', 'OJSC', 'Open Joint Stock Company', 'ОАО'],
    detect: ['OAO', 'OJSC', 'OPEN JOINT STOCK COMPANY', 'OPEN JOINT-STOCK COMPANY'],
  },
];

/** Every detect spelling, longest first, so PUBLIC JOINT STOCK COMPANY wins over JOINT STOCK COMPANY. */
const DETECT: ReadonlyArray<{ group: LegalGroup; spelling: string }> = LEGAL_GROUPS.flatMap((group) =>
  group.detect.map((spelling) => ({ group, spelling })),
).sort((a, b) => b.spelling.length - a.spelling.length);

export interface FoundForm {
  group: LegalGroup;
  /** The form as the list wrote it. */
  written: string;
  side: 'before' | 'after';
  /** The name without the form, trimmed of separators. */
  body: string;
}

const EDGE = /^[\s,."'«»]+|[\s,."'«»]+$/g;

/** The legal form at the start or end of a list name, or null. */
export function findLegalForm(name: string): FoundForm | null {
  const upper = name.toUpperCase();
  for (const { group, spelling } of DETECT) {
    if (upper.startsWith(`${spelling} `)) {
      const body = name.slice(spelling.length).replace(EDGE, '');
      if (body !== '') return { group, written: name.slice(0, spelling.length), side: 'before', body };
    }
    const tail = new RegExp(`[\\s,]${spelling.replace(/[-]/g, '\\-')}\\.?$`);
    const m = tail.exec(upper);
    if (m !== null) {
      const body = name.slice(0, m.index).replace(EDGE, '');
      if (body !== '') return { group, written: name.slice(m.index + 1).replace(/\.$/, ''), side: 'after', body };
    }
  }
  return null;
}

/** Another spelling of the same form (never the one the list used). */
export function otherSpelling(found: FoundForm, rng: Rng): string {
  const written = found.written.toUpperCase().replace(/-/g, ' ');
  const others = found.group.spellings.filter((s) => s.toUpperCase() !== written);
  return rng.pick(others);
}

/** Every spelling, for tokens that must not be glued to a neighbour. */
export const LEGAL_WORDS: ReadonlySet<string> = new Set(
  LEGAL_GROUPS.flatMap((g) => [...g.spellings, ...g.detect]).flatMap((s) => s.toUpperCase().split(/[\s-]+/)),
);
