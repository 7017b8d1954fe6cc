// Opens the transport an `mcpServers` entry asks for: a spawned process over stdio, or a streamable HTTP session.
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { McpServerDefinition } from '../definition.ts';
import { expandEnvironment } from './expand-environment.ts';

export interface McpTransport {
  transport: Transport;
  /** The last lines the server wrote to stderr (stdio only), quoted when it fails to start. */
  stderrTail(): string;
  /** Ends the HTTP session politely (DELETE); stdio processes end when the transport closes. */
  terminate(): Promise<void>;
}

const stderrLimit = 2_000;

/**
 * Creates (does not start) the transport; `${NAME}` in env values and headers is read from process.env now.
 * @example
 * const { transport } = createMcpTransport(mcpServerSchema.parse({ name: 'erp', transport: 'stdio', command: 'erp-mcp' }));
 */
export function createMcpTransport(definition: McpServerDefinition): McpTransport {
  const source = `MCP server '${definition.name}'`;
  if (definition.transport === 'http') {
    const headers = expandEnvironment(definition.headers, { source });
    const transport = new StreamableHTTPClientTransport(new URL(definition.url), { requestInit: { headers } });
    return { transport, stderrTail: () => '', terminate: () => transport.terminateSession() };
  }
  const transport = new StdioClientTransport({
    command: definition.command,
    args: definition.args,
    env: expandEnvironment(definition.env, { source }),
    // Piped, not inherited: a server's logs must not interleave with ours, but they explain a failed start.
    stderr: 'pipe',
  });
  let tail = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-stderrLimit);
  });
  return { transport, stderrTail: () => tail.trim(), terminate: async () => {} };
}
