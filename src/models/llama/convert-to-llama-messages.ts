// Converts genstack chat messages into node-llama-cpp chat history, pairing each tool result with the call it answers.
import type { ChatHistoryItem, ChatModelFunctionCall } from 'node-llama-cpp';
import type { ChatMessage, ToolCall } from '../types.ts';

type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;

/** Tool arguments and results are JSON text on the wire; node-llama-cpp re-renders them, so parse when we can. */
function parseJsonOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toFunctionCall(call: ToolCall, result: ToolMessage | undefined): ChatModelFunctionCall {
  return {
    type: 'functionCall',
    name: call.name,
    params: parseJsonOrKeep(call.arguments),
    result: result ? parseJsonOrKeep(result.content) : null,
  };
}

/**
 * The history ends with an empty model turn: that is the turn node-llama-cpp generates.
 * A tool message whose call is not in the history becomes a user turn, so its content is never dropped.
 * @example
 * convertToLlamaMessages([{ role: 'user', content: '안녕하세요' }]);
 * // [{ type: 'user', text: '안녕하세요' }, { type: 'model', response: [] }]
 */
export function convertToLlamaMessages(messages: ChatMessage[]): ChatHistoryItem[] {
  const results = new Map<string, ToolMessage>();
  for (const message of messages) if (message.role === 'tool') results.set(message.toolCallId, message);
  const answered = new Set<string>();
  const history: ChatHistoryItem[] = [];
  for (const message of messages) {
    switch (message.role) {
      case 'system':
        history.push({ type: 'system', text: message.content });
        break;
      case 'user':
        history.push({ type: 'user', text: message.content });
        break;
      case 'assistant': {
        const response: Array<string | ChatModelFunctionCall> = message.content ? [message.content] : [];
        for (const call of message.toolCalls ?? []) {
          answered.add(call.id);
          response.push(toFunctionCall(call, results.get(call.id)));
        }
        history.push({ type: 'model', response });
        break;
      }
      case 'tool':
        if (!answered.has(message.toolCallId))
          history.push({ type: 'user', text: `Tool result${message.name ? ` (${message.name})` : ''}: ${message.content}` });
        break;
    }
  }
  history.push({ type: 'model', response: [] });
  return history;
}
