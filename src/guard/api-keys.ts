// API keys: random secrets shown once, stored only as SHA-256 hashes, with roles for later policy checks.
import { createHash, randomBytes } from 'node:crypto';
import { GenstackError } from '../core/errors.ts';
import { createId } from '../core/ids.ts';
import type { ApiKeyRecord, Store } from '../store/index.ts';

export const apiKeyPrefix = 'gsk_';

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Creates a key; the secret is returned once and never stored.
 * @example
 * const { secret } = await createApiKey({ store, name: 'ci', role: 'user' });
 */
export async function createApiKey(options: {
  store: Store;
  name: string;
  role?: ApiKeyRecord['role'];
}): Promise<{ key: ApiKeyRecord; secret: string }> {
  const name = options.name.trim();
  if (!/^[\p{L}\p{N}_.\- ]{1,64}$/u.test(name)) {
    throw new GenstackError({
      code: 'invalid_request',
      message: 'A key name is 1–64 letters, digits, spaces, dots, dashes or underscores.',
      param: 'name',
    });
  }
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
  });
  return { key, secret };
}

/** The active key for a presented secret, or undefined. */
export async function verifyApiKey(options: { store: Store; secret: string }): Promise<ApiKeyRecord | undefined> {
  if (!options.secret.startsWith(apiKeyPrefix)) return undefined;
  return options.store.apiKeys.findActiveByHash(hashApiKey(options.secret));
}

export async function revokeApiKey(options: { store: Store; idOrName: string }): Promise<void> {
  if (!(await options.store.apiKeys.revoke(options.idOrName))) {
    throw new GenstackError({ code: 'not_found', message: `No active key with id or name '${options.idOrName}'.` });
  }
}
