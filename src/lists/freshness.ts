// How old a list is, and the warning a run prints when it is older than allowed.
// Screening against a stale list silently misses everyone designated since.
import type { ListInfo } from './entity';

export const DEFAULT_MAX_LIST_AGE_DAYS = 30;

const SOURCES: Record<string, string> = {
  'ofac-sdn': 'https://www.treasury.gov/ofac/downloads/sdn.csv plus add.csv, alt.csv, sdn_comments.csv',
  'ofac-consolidated': 'https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv plus cons_add/alt/comments.csv',
  un: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml (or: screen lists fetch --dir DIR --source un)',
  'uk-ofsi': 'OFSI, which stopped updating this ConList on 28 January 2026: the FCDO UK Sanctions List replaces it',
};

export function listAgeDays(info: ListInfo, now: Date): number | null {
  if (info.date === null) return null;
  const published = Date.parse(`${info.date}T00:00:00Z`);
  if (Number.isNaN(published)) return null;
  return Math.floor((now.getTime() - published) / 86_400_000);
}

/** A warning line for a list older than maxAgeDays (or of unknown date), else null. */
export function staleWarning(info: ListInfo, now: Date, maxAgeDays: number, bundled: boolean): string | null {
  const age = listAgeDays(info, now);
  const where = SOURCES[info.id] ?? 'the publisher';
  if (bundled) {
    return `using the bundled ${info.id} snapshot of ${info.date ?? 'unknown date'}${age === null ? '' : ` (${age} days old)`}: ` +
      `it misses every designation since. Pass a current list with --list PATH/sdn.csv (download: ${where}).`;
  }
  if (age === null) return `list ${info.id} (${info.files[0]?.path ?? '?'}) has no known publication date; check it is current.`;
  if (age <= maxAgeDays) return null;
  return `list ${info.id} is ${age} days old (dated ${info.date}, from ${info.dateSource}), older than ${maxAgeDays} days: ` +
    `download a current copy from ${where}.`;
}
