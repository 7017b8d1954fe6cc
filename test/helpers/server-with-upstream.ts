// A test server whose models point at a fake OpenAI-compatible upstream, with an OpenAI client for the server's /v1.
import OpenAI from 'openai';
import { startFakeUpstream, type FakeUpstream } from '../models/openai/fake-upstream.ts';
import { startTestServer, type ConfigPatch, type TestServer } from './start-test-server.ts';

export interface ServerWithUpstream {
  upstream: FakeUpstream;
  server: TestServer;
  client: OpenAI;
  /** Closes the server, then the upstream. */
  close(): Promise<void>;
}

/**
 * @example
 * ({ upstream, server, client, close } = await startServerWithUpstream((fake) => ({
 *   models: { entries: [upstreamModelEntry(fake, { id: 'remote', local: false })] },
 * })));
 */
export async function startServerWithUpstream(configPatch: (upstream: FakeUpstream) => ConfigPatch): Promise<ServerWithUpstream> {
  const upstream = await startFakeUpstream();
  try {
    const server = await startTestServer({ configPatch: configPatch(upstream) });
    return {
      upstream,
      server,
      client: new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 }),
      async close() {
        await server.close();
        await upstream.close();
      },
    };
  } catch (error) {
    await upstream.close();
    throw error;
  }
}
