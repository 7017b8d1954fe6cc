// Collects a typed stream into one ChatResult, so a provider only has to implement `stream`.
import { GenstackError } from '../core/errors.ts';
import type { ChatResult, ChatStreamPart, ToolCall, Warning } from './types.ts';

/**
 * @example
 * const result = await generateFromStream(model.stream(request));
 */
export async function generateFromStream(parts: AsyncIterable<ChatStreamPart>): Promise<ChatResult> {
  let text = '';
  let reasoning = '';
  const toolCalls = new Map<number, ToolCall>();
  let warnings: Warning[] = [];
  for await (const part of parts) {
    switch (part.type) {
      case 'stream-start':
        warnings = part.warnings;
        break;
      case 'text-delta':
        text += part.delta;
        break;
      case 'reasoning-delta':
        reasoning += part.delta;
        break;
      case 'tool-call-start':
        toolCalls.set(part.index, { id: part.id, name: part.name, arguments: '' });
        break;
      case 'tool-call-delta': {
        const call = toolCalls.get(part.index);
        if (call) call.arguments += part.argumentsDelta;
        break;
      }
      case 'finish':
        return {
          text,
          ...(reasoning ? { reasoning } : {}),
          toolCalls: [...toolCalls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call),
          finishReason: part.finishReason,
          usage: part.usage,
          warnings,
          ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
        };
      case 'error':
        throw part.error;
      default:
        break;
    }
  }
  throw new GenstackError({ code: 'upstream_error', message: 'The model stream ended without a finish part.' });
}

/** Turns a finished result into the stream parts a client would have seen, for providers that compute whole answers. */
export async function* streamFromResult(result: ChatResult, options: { textChunks?: string[] } = {}): AsyncGenerator<ChatStreamPart> {
  yield { type: 'stream-start', warnings: result.warnings };
  if (result.reasoning) {
    yield { type: 'reasoning-start', id: 'reasoning-0' };
    yield { type: 'reasoning-delta', id: 'reasoning-0', delta: result.reasoning };
    yield { type: 'reasoning-end', id: 'reasoning-0' };
  }
  if (result.text) {
    yield { type: 'text-start', id: 'text-0' };
    for (const delta of options.textChunks ?? [result.text]) yield { type: 'text-delta', id: 'text-0', delta };
    yield { type: 'text-end', id: 'text-0' };
  }
  for (const [index, call] of result.toolCalls.entries()) {
    yield { type: 'tool-call-start', index, id: call.id, name: call.name };
    yield { type: 'tool-call-delta', index, id: call.id, argumentsDelta: call.arguments };
    yield { type: 'tool-call-end', index, id: call.id };
  }
  yield {
    type: 'finish',
    finishReason: result.finishReason,
    usage: result.usage,
    ...(result.providerMetadata ? { providerMetadata: result.providerMetadata } : {}),
  };
}
