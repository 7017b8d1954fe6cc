// Turns a validated OpenAI chat request into genstack's ChatRequest, checking what the schema alone cannot.
import { GenstackError } from '../../core/index.ts';
import type { ChatMessage, ChatRequest, ResponseFormat, ToolChoice } from '../../models/index.ts';
import type { ChatCompletionRequest } from './chat-schema.ts';
import { jsonDepth } from './json-depth.ts';

/** Real schemas nest a handful of levels; far deeper ones are hostile and would exhaust recursive schema walkers. */
const maxSchemaDepth = 64;

function checkSchemaDepth(schema: unknown, param: string): void {
  if (jsonDepth(schema, maxSchemaDepth) > maxSchemaDepth) {
    throw new GenstackError({ code: 'invalid_request', message: `${param} nests deeper than ${maxSchemaDepth} levels.`, param });
  }
}

type OpenAiContent = ChatCompletionRequest['messages'][number]['content'];

function textOf(content: OpenAiContent | undefined, index: number): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part, partIndex) => {
      if (part.type !== 'text' || typeof part.text !== 'string') {
        throw new GenstackError({
          code: 'invalid_request',
          message: `Content part type '${part.type}' is not supported; send text.`,
          param: `messages[${index}].content[${partIndex}]`,
        });
      }
      return part.text;
    })
    .join('');
}

function convertMessage(message: ChatCompletionRequest['messages'][number], index: number): ChatMessage {
  switch (message.role) {
    case 'system':
    case 'developer':
      return { role: 'system', content: textOf(message.content, index) };
    case 'user':
      return { role: 'user', content: textOf(message.content, index) };
    case 'assistant': {
      const toolCalls = message.tool_calls?.map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }));
      return {
        role: 'assistant',
        content: message.content == null ? null : textOf(message.content, index),
        ...(toolCalls?.length ? { toolCalls } : {}),
      };
    }
    case 'tool':
      return {
        role: 'tool',
        toolCallId: message.tool_call_id,
        content: textOf(message.content, index),
        ...(message.name ? { name: message.name } : {}),
      };
  }
}

function convertToolChoice(body: ChatCompletionRequest): ToolChoice | undefined {
  const choice = body.tool_choice;
  if (choice === undefined || typeof choice === 'string') return choice;
  if (!body.tools?.some((tool) => tool.function.name === choice.function.name)) {
    throw new GenstackError({
      code: 'unprocessable',
      message: `tool_choice names '${choice.function.name}', which is not in tools.`,
      param: 'tool_choice',
    });
  }
  return { name: choice.function.name };
}

function convertResponseFormat(body: ChatCompletionRequest): ResponseFormat | undefined {
  const format = body.response_format;
  if (!format) return undefined;
  if (format.type !== 'json_schema') return { type: format.type };
  const schema = format.json_schema.schema ?? { type: 'object' };
  if (schema.type !== undefined && schema.type !== 'object' && !Array.isArray(schema.anyOf)) {
    throw new GenstackError({
      code: 'unprocessable',
      message: 'response_format.json_schema.schema must describe an object.',
      param: 'response_format.json_schema.schema',
    });
  }
  return {
    type: 'json_schema',
    name: format.json_schema.name,
    schema,
    ...(format.json_schema.strict != null ? { strict: format.json_schema.strict } : {}),
  };
}

/**
 * @example
 * const request = convertChatRequest(body, abortController.signal);
 */
export function convertChatRequest(body: ChatCompletionRequest, signal: AbortSignal): ChatRequest {
  const toolIds = new Set<string>();
  body.messages.forEach((message, index) => {
    if (message.role === 'assistant') for (const call of message.tool_calls ?? []) toolIds.add(call.id);
    if (message.role === 'tool' && !toolIds.has(message.tool_call_id)) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `messages[${index}] answers tool call '${message.tool_call_id}', which no earlier assistant message made.`,
        param: `messages[${index}].tool_call_id`,
      });
    }
  });
  body.tools?.forEach((tool, index) => checkSchemaDepth(tool.function.parameters, `tools[${index}].function.parameters`));
  if (body.response_format?.type === 'json_schema')
    checkSchemaDepth(body.response_format.json_schema.schema, 'response_format.json_schema.schema');
  const toolChoice = convertToolChoice(body);
  const responseFormat = convertResponseFormat(body);
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  const stop = typeof body.stop === 'string' ? [body.stop] : (body.stop ?? undefined);
  return {
    messages: body.messages.map(convertMessage),
    signal,
    ...(body.tools?.length
      ? {
          tools: body.tools.map((tool) => ({
            name: tool.function.name,
            ...(tool.function.description ? { description: tool.function.description } : {}),
            parameters: tool.function.parameters ?? { type: 'object', properties: {} },
          })),
        }
      : {}),
    ...(toolChoice ? { toolChoice } : {}),
    ...(responseFormat ? { responseFormat } : {}),
    ...(maxTokens != null ? { maxTokens } : {}),
    ...(body.temperature != null ? { temperature: body.temperature } : {}),
    ...(body.top_p != null ? { topP: body.top_p } : {}),
    ...(stop?.length ? { stop } : {}),
    ...(body.seed != null ? { seed: body.seed } : {}),
  };
}
