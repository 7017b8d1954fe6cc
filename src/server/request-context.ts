// Per-request state shared by middleware and routes: id, cancellation, authenticated key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeyRecord } from '../store/index.ts';

export interface RequestContext {
  requestId: string;
  /** Aborts on client disconnect, request timeout or server shutdown. */
  signal: AbortSignal;
  apiKey: ApiKeyRecord | undefined;
}

/** Bindings are set by @hono/node-server; absent when the app is called in-process with `app.request`. */
export type AppEnv = {
  Variables: { context: RequestContext };
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
};
