// Turns a model's stream of parts into SSE text, one batch per call, for whichever sink writes the response.
import { GenstackError, toGenstackError } from '../../core/index.ts';
import type { ChatStreamPart } from '../../models/index.ts';
import type { createChunkEncoder } from './chat-response.ts';

export interface ChatEventSource {
  /** The SSE text of the next part(s) that produce any, or null once the stream has ended (after `[DONE]`). */
  next(): Promise<string | null>;
  /** Stops the model stream (the client went away). */
  cancel(): Promise<void>;
}

/**
 * Parts that encode to nothing (stream-start, text-start, text-end, …) are skipped inside one call, so a sink never
 * waits on an empty batch — a web ReadableStream whose pull enqueues nothing is never pulled again. A stream that ends
 * without `finish`, or throws, still ends with an error event and `[DONE]`.
 * @example
 * const source = createChatEventSource({ iterator, first, encoder, signal });
 * for (let text = await source.next(); text !== null; text = await source.next()) write(text);
 */
export function createChatEventSource(options: {
  iterator: AsyncIterator<ChatStreamPart>;
  /** The part already pulled before the response started (so early failures got a real status). */
  first: IteratorResult<ChatStreamPart>;
  encoder: ReturnType<typeof createChunkEncoder>;
  signal: AbortSignal;
}): ChatEventSource {
  const { iterator, encoder, signal } = options;
  let pending: IteratorResult<ChatStreamPart> | undefined = options.first;
  let finished = false;
  let closed = false;

  const endedEarly = () =>
    encoder
      .error(
        new GenstackError({
          code: signal.aborted ? 'aborted' : 'upstream_error',
          message: signal.aborted ? 'The request was cancelled or the server is shutting down.' : 'The model stream ended unexpectedly.',
        }),
      )
      .join('');

  return {
    async next() {
      if (closed) return null;
      let text = '';
      try {
        while (text.length === 0) {
          if (finished) {
            // Let the model's generator run its cleanup (release the upstream body) before the response ends.
            await iterator.return?.(undefined);
            closed = true;
            return null;
          }
          const result: IteratorResult<ChatStreamPart> = pending ?? (await iterator.next());
          pending = undefined;
          if (result.done) {
            finished = true;
            closed = true;
            return endedEarly();
          }
          const part = result.value;
          if (part.type === 'finish' || part.type === 'error') finished = true;
          for (const event of encoder.encode(part)) text += event;
        }
      } catch (error) {
        finished = true;
        closed = true;
        return encoder.error(toGenstackError(error)).join('');
      }
      return text;
    },
    async cancel() {
      closed = true;
      await iterator.return?.(undefined);
    },
  };
}
