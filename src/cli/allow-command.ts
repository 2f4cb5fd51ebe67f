// `screen allow`: record a reviewed false positive in an allowlist file. The entry is
// validated (dates, required reason and reviewer, at most a year of validity), the entity
// must exist in the loaded lists and the value must actually match it (an entry that can
// never suppress anything is refused), an active duplicate is refused, and the file is
// rewritten atomically (allowlist.ts appendAllowlistEntry).
import { Command } from 'commander';
import type { Entity } from '../lists/entity';
import { DEFAULT_LIST_PATH, loadLists } from '../lists/load';
import { explainCandidate, explainWallet } from '../match/lookup';
import { appendAllowlistEntry, localDate, validateNewEntry } from '../screen/allowlist';
import { UsageError } from '../screen/columns';
import { EXIT } from '../screen/exit';
import { lookupCountry, OCCUPIED_REGIONS } from '../screen/jurisdiction';
import { listSpecs } from './list-options';
import { addConfigOption, loadAndApplyConfig } from './review-options';

interface AllowFlags {
  value: string;
  entity: string;
  reason: string;
  reviewer: string;
  expires: string;
  decided?: string;
  file?: string;
  allowlist?: string;
  list: string[];
  listFormat: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerAllow(program: Command, result: { code: number }): void {
  const cmd = program
    .command('allow')
    .description('add a reviewed false positive to an allowlist file (reason and reviewer required)')
    .requiredOption('--value <value>', 'the screened value, as it appears in the input (name or wallet)')
    .requiredOption('--entity <id>', 'entity id the value was cleared against (ID, LIST:ID, or jurisdiction:CODE)')
    .requiredOption('--reason <text>', 'why this is not the listed entity')
    .requiredOption('--reviewer <name>', 'who decided')
    .requiredOption('--expires <date>', 'YYYY-MM-DD, last day the entry suppresses (at most a year after --decided)')
    .option('--decided <date>', 'YYYY-MM-DD of the decision (default: today)')
    .option('--file <file>', 'allowlist CSV to append to (created with its header if missing; default: the config\'s allowlist)')
    .option('--allowlist <file>', 'same as --file')
    .option('-l, --list <path>', 'lists the entity is checked against (repeatable); default: the bundled OFAC SDN snapshot', collect, [])
    .option('--list-format <format>', 'read --list as this format (see screen --help)', collect, []);
  addConfigOption(cmd).action(async (_flags: AllowFlags, command: Command) => {
    loadAndApplyConfig(command);
    result.code = await runAllow(command.opts<AllowFlags>());
  });
}

/** The entity named by --entity among the loaded ones: ID or LIST:ID, exactly one. */
function pickEntity(entities: readonly Entity[], ref: string, listIds: readonly string[]): Entity {
  let found = entities.filter((e) => e.id === ref);
  if (found.length === 0 && ref.includes(':')) {
    const colon = ref.indexOf(':');
    found = entities.filter((e) => e.list === ref.slice(0, colon) && e.id === ref.slice(colon + 1));
  }
  if (found.length === 0) throw new UsageError(`--entity ${ref} is not in the loaded lists (${listIds.join(', ')}); give the list it is on with --list`);
  if (found.length > 1) throw new UsageError(`--entity ${ref} is an id in several lists; name one: ${found.map((e) => `${e.list}:${e.id}`).join(', ')}`);
  return found[0]!;
}

function jurisdictionRef(ref: string): string | null {
  const m = /^jurisdiction:(.+)$/i.exec(ref);
  if (m === null) return null;
  const code = (m[1] as string).toUpperCase();
  if (OCCUPIED_REGIONS.some((r) => r.code === code)) return code;
  const country = lookupCountry(code);
  if (country === null) throw new UsageError(`--entity ${ref}: unknown jurisdiction (use jurisdiction:RU, jurisdiction:UA-43…, as the hit shows)`);
  return country.code;
}

async function runAllow(flags: AllowFlags): Promise<number> {
  const file = flags.file ?? flags.allowlist;
  if (file === undefined) throw new UsageError('allow: no allowlist file: give --file FILE (or set "allowlist" in txscreen.config.json)');
  const today = localDate();
  const decided = flags.decided ?? today;
  // The audit fields first: a missing reason is reported before any list is loaded.
  validateNewEntry({ value: flags.value, entity_id: flags.entity, reason: flags.reason, reviewer: flags.reviewer, decided, expires: flags.expires }, today);

  let entityId: string;
  let listId: string;
  let note: string;
  const jurisdiction = jurisdictionRef(flags.entity.trim());
  if (jurisdiction !== null) {
    entityId = `jurisdiction:${jurisdiction}`;
    listId = 'jurisdiction';
    note = `jurisdiction rule ${jurisdiction}`;
  } else {
    const bundled = flags.list.length === 0;
    const lists = await loadLists(bundled ? [{ path: DEFAULT_LIST_PATH }] : listSpecs(flags.list, flags.listFormat));
    const entities = lists.flatMap((l) => l.entities);
    const entity = pickEntity(entities, flags.entity.trim(), lists.map((l) => l.info.id));
    const wallet = explainWallet(flags.value, entity).find((w) => w.match !== 'none');
    const name = explainCandidate(flags.value, entity);
    if (wallet === undefined && name.score === 0) {
      throw new UsageError(
        `--value "${flags.value}" does not match ${entity.list} ${entity.id} (${entity.names[0]?.name ?? ''}) at all: the entry would never suppress anything`,
      );
    }
    entityId = entity.id;
    listId = entity.list;
    note =
      wallet !== undefined
        ? `${entity.names[0]?.name ?? ''}; the value is its ${wallet.ticker} wallet`
        : `${entity.names[0]?.name ?? ''}; the value scores ${name.score.toFixed(1)} against "${name.best?.name ?? ''}" today`;
  }

  const { entry, created } = appendAllowlistEntry(
    file,
    { value: flags.value, entity_id: entityId, list: listId, reason: flags.reason, reviewer: flags.reviewer, decided, expires: flags.expires },
    today,
  );
  process.stdout.write(
    `${created ? 'created' : 'added to'} ${file}:${entry.line}: "${entry.value}" / ${entry.list} ${entry.entity_id} (${note})\n` +
      `  reason: ${entry.reason}; reviewer: ${entry.reviewer}; decided ${entry.decided}; suppresses until ${entry.expires} inclusive\n`,
  );
  return EXIT.clean;
}
