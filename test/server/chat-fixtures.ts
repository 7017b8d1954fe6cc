// Shared pieces of the end-to-end chat tests: a tool catalogue and a stream collector that rebuilds tool calls by index.
import type { ChatCompletionChunk, ChatCompletionMessageFunctionToolCall, ChatCompletionTool } from 'openai/resources/chat/completions';

export const weatherTools: ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city. 도시의 현재 날씨를 알려줍니다.',
      parameters: {
        type: 'object',
        properties: {
          location: { type: 'string', description: 'City name, e.g. Seoul or Paris' },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        },
        required: ['location'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'get_stock_price',
      description: 'Latest stock price for a ticker symbol. 주식 종목의 현재가를 조회합니다.',
      parameters: { type: 'object', properties: { symbol: { type: 'string' } }, required: ['symbol'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'send_email',
      description: 'Send an email to someone. 이메일을 보냅니다.',
      parameters: {
        type: 'object',
        properties: { to: { type: 'string', format: 'email' }, subject: { type: 'string' }, body: { type: 'string' } },
        required: ['to', 'subject'],
      },
    },
  },
];

export interface CollectedStream {
  chunks: ChatCompletionChunk[];
  content: string;
  finishReason: string | null;
  toolCalls: ChatCompletionMessageFunctionToolCall[];
}

/**
 * Reads a chat stream to its end the way a client must: text by concatenation, tool calls by `index`.
 * @example
 * const { content, toolCalls } = await collectStream(await client.chat.completions.create({ ...body, stream: true }));
 */
export async function collectStream(stream: AsyncIterable<ChatCompletionChunk>): Promise<CollectedStream> {
  const chunks: ChatCompletionChunk[] = [];
  const calls = new Map<number, ChatCompletionMessageFunctionToolCall>();
  let content = '';
  let finishReason: string | null = null;
  for await (const chunk of stream) {
    chunks.push(chunk);
    const choice = chunk.choices[0];
    if (!choice) continue;
    content += choice.delta.content ?? '';
    if (choice.finish_reason) finishReason = choice.finish_reason;
    for (const delta of choice.delta.tool_calls ?? []) {
      const call = calls.get(delta.index) ?? { id: '', type: 'function' as const, function: { name: '', arguments: '' } };
      if (delta.id) call.id = delta.id;
      if (delta.function?.name) call.function.name += delta.function.name;
      call.function.arguments += delta.function?.arguments ?? '';
      calls.set(delta.index, call);
    }
  }
  const toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
  return { chunks, content, finishReason, toolCalls };
}
