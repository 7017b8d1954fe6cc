// Connects to an MCP server from an `mcpServers` entry and offers its tools as AssistantTools until closed.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { GenstackError, version } from '../../core/index.ts';
import type { McpServerDefinition } from '../definition.ts';
import type { AssistantTool } from '../tool-types.ts';
import { createMcpTool } from './mcp-tool.ts';
import { createMcpTransport } from './mcp-transport.ts';
import { toSnakeCase, uniqueName } from './to-snake-case.ts';

export interface McpConnection {
  tools: AssistantTool[];
  /** Ends the session and, for stdio, the server process. Safe to call twice. */
  close(): Promise<void>;
}

const connectTimeoutMs = 30_000;
/** A server that keeps handing out cursors is broken; stop rather than loop. */
const maxPages = 100;

async function listAllTools(client: Client): Promise<Tool[]> {
  const tools: Tool[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await client.listTools(cursor ? { cursor } : undefined, { timeout: connectTimeoutMs });
    tools.push(...result.tools);
    if (!result.nextCursor || result.nextCursor === cursor) break;
    cursor = result.nextCursor;
  }
  return tools;
}

/**
 * Starts the client (spawning the command for stdio), lists every tool (following pagination) and wraps each as
 * `<server>_<tool>` in snake_case. A server that cannot be reached is a GenstackError('upstream_error') naming it.
 * @example
 * const erp = await connectMcpServer(mcpServerSchema.parse({ name: 'erp', transport: 'stdio', command: 'erp-mcp', stateChangingTools: ['cancel_order'] }));
 * try { assistantTools.push(...erp.tools); } finally { await erp.close(); }
 */
export async function connectMcpServer(definition: McpServerDefinition): Promise<McpConnection> {
  const opened = createMcpTransport(definition);
  const client = new Client({ name: 'genstack', version });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await opened.terminate().catch(() => {});
    await client.close();
  };
  let listed: Tool[];
  try {
    await client.connect(opened.transport, { timeout: connectTimeoutMs });
    listed = await listAllTools(client);
  } catch (error) {
    await close().catch(() => {});
    const stderr = opened.stderrTail();
    throw new GenstackError({
      code: 'upstream_error',
      message: `MCP server '${definition.name}' could not be connected: ${error instanceof Error ? error.message : String(error)}${stderr ? ` (stderr: ${stderr.slice(-500)})` : ''}`,
      category: 'third-party',
      cause: error,
    });
  }
  const taken = new Set<string>();
  const prefix = toSnakeCase(definition.name);
  const tools = listed.map((tool) =>
    createMcpTool({
      client,
      serverName: definition.name,
      tool,
      name: uniqueName(toSnakeCase(`${prefix}_${tool.name}`), taken),
      stateChangingTools: definition.stateChangingTools,
    }),
  );
  return { tools, close };
}
