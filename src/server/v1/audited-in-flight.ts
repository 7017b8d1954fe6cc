// Starts a model call, then waits for its audit record: the record is written while the upstream works, and no reply
// is used before the record is committed.

/**
 * Runs `call` and awaits `audit` beside it. When the audit record cannot be written the call is aborted, whatever it
 * returned is handed to `discard` (to release an open stream), and the audit error is thrown: an unaudited request is
 * never answered.
 *
 * @example
 * const result = await auditedInFlight({ signal: context.signal, audit: audit.appendSoon(event), call: (signal) => model.generate({ ...request, signal }) });
 */
export async function auditedInFlight<T>(options: {
  signal: AbortSignal;
  audit: Promise<unknown> | undefined;
  call: (signal: AbortSignal) => Promise<T>;
  discard?: (value: T) => void;
}): Promise<T> {
  if (options.audit === undefined) return options.call(options.signal);
  const controller = new AbortController();
  const pending = options.call(AbortSignal.any([options.signal, controller.signal]));
  // A call that fails while the record is being written is reported by the `return` below, not as unhandled.
  pending.catch(() => undefined);
  try {
    await options.audit;
  } catch (error) {
    controller.abort(error);
    pending.then((value) => options.discard?.(value)).catch(() => undefined);
    throw error;
  }
  return pending;
}
