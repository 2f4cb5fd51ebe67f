// Flags shared by `screen [input]` and `screen config --print` for the review workflow
// (allowlist, jurisdiction rule, config file), and the wiring from flags to a RowReview.
import type { Command } from 'commander';
import type { LoadedList } from '../lists/entity';
import { applyConfig, type ApplyOptions } from '../config/apply';
import { loadConfig, type LoadedConfig } from '../config/load';
import { AllowlistIndex, allowlistWarnings, loadAllowlist, localDate } from '../screen/allowlist';
import { DEFAULT_JURISDICTIONS, JurisdictionRule, resolveJurisdictions } from '../screen/jurisdiction';
import { createReview, type Review } from '../screen/review';

export interface ReviewFlags {
  allowlist?: string;
  showSuppressed?: boolean;
  countryColumn?: string[];
  jurisdictions?: string;
  /** false with --no-jurisdiction. */
  jurisdiction?: boolean;
  config?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** --config only (lookup, allow). */
export function addConfigOption(cmd: Command): Command {
  return cmd.option('--config <file>', 'configuration file (default: ./txscreen.config.json when present)');
}

/** The allowlist and jurisdiction flags of the screen command (and of `config --print`). */
export function addReviewOptions(cmd: Command): Command {
  addConfigOption(cmd);
  return cmd
    .option('--allowlist <file>', 'CSV of reviewed false positives to suppress (columns: value,entity_id,list,reason,reviewer,decided,expires)')
    .option('--show-suppressed', 'also print hits the allowlist suppressed (marked as such)', false)
    .option('--country-column <column>', 'column holding a country for the jurisdiction rule (repeatable; default: detected)', collect, [])
    .option('--jurisdictions <codes>', `countries the jurisdiction rule flags, ISO codes or names (default: ${DEFAULT_JURISDICTIONS.join(',')})`)
    .option('--no-jurisdiction', 'turn the jurisdiction rule off');
}

/** Reads the config (`--config` or ./txscreen.config.json) and applies it under the command's flags. */
export function loadAndApplyConfig(cmd: Command, opts: ApplyOptions = {}): { loaded: LoadedConfig | null; ignored: string[] } {
  const loaded = loadConfig(cmd.getOptionValue('config') as string | undefined);
  return { loaded, ignored: applyConfig(cmd, loaded, opts) };
}

export interface ReviewSetup {
  review: Review;
  showSuppressed: boolean;
}

/**
 * Builds the row review from the (config-merged) flags: loads and checks the allowlist
 * against the loaded lists (warnings for expired entries and unknown entities go to
 * `warn`), resolves the jurisdiction set. `cmd` tells whether the set was asked for.
 */
export function buildReview(cmd: Command, flags: ReviewFlags, lists: readonly LoadedList[], warn: (message: string) => void, now: Date = new Date()): ReviewSetup {
  const jurisdictionOn = flags.jurisdiction !== false;
  const rule = jurisdictionOn ? new JurisdictionRule(resolveJurisdictions(flags.jurisdictions !== undefined ? [flags.jurisdictions] : DEFAULT_JURISDICTIONS)) : null;
  let index: AllowlistIndex | null = null;
  if (flags.allowlist !== undefined) {
    const today = localDate(now);
    const list = loadAllowlist(flags.allowlist);
    const ids = new Set<string>();
    for (const l of lists) for (const e of l.entities) ids.add(`${e.list}\u0000${e.id}`);
    const anyList = new Set<string>();
    for (const l of lists) for (const e of l.entities) anyList.add(e.id);
    const listIds = [...new Set(lists.map((l) => l.info.id))];
    for (const w of allowlistWarnings(list, today, { lists: listIds, has: (listId, id) => (listId === '' ? anyList.has(id) : ids.has(`${listId}\u0000${id}`)) })) warn(w);
    index = new AllowlistIndex(list, today);
  } else if (flags.showSuppressed === true) {
    warn('--show-suppressed has no effect without --allowlist');
  }
  const source = cmd.getOptionValueSource('jurisdictions');
  const review = createReview({
    jurisdiction: rule,
    countryColumns: flags.countryColumn ?? [],
    allowlist: index,
    jurisdictionExplicit: source === 'cli' || source === 'config' || (flags.countryColumn?.length ?? 0) > 0,
    warn,
  });
  return { review, showSuppressed: flags.showSuppressed === true };
}
