// `genstack blueprints …`: list the industry packs and install one (sample data, or your own files with --from).
import { resolve } from 'node:path';
import { GenstackError } from '../../core/index.ts';
import { listBlueprints } from '../../blueprints/index.ts';
import { installAndActivateBlueprint } from '../../platform/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

const usage = `genstack blueprints list | install <name> [--from <dir>] [--seed n] [--no-knowledge]      [--data dir] [--json]`;

export const blueprintsCommand: Command = {
  name: 'blueprints',
  summary: 'Industry blueprints: install sample or your own data, knowledge and assistant',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      from: { type: 'string' },
      seed: { type: 'string' },
      'no-knowledge': { type: 'boolean' },
    });
    const [action, name] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      if (action === undefined || action === 'list') {
        const list = listBlueprints(platform.store.database);
        print(io, {
          json: values.json,
          value: list,
          human: () =>
            table([
              ['NAME', 'ASSISTANT', 'INSTALLED', 'SOURCE', 'RECORDS'],
              ...list.map((blueprint) => [
                blueprint.name,
                `assistant:${blueprint.assistant}`,
                blueprint.installed ? (blueprint.installedAt ?? '').slice(0, 19) : 'no',
                blueprint.source ?? '',
                blueprint.counts
                  ? Object.entries(blueprint.counts)
                      .map(([key, count]) => `${key} ${count}`)
                      .join(', ')
                  : '',
              ]),
            ]),
        });
        return 0;
      }
      if (action !== 'install')
        throw new GenstackError({ code: 'invalid_request', message: `Unknown action '${action}'. Usage: ${usage}` });
      if (!name) throw new GenstackError({ code: 'invalid_request', message: `Name a blueprint. Usage: ${usage}` });
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      if (seed !== undefined && !Number.isInteger(seed))
        throw new GenstackError({ code: 'invalid_request', message: `--seed must be an integer, got '${values.seed}'` });
      const result = installAndActivateBlueprint(platform, {
        name,
        ...(values.from ? { from: resolve(io.cwd, values.from) } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(values['no-knowledge'] ? { skipKnowledge: true } : {}),
      });
      let knowledgeStatus = 'skipped';
      if (result.knowledgeJob) {
        const bar = values.json
          ? undefined
          : createProgressBar({ stream: io.stderr as NodeJS.WriteStream, label: `knowledge ${result.knowledgeBase}`, unit: 'documents' });
        platform.jobs.start();
        for await (const event of platform.jobs.subscribe(result.knowledgeJob.id))
          if (event.type !== 'item') bar?.update(event.job.progress.done + event.job.progress.failed, event.job.progress.total);
        knowledgeStatus = platform.jobs.get(result.knowledgeJob.id)?.status ?? 'unknown';
        if (knowledgeStatus === 'succeeded') bar?.done();
        else bar?.fail();
      }
      print(io, {
        json: values.json,
        value: { ...result, knowledgeStatus },
        human: () =>
          [
            `Installed ${result.blueprint} from ${result.source}: ${Object.entries(result.counts)
              .map(([collection, count]) => `${count} ${collection}`)
              .join(', ')}.`,
            `Knowledge base '${result.knowledgeBase}': ${knowledgeStatus}.`,
            `Talk to it as model assistant:${result.blueprint} on /v1/chat/completions, or: genstack assistants chat ${result.blueprint}`,
          ].join('\n'),
      });
      return knowledgeStatus === 'succeeded' || knowledgeStatus === 'skipped' ? 0 : 1;
    } finally {
      await platform.close();
    }
  },
};
