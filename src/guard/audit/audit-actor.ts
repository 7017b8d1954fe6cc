// The audit actor for a request: its API key when keys are in use, otherwise the local owner.
import type { AuditActor } from './audit-types.ts';

/**
 * @example
 * audit.append({ event: 'chat.turn', actor: actorFromApiKey(context.apiKey) });
 */
export function actorFromApiKey(key: { id: string; name: string; role: string } | undefined): AuditActor {
  return key ? { kind: 'key', keyId: key.id, keyName: key.name, role: key.role } : { kind: 'cli', keyName: 'local' };
}
