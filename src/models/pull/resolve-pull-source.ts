// Turns a pull source (an http(s) URL or the `hf:` shorthand) into a URL and a safe file name.
import { basename } from 'node:path';
import { GenstackError } from '../../core/errors.ts';
import type { ResolvedPullSource } from './types.ts';

const huggingFaceBase = 'https://huggingface.co';

/**
 * Resolves a source without contacting it.
 * @example
 * resolvePullSource('hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf');
 * // { url: 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf',
 * //   fileName: 'qwen2.5-0.5b-instruct-q4_k_m.gguf' }
 */
export function resolvePullSource(source: string): ResolvedPullSource {
  const trimmed = source.trim();
  if (trimmed.startsWith('hf:')) return resolveHuggingFace(trimmed.slice('hf:'.length), source);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw invalidSource(source, 'expected an http(s) URL or hf:<owner>/<repo>/<file>');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidSource(source, `the scheme '${url.protocol}' is not supported; use http(s) or hf:`);
  }
  return { url: url.href, fileName: fileNameFromUrlPath(url) };
}

function resolveHuggingFace(rest: string, source: string): ResolvedPullSource {
  const segments = rest.split('/').filter((segment) => segment !== '');
  const [owner, repositoryAndRevision, ...filePath] = segments;
  if (owner === undefined || repositoryAndRevision === undefined || filePath.length === 0) {
    throw invalidSource(source, 'expected hf:<owner>/<repo>/<file.gguf>');
  }
  if (segments.some((segment) => segment === '.' || segment === '..')) throw invalidSource(source, 'path segments may not be . or ..');
  const [repository = '', revision = 'main'] = repositoryAndRevision.split('@', 2);
  const encodedPath = filePath.map(encodeURIComponent).join('/');
  const url = `${huggingFaceBase}/${encodeURIComponent(owner)}/${encodeURIComponent(repository)}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
  return { url, fileName: sanitizeFileName(filePath[filePath.length - 1] ?? '') };
}

function fileNameFromUrlPath(url: URL): string | undefined {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return sanitizeFileName(decodeURIComponent(last));
  } catch {
    return undefined;
  }
}

/**
 * Reads the file name a server suggests, preferring the RFC 6266 `filename*` (UTF-8, so Korean names survive).
 * @example
 * fileNameFromContentDisposition(`attachment; filename*=UTF-8''%EB%AA%A8%EB%8D%B8.gguf`); // '모델.gguf'
 */
export function fileNameFromContentDisposition(header: string | null): string | undefined {
  if (header === null) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1] !== undefined) {
    try {
      return sanitizeFileName(decodeURIComponent(extended[1].trim()));
    } catch {
      // A malformed percent-encoding falls through to the plain filename parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  return sanitizeFileName((plain?.[1] ?? plain?.[2] ?? '').trim());
}

/** Keeps only a bare file name, so a hostile header or URL can never write outside the target folder. */
export function sanitizeFileName(name: string): string | undefined {
  const bare = basename(name.replaceAll('\\', '/'));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be rejected
  if (bare === '' || bare === '.' || bare === '..' || /[\u0000-\u001f]/.test(bare)) return undefined;
  return bare;
}

function invalidSource(source: string, reason: string): GenstackError {
  return new GenstackError({ code: 'invalid_request', message: `Cannot pull '${source}': ${reason}.`, param: 'source' });
}
