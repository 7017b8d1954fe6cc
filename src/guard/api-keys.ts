// API keys: random secrets shown once, stored only as SHA-256 hashes, each with a role, a workspace and optional limits.
import { createHash, randomBytes } from 'node:crypto';
import { GenstackError } from '../core/errors.ts';
import { createId } from '../core/ids.ts';
import type { ApiKeyRecord, Store, TokenBudget } from '../store/index.ts';
import { requireWorkspace } from './workspaces/index.ts';
import type { AuditActor, AuditLog } from './audit/index.ts';

/** Where a key change is recorded, and who made it. */
export interface KeyAudit {
  log: AuditLog;
  actor: AuditActor;
}

export const apiKeyPrefix = 'gsk_';

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface CreateApiKeyOptions {
  store: Store;
  name: string;
  role?: ApiKeyRecord['role'];
  /** An existing workspace (default 'default'); an unknown one is a not_found error. */
  workspace?: string;
  /** Requests per minute; absent or null follows the server's default. */
  rateLimitPerMinute?: number | null;
  tokenBudget?: TokenBudget | null;
  audit?: KeyAudit;
}

/**
 * Creates a key; the secret is returned once and never stored.
 * @example
 * const { secret } = await createApiKey({ store, name: 'ci', role: 'user', workspace: 'acme', tokenBudget: { tokens: 50_000, period: 'day' } });
 */
export async function createApiKey(options: CreateApiKeyOptions): Promise<{ key: ApiKeyRecord; secret: string }> {
  const name = options.name.trim();
  if (!/^[\p{L}\p{N}_.\- ]{1,64}$/u.test(name)) {
    throw new GenstackError({
      code: 'invalid_request',
      message: 'A key name is 1–64 letters, digits, spaces, dots, dashes or underscores.',
      param: 'name',
    });
  }
  const workspace = (await requireWorkspace({ store: options.store, name: options.workspace ?? 'default' })).id;
  const existing = await options.store.apiKeys.list();
  if (existing.some((key) => key.name === name && !key.revokedAt)) {
    throw new GenstackError({ code: 'conflict', message: `An active key named '${name}' already exists.`, param: 'name' });
  }
  const secret = apiKeyPrefix + randomBytes(24).toString('base64url');
  const key = await options.store.apiKeys.create({
    id: createId('key'),
    name,
    prefix: secret.slice(0, 8),
    role: options.role ?? 'user',
    hash: hashApiKey(secret),
    workspace,
    rateLimitPerMinute: options.rateLimitPerMinute ?? null,
    tokenBudget: options.tokenBudget ?? null,
  });
  options.audit?.log.append({
    event: 'key.created',
    workspace,
    actor: options.audit.actor,
    decisions: [{ policy: 'keys', action: 'create', detail: `${key.name} (${key.role}, ${key.id})` }],
  });
  return { key, secret };
}

/** The active key for a presented secret, or undefined. */
export async function verifyApiKey(options: { store: Store; secret: string }): Promise<ApiKeyRecord | undefined> {
  if (!options.secret.startsWith(apiKeyPrefix)) return undefined;
  return options.store.apiKeys.findActiveByHash(hashApiKey(options.secret));
}

/**
 * Revokes a key by id or name; with `workspace`, only a key of that workspace (others are not_found, as if absent).
 * @example
 * await revokeApiKey({ store, idOrName: 'ci-bot', workspace: 'acme' });
 */
export async function revokeApiKey(options: { store: Store; idOrName: string; workspace?: string; audit?: KeyAudit }): Promise<void> {
  const keys = await options.store.apiKeys.list(options.workspace !== undefined ? { workspace: options.workspace } : {});
  const match = keys.find((key) => !key.revokedAt && (key.id === options.idOrName || key.name === options.idOrName));
  if (!match || !(await options.store.apiKeys.revoke(match.id)))
    throw new GenstackError({ code: 'not_found', message: `No active key with id or name '${options.idOrName}'.` });
  options.audit?.log.append({
    event: 'key.revoked',
    workspace: match.workspace,
    actor: options.audit.actor,
    decisions: [{ policy: 'keys', action: 'revoke', detail: `${match.name} (${match.id})` }],
  });
}
