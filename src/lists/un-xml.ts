// Reader for the UN Security Council Consolidated List XML (consolidated.xml).
// Format facts this code relies on (checked against the list generated 2026-02-27):
//   - root <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">, UTF-8;
//   - <INDIVIDUALS><INDIVIDUAL> and <ENTITIES><ENTITY>, each with DATAID, UN_LIST_TYPE,
//     REFERENCE_NUMBER, LISTED_ON, COMMENTS1;
//   - individuals: FIRST_NAME..FOURTH_NAME in the order UN writes them (often given then
//     family name), NAME_ORIGINAL_SCRIPT (mostly Arabic), INDIVIDUAL_ALIAS with QUALITY
//     Good / Low (Low = too weak to identify alone), INDIVIDUAL_DATE_OF_BIRTH as DATE, YEAR or
//     FROM_YEAR..TO_YEAR with TYPE_OF_DATE EXACT / APPROXIMATELY / BETWEEN, NATIONALITY/VALUE;
//   - entities: the name in FIRST_NAME (a few hold two names joined by " ; "), ENTITY_ALIAS
//     with QUALITY a.k.a. / f.k.a.;
//   - some ALIAS_NAMEs pack several spellings: "A; B", "ARABIC (A; B)"; empty aliases
//     (<ALIAS_NAME/>) are common and mean "none".
// The file is streamed through saxes; only one record's elements are held at a time.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { ListError, type EntityName, type LoadedList } from './entity';
import { cleanText, ListBuilder, type Draft } from './reader';

export const UN_FORMAT = 'un-xml';
export const UN_LIST_ID = 'un';

interface XmlNode {
  name: string;
  text: string;
  line: number;
  children: XmlNode[];
}

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);

export async function readUnXml(file: string, listId = UN_LIST_ID): Promise<LoadedList> {
  const list = new ListBuilder(listId, file);
  const hash = createHash('sha256');
  let bytes = 0;
  let dateGenerated: string | null = null;
  let rootSeen = false;
  const stack: XmlNode[] = [];
  let depth = 0;

  // Loaded on first use, like the XLSX reader: not every run reads XML.
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 1) {
      rootSeen = true;
      if (tag.name !== 'CONSOLIDATED_LIST') throw new ListError(file, parser.line, `root element is <${tag.name}>, not a UN consolidated list <CONSOLIDATED_LIST>`);
      const generated = tag.attributes['dateGenerated'];
      if (typeof generated === 'string') dateGenerated = generated;
      return;
    }
    if (stack.length === 0 && !(depth === 3 && RECORDS.has(tag.name))) return;
    const node: XmlNode = { name: tag.name, text: '', line: parser.line, children: [] };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    depth -= 1;
    const node = stack.pop();
    if (node && stack.length === 0) addRecord(list, node);
  });
  parser.on('error', (err) => {
    throw new ListError(file, parser.line, `XML syntax: ${err.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });

  try {
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer;
      hash.update(buf);
      bytes += buf.length;
      parser.write(decoder.decode(buf, { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof ListError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new ListError(file, null, code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`);
    throw new ListError(file, parser.line, `XML: ${(err as Error).message}`);
  }
  if (!rootSeen) throw new ListError(file, null, 'file holds no XML element');

  return list.finish(UN_FORMAT, [{ path: file, bytes, sha256: hash.digest('hex') }], isoDay(dateGenerated));
}

function isoDay(value: string | null): string | null {
  const day = value?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : null;
}

