// Cuts the small UN and UK OFSI test fixtures from the real lists in ../shared/lists/
// (developers' machines only): `npx tsx scripts/cut-list-fixtures.ts`. Records are copied
// verbatim; only the selection is ours. See each fixture folder's README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/universal';
import { writeXlsx } from '../test/lists/helpers/xlsx';

const ROOT = path.join(__dirname, '..');
const SHARED = path.join(ROOT, '..', 'shared', 'lists');
const OUT = path.join(ROOT, 'fixtures', 'lists');

/** UN DATAIDs: simple; packed aliases; BETWEEN dates + Arabic; Low aliases + documents; Hijri note; 3 entities. */
const UN_IDS = ['6907993', '110444', '3012888', '6908006', '2962519', '6908026', '6908402', '113457'];

/** OFSI Group IDs: primary variations; Russia + Cyrillic; Low-quality AKAs, 00/00 DOB; only variations; a ship; Belarus; two regimes; Russia entity. */
const UK_GROUPS = ['15672', '15890', '13194', '16601', '13656', '13938', '13897', '13226'];

function cutUn(): void {
  const xml = readFileSync(path.join(SHARED, 'un-consolidated', 'UN_consolidated.xml'), 'utf8');
  const head = xml.slice(0, xml.indexOf('<INDIVIDUALS>') + '<INDIVIDUALS>\n'.length);
  const block = (id: string): string => {
    const m = new RegExp(`    <(INDIVIDUAL|ENTITY)>\\s*<DATAID>${id}</DATAID>[\\s\\S]*?</\\1>\\n`).exec(xml);
    if (!m) throw new Error(`UN DATAID ${id} not found`);
    return m[0];
  };
  const blocks = UN_IDS.map(block);
  const individuals = blocks.filter((b) => b.startsWith('    <INDIVIDUAL>')).join('');
  const entities = blocks.filter((b) => b.startsWith('    <ENTITY>')).join('');
  const dir = path.join(OUT, 'un-mini');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'consolidated.xml'), `${head}${individuals}  </INDIVIDUALS>\n  <ENTITIES>\n${entities}  </ENTITIES>\n</CONSOLIDATED_LIST>\n`);
}

async function cutUk(): Promise<void> {
  const bytes = readFileSync(path.join(SHARED, 'uk-ofsi-conlist', 'UK_Sanctions_List.xlsx'));
  const rows = (await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer)) as unknown[][];
  const text = rows.map((row) => row.map((c) => (c === null || c === undefined ? null : String(c))));
  const groupAt = (text[1] ?? []).indexOf('Group ID');
  const kept = text.slice(2).filter((row) => UK_GROUPS.includes(row[groupAt] ?? ''));
  for (const id of UK_GROUPS) if (!kept.some((row) => row[groupAt] === id)) throw new Error(`OFSI Group ID ${id} not found`);
  const dir = path.join(OUT, 'uk-ofsi-mini');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ConList.xlsx'), writeXlsx([text[0] ?? [], text[1] ?? [], ...kept]));
}

async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`no ${SHARED}: nothing to cut`);
    return;
  }
  cutUn();
  await cutUk();
  console.log(`wrote ${path.join(OUT, 'un-mini')} and ${path.join(OUT, 'uk-ofsi-mini')}`);
}

void main();
