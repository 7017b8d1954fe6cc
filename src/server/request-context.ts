// Per-request state shared by middleware and routes: id, cancellation, authenticated key and its token budget.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeyRecord } from '../store/index.ts';

/** The key's token budget for routes that spend tokens: check before the work, charge what it spent after. */
export interface TokenMeter {
  /** Throws budget_exceeded (429 with Retry-After) when the period's budget is spent. */
  check(): Promise<void>;
  charge(tokens: number): Promise<void>;
}

export interface RequestContext {
  requestId: string;
  /** Aborts on client disconnect, request timeout or server shutdown. */
  signal: AbortSignal;
  /** Aborts `signal` for a reason found inside the route (e.g. its audit record could not be written). */
  abort: (reason: Error) => void;
  /** The authenticated key; its role and workspace make the request's actor (see api/require-role.ts). */
  apiKey: ApiKeyRecord | undefined;
  /** Set with a key; absent without one (nothing to charge). */
  tokens?: TokenMeter;
}

/** Bindings are set by @hono/node-server; absent when the app is called in-process with `app.request`. */
export type AppEnv = {
  Variables: { context: RequestContext };
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
};
