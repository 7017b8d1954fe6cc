// Audit: an append-only, hash-chained log of who did what (keys, assistants, policy decisions, tool calls, masked content).
export { createAuditLog, type AuditLogOptions } from './audit-log.ts';
export { verifyAuditExport } from './audit-export.ts';
export { genesisHash, hashAuditRecord } from './audit-hash.ts';
export { canonicalJson } from './canonical-json.ts';
export type { MaskContent } from './mask-audit-event.ts';
export { actorFromApiKey } from './audit-actor.ts';
export type * from './audit-types.ts';
