// Asks the server about a model file with HEAD: its size, validators and suggested name, before any byte is fetched.
import { throwForStatus } from './download-errors.ts';
import { contentLength } from './content-range.ts';
import { fileNameFromContentDisposition } from './resolve-pull-source.ts';

/** What HEAD told us; every field may be missing, since HEAD is advisory and GET has the last word. */
export interface RemoteFileInfo {
  totalBytes?: number;
  etag?: string;
  lastModified?: string;
  fileName?: string;
}

export interface ProbeOptions {
  url: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Sends HEAD and reads what it can. 404 and 401 are final; 5xx are transient; other refusals
 * (405 from servers without HEAD, 403 from URLs pre-signed for GET only) leave the decision to GET.
 * @example
 * const info = await probeRemote({ url, fetch, headers: {} });
 */
export async function probeRemote(options: ProbeOptions): Promise<RemoteFileInfo> {
  const response = await options.fetch(options.url, {
    method: 'HEAD',
    headers: { ...options.headers, 'accept-encoding': 'identity' },
    redirect: 'follow',
    signal: options.signal,
  });
  await response.body?.cancel();
  const status = response.status;
  if (status === 404 || status === 410 || status === 401 || (status >= 500 && status !== 501)) throwForStatus(response, options.url);
  if (!response.ok) return {};
  const info: RemoteFileInfo = {};
  const totalBytes = contentLength(response.headers);
  if (totalBytes !== undefined) info.totalBytes = totalBytes;
  const etag = response.headers.get('etag');
  if (etag !== null) info.etag = etag;
  const lastModified = response.headers.get('last-modified');
  if (lastModified !== null) info.lastModified = lastModified;
  const fileName = fileNameFromContentDisposition(response.headers.get('content-disposition'));
  if (fileName !== undefined) info.fileName = fileName;
  return info;
}
