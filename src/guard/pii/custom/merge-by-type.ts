// Custom types add up by name: a later list's entry replaces an earlier one of the same type and keeps the others.

/**
 * Works on raw policy input as well as parsed entries, so an entry without a readable `type` is kept as it is (the schema
 * then names it).
 *
 * @example
 * mergeByType([{ type: 'EMPLOYEE_ID', pattern: 'E\\d{6}' }], [{ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}' }]); // the second
 */
export function mergeByType<T>(base: readonly T[], over: readonly T[]): T[] {
  const typeOf = (entry: T): unknown => (typeof entry === 'object' && entry !== null ? (entry as { type?: unknown }).type : undefined);
  const replaced = new Set<unknown>(over.map(typeOf).filter((type) => type !== undefined));
  return [...base.filter((entry) => !replaced.has(typeOf(entry))), ...over];
}
