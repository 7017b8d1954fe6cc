// Child-process entry for a real genstack server whose one model `up` is the fake upstream, reached through the `openai` provider.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../src/core/index.ts';
import { openPlatform } from '../../src/platform/index.ts';
import { startServer } from '../../src/server/index.ts';

const upstreamUrl = process.env['BENCH_UPSTREAM_URL'];
if (!upstreamUrl) throw new Error('BENCH_UPSTREAM_URL is required');
const dataDir = mkdtempSync(join(tmpdir(), 'genstack-bench-'));
const config = configSchema.parse({
  dataDir,
  server: { host: '127.0.0.1', port: 0 },
  log: { level: 'warn' },
  // The relay comparison keeps the guard's input checks but not its output scan, which holds back up to 64 characters
  // of a stream (and so merges chunks) to catch personal data split across them.
  guard: { policy: { pii: { scanOutput: false } } },
  models: {
    // Limits are raised and retries off so the bench measures the relay, not the queue.
    entries: [
      {
        id: 'up',
        provider: 'openai',
        settings: { baseURL: `${upstreamUrl}/v1`, model: 'fake' },
        concurrency: 10_000,
        maxQueue: 100_000,
        retry: { maxRetries: 0 },
      },
    ],
  },
});
const platform = await openPlatform({ config });
const server = await startServer({ platform });
process.send?.({ ready: true, url: server.url });
process.on('disconnect', () => {
  void (async () => {
    await server.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  })();
});
