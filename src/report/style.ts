// Colour for the human-facing outputs (table, stderr summary). Each call gets its own
// chalk instance with an explicit level: chalk's default instance decides from the
// process's TTY and env at import time, which would colour redirected output or ignore
// the CLI's --color decision.
import chalk from 'chalk';

export type Style = (text: string) => string;

export function makeChalk(color: boolean): chalk.Chalk {
  return new chalk.Instance({ level: color ? 1 : 0 });
}

/** Score bands a reviewer can triage by: near-certain, likely, worth a look. */
export function scoreStyle(c: chalk.Chalk, score: number): Style {
  // Band on the score as printed (one decimal), so "95.0" is never shown in the lower band.
  const shown = Math.round(score * 10) / 10;
  if (shown >= 95) return c.red.bold;
  if (shown >= 85) return c.yellow;
  return (text) => text;
}

