// `genstack models list|info|pull|remove`: what the registry offers, and downloading GGUF files into it.
import { GenstackError } from '../../core/index.ts';
import { pullAndRegisterModel } from '../../platform/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'List, describe, download (pull) and remove models',
  usage:
    'genstack models list | info <id> | pull <url|hf:owner/repo/file.gguf> [--sha256 hex] [--id name] | remove <id>   [--data dir] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { sha256: { type: 'string' }, id: { type: 'string' } });
    const [action, target] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      switch (action) {
        case undefined:
        case 'list': {
          const models = platform.models.list();
          print(io, {
            json: values.json,
            value: models,
            human: () =>
              table([['ID', 'PROVIDER', 'KIND', 'SOURCE'], ...models.map((model) => [model.id, model.provider, model.kind, model.source])]),
          });
          return;
        }
        case 'info': {
          if (!target) throw new GenstackError({ code: 'invalid_request', message: 'models info needs a model id' });
          const info = platform.models.info(target);
          print(io, {
            json: values.json,
            value: info,
            human: () =>
              Object.entries(info)
                .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
                .join('\n'),
          });
          return;
        }
        case 'pull': {
          if (!target)
            throw new GenstackError({
              code: 'invalid_request',
              message: 'models pull needs a source: an https URL or hf:owner/repo/file.gguf',
            });
          if (values.sha256 !== undefined && !/^[a-f0-9]{64}$/i.test(values.sha256))
            throw new GenstackError({ code: 'invalid_request', message: '--sha256 must be 64 hex characters' });
          const bar = values.json
            ? undefined
            : createProgressBar({ stream: io.stderr as NodeJS.WriteStream, label: target.split('/').pop() ?? target });
          try {
            const { download, model } = await pullAndRegisterModel(platform, {
              source: target,
              ...(values.sha256 ? { sha256: values.sha256.toLowerCase() } : {}),
              ...(values.id ? { id: values.id } : {}),
              ...(bar ? { onProgress: (progress) => bar.update(progress.receivedBytes, progress.totalBytes) } : {}),
            });
            bar?.done();
            print(io, {
              json: values.json,
              value: { model, download },
              human: () => `Registered model '${model.id}' (${download.bytes} bytes, sha256 ${download.sha256}) at ${download.path}`,
            });
          } catch (error) {
            bar?.fail();
            throw error;
          }
          return;
        }
        case 'remove': {
          if (!target) throw new GenstackError({ code: 'invalid_request', message: 'models remove needs a model id' });
          if (!(await platform.store.models.remove(target)))
            throw new GenstackError({
              code: 'model_not_found',
              message: `No pulled model '${target}' (models from the config file are removed there).`,
            });
          print(io, {
            json: values.json,
            value: { removed: target },
            human: () => `Removed ${target} from the registry (the file stays on disk).`,
          });
          return;
        }
        default:
          throw new GenstackError({
            code: 'invalid_request',
            message: `Unknown models action '${action}'. Use list, info, pull or remove.`,
          });
      }
    } finally {
      await platform.close();
    }
  },
};
