// The hash that chains audit records: SHA-256 over the canonical JSON of every field but `hash`.
import { createHash } from 'node:crypto';
import type { AuditRecord } from './audit-types.ts';
import { canonicalJson } from './canonical-json.ts';

/** The `prevHash` of the first record. */
export const genesisHash = '0'.repeat(64);

/**
 * @example
 * const hash = hashAuditRecord({ ...recordWithoutHash });
 */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...fields } = record;
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
