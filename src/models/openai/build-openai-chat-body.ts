// Builds the JSON body of a chat-completions request from a ChatRequest: the exact object that is sent.
import type { ChatRequest, ResponseFormat, ToolChoice } from '../types.ts';
import { convertToOpenAiMessages } from './convert-to-openai-messages.ts';

function convertToolChoice(choice: ToolChoice): unknown {
  return typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
}

function convertResponseFormat(format: ResponseFormat): unknown {
  if (format.type !== 'json_schema') return { type: format.type };
  const jsonSchema: Record<string, unknown> = { name: format.name ?? 'response', schema: format.schema };
  if (format.strict !== undefined) jsonSchema['strict'] = format.strict;
  return { type: 'json_schema', json_schema: jsonSchema };
}

/**
 * `providerOptions.openai` is spread last, so it can add or override any raw field (`max_completion_tokens`,
 * vLLM's `guided_choice`, …); a null value removes a field, e.g. `stream_options: null` for servers that reject it.
 * @example
 * buildOpenAiChatBody({ model: 'qwen3', request: { messages: [{ role: 'user', content: '안녕' }] }, stream: true });
 * // { model: 'qwen3', messages: [...], stream: true, stream_options: { include_usage: true } }
 */
export function buildOpenAiChatBody(options: { model: string; request: ChatRequest; stream: boolean }): Record<string, unknown> {
  const { request } = options;
  const body: Record<string, unknown> = { model: options.model, messages: convertToOpenAiMessages(request.messages) };
  if (request.tools && request.tools.length > 0) {
    body['tools'] = request.tools.map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: tool.parameters ?? { type: 'object', properties: {} } },
    }));
  }
  if (request.toolChoice !== undefined) body['tool_choice'] = convertToolChoice(request.toolChoice);
  if (request.responseFormat !== undefined && request.responseFormat.type !== 'text') {
    body['response_format'] = convertResponseFormat(request.responseFormat);
  }
  if (request.maxTokens !== undefined) body['max_tokens'] = request.maxTokens;
  if (request.temperature !== undefined) body['temperature'] = request.temperature;
  if (request.topP !== undefined) body['top_p'] = request.topP;
  if (request.stop !== undefined && request.stop.length > 0) body['stop'] = request.stop;
  if (request.seed !== undefined) body['seed'] = request.seed;
  body['stream'] = options.stream;
  if (options.stream) body['stream_options'] = { include_usage: true };
  const overrides = request.providerOptions?.['openai'];
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (value === null || value === undefined) delete body[key];
      else body[key] = value;
    }
  }
  return body;
}
