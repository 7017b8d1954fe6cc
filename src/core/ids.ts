// Identifier generation: random, URL-safe, prefixed by what they name (req_, chatcmpl-, key_ …).
import { randomBytes } from 'node:crypto';

/**
 * @example
 * createId('req') // 'req_3k9…'
 */
export function createId(prefix: string, bytes = 12): string {
  return `${prefix}${prefix.endsWith('-') ? '' : '_'}${randomBytes(bytes).toString('base64url')}`;
}
