// Reads what a turn needs from the message list: the last user message, the one before, and trailing tool results.
import type { ChatMessage, ToolCall } from '../../types.ts';
import type { ToolResult } from '../respond/index.ts';

/**
 * Content of the last user message ('' when there is none).
 * @example
 * lastUserMessage([{ role: 'user', content: 'hi' }]); // 'hi'
 */
export function lastUserMessage(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'user') return message.content;
  }
  return '';
}

/**
 * The user message before the last one, when the assistant answered it with a question in text
 * (so a short follow-up such as "2개요" can be read together with it).
 * @example
 * followUpContext([user('주문해 줘'), assistant('수량이 필요해요'), user('2개')]); // '주문해 줘'
 */
export function followUpContext(messages: readonly ChatMessage[]): string | undefined {
  const users = messages.flatMap((message, index) => (message.role === 'user' ? [index] : []));
  const last = users.at(-1);
  const previous = users.at(-2);
  if (last === undefined || previous === undefined) return undefined;
  const between = messages.slice(previous + 1, last);
  const askedBack = between.some(
    (message) => message.role === 'assistant' && !message.toolCalls?.length && (message.content ?? '').length > 0,
  );
  const previousMessage = messages[previous];
  return askedBack && previousMessage?.role === 'user' ? previousMessage.content : undefined;
}

/**
 * Tool results at the end of the conversation that answer the assistant's last tool calls, with the tools' names.
 * @example
 * trailingToolResults([user, assistantWithCalls, toolMessage]); // [{ name: 'get_weather', content: '…' }]
 */
export function trailingToolResults(messages: readonly ChatMessage[]): ToolResult[] {
  let start = messages.length;
  while (start > 0 && messages[start - 1]?.role === 'tool') start -= 1;
  const caller = messages[start - 1];
  const calls: ToolCall[] = caller?.role === 'assistant' ? (caller.toolCalls ?? []) : [];
  return messages.slice(start).flatMap((message) => {
    if (message.role !== 'tool') return [];
    const name = message.name ?? calls.find((call) => call.id === message.toolCallId)?.name;
    return [name ? { name, content: message.content } : { content: message.content }];
  });
}

/** All message text, for token counting and for salting call ids. */
export function conversationText(messages: readonly ChatMessage[]): string {
  return messages
    .map((message) => {
      const calls =
        message.role === 'assistant' ? (message.toolCalls ?? []).map((call) => `${call.name}(${call.arguments})`).join(' ') : '';
      return `${message.role}: ${message.content ?? ''} ${calls}`;
    })
    .join('\n');
}
