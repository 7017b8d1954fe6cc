// Connectors: a company's HTTP endpoints, OpenAPI documents and MCP servers turned into AssistantTools.
export { createHttpTool, type ConnectorFetchOptions } from './http-tool.ts';
export { loadOpenApiTools, type OpenApiToolsOptions } from './openapi-tools.ts';
export { connectMcpServer, type McpConnection } from './mcp-server.ts';
