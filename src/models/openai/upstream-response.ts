// What the openai models need from one HTTP exchange with the upstream, whichever client carried it (node:http or fetch).

/** Receives a response body as decoded text, in pieces of any size; `end` or `error` comes once, last. */
export interface BodySink {
  data(text: string): void;
  end(): void;
  error(error: unknown): void;
}

/** Flow control over a body being delivered to a sink. */
export interface BodyFlow {
  pause(): void;
  resume(): void;
  /**
   * Stops delivering. `clean` (the stream finished) reads the rest of the body in the background so the connection
   * can be reused; otherwise the connection is closed, so the server stops generating.
   */
  release(clean: boolean): void;
}

export interface UpstreamResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  /** False only when the client says the response has no body at all (fetch's `body === null`). */
  readonly hasBody: boolean;
  /** The whole body as text; rejects with the client's error when the connection fails. */
  text(): Promise<string>;
  /** Delivers the body to `sink` as it arrives; call once, instead of `text`. */
  stream(sink: BodySink): BodyFlow;
}

export interface UpstreamRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** POSTs a request; resolves once the status and headers arrived, rejects with the client's own error otherwise. */
export type OpenAiTransport = (request: UpstreamRequest) => Promise<UpstreamResponse>;
