// Exit status for CI gates: 0 clean, 1 at least one hit, 2 usage, list or input error.
// 2 wins over 1: a partial screen is not a pass.

export const EXIT = { clean: 0, hits: 1, error: 2 } as const;

/** A stale list under --max-list-age 0 stops the run before screening (screen-command.ts). */
export function exitCodeFor(run: { flagged: number; errors: number }): 0 | 1 | 2 {
  if (run.errors > 0) return EXIT.error;
  if (run.flagged > 0) return EXIT.hits;
  return EXIT.clean;
}
