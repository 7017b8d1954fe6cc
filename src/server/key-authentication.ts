// The auth middleware: a presented key is verified, rate limited (requests per minute) and given its token meter.
import type { MiddlewareHandler } from 'hono';
import { GenstackError } from '../core/index.ts';
import { apiKeyPrefix, chargeTokens, checkTokenBudget, createRateLimiter, verifyApiKey } from '../guard/index.ts';
import type { Store } from '../store/index.ts';
import type { AppEnv } from './request-context.ts';

function presentedKey(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization?.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
  return headers.get('x-api-key') ?? undefined;
}

export interface KeyAuthenticationOptions {
  store: Store;
  requireApiKey: boolean;
  /** Paths answered without a key (health, version, the OpenAPI document, the status page). */
  publicPaths: ReadonlySet<string>;
  /** Requests per minute for keys without their own limit; null or absent: unlimited. */
  rateLimitPerMinute?: number | null;
  now?: () => Date;
}

/**
 * Without required keys a request without a genstack key is the local operator's and nothing is limited or charged. A
 * genstack key (`gsk_…`) is honoured whether keys are required or not: a tenant's application that calls a loopback
 * server with its key stays inside its workspace, role, rate limit and budget, and a revoked or mistyped one is refused.
 * Other secrets are ignored when keys are not required, since OpenAI clients insist on sending one ("unused", "sk-…").
 * @example
 * app.use(createKeyAuthentication({ store, requireApiKey: true, publicPaths: new Set(['/api/health']), rateLimitPerMinute: 600 }));
 */
export function createKeyAuthentication(options: KeyAuthenticationOptions): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date());
  const limiter = createRateLimiter({ now: () => now().getTime() });
  const { store } = options;
  return async (c, next) => {
    if (options.publicPaths.has(c.req.path)) return next();
    const secret = presentedKey(c.req.raw.headers);
    if (!options.requireApiKey && !secret?.startsWith(apiKeyPrefix)) return next();
    if (!secret)
      throw new GenstackError({
        code: 'unauthorized',
        message: 'An API key is required: send Authorization: Bearer <key> (create one with `genstack keys create`).',
      });
    const key = await verifyApiKey({ store, secret });
    if (!key) throw new GenstackError({ code: 'unauthorized', message: 'The API key is not valid or has been revoked.' });
    limiter.take({ keyId: key.id, keyName: key.name, limitPerMinute: key.rateLimitPerMinute ?? options.rateLimitPerMinute ?? null });
    const context = c.get('context');
    context.apiKey = key;
    context.tokens = {
      check: () => checkTokenBudget({ store, key, now: now() }),
      charge: (tokens) => chargeTokens({ store, key, tokens, now: now() }),
    };
    await store.apiKeys.touch(key.id, now().toISOString());
    return next();
  };
}
