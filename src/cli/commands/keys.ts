// `genstack keys create|list|revoke`: API keys for servers bound beyond loopback.
import { GenstackError } from '../../core/index.ts';
import { createApiKey, revokeApiKey } from '../../guard/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';

const roles = ['admin', 'builder', 'user'] as const;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Create, list and revoke API keys',
  usage: 'genstack keys create <name> [--role admin|builder|user] | keys list | keys revoke <id|name>   [--data dir] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { role: { type: 'string' } });
    const [action, target] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      if (action === 'create') {
        if (!target) throw new GenstackError({ code: 'invalid_request', message: 'keys create needs a name: genstack keys create <name>' });
        const role = values.role ?? 'user';
        if (!(roles as readonly string[]).includes(role))
          throw new GenstackError({ code: 'invalid_request', message: `--role must be one of ${roles.join(', ')}` });
        const { key, secret } = await createApiKey({ store: platform.store, name: target, role: role as (typeof roles)[number] });
        print(io, {
          json: values.json,
          value: { ...key, secret },
          human: () => `Created key '${key.name}' (${key.role}). Store it now; it is shown only once:\n${secret}`,
        });
      } else if (action === 'list') {
        const keys = await platform.store.apiKeys.list();
        print(io, {
          json: values.json,
          value: keys,
          human: () =>
            keys.length === 0
              ? 'No API keys. Create one with: genstack keys create <name>'
              : table([
                  ['ID', 'NAME', 'PREFIX', 'ROLE', 'CREATED', 'STATUS'],
                  ...keys.map((key) => [key.id, key.name, key.prefix + '…', key.role, key.createdAt, key.revokedAt ? 'revoked' : 'active']),
                ]),
        });
      } else if (action === 'revoke') {
        if (!target) throw new GenstackError({ code: 'invalid_request', message: 'keys revoke needs a key id or name' });
        await revokeApiKey({ store: platform.store, idOrName: target });
        print(io, { json: values.json, value: { revoked: target }, human: () => `Revoked ${target}.` });
      } else {
        throw new GenstackError({ code: 'invalid_request', message: `Unknown keys action '${action ?? ''}'. Use create, list or revoke.` });
      }
    } finally {
      await platform.close();
    }
  },
};
