// Starts a model call, then waits for its audit record: the record is written while the upstream works, and no reply
// is used before the record is committed.
import type { RequestContext } from '../request-context.ts';

/**
 * Runs `call` and awaits `audit` beside it. When the audit record cannot be written the request is aborted (which
 * cancels the call), whatever the call returned is handed to `discard` (to release an open stream), and the audit
 * error is thrown: an unaudited request is never answered.
 *
 * @example
 * const result = await auditedInFlight({ context, audit: audit.appendSoon(event), call: () => model.generate(request) });
 */
export async function auditedInFlight<T>(options: {
  context: Pick<RequestContext, 'abort'>;
  audit: Promise<unknown> | undefined;
  call: () => Promise<T>;
  discard?: (value: T) => void;
}): Promise<T> {
  if (options.audit === undefined) return options.call();
  const pending = options.call();
  // A call that fails while the record is being written is reported by the `return` below, not as unhandled.
  pending.catch(() => undefined);
  try {
    await options.audit;
  } catch (error) {
    options.context.abort(error as Error);
    pending.then((value) => options.discard?.(value)).catch(() => undefined);
    throw error;
  }
  return pending;
}
