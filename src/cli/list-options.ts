// The list flags `screen` and `screen lists` share: --list, --list-format, --program.
import type { LoadedList } from '../lists/entity';
import type { ListSpec } from '../lists/load';
import { filterByPrograms, parseProgramSpec } from '../lists/programs';
import { UsageError } from '../screen/columns';

/** Issues shown per list in warnings; `screen lists` shows them all. */
const ISSUES_SHOWN = 5;

/**
 * --list paths with their --list-format: one format applies to every list, otherwise one
 * per --list in the same order ("auto" detects that one).
 */
export function listSpecs(paths: readonly string[], formats: readonly string[]): ListSpec[] {
  if (formats.length === 0) return paths.map((p) => ({ path: p }));
  if (paths.length === 0) throw new UsageError('--list-format needs --list: it says how to read the list files given there');
  if (formats.length === 1) return paths.map((p) => ({ path: p, format: formats[0] }));
  if (formats.length !== paths.length) {
    throw new UsageError(`--list-format given ${formats.length} times for ${paths.length} --list: give it once (for every list) or once per --list, in order`);
  }
  return paths.map((p, i) => ({ path: p, format: formats[i] }));
}

/** Warnings for rows the readers skipped, with file and line. */
export function issueWarnings(lists: readonly LoadedList[]): string[] {
  return lists.flatMap(({ info }) => {
    const issues = info.issues ?? [];
    const shown = issues.slice(0, ISSUES_SHOWN).map((i) => `list ${info.id}: ${i.file}${i.line === null ? '' : `:${i.line}`}: ${i.reason}`);
    const more = issues.length - shown.length;
    return more > 0 ? [...shown, `list ${info.id}: ${more} more skipped rows (screen lists --list ${info.files[0]?.path ?? '…'} shows them all)`] : shown;
  });
}

/** --program applied; a filter that leaves nothing to screen against is a usage error. */
export function selectPrograms(lists: readonly LoadedList[], programFlags: readonly string[]): { lists: LoadedList[]; warnings: string[] } {
  const spec = parseProgramSpec(programFlags);
  const result = filterByPrograms(lists, spec);
  if (spec.length > 0 && result.lists.every((l) => l.entities.length === 0)) {
    throw new UsageError(`--program ${spec.join(',')} keeps no entity of the loaded lists: nothing to screen against. ${result.warnings.join(' ')}`);
  }
  return { lists: result.lists, warnings: result.warnings };
}
