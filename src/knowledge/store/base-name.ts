// Knowledge base names: 1–64 characters of letters (Korean or English), digits, spaces, '-', '_' and '.'.
import { GenstackError } from '../../core/errors.ts';

const namePattern = /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u;

/**
 * Returns the NFC form of a valid name, or throws 'invalid_request'.
 * @example
 * validateBaseName('고객 지원'); // '고객 지원'
 */
export function validateBaseName(name: unknown): string {
  const value = typeof name === 'string' ? name.normalize('NFC').trim() : '';
  const length = [...value].length;
  if (length < 1 || length > 64 || !namePattern.test(value)) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Invalid knowledge base name '${String(name)}': use 1–64 letters, digits, spaces, '-', '_' or '.'.`,
      param: 'name',
    });
  }
  return value;
}
