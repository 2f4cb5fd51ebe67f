// The one entity model every list reader produces. Readers validate each entity with
// `EntitySchema` at the edge (zod); everything downstream uses the plain `Entity` type.
import { z } from 'zod';

export const ENTITY_TYPES = ['individual', 'entity', 'vessel', 'aircraft'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** primary: the list's main name; aka/fka: aliases; weak: OFAC "weak a.k.a." or UN "low" quality. */
export const NAME_KINDS = ['primary', 'aka', 'fka', 'weak'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const EntityNameSchema = z.object({
  name: z.string().trim().min(1),
  kind: z.enum(NAME_KINDS),
});
export type EntityName = z.infer<typeof EntityNameSchema>;

export const WalletSchema = z.object({
  /** Ticker as the list writes it: XBT, ETH, USDT, TRX… */
  ticker: z.string().min(1),
  address: z.string().min(1),
  /** true when the list cut the address (OFAC's 1000-character remark limit); never matched exactly. */
  partial: z.boolean().optional(),
});
export type Wallet = z.infer<typeof WalletSchema>;

export const SourceRefSchema = z.object({ file: z.string(), line: z.number().int().positive() });
export type SourceRef = z.infer<typeof SourceRefSchema>;

// entity-check.ts checks this shape without zod on the load path: keep the two in step.
export const EntitySchema = z.object({
  /** The list's own identifier (OFAC ent_num, UN DATAID, UK Group ID…). */
  id: z.string().min(1),
  /** Id of the list this entity came from, e.g. "ofac-sdn". */
  list: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  /** names[0] is the primary name. */
  names: z.array(EntityNameSchema).min(1),
  programs: z.array(z.string()),
  /** Countries named anywhere (addresses, nationality, citizenship), as the list writes them. */
  countries: z.array(z.string()),
  nationalities: z.array(z.string()),
  /** As the list writes them: "1961-06-01", "1961", "circa 1960", "01 Jun 1961". */
  birthDates: z.array(z.string()),
  wallets: z.array(WalletSchema),
  addresses: z.array(z.string()),
  remarks: z.string(),
  source: SourceRefSchema,
});
export type Entity = z.infer<typeof EntitySchema>;

/** What a run records about each loaded list (summary, json report, `screen lists`). */
export interface ListFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ListInfo {
  /** Stable id used in output: "ofac-sdn", "ofac-consolidated", "un", "uk-ofsi"… */
  id: string;
  format: string;
  files: ListFile[];
  /** Publication date (YYYY-MM-DD) or null when unknown. */
  date: string | null;
  /** Where the date came from: the data itself, a sidecar manifest, or the file's mtime. */
  dateSource: 'data' | 'manifest' | 'mtime' | 'unknown';
  entities: number;
  names: number;
  wallets: number;
  loadMs: number;
  /** Entities per type (filled for every list by loadLists). */
  entitiesByType?: Record<EntityType, number>;
  /** Entities per program, as the list names its programs (filled for every list by loadLists). */
  programs?: Record<string, number>;
  /** Rows (or columns) the reader could not use, each with file and line; absent when none. */
  issues?: ListIssue[];
  /** Whole days from `date` to the run (recorded by a run for its report). */
  ageDays?: number | null;
  /** Set when --program kept only part of the list: `entities`, `names`, `wallets`… then count what was screened. */
  programFilter?: { programs: string[]; entitiesBefore: number };
}

/** Something a reader skipped (a row, a wallet, a column): where it is and why. */
export interface ListIssue {
  file: string;
  line: number | null;
  reason: string;
}

export interface LoadedList {
  info: ListInfo;
  entities: Entity[];
}

/** A list row the reader cannot use: always reported with file and line, never skipped silently. */
export class ListError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'ListError';
  }
}
