// Lets go of a response body the stream no longer reads: drained after a clean finish, cancelled otherwise.
const drainTimeoutMs = 1000;
const drainMaxReads = 16;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  // A server that keeps the body open after [DONE] must not hold the socket; give it a moment, then cancel.
  const timer = setTimeout(() => void reader.cancel().catch(() => {}), drainTimeoutMs);
  timer.unref();
  try {
    for (let reads = 0; reads < drainMaxReads; reads++) if ((await reader.read()).done) return;
    await reader.cancel();
  } catch {
    // Cancelled by the timer or the connection closed: either way the body is released.
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A clean finish usually leaves only the end of the chunked body to read; reading it in the background keeps the
 * connection in the keep-alive pool without delaying the `finish` part. Anything else (the consumer stopped early,
 * an error) cancels, which closes the socket so the server stops generating.
 * @example
 * releaseBody(reader, { clean: true });
 */
export function releaseBody(reader: ReadableStreamDefaultReader<Uint8Array>, options: { clean: boolean }): void {
  if (options.clean) void drain(reader);
  else void reader.cancel().catch(() => {});
}
