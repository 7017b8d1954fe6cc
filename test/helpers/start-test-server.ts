// Starts a real genstack HTTP server on a loopback port with a fresh data directory, for end-to-end tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/core/index.ts';
import { createDefaultProviders, type ModelProvider } from '../../src/models/index.ts';
import { openPlatform, type Platform } from '../../src/platform/index.ts';
import { startServer } from '../../src/server/index.ts';

/** A config file's shape, loosely: whatever `genstack.config.json` may hold (validated by loadConfig). */
export type ConfigPatch = {
  server?: Record<string, unknown>;
  models?: Record<string, unknown>;
  log?: Record<string, unknown>;
} & Record<string, unknown>;

export interface TestServerOptions {
  /** Merged into the test config (server and models objects one level deep). */
  configPatch?: ConfigPatch;
  /** The environment loadConfig sees; empty by default so the developer's GENSTACK_* variables never leak in. */
  env?: NodeJS.ProcessEnv;
  /** Extra providers next to the default ones (builtin, openai, llama); a provider with a default's name replaces it. */
  providers?: ModelProvider[];
  host?: string;
}

export interface TestServer {
  /** Like http://127.0.0.1:PORT */
  url: string;
  /** `url` + '/v1', for the openai client. */
  baseURL: string;
  platform: Platform;
  /** Stops the server (graceful, as in production), closes the platform and removes the data directory. */
  close(): Promise<void>;
}

/**
 * @example
 * const server = await startTestServer({ configPatch: { server: { bodyLimitBytes: 4096 } } });
 * const client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused' });
 * await server.close();
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'genstack-server-'));
  const patch = options.configPatch ?? {};
  const file = join(dataDir, 'genstack.config.json');
  const config = {
    ...patch,
    dataDir,
    log: { level: 'silent', ...patch.log },
    server: { ...patch.server, host: options.host ?? '127.0.0.1', port: 0 },
    ...(patch.models ? { models: patch.models } : {}),
  };
  await writeFile(file, JSON.stringify(config));
  let platform: Platform | undefined;
  try {
    const loaded = loadConfig({ file, cwd: dataDir, env: options.env ?? {} });
    platform = await openPlatform({ config: loaded, cwd: dataDir, providers: [...createDefaultProviders(), ...(options.providers ?? [])] });
    const server = await startServer({ platform });
    const opened = platform;
    return {
      url: server.url,
      baseURL: `${server.url}/v1`,
      platform: opened,
      async close() {
        try {
          await server.close();
          await opened.close();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await platform?.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
