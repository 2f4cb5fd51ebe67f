// `screen lists fetch`: download the official list files, check they parse, and swap them
// in for the previous copy. A source's files are written to a staging folder beside the
// target, loaded with the same reader screening uses, and only then renamed into place,
// so a cut download, an HTTP error or a file that no longer parses leaves the previous
// copy untouched and nothing half-written behind.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { UsageError } from '../screen/columns';
import type { ListInfo } from './entity';
import { loadLists } from './load';

export interface SourceFile {
  /** Name in the publisher's URL (appended to a base URL). */
  remote: string;
  /** Name written in the list's folder: what the reader looks for. */
  local: string;
}

export interface Source {
  id: string;
  /** Folder under --dir. */
  folder: string;
  /** load.ts format id used to check the download. */
  format: string;
  /** The publisher's address: a file URL, or a base URL the files' remote names are appended to. */
  url: string;
  files: readonly SourceFile[];
  note?: string;
}

const OFAC_EXPORTS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/';

export const SOURCES: readonly Source[] = [
  {
    id: 'ofac',
    folder: 'ofac-sdn',
    format: 'ofac-sdn',
    url: OFAC_EXPORTS,
    files: [
      { remote: 'SDN.CSV', local: 'sdn.csv' },
      { remote: 'ADD.CSV', local: 'add.csv' },
      { remote: 'ALT.CSV', local: 'alt.csv' },
      { remote: 'SDN_COMMENTS.CSV', local: 'sdn_comments.csv' },
    ],
  },
  {
    id: 'ofac-cons',
    folder: 'ofac-consolidated',
    format: 'ofac-consolidated',
    url: OFAC_EXPORTS,
    files: [
      { remote: 'CONS_PRIM.CSV', local: 'cons_prim.csv' },
      { remote: 'CONS_ADD.CSV', local: 'cons_add.csv' },
      { remote: 'CONS_ALT.CSV', local: 'cons_alt.csv' },
      { remote: 'CONS_COMMENTS.CSV', local: 'cons_comments.csv' },
    ],
  },
  {
    id: 'un',
    folder: 'un',
    format: 'un',
    url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    files: [{ remote: '', local: 'consolidated.xml' }],
  },
  {
    id: 'uk',
    folder: 'uk-ofsi',
    format: 'uk-ofsi',
    url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx',
    files: [{ remote: '', local: 'ConList.xlsx' }],
    note: 'OFSI stopped updating this list on 28 January 2026 (the FCDO UK Sanctions List replaces it)',
  },
];

export const DEFAULT_SOURCES = ['ofac', 'un', 'uk'];

/** A fetched source's manifest: list-info.json, which the OFAC reader takes its date from. */
export const MANIFEST = 'list-info.json';

/** A new copy with fewer entities than this share of the previous one is refused (a cut file?). */
export const SHRINK_LIMIT = 0.9;

export interface FetchOptions {
  dir: string;
  sources: readonly Source[];
  /** source id → URL replacing the default. */
  urls?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  allowShrink?: boolean;
  now?: () => Date;
}

export interface FetchResult {
  source: string;
  folder: string;
  ok: boolean;
  /** What went wrong (ok false), or the note about the source. */
  message?: string;
  info?: ListInfo;
  bytes?: number;
}

/** Resolves `ofac,un` against SOURCES; unknown ids throw with the list of known ones. */
export function selectSources(ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const source = SOURCES.find((s) => s.id === id.trim().toLowerCase());
    if (!source) throw new UsageError(`unknown list source "${id}" (known: ${SOURCES.map((s) => s.id).join(', ')})`);
    return source;
  });
}

export function sourceUrl(source: Source, file: SourceFile, override?: string): string {
  const base = override ?? source.url;
  if (file.remote === '') return base;
  return base.endsWith('/') ? base + file.remote : `${base}/${file.remote}`;
}

/** Fetches every source in turn; one source failing does not stop the others. */
export async function fetchLists(options: FetchOptions): Promise<FetchResult[]> {
  await mkdir(options.dir, { recursive: true });
  const results: FetchResult[] = [];
  for (const source of options.sources) {
    try {
      results.push(await fetchSource(source, options));
    } catch (err) {
      results.push({ source: source.id, folder: path.join(options.dir, source.folder), ok: false, message: (err as Error).message });
    }
  }
  return results;
}

