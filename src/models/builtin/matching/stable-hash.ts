// Deterministic 32-bit hashes (FNV-1a with a seed) for feature hashing, template variety and call ids.

/**
 * FNV-1a over UTF-16 code units, mixed with a seed, finished with a murmur-style avalanche.
 * @example
 * stableHash('hello') === stableHash('hello'); // true
 */
export function stableHash(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * A hex digest of the given length built from several seeded hashes.
 * @example
 * hashHex('abc', 16); // 16 hex characters, always the same for 'abc'
 */
export function hashHex(text: string, length = 24): string {
  let digest = '';
  for (let seed = 0; digest.length < length; seed += 1) digest += stableHash(text, seed).toString(16).padStart(8, '0');
  return digest.slice(0, length);
}

/**
 * Picks one item deterministically from a non-empty list.
 * @example
 * pickVariant(['Hi!', 'Hello!'], 'user text'); // the same one every time for 'user text'
 */
export function pickVariant<T>(items: readonly [T, ...T[]], key: string): T {
  return items[stableHash(key, 7) % items.length] ?? items[0];
}