function kids(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Text of the first child called `name`, white space collapsed; '' when absent or empty. */
function text(node: XmlNode, name: string): string {
  const child = node.children.find((c) => c.name === name);
  return child ? cleanText(child.text) : '';
}

/** Texts of <NAME><VALUE>…</VALUE></NAME> groups (NATIONALITY, TITLE, DESIGNATION…). */
function values(node: XmlNode, name: string): string[] {
  return kids(node, name).flatMap((group) => kids(group, 'VALUE').map((v) => cleanText(v.text)));
}

function addRecord(list: ListBuilder, node: XmlNode): void {
  const id = text(node, 'DATAID');
  if (!id) {
    list.reject(node.line, `<${node.name}> has no DATAID`);
    return;
  }
  const individual = node.name === 'INDIVIDUAL';
  const names: EntityName[] = individual ? individualNames(node) : entityNames(node);
  if (names.length === 0) {
    list.reject(node.line, `${node.name.toLowerCase()} ${id} has no name`);
    return;
  }
  const nationalities = values(node, 'NATIONALITY');
  const addresses = kids(node, individual ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS').map(address).filter((a) => a.text !== '');
  const birthPlaces = kids(node, 'INDIVIDUAL_PLACE_OF_BIRTH').map((p) => text(p, 'COUNTRY'));
  const aliasBirthDates = kids(node, 'INDIVIDUAL_ALIAS').map((a) => text(a, 'DATE_OF_BIRTH'));
  const draft: Draft = {
    id,
    type: individual ? 'individual' : 'entity',
    names,
    programs: [text(node, 'UN_LIST_TYPE')],
    nationalities,
    countries: [...nationalities, ...addresses.map((a) => a.country), ...birthPlaces],
    birthDates: [...kids(node, 'INDIVIDUAL_DATE_OF_BIRTH').map(birthDate), ...aliasBirthDates],
    addresses: addresses.map((a) => a.text),
    remarks: remarks(node),
  };
  list.add(draft, node.line);
}

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

function individualNames(node: XmlNode): EntityName[] {
  const primary = NAME_PARTS.map((part) => text(node, part)).filter((p) => p !== '').join(' ');
  const names: EntityName[] = primary ? [{ name: primary, kind: 'primary' }] : [];
  for (const original of splitNames(text(node, 'NAME_ORIGINAL_SCRIPT'))) names.push({ name: original, kind: 'aka' });
  for (const alias of kids(node, 'INDIVIDUAL_ALIAS')) {
    // QUALITY "Low": UN's own words, "insufficient to identify" on its own.
    const kind = text(alias, 'QUALITY').toLowerCase() === 'low' ? 'weak' : 'aka';
    for (const name of splitNames(text(alias, 'ALIAS_NAME'))) names.push({ name, kind });
  }
  return names;
}

function entityNames(node: XmlNode): EntityName[] {
  // "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)" and
  // "AL-ITIHAAD AL-ISLAMIYA / AIAI" are two names each ("SYRIA/THE LEVANT", unspaced, is one).
  const [primary, ...others] = splitNames(text(node, 'FIRST_NAME').replace(/\s+\/\s+/g, ';'));
  const names: EntityName[] = primary ? [{ name: primary, kind: 'primary' }, ...others.map((name) => ({ name, kind: 'aka' as const }))] : [];
  for (const original of splitNames(text(node, 'NAME_ORIGINAL_SCRIPT'))) names.push({ name: original, kind: 'aka' });
  for (const alias of kids(node, 'ENTITY_ALIAS')) {
    const quality = text(alias, 'QUALITY').toLowerCase();
    const kind = quality === 'f.k.a.' ? 'fka' : quality === 'low' ? 'weak' : 'aka';
    for (const name of splitNames(text(alias, 'ALIAS_NAME'))) names.push({ name, kind });
  }
  return names;
}

/**
 * One UN name field → the names it holds. Splits "A; B", "ARABIC (A; B)" and the enumerated
 * "A; B b) C; D"; drops the "(original script)" marker. A name whose parentheses hold no ";"
 * ("FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA (FDLR)") is one name and is kept whole.
 */
export function splitNames(value: string): string[] {
  const cleaned = cleanText(value.replace(/\(original script\)/gi, ''));
  if (!cleaned) return [];
  const out: string[] = [];
  const wrapped = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(cleaned);
  // "A (B; C)" packs names; so does "Latin (Arabic)", one name in two scripts. "ADF (FDLR)" does not.
  if (wrapped && (wrapped[2]?.includes(';') || differentScripts(wrapped[1] ?? '', wrapped[2] ?? ''))) {
    out.push(...splitNames(wrapped[1] ?? ''), ...splitNames(wrapped[2] ?? ''));
    return out;
  }
  for (const part of splitTopLevel(cleaned)) {
    for (const piece of part.split(/\s+[b-z]\)\s+/)) {
      const name = cleanText(piece);
      if (name) out.push(name);
    }
  }
  return out;
}

const LATIN = /\p{Script=Latin}/u;
const NON_LATIN = /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hangul}]/u;

/** One side written in Latin letters only, the other in another script. */
function differentScripts(a: string, b: string): boolean {
  const latinOnly = (s: string): boolean => LATIN.test(s) && !NON_LATIN.test(s);
  const otherOnly = (s: string): boolean => NON_LATIN.test(s) && !LATIN.test(s);
  return (latinOnly(a) && otherOnly(b)) || (otherOnly(a) && latinOnly(b));
}

/** Splits on ";" outside parentheses; an unbalanced "(" keeps the rest whole. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function address(node: XmlNode): { text: string; country: string } {
  const country = text(node, 'COUNTRY');
  const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE'].map((f) => text(node, f)).concat(country).filter((p) => p !== '');
  const note = text(node, 'NOTE');
  return { text: parts.join(', ') + (note && parts.length > 0 ? ` (${note})` : ''), country };
}

/** "1971-06-01", "1971", "circa 1966", "1973 to 1974", as OFAC writes its own. */
function birthDate(node: XmlNode): string {
  const type = text(node, 'TYPE_OF_DATE').toUpperCase();
  const note = text(node, 'NOTE');
  let value = text(node, 'DATE') || text(node, 'YEAR');
  const from = text(node, 'FROM_YEAR');
  const to = text(node, 'TO_YEAR');
  if (!value && from && to) value = `${from} to ${to}`;
  if (value && type === 'APPROXIMATELY') value = `circa ${value}`;
  // A note alone ("Nov. 1973", "30-35 years old") is the only date there is; beside a date it qualifies it.
  if (!value) return note;
  return note ? `${value} (${note})` : value;
}

function remarks(node: XmlNode): string[] {
  const out: string[] = [];
  const ref = text(node, 'REFERENCE_NUMBER');
  if (ref) out.push(`UN ref ${ref}`);
  const listed = text(node, 'LISTED_ON');
  if (listed) out.push(`listed on ${listed}`);
  for (const title of values(node, 'TITLE')) out.push(`title: ${title}`);
  for (const designation of values(node, 'DESIGNATION')) out.push(`designation: ${designation}`);
  const gender = text(node, 'GENDER');
  if (gender) out.push(`gender: ${gender}`);
  for (const doc of kids(node, 'INDIVIDUAL_DOCUMENT')) {
    const kind = text(doc, 'TYPE_OF_DOCUMENT') || text(doc, 'TYPE_OF_DOCUMENT2');
    const number = text(doc, 'NUMBER');
    const country = text(doc, 'ISSUING_COUNTRY') || text(doc, 'COUNTRY_OF_ISSUE');
    if (number) out.push(`${kind || 'document'} ${number}${country ? ` (${country})` : ''}`);
  }
  const comments = text(node, 'COMMENTS1');
  if (comments) out.push(comments);
  return out;
}
