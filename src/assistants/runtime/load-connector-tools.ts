// Tools an assistant's definition brings from company systems: HTTP endpoints, OpenAPI documents and MCP servers.
import type { AssistantDefinition } from '../definition.ts';
import type { AssistantTool } from '../tool-types.ts';
import { connectMcpServer, createHttpTool, loadOpenApiTools } from '../connectors/index.ts';

export interface ConnectorTools {
  tools: AssistantTool[];
  close(): Promise<void>;
}

/** Connects everything at once; if one source fails, the ones already connected are closed again. */
export async function loadConnectorTools(definition: AssistantDefinition): Promise<ConnectorTools> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    await Promise.all(closers.map((closeOne) => closeOne().catch(() => undefined)));
  };
  try {
    const tools: AssistantTool[] = definition.httpTools.map((tool) => createHttpTool(tool));
    for (const document of definition.openApiTools) tools.push(...(await loadOpenApiTools(document)));
    for (const server of definition.mcpServers) {
      const connection = await connectMcpServer(server);
      closers.push(connection.close);
      tools.push(...connection.tools);
    }
    return { tools, close };
  } catch (error) {
    await close();
    throw error;
  }
}
