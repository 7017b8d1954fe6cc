// A loopback HTTP server for pull tests: serves generated files with ETag and Range support, and can misbehave on request.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pseudo-GGUF file: the "GGUF" magic followed by seeded random bytes (mulberry32), identical on every run. */
export function generateModelFile(options: { bytes: number; seed: number }): Buffer {
  const buffer = Buffer.alloc(options.bytes);
  let state = options.seed >>> 0;
  for (let index = 0; index < buffer.length; index += 4) {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    value = (value ^ (value >>> 14)) >>> 0;
    if (index + 4 <= buffer.length) buffer.writeUInt32LE(value, index);
  }
  buffer.write('GGUF', 0, 'ascii');
  return buffer;
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface ServedFile {
  body: Buffer;
  contentDisposition?: string;
  etag?: string;
}

/** Switches that make the server misbehave; tests set them on `server.misbehaviour` between requests. */
export interface Misbehaviour {
  /** Drop the connection after this many body bytes, for the next `dropCount` GET requests. */
  dropAfterBytes?: number;
  dropCount?: number;
  /** Send this many bytes and then go silent (for idle-timeout tests), on the next GET only. */
  stallAfterBytes?: number;
  /** Answer 200 with the whole file even when a Range is asked for. */
  ignoreRange?: boolean;
  /** Answer every GET with this status. */
  failGetWith?: number;
  /** Answer every request (HEAD too) with this status. */
  failAllWith?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  range: string | undefined;
  ifRange: string | undefined;
  status: number;
}

export interface ModelFileServer {
  baseUrl: string;
  files: Map<string, ServedFile>;
  misbehaviour: Misbehaviour;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts the server on 127.0.0.1 with a random port.
 * @example
 * const server = await startModelFileServer({ '/model.gguf': { body } });
 * await server.close();
 */
export async function startModelFileServer(files: Record<string, ServedFile>): Promise<ModelFileServer> {
  const state = { files: new Map(Object.entries(files)), misbehaviour: {} as Misbehaviour, requests: [] as RecordedRequest[] };
  const server: Server = createServer((request, response) => handle({ request, response, state }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface HandlerContext {
  request: IncomingMessage;
  response: ServerResponse;
  state: { files: Map<string, ServedFile>; misbehaviour: Misbehaviour; requests: RecordedRequest[] };
}

function handle({ request, response, state }: HandlerContext): void {
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const range = request.headers.range;
  const ifRange = request.headers['if-range'];
  const record = (status: number): void => {
    state.requests.push({ method, path, range, ifRange: typeof ifRange === 'string' ? ifRange : undefined, status });
  };
  const misbehaviour = state.misbehaviour;
  const failWith = misbehaviour.failAllWith ?? (method === 'GET' ? misbehaviour.failGetWith : undefined);
  const file = state.files.get(path);
  if (failWith !== undefined || file === undefined) {
    const status = failWith ?? 404;
    record(status);
    response.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}`);
    return;
  }
  const body = file.body;
  const etag = file.etag ?? `"${sha256Hex(body).slice(0, 16)}"`;
  const headers: Record<string, string> = { etag, 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT', 'accept-ranges': 'bytes' };
  if (file.contentDisposition !== undefined) headers['content-disposition'] = file.contentDisposition;

  let start = 0;
  let status = 200;
  const rangeStart = /^bytes=(\d+)-$/.exec(range ?? '')?.[1];
  const rangeApplies = rangeStart !== undefined && !misbehaviour.ignoreRange && (ifRange === undefined || ifRange === etag);
  if (method === 'GET' && rangeApplies) {
    start = Number(rangeStart);
    if (start >= body.length) {
      record(416);
      response.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    status = 206;
    headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
  }
  record(status);
  response.writeHead(status, { ...headers, 'content-length': String(body.length - start), 'content-type': 'application/octet-stream' });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  sendBody({ response, data: body.subarray(start), misbehaviour });
}

function sendBody(options: { response: ServerResponse; data: Buffer; misbehaviour: Misbehaviour }): void {
  const { response, data, misbehaviour } = options;
  if (misbehaviour.stallAfterBytes !== undefined) {
    const bytes = misbehaviour.stallAfterBytes;
    misbehaviour.stallAfterBytes = undefined;
    // Never ends: the client's idle timeout must notice. closeAllConnections() cleans up at the end.
    response.write(data.subarray(0, bytes));
    return;
  }
  if (misbehaviour.dropAfterBytes !== undefined && (misbehaviour.dropCount ?? 1) > 0) {
    misbehaviour.dropCount = (misbehaviour.dropCount ?? 1) - 1;
    response.write(data.subarray(0, misbehaviour.dropAfterBytes), () => response.socket?.destroy());
    return;
  }
  response.end(data);
}
