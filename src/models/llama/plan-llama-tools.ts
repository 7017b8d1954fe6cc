// Decides how a request's tools run on llama.cpp: node-llama-cpp's own function calling, or a JSON grammar that forces one call.
import type { ChatModelFunctions, GbnfJsonSchema } from 'node-llama-cpp';
import { GenstackError } from '../../core/errors.ts';
import type { ChatRequest, ToolDefinition, Warning } from '../types.ts';
import { toLlamaJsonSchema } from './to-llama-json-schema.ts';

/**
 * - `native`: toolChoice 'auto'. node-llama-cpp documents the functions in the prompt in the chat template's own syntax and,
 *   once the model starts a call, constrains its arguments with a grammar. The model decides whether to call.
 * - `forced`: toolChoice 'required' or `{ name }`. node-llama-cpp cannot force a call, so the whole answer is constrained
 *   by a grammar to `{"name": …, "arguments": …}`: exactly one call, never parallel calls, never text.
 */
export type ToolPlan =
  { mode: 'none' } | { mode: 'native'; functions: ChatModelFunctions } | { mode: 'forced'; schema: GbnfJsonSchema; instructions: string };

function argumentsSchema(tool: ToolDefinition, warnings: Warning[]): GbnfJsonSchema {
  const converted = toLlamaJsonSchema(tool.parameters ?? { type: 'object', properties: {} });
  if (converted.ignoredKeywords.length > 0) {
    warnings.push({
      type: 'other',
      setting: 'tools',
      message: `Tool '${tool.name}': the grammar does not enforce ${converted.ignoredKeywords.join(', ')}.`,
    });
  }
  return converted.schema;
}

function forcedPlan(tools: ToolDefinition[], warnings: Warning[]): ToolPlan {
  const schema = {
    oneOf: tools.map((tool) => ({
      type: 'object',
      properties: { name: { const: tool.name }, arguments: argumentsSchema(tool, warnings) },
      required: ['name', 'arguments'],
    })),
  } as GbnfJsonSchema;
  const catalogue = tools.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.parameters }));
  const instructions =
    'Call exactly one of the tools below. Answer with only a JSON object of the form {"name": "<tool name>", "arguments": {…}}.\n' +
    `Tools: ${JSON.stringify(catalogue)}`;
  return { mode: 'forced', schema, instructions };
}

/**
 * @example
 * planLlamaTools({ messages, tools: [weather], toolChoice: 'required' }, warnings).mode; // 'forced'
 */
export function planLlamaTools(request: ChatRequest, warnings: Warning[]): ToolPlan {
  const tools = request.tools ?? [];
  const choice = request.toolChoice ?? 'auto';
  if (tools.length === 0 || choice === 'none') return { mode: 'none' };
  if (choice === 'required') return forcedPlan(tools, warnings);
  if (typeof choice === 'object') {
    const tool = tools.find((candidate) => candidate.name === choice.name);
    if (!tool)
      throw new GenstackError({
        code: 'invalid_request',
        message: `toolChoice names '${choice.name}', which is not among the tools.`,
        param: 'toolChoice',
      });
    return forcedPlan([tool], warnings);
  }
  const functions: ChatModelFunctions = Object.fromEntries(
    tools.map((tool) => [
      tool.name,
      {
        ...(tool.description ? { description: tool.description } : {}),
        ...(tool.parameters ? { params: argumentsSchema(tool, warnings) } : {}),
      },
    ]),
  );
  return { mode: 'native', functions };
}

/**
 * Reads the forced call back; undefined when the answer was cut short (maxTokens, abort) and is not whole JSON.
 * @example
 * parseForcedToolCall('{"name":"weather","arguments":{"city":"서울"}}'); // { name: 'weather', arguments: '{"city":"서울"}' }
 */
export function parseForcedToolCall(text: string): { name: string; arguments: string } | undefined {
  try {
    const parsed = JSON.parse(text) as { name?: unknown; arguments?: unknown };
    if (typeof parsed.name !== 'string') return undefined;
    return { name: parsed.name, arguments: JSON.stringify(parsed.arguments ?? {}) };
  } catch {
    return undefined;
  }
}
