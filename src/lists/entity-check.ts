// EntitySchema at list-load speed. zod's safeParse copies every entity, some 40 ms of CPU
// and its garbage per load of the 14k-entity OFAC list, while a reader that has done its
// own checks leaves it nothing to reject or change. `looksValid` is a strict shortcut that
// zod then never overrules: it accepts only a value EntitySchema would accept AND return
// unchanged (same keys in schema order, names already trimmed). Anything else goes to zod,
// which decides and words the reason, so rejects read as they always have. Keep it in
// step with EntitySchema: it may be stricter than the schema, never looser.
import { ENTITY_TYPES, EntitySchema, NAME_KINDS, type Entity } from './entity';

export type EntityCheck = { ok: true; entity: Entity } | { ok: false; reason: string };

/** The candidate as an Entity, or zod's issues as "path: message; path: message". */
export function checkEntity(candidate: unknown): EntityCheck {
  if (looksValid(candidate)) return { ok: true, entity: candidate };
  const result = EntitySchema.safeParse(candidate);
  if (result.success) return { ok: true, entity: result.data };
  return { ok: false, reason: result.error.issues.map((i) => `${i.path.join('.') || '(entity)'}: ${i.message}`).join('; ') };
}

// Schema key order: zod's output lists keys in this order, so an input in another order differs.
const ENTITY_KEYS = [
  'id', 'list', 'type', 'names', 'programs', 'countries', 'nationalities', 'birthDates', 'wallets', 'addresses', 'remarks', 'source',
] as const;
const NAME_KEYS = ['name', 'kind'] as const;
const WALLET_KEYS = ['ticker', 'address'] as const;
const WALLET_KEYS_PARTIAL = ['ticker', 'address', 'partial'] as const;
const SOURCE_KEYS = ['file', 'line'] as const;

const TYPES = new Set<unknown>(ENTITY_TYPES);
const KINDS = new Set<unknown>(NAME_KINDS);

function looksValid(value: unknown): value is Entity {
  if (!isRecord(value, ENTITY_KEYS)) return false;
  const e = value as Record<(typeof ENTITY_KEYS)[number], unknown>;
  return (
    isFilledString(e.id) &&
    isFilledString(e.list) &&
    TYPES.has(e.type) &&
    isList(e.names, isName) &&
    (e.names as unknown[]).length > 0 &&
    isStrings(e.programs) &&
    isStrings(e.countries) &&
    isStrings(e.nationalities) &&
    isStrings(e.birthDates) &&
    isList(e.wallets, isWallet) &&
    isStrings(e.addresses) &&
    typeof e.remarks === 'string' &&
    isSource(e.source)
  );
}

function isName(value: unknown): boolean {
  if (!isRecord(value, NAME_KEYS)) return false;
  const { name, kind } = value as { name: unknown; kind: unknown };
  // The schema trims names: an untrimmed one would come back changed, so zod must handle it.
  return isFilledString(name) && name.trim() === name && KINDS.has(kind);
}

function isWallet(value: unknown): boolean {
  const w = value as { ticker: unknown; address: unknown; partial?: unknown };
  const shape = isRecord(value, WALLET_KEYS) || (isRecord(value, WALLET_KEYS_PARTIAL) && typeof w.partial === 'boolean');
  return shape && isFilledString(w.ticker) && isFilledString(w.address);
}

function isSource(value: unknown): boolean {
  if (!isRecord(value, SOURCE_KEYS)) return false;
  const { file, line } = value as { file: unknown; line: unknown };
  return typeof file === 'string' && Number.isSafeInteger(line) && (line as number) > 0;
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

function isStrings(value: unknown): boolean {
  return isList(value, isString);
}

/** A plain array whose every slot passes `check` (a loop, not `every`: that skips holes zod rejects). */
function isList(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

/** A plain object whose keys are exactly `keys`, in that order. */
function isRecord(value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let i = 0;
  for (const key in value) {
    if (i === keys.length || key !== keys[i]) return false;
    i += 1;
  }
  return i === keys.length;
}
