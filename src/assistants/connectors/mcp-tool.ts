// One tool of a connected MCP server as an AssistantTool: validated arguments in, text or structured content out.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { AssistantTool } from '../tool-types.ts';
import { ToolFailure } from '../tool-types.ts';
import { parametersFromJsonSchema } from './json-schema-parameters.ts';
import { summarizeCall } from './summarize-call.ts';
import { validateArguments } from './validate-arguments.ts';

export interface McpToolOptions {
  client: Client;
  serverName: string;
  tool: Tool;
  /** Our snake_case name, `<server>_<tool>`. */
  name: string;
  stateChangingTools: string[];
}

/** One call may run long (a report, a search), but not forever. */
const callTimeoutMs = 60_000;

/**
 * The configuration decides, and the server's annotations can only add caution: a tool listed in
 * `stateChangingTools`, or one the server explicitly marks `destructiveHint: true` or `readOnlyHint: false`, needs a
 * yes. Missing annotations do not count (the spec's defaults would make every unannotated tool destructive), and a
 * server's `readOnlyHint: true` never overrides the configuration, since annotations come from the server itself.
 */
function changesStateOf(options: McpToolOptions): boolean {
  const annotations = options.tool.annotations;
  if (options.stateChangingTools.includes(options.tool.name)) return true;
  if (annotations?.readOnlyHint === true) return false;
  return annotations?.destructiveHint === true || annotations?.readOnlyHint === false;
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .flatMap((part: { type?: string; text?: unknown; resource?: { text?: unknown } }) => {
      if (part.type === 'text' && typeof part.text === 'string') return [part.text];
      if (part.type === 'resource' && typeof part.resource?.text === 'string') return [part.resource.text];
      return [];
    })
    .join('\n');
}

/**
 * Wraps the MCP tool; structuredContent is returned when the server sends it (it is typed), otherwise the text parts.
 * @example
 * const tool = createMcpTool({ client, serverName: 'erp', tool, name: 'erp_check_stock', stateChangingTools: [] });
 */
export function createMcpTool(options: McpToolOptions): AssistantTool {
  const { client, tool, name } = options;
  const parameters = parametersFromJsonSchema(tool.inputSchema);
  const changesState = changesStateOf(options);
  return {
    name,
    description: tool.description ?? tool.title ?? `${tool.name} (MCP server ${options.serverName})`,
    parameters,
    changesState,
    requiresAuthentication: false,
    ...(changesState && {
      summarize: (args, context) => summarizeCall({ name, args, language: context.language }),
    }),
    run: async (rawArgs, context) => {
      const args = validateArguments({ parameters, args: rawArgs, language: context.language });
      const ko = context.language === 'ko';
      let result: Awaited<ReturnType<Client['callTool']>>;
      try {
        result = await client.callTool({ name: tool.name, arguments: args }, undefined, {
          signal: context.signal,
          timeout: callTimeoutMs,
        });
      } catch (error) {
        if (context.signal?.aborted) throw context.signal.reason ?? error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new ToolFailure(
          'upstream_error',
          ko ? `MCP 서버 '${options.serverName}' 호출 실패: ${reason}` : `MCP server '${options.serverName}' call failed: ${reason}`,
        );
      }
      const text = textOf(result.content);
      if (result.isError === true) {
        throw new ToolFailure('tool_error', text || (ko ? `${name} 실행 중 오류가 발생했습니다.` : `${name} reported an error.`));
      }
      if (result.structuredContent !== undefined) return result.structuredContent;
      return text;
    },
  };
}
