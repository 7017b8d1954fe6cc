// `genstack workspaces create|list`: tenants; keys and everything made with them belong to one workspace.
import { GenstackError } from '../../core/index.ts';
import { createWorkspace, listWorkspaces } from '../../guard/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';

export const workspacesCommand: Command = {
  name: 'workspaces',
  summary: 'Create and list workspaces (tenants)',
  usage: 'genstack workspaces create <name> | workspaces list   [--data dir] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {});
    const [action, target] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      if (action === 'create') {
        if (!target)
          throw new GenstackError({
            code: 'invalid_request',
            message: 'workspaces create needs a name: genstack workspaces create <name>',
          });
        const workspace = await createWorkspace({ store: platform.store, name: target });
        print(io, {
          json: values.json,
          value: workspace,
          human: () =>
            `Created workspace '${workspace.name}'. Give it a key: genstack keys create <name> --workspace ${workspace.name} --role admin`,
        });
      } else if (action === 'list') {
        const workspaces = await listWorkspaces({ store: platform.store });
        const keys = await platform.store.apiKeys.list();
        const keyCount = (id: string) => keys.filter((key) => key.workspace === id && !key.revokedAt).length;
        print(io, {
          json: values.json,
          value: workspaces.map((workspace) => ({ ...workspace, activeKeys: keyCount(workspace.id) })),
          human: () =>
            table([
              ['NAME', 'ACTIVE KEYS', 'CREATED'],
              ...workspaces.map((workspace) => [workspace.name, String(keyCount(workspace.id)), workspace.createdAt]),
            ]),
        });
      } else {
        throw new GenstackError({ code: 'invalid_request', message: `Unknown workspaces action '${action ?? ''}'. Use create or list.` });
      }
    } finally {
      await platform.close();
    }
  },
};
