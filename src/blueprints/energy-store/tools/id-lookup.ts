// Ids as customers type them: exactly as typed first, then upper-cased (o-100001 → O-100001), so any id format works.

/**
 * @example
 * findById((id) => map.get(id), ' o-100001 '); // map.get('o-100001') ?? map.get('O-100001')
 */
export function findById<T>(lookup: (id: string) => T | undefined, raw: string): T | undefined {
  const typed = raw.trim();
  return lookup(typed) ?? (typed.toUpperCase() === typed ? undefined : lookup(typed.toUpperCase()));
}
