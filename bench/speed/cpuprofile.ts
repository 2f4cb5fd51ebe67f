// Summarises a V8 .cpuprofile (`node --cpu-prof`) of the bundled CLI: self and inclusive time
// per function and per source file, with bundle positions mapped back to src/ through
// dist/cli.js.map. Used by `npm run bench:speed -- --profile`.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFile: ProfileRow[];
  selfTop: ProfileRow[];
  inclusiveTop: ProfileRow[];
}

export function summariseProfile(profileFile: string, repoRoot: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const maps = new Map<string, SourceMap | null>();
  const sourceMapFor = (url: string): SourceMap | null => {
    if (maps.has(url)) return maps.get(url) ?? null;
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
    return map;
  };
  const rel = (file: string): string => {
    const f = file.startsWith('file://') ? fileURLToPath(file) : file;
    const r = path.isAbsolute(f) ? path.relative(repoRoot, f) : f.replace(/^(\.\.\/)+/, '');
    return r.replace(/^node_modules\//, '');
  };
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) byId.set(n.id, n);
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Per node: function key and file.
  const keyOf = new Map<number, { key: string; name: string; where: string; file: string }>();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    let name = cf.functionName || (cf.url === '' ? cf.functionName : '(anonymous)');
    let file = cf.url;
    let line = cf.lineNumber;
    if (cf.url !== '' && cf.lineNumber >= 0) {
      const map = sourceMapFor(cf.url);
      const entry = map?.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
      if (entry?.originalSource !== undefined) {
        file = entry.originalSource;
        line = entry.originalLine ?? line;
      }
    }
    if (name === '') name = `(${cf.url === '' ? 'vm' : 'anonymous'})`;
    const shortFile = file === '' ? '' : rel(file);
    const where = shortFile === '' ? '' : `${shortFile}:${line + 1}`;
    keyOf.set(n.id, { key: `${name}@${where}`, name, where, file: shortFile === '' ? name : shortFile.replace(/^node:/, 'node:') });
  }

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const id = profile.samples[i] as number;
    const k = keyOf.get(id);
    if (k === undefined) continue;
    total += dt;
    self.set(k.key, (self.get(k.key) ?? 0) + dt);
    files.set(k.file, (files.get(k.file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const kk = keyOf.get(at);
      if (kk === undefined || seen.has(kk.key)) continue;
      seen.add(kk.key);
      inclusive.set(kk.key, (inclusive.get(kk.key) ?? 0) + dt);
    }
  }
  const info = new Map<string, { name: string; where: string }>();
  for (const k of keyOf.values()) info.set(k.key, k);
  const rows = (m: Map<string, number>, filter: (key: string) => boolean): ProfileRow[] =>
    [...m.entries()]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => ({ name: info.get(key)?.name ?? key, where: info.get(key)?.where ?? '', ms, share: total > 0 ? ms / total : 0 }));
  const byFile = [...files.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([file, ms]) => ({ name: file, where: '', ms, share: total > 0 ? ms / total : 0 }));
  return {
    totalMs: total,
    byFile,
    selfTop: rows(self, () => true),
    // Inclusive: our own functions only (node internals and the (root) frame add nothing readable).
    inclusiveTop: rows(inclusive, (key) => (info.get(key)?.where ?? '').startsWith('src/')),
  };
}