async function fetchSource(source: Source, options: FetchOptions): Promise<FetchResult> {
  const target = path.join(options.dir, source.folder);
  const staging = path.join(options.dir, `.${source.folder}.fetch-${process.pid}-${randomBytes(4).toString('hex')}`);
  const now = options.now ?? (() => new Date());
  await mkdir(staging);
  try {
    const downloads: Array<{ url: string; file: string; bytes: number; lastModified: string | null }> = [];
    for (const file of source.files) {
      const url = sourceUrl(source, file, options.urls?.[source.id]);
      const local = path.join(staging, file.local);
      downloads.push({ url, file: file.local, ...(await download(url, local, options)) });
    }
    const fetchedAt = now();
    const manifest = {
      // What the OFAC reader takes as the list's date: the list as OFAC served it on this day.
      date: fetchedAt.toISOString().slice(0, 10),
      source: `${source.id}: downloaded ${fetchedAt.toISOString()} by txscreen lists fetch`,
      fetchedAt: fetchedAt.toISOString(),
      files: downloads,
    };
    const writeManifest = (extra: object = {}): Promise<void> =>
      writeFile(path.join(staging, MANIFEST), JSON.stringify({ ...manifest, ...extra }, null, 2) + '\n');
    await writeManifest();

    let info: ListInfo;
    try {
      const [list] = await loadLists([{ path: staging, format: source.format }]);
      if (!list || list.entities.length === 0) throw new Error('it holds no entity');
      info = list.info;
    } catch (err) {
      throw new Error(`downloaded files do not read as a ${source.format} list: ${(err as Error).message}`);
    }
    const previous = await previousEntities(target);
    if (previous !== null && info.entities < previous * SHRINK_LIMIT && options.allowShrink !== true) {
      throw new Error(
        `the new copy has ${info.entities} entities, the one in place ${previous}: refusing a shrink of more than ${Math.round((1 - SHRINK_LIMIT) * 100)}% (a cut download?); --allow-shrink accepts it`,
      );
    }
    // Record the count for the next fetch's shrink check.
    await writeManifest({ entities: info.entities });

    await swapIn(staging, target);
    const finalFiles = info.files.map((f) => ({ ...f, path: path.join(target, path.basename(f.path)) }));
    return {
      source: source.id,
      folder: target,
      ok: true,
      info: { ...info, files: finalFiles },
      bytes: downloads.reduce((n, d) => n + d.bytes, 0),
      ...(source.note ? { message: source.note } : {}),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Streams one URL to a file; anything but a complete 200 answer is an error. */
async function download(url: string, file: string, options: FetchOptions): Promise<{ bytes: number; lastModified: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 120_000) });
  } catch (err) {
    throw new Error(`cannot download ${url}: ${describe(err)}`);
  }
  if (response.status !== 200 || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`cannot download ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const expected = Number(response.headers.get('content-length') ?? NaN);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as unknown as WebReadableStream), counter, createWriteStream(file));
  } catch (err) {
    throw new Error(`download of ${url} was cut short after ${bytes} bytes${Number.isFinite(expected) ? ` of ${expected}` : ''}: ${describe(err)}`);
  }
  if (Number.isFinite(expected) && bytes !== expected) {
    throw new Error(`download of ${url} was cut short: ${bytes} of ${expected} bytes`);
  }
  if (bytes === 0) throw new Error(`download of ${url} is empty`);
  return { bytes, lastModified: response.headers.get('last-modified') };
}

function describe(err: unknown): string {
  const e = err as Error & { cause?: { message?: string; code?: string } };
  if (e.name === 'TimeoutError') return 'timed out';
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message} (${cause})` : e.message;
}

async function previousEntities(target: string): Promise<number | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(target, MANIFEST), 'utf8')) as { entities?: unknown };
    return typeof manifest.entities === 'number' ? manifest.entities : null;
  } catch {
    return null;
  }
}

/**
 * Puts the staged folder in place of the target. Two renames in the same parent: the old
 * copy moves aside, the new one takes its name (a reader in between finds no folder and
 * fails cleanly; it never finds a mix of old and new files), then the old one is removed.
 */
async function swapIn(staging: string, target: string): Promise<void> {
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(staging, target);
    return;
  }
  const aside = `${path.join(path.dirname(target), '.' + path.basename(target))}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
  await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (err) {
    await rename(aside, target);
    throw err;
  }
  await rm(aside, { recursive: true, force: true });
}
