// Deterministic tool call ids, so the same conversation always produces the same call id.
import { hashHex } from '../matching/index.ts';

/**
 * @example
 * toolCallId({ name: 'get_weather', arguments: '{"city":"Seoul"}', salt: 'conversation text' }); // 'call_…' (24 hex digits)
 */
export function toolCallId(call: { name: string; arguments: string; salt: string }): string {
  return `call_${hashHex(`${call.name}\u0000${call.arguments}\u0000${call.salt}`, 24)}`;
}
