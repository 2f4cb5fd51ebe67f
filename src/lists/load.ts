// Turns `--list` specs into loaded lists. Each supported format is one row of FORMATS:
// adding UN XML, UK XLSX, OpenSanctions CSV… means adding a row, nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ListError, type LoadedList } from './entity';
import { looksLikeGenericHeader, readGenericCsv } from './generic-csv';
import { readOfacLegacy } from './ofac-csv';
import { OPENSANCTIONS_HEADER_START, readOpenSanctions } from './opensanctions';
import { entityTotals } from './reader';
import { readUkOfsi } from './uk-ofsi';
import { readUnXml } from './un-xml';

export interface ListSpec {
  path: string;
  /** A FORMATS id; omitted or "auto" = detect from the file name, then from the content. */
  format?: string;
}

interface ListFormat {
  /** Accepted as `format` in a spec. */
  id: string;
  /** Lower-case file names that identify the format; a directory spec means the first one inside it. */
  fileNames: readonly string[];
  /** Recognises a file with an unusual name from its first bytes. */
  sniff?: (head: string) => boolean;
  load: (file: string) => Promise<LoadedList>;
}

const FORMATS: readonly ListFormat[] = [
  {
    id: 'ofac-sdn',
    fileNames: ['sdn.csv'],
    // Any headerless 12-column OFAC-style file defaults to the SDN list: it is the common case.
    sniff: looksLikeOfacLegacy,
    load: (file) => readOfacLegacy(file, 'ofac-sdn'),
  },
  {
    id: 'ofac-consolidated',
    fileNames: ['cons_prim.csv'],
    load: (file) => readOfacLegacy(file, 'ofac-consolidated'),
  },
  {
    id: 'un',
    fileNames: ['consolidated.xml', 'un_consolidated.xml'],
    sniff: (head) => /<CONSOLIDATED_LIST[\s>]/.test(head),
    load: (file) => readUnXml(file),
  },
  {
    id: 'uk-ofsi',
    fileNames: ['conlist.xlsx'],
    // The only spreadsheet format: the reader checks the sheet's header itself.
    sniff: looksLikeXlsx,
    load: (file) => readUkOfsi(file),
  },
  {
    id: 'opensanctions',
    fileNames: ['targets.simple.csv'],
    sniff: (head) => OPENSANCTIONS_HEADER_START.every((name, i) => headerCells(head)[i]?.toLowerCase() === name),
    load: (file) => readOpenSanctions(file),
  },
  {
    // Last: any CSV whose header has id and name columns.
    id: 'csv',
    fileNames: [],
    sniff: (head) => looksLikeGenericHeader(headerCells(head)),
    load: (file) => readGenericCsv(file),
  },
];

/** What `format` (and `--list-format`) accepts besides "auto". */
export const LIST_FORMAT_IDS: readonly string[] = FORMATS.map((f) => f.id);

/** Bytes read to sniff a file's format: enough for several legacy rows. */
const SNIFF_BYTES = 16 * 1024;

export async function loadLists(specs: ReadonlyArray<ListSpec>): Promise<LoadedList[]> {
  const lists: LoadedList[] = [];
  // One after another: loading is CPU-bound, and the first failing spec is the one reported.
  for (const spec of specs) {
    const { format, file } = await resolveSpec(spec);
    const list = await format.load(file);
    lists.push({ info: { ...list.info, ...entityTotals(list.entities), loadMs: list.info.loadMs }, entities: list.entities });
  }
  return lists;
}

async function resolveSpec(spec: ListSpec): Promise<{ format: ListFormat; file: string }> {
  const target = path.resolve(spec.path);
  const wanted = spec.format && spec.format !== 'auto' ? formatById(spec.format, target) : null;
  const kind = await stat(target).catch(() => null);
  if (!kind) throw new ListError(target, null, 'list file or folder not found');
  if (kind.isDirectory()) return resolveFolder(target, wanted);
  if (wanted) return { format: wanted, file: target };
  const byName = FORMATS.find((f) => f.fileNames.includes(path.basename(target).toLowerCase()));
  if (byName) return { format: byName, file: target };
  const head = await readHead(target);
  const bySniff = FORMATS.find((f) => f.sniff?.(head));
  if (bySniff) return { format: bySniff, file: target };
  throw new ListError(target, null, `unrecognised list format; name one with a format (${formatIds()})`);
}

