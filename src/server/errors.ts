// One place that turns any error into the OpenAI error envelope with the right HTTP status.
import { openAiErrorType, toGenstackError, type GenstackError } from '../core/index.ts';

export function errorBody(error: GenstackError) {
  return { error: { type: openAiErrorType(error.status), message: error.message, param: error.param, code: error.code } };
}

/** A JSON Response for an error, with Retry-After when the error carries one. */
export function errorResponse(value: unknown, requestId?: string): Response {
  const error = toGenstackError(value);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (requestId) headers['x-request-id'] = requestId;
  if (error.retryAfter !== undefined) headers['retry-after'] = String(Math.ceil(error.retryAfter));
  return new Response(JSON.stringify(errorBody(error)), { status: error.status === 499 ? 400 : error.status, headers });
}
