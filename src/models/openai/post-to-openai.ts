// The one HTTP call every request makes, and the JSON reading that follows it, with failures classified.
import { GenstackError } from '../../core/errors.ts';
import { errorFromFetchFailure, errorFromResponse } from './openai-error.ts';
import type { OpenAiConfig } from './openai-settings.ts';
import type { UpstreamResponse } from './upstream-response.ts';

/**
 * POSTs an already serialised body; resolves only with a 2xx response, otherwise throws a classified GenstackError.
 * @example
 * const response = await postToOpenAi(config, { url: config.embeddingsURL, body: JSON.stringify(body), signal });
 */
export async function postToOpenAi(
  config: OpenAiConfig,
  options: { url: string; body: string; signal?: AbortSignal | undefined },
): Promise<UpstreamResponse> {
  let response: UpstreamResponse;
  try {
    response = await config.transport({ url: options.url, body: options.body, headers: config.headers, signal: options.signal });
  } catch (error) {
    throw errorFromFetchFailure(error, { baseURL: config.baseURL, signal: options.signal });
  }
  if (response.status < 200 || response.status > 299) throw await errorFromResponse(response, config);
  return response;
}

/** Reads a JSON body; a body that is not JSON is the server's fault, so it becomes 'upstream_error'. */
export async function readOpenAiJson<T>(
  config: OpenAiConfig,
  options: { response: UpstreamResponse; signal?: AbortSignal | undefined },
): Promise<T> {
  let text: string;
  try {
    text = await options.response.text();
  } catch (error) {
    throw errorFromFetchFailure(error, { baseURL: config.baseURL, signal: options.signal, midStream: true });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new GenstackError({
      code: 'upstream_error',
      message: `The model server at ${config.baseURL} sent a body that is not JSON: ${text.slice(0, 200)}`,
      category: 'third-party',
      cause: error,
    });
  }
}
