// Finding and reading the configuration: `--config FILE`, else txscreen.config.json in the
// current directory, else none. Paths inside the file (lists, allowlist) are relative to
// the file's folder, so a config committed next to its lists works from any directory.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../screen/columns';
import { CONFIG_FILE_NAME, ConfigSchema, describeIssues, type Config } from './schema';

export interface LoadedConfig {
  /** Absolute path of the file read. */
  file: string;
  /** Validated; `lists` and `allowlist` resolved to absolute paths. */
  config: Config;
}

/** A bad configuration file: exit 2 with every problem listed. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
}

/** @param shownAs the path as the user gave it, for messages. */
export function parseConfig(text: string, file: string, shownAs: string = file): LoadedConfig {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`${shownAs}: not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error, input).flatMap((p) => p.split('\n'));
    throw new ConfigError(`${shownAs}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const base = path.dirname(path.resolve(file));
  const config: Config = { ...parsed.data };
  if (config.lists !== undefined) config.lists = config.lists.map((p) => path.resolve(base, p));
  if (config.allowlist !== undefined) config.allowlist = path.resolve(base, config.allowlist);
  return { file: path.resolve(file), config };
}

/**
 * The configuration in force: `explicit` (--config) must exist; otherwise
 * txscreen.config.json in `cwd` is used when present. null when there is none.
 */
export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): LoadedConfig | null {
  const file = explicit ?? path.join(cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return null;
    throw new ConfigError(`--config ${file}: cannot read (${code ?? (err as Error).message})`);
  }
  return parseConfig(text, path.resolve(cwd, file), file);
}
