// Reads a response body up to a byte limit, so a misbehaving system cannot flood a conversation or the process memory.

/** Thrown when a body is larger than allowed; callers turn it into a ToolFailure in the user's language. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Returns the body as text, or throws BodyTooLargeError as soon as more than `limit` bytes arrived.
 * @example
 * const text = await readLimitedBody(response, 1_000_000);
 */
export async function readLimitedBody(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new BodyTooLargeError(limit);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
