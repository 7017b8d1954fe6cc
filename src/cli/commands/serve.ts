// `genstack serve`: the API (and later the console) on one port; what `npm start` runs.
import { startServer } from '../../server/index.ts';
import { installMissingSampleBlueprints } from '../../platform/index.ts';
import { openPlatformForCommand, parseFlags, parsePort, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the API on http://127.0.0.1:7171',
  usage: 'genstack serve [--port 7171] [--host 127.0.0.1] [--data ./.genstack] [--config file] [--log-level info]',
  async run(argv, io) {
    const { values } = parseFlags(argv, { port: { type: 'string' }, host: { type: 'string' }, 'log-level': { type: 'string' } });
    const port = parsePort(values.port);
    const platform = await openPlatformForCommand({
      io,
      values,
      flags: {
        ...(values.host ? { host: values.host } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(values['log-level'] ? { logLevel: values['log-level'] } : {}),
      },
    });
    const installed = platform.config.blueprints.autoInstall ? installMissingSampleBlueprints(platform) : [];
    const server = await startServer({ platform });
    for (const result of installed)
      platform.logger.info('blueprint installed with sample data', { blueprint: result.blueprint, counts: result.counts });
    io.stdout.write(
      values.json
        ? JSON.stringify({ url: server.url, port: server.port, requireApiKey: server.requireApiKey, dataDir: platform.config.dataDir }) +
            '\n'
        : `genstack listening on ${server.url} (data: ${platform.config.dataDir}${server.requireApiKey ? ', API keys required' : ''})\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await platform.close();
  },
};
