// One key per column: a repeated header gets _2, _3…, values beyond the header _extra_1…
// The screener labels hits with these keys and the printers key rows with them, so a hit's
// `column` always names the cell it came from.

export function rowKeys(header: readonly string[], valueCount: number): string[] {
  const keys: string[] = [];
  const taken = new Set<string>();
  const claim = (name: string): void => {
    let key = name;
    for (let n = 2; taken.has(key); n++) key = `${name}_${n}`;
    taken.add(key);
    keys.push(key);
  };
  for (const name of header) claim(name);
  for (let i = header.length; i < valueCount; i++) claim(`_extra_${i - header.length + 1}`);
  return keys;
}
