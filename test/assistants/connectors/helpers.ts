// Shared pieces of the connector tests: a tool context, a loopback HTTP server and the process's live child ids.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ToolContext } from '../../../src/assistants/index.ts';

export function contextIn(language: 'ko' | 'en', signal?: AbortSignal): ToolContext {
  return { conversationId: 'c1', language, customerId: undefined, now: () => new Date('2025-01-01T00:00:00Z'), signal };
}

export interface LoopbackServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 with a free port. */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>,
): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    void Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Ids of this process's children that are still running (Linux /proc), to prove a close() ended them. */
export function childProcessIds(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // Fields after the parenthesised command: state, ppid, ...
        const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(parent) === process.pid && state !== 'Z' ? [Number(entry)] : [];
      } catch {
        return [];
      }
    });
}
