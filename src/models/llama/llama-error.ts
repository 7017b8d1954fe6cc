// Turns node-llama-cpp failures into GenstackErrors that name the model file, so a bad path never crashes the server.
import { GenstackError, toGenstackError } from '../../core/errors.ts';

/**
 * @example
 * throw modelLoadFailed({ path, reason: 'the file does not exist', cause: error });
 */
export function modelLoadFailed(options: { path: string; reason: string; cause?: unknown }): GenstackError {
  return new GenstackError({
    code: 'model_load_failed',
    message: `Could not load the GGUF model at '${options.path}': ${options.reason}`,
    details: { path: options.path },
    cause: options.cause,
  });
}

/** The message of whatever was thrown, for error texts. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps an error thrown while generating: the caller's abort stays an abort, anything else is kept as the cause.
 * @example
 * catch (error) { yield { type: 'error', error: toLlamaError(error, signal) }; }
 */
export function toLlamaError(error: unknown, signal: AbortSignal | undefined): GenstackError {
  if (error instanceof GenstackError) return error;
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof GenstackError) return reason;
    return new GenstackError({ code: 'aborted', message: 'The request was cancelled.', cause: error });
  }
  // node-llama-cpp's words when even after dropping old turns the prompt does not fit (LlamaChat context shift).
  if (/too long prompt|cannot be compressed|context size/i.test(describeError(error))) {
    return new GenstackError({
      code: 'invalid_request',
      message: `The conversation does not fit the model's context; shorten it or raise the model's contextSize. (${describeError(error)})`,
      param: 'messages',
      cause: error,
    });
  }
  return toGenstackError(error);
}
