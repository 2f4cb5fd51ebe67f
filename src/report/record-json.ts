// The machine-readable record shape shared by the ndjson and json printers. Other tools
// parse it, so it is spelled out here once:
//   {"line": 42, "row": {"<header>": "<value>", ...}, "status": "hit"|"clear"|"error",
//    "hits": [{"column","value","kind","score","list",
//              "entity": {"id","name","type","programs"}, "matched_name","explanation"}]}
// Error records carry "error": "<message>" instead of "hits".
// kind "jurisdiction" is the country/occupied-region rule: list "jurisdiction", entity id
// "jurisdiction:RU" / "jurisdiction:UA-43". With --show-suppressed, a record may also carry
// "suppressed": [hit…], each hit with "allowlist": {"source","reason","reviewer","decided","expires"};
// the key is absent otherwise, and suppressed hits never change "status".
import { rowKeys } from '../screen/headers';
import type { Hit, ScreenedRecord } from '../screen/record';

/**
 * Object keys for a row, in header order. Duplicate header names would silently overwrite
 * each other in a JSON object, so later duplicates get "_2", "_3"… (first one keeps its
 * name). Values beyond the header go under "_extra_1", "_extra_2"….
 */
export { rowKeys } from '../screen/headers';

/**
 * Builds the row object as JSON text. Built by hand rather than with JSON.stringify on an
 * object because JS objects put integer-like keys ("1", "2024") first, and people reading
 * the file expect header order; also a "__proto__" header must stay an ordinary key.
 * Keys are quoted once per run, not once per row.
 */
function rowSerializer(header: readonly string[]): (values: readonly string[]) => string {
  const quoted = rowKeys(header, header.length).map((k) => JSON.stringify(k) + ':');
  return (values) => {
    const keys =
      values.length > header.length
        ? rowKeys(header, values.length).map((k) => JSON.stringify(k) + ':')
        : quoted;
    return `{${keys.map((key, i) => key + JSON.stringify(values[i] ?? '')).join(',')}}`;
  };
}

/** Field order is the contract's; `matchedName` becomes snake_case `matched_name`. */
function hitJson(hit: Hit): unknown {
  return {
    column: hit.column,
    value: hit.value,
    kind: hit.kind,
    // Raw score: machines compare it against their own thresholds; rounding is for humans.
    score: hit.score,
    list: hit.list,
    entity: {
      id: hit.entity.id,
      name: hit.entity.name,
      type: hit.entity.type,
      programs: hit.entity.programs,
    },
    matched_name: hit.matchedName,
    explanation: hit.explanation,
    ...(hit.allowlisted !== undefined ? { allowlist: hit.allowlisted } : {}),
  };
}

/** Returns a function giving one record as a single line of JSON (no trailing newline). */
export function recordSerializer(header: readonly string[]): (record: ScreenedRecord) => string {
  const rowJson = rowSerializer(header);
  return (record) => {
    const head = `{"line":${JSON.stringify(record.line)},"row":${rowJson(record.values)},"status":${JSON.stringify(record.status)}`;
    if (record.status === 'error') {
      // A missing message would make the key vanish (JSON.stringify drops undefined).
      return `${head},"error":${JSON.stringify(record.error ?? 'unknown error')}}`;
    }
    const suppressed = record.suppressed !== undefined && record.suppressed.length > 0 ? `,"suppressed":${JSON.stringify(record.suppressed.map(hitJson))}` : '';
    return `${head},"hits":${JSON.stringify(record.hits.map(hitJson))}${suppressed}}`;
  };
}
