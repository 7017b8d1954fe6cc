// The load generator's one request: a keep-alive POST that reads the raw SSE and times the first content chunk and the end.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Target {
  name: string;
  /** Origin of the server, e.g. http://127.0.0.1:7171 */
  url: string;
  headers: Record<string, string>;
  model: string;
  /** The process serving `url`, whose CPU time is measured under load. */
  pid?: number;
}

export interface StreamTiming {
  /** Milliseconds from sending the request to the arrival of the first chunk with non-empty content. */
  ttftMs: number;
  totalMs: number;
  /** Chunks whose delta carried non-empty content; the fake upstream sends exactly `tokens` of them. */
  contentChunks: number;
  /** The reassembled text, only when asked for (it costs a JSON.parse per chunk). */
  text?: string;
}

const contentMarker = '"content":"';

/** Counts `"content":"…"` fields with something in them, without parsing JSON: cheap enough to run at full load. */
function countContent(event: string): number {
  let count = 0;
  for (let at = event.indexOf(contentMarker); at !== -1; at = event.indexOf(contentMarker, at + contentMarker.length)) {
    if (event.charCodeAt(at + contentMarker.length) !== 34) count++;
  }
  return count;
}

function textOf(event: string): string {
  const data = event.startsWith('data: ') ? event.slice(6) : event.slice(5);
  if (data === '[DONE]') return '';
  const chunk = JSON.parse(data) as { choices?: Array<{ delta?: { content?: string | null } }> };
  return chunk.choices?.[0]?.delta?.content ?? '';
}

/** One keep-alive agent per target and concurrency, so every stream in flight has its own socket. */
export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
}

export function chatBody(model: string): string {
  return JSON.stringify({
    model,
    stream: true,
    stream_options: { include_usage: true },
    messages: [{ role: 'user', content: 'Say hello / 안녕이라고 말해 줘' }],
  });
}

/**
 * Streams one chat completion; rejects on a non-200 status or a connection error.
 * @example
 * const timing = await streamOnce({ target, agent, body: chatBody(target.model) });
 */
export function streamOnce(options: { target: Target; agent: Agent; body: string; collectText?: boolean }): Promise<StreamTiming> {
  const { target } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttftMs = -1;
    let contentChunks = 0;
    let pending = '';
    let text = '';
    const outgoing = request(
      `${target.url}/v1/chat/completions`,
      {
        method: 'POST',
        agent: options.agent,
        headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) },
      },
      (response) => {
        response.setEncoding('utf8');
        if (response.statusCode !== 200) {
          let body = '';
          response.on('data', (piece: string) => (body += piece));
          response.on('end', () => reject(new Error(`${target.name}: HTTP ${response.statusCode} ${body.slice(0, 300)}`)));
          return;
        }
        response.on('data', (piece: string) => {
          pending += piece;
          let end = pending.indexOf('\n\n');
          if (end === -1) return;
          let start = 0;
          for (; end !== -1; end = pending.indexOf('\n\n', start)) {
            const event = pending.slice(start, end);
            start = end + 2;
            const found = countContent(event);
            if (found > 0 && ttftMs < 0) ttftMs = performance.now() - started;
            contentChunks += found;
            if (options.collectText && event.startsWith('data:')) text += textOf(event);
          }
          pending = pending.slice(start);
        });
        response.on('end', () => {
          const totalMs = performance.now() - started;
          resolve({ ttftMs, totalMs, contentChunks, ...(options.collectText ? { text } : {}) });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
