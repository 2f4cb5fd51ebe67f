// txscreen.config.json: team defaults for a screening setup, checked with zod. Unknown keys
// are errors (a misspelt "treshold" must not silently fall back to the default), and every
// message names the key, what was expected and what was found.
//
//   {
//     "lists": ["lists/sdn.csv"],                 sanctions list files or folders (relative to the config file)
//     "threshold": 85,                            report names scoring at least this (0–100)
//     "columns": {"name": ["counterparty"], "address": ["wallet"], "country": ["country"]},
//     "programs": ["RUSSIA-EO14024"],             program preset: screen only entities under these programs
//     "allowlist": "review/allowlist.csv",        reviewed false positives (relative to the config file)
//     "jurisdictions": ["RU", "BY"],              jurisdiction rule country set, or false to turn it off
//     "format": "csv",                            output format
//     "maxListAge": 30                            days before a list counts as stale
//   }
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { FORMATS } from '../report/printer';
import { lookupCountry } from '../screen/jurisdiction';

export const CONFIG_FILE_NAME = 'txscreen.config.json';

const stringList = (key: string) =>
  z.array(z.string({ error: `${key}: every entry must be a string` }).trim().min(1, { error: `${key}: entries must not be empty` }), {
    error: `${key} must be a list of strings, e.g. ["…"]`,
  });

const ColumnsSchema = z
  .object({
    name: stringList('columns.name').optional(),
    address: stringList('columns.address').optional(),
    country: stringList('columns.country').optional(),
  }, { error: 'columns must be an object: {"name": [...], "address": [...], "country": [...]}' })
  .strict();

export const ConfigSchema = z
  .object({
    lists: stringList('lists').min(1, { error: 'lists must name at least one list (leave the key out for the bundled list)' }).optional(),
    threshold: z
      .number({ error: 'threshold must be a number from 0 to 100' })
      .min(0, { error: 'threshold must be a number from 0 to 100' })
      .max(100, { error: 'threshold must be a number from 0 to 100' })
      .optional(),
    columns: ColumnsSchema.optional(),
    programs: stringList('programs').min(1, { error: 'programs must name at least one program' }).optional(),
    allowlist: z.string({ error: 'allowlist must be a file path (string)' }).trim().min(1, { error: 'allowlist must not be empty' }).optional(),
    jurisdictions: z
      .union([stringList('jurisdictions').min(1), z.literal(false)], {
        error: 'jurisdictions must be a list of countries (["RU", "BY"]) or false to turn the rule off',
      })
      .superRefine((value, ctx) => {
        if (value === false) return;
        for (const v of value) {
          if (lookupCountry(v) === null) ctx.addIssue({ code: 'custom', message: `jurisdictions: unknown country "${v}"; give ISO 3166-1 codes (RU, BLR) or English names (Russia)` });
        }
      })
      .optional(),
    format: z.enum(FORMATS, { error: `format must be one of ${FORMATS.join(', ')}` }).optional(),
    maxListAge: z
      .number({ error: 'maxListAge must be a whole number of days (0 or more)' })
      .int({ error: 'maxListAge must be a whole number of days (0 or more)' })
      .min(0, { error: 'maxListAge must be a whole number of days (0 or more)' })
      .optional(),
  }, { error: 'the configuration must be a JSON object ({ … })' })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as Array<keyof Config>;
const COLUMN_KEYS = Object.keys(ColumnsSchema.shape);

function suggestion(key: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** One line per problem: "threshold must be a number from 0 to 100 (got 150)". */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = where === 'columns' ? COLUMN_KEYS : (CONFIG_KEYS as string[]);
      return issue.keys
        .map((k) => `unknown key "${where === '' ? k : `${where}.${k}`}"${suggestion(k, known)}; known keys: ${known.join(', ')}`)
        .join('\n');
    }
    let got: unknown = input;
    for (const p of issue.path) got = got !== null && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[p as PropertyKey] : undefined;
    const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
    return `${issue.message}${shown}`;
  });
}