function formatById(id: string, target: string): ListFormat {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new ListError(target, null, `unknown list format "${id}" (known: ${formatIds()})`);
  return format;
}

function formatIds(): string {
  return FORMATS.map((f) => f.id).join(', ');
}

/** Folder spec: the folder's primary file, matched case-insensitively. */
async function resolveFolder(dir: string, wanted: ListFormat | null): Promise<{ format: ListFormat; file: string }> {
  const entries = new Map((await readdir(dir)).map((name) => [name.toLowerCase(), name]));
  const found = (wanted ? [wanted] : FORMATS).flatMap((format) =>
    format.fileNames.flatMap((name) => {
      const actual = entries.get(name);
      return actual ? [{ format, file: path.join(dir, actual) }] : [];
    }),
  );
  // No file by a known name: look inside the files (a UK list saved as UK_Sanctions_List.xlsx…).
  const [first, second] = found.length > 0 ? found : await sniffFolder(dir, [...entries.values()], wanted);
  if (!first) {
    const expected = (wanted ? [wanted] : FORMATS).flatMap((f) => f.fileNames).join(' or ');
    throw new ListError(dir, null, `folder has no list file (expected ${expected})`);
  }
  if (second) {
    throw new ListError(dir, null, `folder holds several lists (${found.map((f) => path.basename(f.file)).join(', ')}); name the file`);
  }
  return first;
}

async function sniffFolder(dir: string, names: string[], wanted: ListFormat | null): Promise<Array<{ format: ListFormat; file: string }>> {
  const found: Array<{ format: ListFormat; file: string }> = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (name.startsWith('.') || !(await stat(file)).isFile()) continue;
    const head = await readHead(file);
    const format = (wanted ? [wanted] : FORMATS).find((f) => f.sniff?.(head));
    if (format) found.push({ format, file });
  }
  return found;
}

/** Zip local-file magic, with the workbook part of an Office Open XML spreadsheet in view. */
function looksLikeXlsx(head: string): boolean {
  return head.startsWith('PK\x03\x04') && head.includes('xl/');
}

/** The first line's cells (a BOM read as Latin-1 removed); [] when it does not parse. */
function headerCells(head: string): string[] {
  const firstLine = (head.split(/\r?\n/, 1)[0] ?? '').replace(/^\xef\xbb\xbf/, '');
  try {
    const [row] = parse(firstLine, { relax_column_count: true, relax_quotes: true }) as string[][];
    return (row ?? []).map((cell) => cell.trim());
  } catch {
    return [];
  }
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/** OFAC legacy primary file: no header, first row has 12 fields and a numeric ent_num. */
export function looksLikeOfacLegacy(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  try {
    const [row] = parse(firstLine, { relax_column_count: true, relax_quotes: true });
    return row !== undefined && row.length === 12 && /^\d+$/.test((row[0] ?? '').trim());
  } catch {
    return false;
  }
}

/**
 * Folder holding package.json with name "txscreen". Walked up from this module because it
 * runs from src/lists (jest) and from the esbuild bundle dist/cli.js alike.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'txscreen') return dir;
      } catch {
        // an unreadable package.json on the way up is not ours; keep walking
      }
    }
    if (path.dirname(dir) === dir) {
      // Not inside the package (unexpected install layout): fall back to the usual two levels up.
      return path.resolve(start, '..', '..');
    }
  }
}

/** The bundled OFAC SDN publication used when no `--list` is given. */
export const DEFAULT_LIST_PATH = path.join(findPackageRoot(__dirname), 'fixtures', 'ofac-sdn-2023-12-28', 'sdn.csv');
