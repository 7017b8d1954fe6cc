// 32-bit FNV-1a over UTF-8 bytes: a compact fingerprint that lets a model recognise a training value without storing it.

const encoder = new TextEncoder();

/**
 * @example
 * fnv1a32('a'); // 3826002220 (0xe40c292c)
 */
export function fnv1a32(value: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(value)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
