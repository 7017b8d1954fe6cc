// Converts genstack chat messages into OpenAI chat-completions messages.
import type { ChatMessage } from '../types.ts';
import type { OpenAiMessage } from './openai-api-types.ts';

/**
 * @example
 * convertToOpenAiMessages([{ role: 'tool', toolCallId: 'call_1', content: '{"ok":true}' }]);
 * // [{ role: 'tool', tool_call_id: 'call_1', content: '{"ok":true}' }]
 */
export function convertToOpenAiMessages(messages: readonly ChatMessage[]): OpenAiMessage[] {
  const converted = new Array<OpenAiMessage>(messages.length);
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!;
    switch (message.role) {
      case 'system':
      case 'user':
        converted[index] = { role: message.role, content: message.content };
        break;
      case 'assistant': {
        const toolCalls = message.toolCalls;
        if (toolCalls && toolCalls.length > 0) {
          converted[index] = {
            role: 'assistant',
            content: message.content,
            tool_calls: toolCalls.map((call) => ({
              id: call.id,
              type: 'function',
              function: { name: call.name, arguments: call.arguments },
            })),
          };
        } else {
          // Without tool calls a null content is rejected by several servers; an empty string means the same.
          converted[index] = { role: 'assistant', content: message.content ?? '' };
        }
        break;
      }
      case 'tool':
        // `name` is not part of OpenAI's tool message and strict servers reject unknown fields.
        converted[index] = { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
        break;
    }
  }
  return converted;
}
