// `genstack keys create|list|revoke`: API keys with a role, a workspace and optional limits, for servers beyond loopback.
import { GenstackError } from '../../core/index.ts';
import { createApiKey, keyUsage, parseRateLimit, parseTokenBudget, requireWorkspace, revokeApiKey } from '../../guard/index.ts';
import type { ApiKeyRecord } from '../../store/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';

const roles = ['admin', 'builder', 'user'] as const;

function limitsText(key: ApiKeyRecord): string {
  const rate = key.rateLimitPerMinute === null ? 'default' : `${key.rateLimitPerMinute}/min`;
  return key.tokenBudget ? `${rate}, ${key.tokenBudget.tokens}/${key.tokenBudget.period}` : rate;
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Create, list and revoke API keys',
  usage:
    'genstack keys create <name> [--role admin|builder|user] [--workspace w] [--rate-limit N] [--token-budget N/day|N/month]' +
    ' | keys list [--workspace w] | keys revoke <id|name>   [--data dir] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      role: { type: 'string' },
      workspace: { type: 'string' },
      'rate-limit': { type: 'string' },
      'token-budget': { type: 'string' },
    });
    const [action, target] = positionals;
    // Limits are checked before the platform opens, so a typo fails fast without touching the data directory.
    const rateLimitPerMinute = values['rate-limit'] === undefined ? undefined : parseRateLimit(values['rate-limit']);
    const tokenBudget = values['token-budget'] === undefined ? undefined : parseTokenBudget(values['token-budget']);
    const platform = await openPlatformForCommand({ io, values });
    try {
      if (action === 'create') {
        if (!target) throw new GenstackError({ code: 'invalid_request', message: 'keys create needs a name: genstack keys create <name>' });
        const role = values.role ?? 'user';
        if (!(roles as readonly string[]).includes(role))
          throw new GenstackError({ code: 'invalid_request', message: `--role must be one of ${roles.join(', ')}` });
        const { key, secret } = await createApiKey({
          store: platform.store,
          name: target,
          role: role as (typeof roles)[number],
          ...(values.workspace ? { workspace: values.workspace } : {}),
          ...(rateLimitPerMinute !== undefined ? { rateLimitPerMinute } : {}),
          ...(tokenBudget ? { tokenBudget } : {}),
          audit: { log: platform.audit, actor: { kind: 'cli' } },
        });
        print(io, {
          json: values.json,
          value: { ...key, secret },
          human: () =>
            `Created key '${key.name}' (${key.role}, workspace '${key.workspace}', limits ${limitsText(key)}). ` +
            `Store it now; it is shown only once:\n${secret}`,
        });
      } else if (action === 'list') {
        const workspace = values.workspace ? (await requireWorkspace({ store: platform.store, name: values.workspace })).id : undefined;
        const keys = await platform.store.apiKeys.list(workspace ? { workspace } : {});
        const listed = await Promise.all(keys.map(async (key) => ({ ...key, usage: await keyUsage({ store: platform.store, key }) })));
        print(io, {
          json: values.json,
          value: listed,
          human: () =>
            listed.length === 0
              ? 'No API keys. Create one with: genstack keys create <name>'
              : table([
                  ['ID', 'NAME', 'PREFIX', 'ROLE', 'WORKSPACE', 'LIMITS', 'USED', 'CREATED', 'STATUS'],
                  ...listed.map((key) => [
                    key.id,
                    key.name,
                    key.prefix + '…',
                    key.role,
                    key.workspace,
                    limitsText(key),
                    `${key.usage.tokens} tokens/${key.usage.period}`,
                    key.createdAt,
                    key.revokedAt ? 'revoked' : 'active',
                  ]),
                ]),
        });
      } else if (action === 'revoke') {
        if (!target) throw new GenstackError({ code: 'invalid_request', message: 'keys revoke needs a key id or name' });
        await revokeApiKey({ store: platform.store, idOrName: target, audit: { log: platform.audit, actor: { kind: 'cli' } } });
        print(io, { json: values.json, value: { revoked: target }, human: () => `Revoked ${target}.` });
      } else {
        throw new GenstackError({ code: 'invalid_request', message: `Unknown keys action '${action ?? ''}'. Use create, list or revoke.` });
      }
    } finally {
      await platform.close();
    }
  },
};
