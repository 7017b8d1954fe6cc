// Child-process entry: a real genstack server on the bench's data folder (blueprints already installed), on 127.0.0.1 port 0.
import { openPlatform } from '../../src/platform/index.ts';
import { startServer } from '../../src/server/index.ts';
import { benchConfig } from './bench-platform.ts';

const dataDir = process.env['BENCH_DATA_DIR'];
if (!dataDir) throw new Error('BENCH_DATA_DIR is required');
const platform = await openPlatform({ config: benchConfig(dataDir), cwd: dataDir });
const server = await startServer({ platform });
process.send?.({ ready: true, url: server.url });
process.on('disconnect', () => {
  void (async () => {
    await server.close();
    await platform.close();
    process.exit(0);
  })();
});
