// Canonical JSON (object keys sorted at every depth), so a record hashes the same wherever it is re-serialised.

/**
 * Built by appending to one string (no entry arrays per object): it runs on every audited request. The default sort
 * orders keys by UTF-16 code units, as a `<` comparison does.
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      text += (index === 0 ? '' : ',') + (item === undefined ? 'null' : canonicalJson(item));
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += (text.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return `${text}}`;
}
