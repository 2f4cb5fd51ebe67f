// `screen config --print`: the effective screening configuration and where each value came
// from (flag > config file > default). Takes the same setting flags as `screen`, so
// `screen config --print --threshold 90` shows what `screen x.csv --threshold 90` would use.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { effectiveConfig, type EffectiveValue } from '../config/apply';
import { DEFAULT_MAX_LIST_AGE_DAYS } from '../lists/freshness';
import { DEFAULT_LIST_PATH } from '../lists/load';
import { DEFAULT_THRESHOLD } from '../match/matcher';
import { hang, sanitize } from '../report/layout';
import { FORMATS } from '../report/printer';
import { makeChalk } from '../report/style';
import { shouldColor } from '../report/color';
import { UsageError } from '../screen/columns';
import { EXIT } from '../screen/exit';
import { DEFAULT_JURISDICTIONS, resolveJurisdictions } from '../screen/jurisdiction';
import { addReviewOptions, loadAndApplyConfig } from './review-options';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseNumber(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${v}"`);
    return n;
  };
}

export const DEFAULT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  lists: `bundled OFAC SDN snapshot (${path.relative(process.cwd(), DEFAULT_LIST_PATH)})`,
  format: 'table on a terminal, else csv',
  'columns.name': 'detected from the header',
  'columns.address': 'detected from the header',
  'columns.country': 'detected from the header',
  programs: 'all',
  allowlist: 'none',
  // Worked out when read (`screen config`): ICU's country names took ~17 ms of every start.
  get jurisdictions(): string {
    return resolveJurisdictions(DEFAULT_JURISDICTIONS).map((c) => `${c.code} ${c.name}`).join(', ');
  },
};

export interface ConfigReport {
  configFile: string | null;
  settings: EffectiveValue[];
  /** Config keys this command cannot use, and problems found (missing files). */
  notes: string[];
}

/** Plain or coloured text of the report (pure). */
export function configText(report: ConfigReport, color: boolean, width = 80): string {
  const c = makeChalk(color);
  const lines = [c.bold('txscreen configuration (effective)')];
  lines.push(...hang('  config file  ', '  ' + c.dim('config file') + '  ', sanitize(report.configFile === null ? 'none (no txscreen.config.json here; --config FILE names one)' : path.relative(process.cwd(), report.configFile) || report.configFile), width, (t) => t));
  lines.push('');
  const keyWidth = Math.max(...report.settings.map((s) => s.key.length)) + 2;
  for (const s of report.settings) {
    const prefix = `  ${s.key.padEnd(keyWidth)}${s.source.padEnd(8)}`;
    const styled = `  ${s.key.padEnd(keyWidth)}${(s.source === 'default' ? c.dim : s.source === 'flag' ? c.cyan : c.green)(s.source.padEnd(8))}`;
    lines.push(...hang(prefix, styled, sanitize(s.value), width, (t) => t));
  }
  for (const n of report.notes) lines.push(...hang('  note  ', '  ' + c.yellow('note') + '  ', sanitize(n), width, (t) => t));
  return lines.join('\n') + '\n';
}

export function configJson(report: ConfigReport): string {
  const settings: Record<string, { value: unknown; shown: string; source: string }> = {};
  for (const s of report.settings) settings[s.key] = { value: s.raw, shown: s.value, source: s.source };
  return JSON.stringify({ config_file: report.configFile, settings, notes: report.notes }, null, 2) + '\n';
}

export function registerConfig(program: Command, result: { code: number }): void {
  const cmd = program
    .command('config')
    .description('print the effective configuration and where each value came from (flag, config file, default)')
    .option('--print', 'print the effective configuration (the default action)')
    .option('--json', 'print it as JSON')
    .option('-l, --list <path>', 'as for screen', collect, [])
    .option('--program <names>', 'as for screen', collect, [])
    .option('-t, --threshold <score>', 'as for screen', parseNumber('--threshold', 0, 100), DEFAULT_THRESHOLD)
    .addOption(new Option('-f, --format <format>', 'as for screen').choices(FORMATS))
    .option('--name-column <column>', 'as for screen', collect, [])
    .option('--address-column <column>', 'as for screen', collect, [])
    .option('--max-list-age <days>', 'as for screen', parseNumber('--max-list-age', 0, 100000), DEFAULT_MAX_LIST_AGE_DAYS)
    .option('--color', 'force colours')
    .option('--no-color', 'no colours');
  addReviewOptions(cmd).action((_flags: Record<string, unknown>, command: Command) => {
    const { loaded, ignored } = loadAndApplyConfig(command);
    const notes = [...ignored];
    const opts = command.opts<{ jurisdictions?: string; jurisdiction?: boolean; allowlist?: string; list: string[]; json?: boolean; color?: boolean }>();
    // Check what can be checked without screening: the country set and the files named.
    const countries = opts.jurisdiction !== false && opts.jurisdictions !== undefined ? resolveJurisdictions([opts.jurisdictions]) : null;
    if (opts.allowlist !== undefined && !fs.existsSync(opts.allowlist)) notes.push(`allowlist ${opts.allowlist} does not exist yet (screen allow --file creates it)`);
    for (const l of opts.list) if (!fs.existsSync(l)) notes.push(`list ${l} not found`);
    if (command.getOptionValueSource('showSuppressed') === 'cli') notes.push('--show-suppressed is a run option, not a setting');
    const settings = effectiveConfig(command, DEFAULT_DESCRIPTIONS).map((s) =>
      // The country set as the rule will use it: codes and names, whatever spelling was given.
      s.key === 'jurisdictions' && countries !== null ? { ...s, value: countries.map((c) => `${c.code} ${c.name}`).join(', ') } : s,
    );
    const report: ConfigReport = { configFile: loaded?.file ?? null, settings, notes };
    const color = opts.color ?? shouldColor(process.stdout, process.env);
    process.stdout.write(opts.json === true ? configJson(report) : configText(report, color, process.stdout.columns ?? 80));
    result.code = EXIT.clean;
  });
}
