// A tiny real ModelProvider whose stream waits between words, so tests can hold a model busy (limits, shutdown).
import { GenstackError, toGenstackError } from '../../src/core/index.ts';
import { generateFromStream, type ChatModel, type ChatStreamPart, type ModelProvider, type ModelSettings } from '../../src/models/index.ts';

export interface SlowSettings {
  /** Words sent one per delta; the first goes out at once, each next one after `delayMs`. */
  words?: string[];
  delayMs?: number;
}

/** Resolves after `milliseconds`, or rejects with the signal's reason (a GenstackError from the server) when it fires. */
function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = () => {
      clearTimeout(timer);
      reject(toGenstackError(signal?.reason ?? new GenstackError({ code: 'aborted', message: 'The request was cancelled.' })));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', fail);
      resolve();
    }, milliseconds);
    if (signal?.aborted) fail();
    else signal?.addEventListener('abort', fail, { once: true });
  });
}

function slowModel(modelId: string, settings: ModelSettings): ChatModel {
  const { words = ['one ', 'two ', 'three'], delayMs = 100 } = settings as SlowSettings;
  async function* stream(request: { signal?: AbortSignal }): AsyncGenerator<ChatStreamPart> {
    yield { type: 'stream-start', warnings: [] };
    yield { type: 'text-start', id: 'text-0' };
    for (const [index, word] of words.entries()) {
      if (index > 0) await wait(delayMs, request.signal);
      yield { type: 'text-delta', id: 'text-0', delta: word };
    }
    yield { type: 'text-end', id: 'text-0' };
    yield {
      type: 'finish',
      finishReason: 'stop',
      usage: { promptTokens: 1, completionTokens: words.length, totalTokens: 1 + words.length },
    };
  }
  return { provider: 'slow', modelId, stream, generate: (request) => generateFromStream(stream(request)) };
}

/**
 * @example
 * const server = await startTestServer({ providers: [createSlowProvider()], configPatch: { models: { entries: [{ id: 'slow', provider: 'slow' }] } } });
 */
export function createSlowProvider(): ModelProvider {
  return { name: 'slow', chatModel: slowModel };
}
