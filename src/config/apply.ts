// Merging the configuration into a command's options, and telling where each effective
// value came from. Precedence: a flag given on the command line, then the config file,
// then the built-in default. Commander records each option's source
// (`getOptionValueSource`: "default" | "cli" | "config" | …); config values are set with
// source "config" only where no flag was given, so the same record answers `config --print`.
import path from 'node:path';
import type { Command, Option } from 'commander';
import type { LoadedConfig } from './load';
import type { Config } from './schema';

export type Source = 'default' | 'config' | 'flag';

/** One configurable setting: its key in the file, the command option it feeds. */
interface Setting {
  key: string;
  /** Commander attribute name ("nameColumn" for --name-column). */
  option: string;
  get(config: Config): unknown;
  /** How a value of this option reads in `config --print`. */
  show?(value: unknown): string;
}

/** A path as short as it stays clear: relative below the current directory, else absolute. */
function showPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  return rel === '' ? '.' : rel.startsWith('..') ? path.resolve(p) : rel;
}
const showPaths = (value: unknown): string => {
  const list = Array.isArray(value) ? (value as string[]) : [];
  return list.map(showPath).join(', ');
};
const showList = (value: unknown): string => (Array.isArray(value) ? (value as string[]).join(', ') : String(value ?? ''));

export const SETTINGS: readonly Setting[] = [
  { key: 'lists', option: 'list', get: (c) => c.lists, show: showPaths },
  { key: 'threshold', option: 'threshold', get: (c) => c.threshold },
  { key: 'format', option: 'format', get: (c) => c.format },
  { key: 'columns.name', option: 'nameColumn', get: (c) => c.columns?.name, show: showList },
  { key: 'columns.address', option: 'addressColumn', get: (c) => c.columns?.address, show: showList },
  { key: 'columns.country', option: 'countryColumn', get: (c) => c.columns?.country, show: showList },
  { key: 'programs', option: 'program', get: (c) => c.programs, show: showList },
  { key: 'allowlist', option: 'allowlist', get: (c) => c.allowlist, show: (v) => (typeof v === 'string' ? showPath(v) : '') },
  { key: 'maxListAge', option: 'maxListAge', get: (c) => c.maxListAge },
];

function findOption(cmd: Command, attribute: string): Option | undefined {
  return cmd.options.find((o) => o.attributeName() === attribute);
}

function fromCli(cmd: Command, attribute: string): boolean {
  return cmd.getOptionValueSource(attribute) === 'cli';
}

export interface ApplyOptions {
  /** Formats this command accepts; a config format outside them is left for the command's default. */
  formats?: readonly string[];
}

/**
 * Sets every config value the command has an option for and the user did not give as a
 * flag. `jurisdictions` feeds two options: `--jurisdictions` (a list) and
 * `--no-jurisdiction` (false); a flag for either one wins over the config for both.
 * Returns the keys that were ignored for this command (and why), for `config --print`.
 */
export function applyConfig(cmd: Command, loaded: LoadedConfig | null, opts: ApplyOptions = {}): string[] {
  const ignored: string[] = [];
  if (loaded === null) return ignored;
  const config = loaded.config;
  for (const setting of SETTINGS) {
    const value = setting.get(config);
    if (value === undefined) continue;
    const option = findOption(cmd, setting.option);
    if (option === undefined) {
      ignored.push(`${setting.key}: not used by "${cmd.name()}"`);
      continue;
    }
    if (setting.key === 'format' && opts.formats !== undefined && !opts.formats.includes(value as string)) {
      ignored.push(`format: "${String(value)}" is not a format of "${cmd.name()}" (${opts.formats.join(', ')})`);
      continue;
    }
    if (fromCli(cmd, setting.option)) continue;
    // A repeatable flag's value is an array; a single-value option (a program preset name) takes the joined list.
    const fitted = Array.isArray(value) && !Array.isArray(option.defaultValue) && !option.variadic ? value.join(',') : value;
    cmd.setOptionValueWithSource(setting.option, fitted, 'config');
  }
  if (config.jurisdictions !== undefined && findOption(cmd, 'jurisdictions') !== undefined) {
    if (!fromCli(cmd, 'jurisdictions') && !fromCli(cmd, 'jurisdiction')) {
      if (config.jurisdictions === false) cmd.setOptionValueWithSource('jurisdiction', false, 'config');
      else cmd.setOptionValueWithSource('jurisdictions', config.jurisdictions.join(','), 'config');
    }
  }
  return ignored;
}

function sourceOf(cmd: Command, attribute: string): Source {
  const source = cmd.getOptionValueSource(attribute);
  if (source === 'cli') return 'flag';
  if (source === 'config') return 'config';
  return 'default';
}

export interface EffectiveValue {
  key: string;
  /** As `config --print` shows it. */
  value: string;
  /** The option's value (null when unset: the default applies). */
  raw: unknown;
  source: Source;
}

/** Effective value and source of every setting the command has, in SETTINGS order. */
export function effectiveConfig(cmd: Command, defaults: Readonly<Record<string, string>>): EffectiveValue[] {
  const rows: EffectiveValue[] = [];
  for (const setting of SETTINGS) {
    if (findOption(cmd, setting.option) === undefined) continue;
    const raw = cmd.getOptionValue(setting.option) as unknown;
    const source = sourceOf(cmd, setting.option);
    const shown = setting.show !== undefined ? setting.show(raw) : raw === undefined ? '' : String(raw);
    rows.push({ key: setting.key, value: shown === '' ? (defaults[setting.key] ?? '(none)') : shown, raw: raw ?? null, source });
  }
  if (findOption(cmd, 'jurisdictions') !== undefined) {
    const off = cmd.getOptionValue('jurisdiction') === false;
    const given = cmd.getOptionValue('jurisdictions') as string | undefined;
    const value = off ? 'off' : (given ?? defaults.jurisdictions ?? '');
    const source = off ? sourceOf(cmd, 'jurisdiction') : sourceOf(cmd, 'jurisdictions');
    rows.push({ key: 'jurisdictions', value, raw: off ? false : (given ?? null), source });
  }
  return rows;
}
