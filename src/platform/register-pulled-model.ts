// Downloads a GGUF into the data directory and registers it as a `llama` model, so `serve` offers it from the next start.
import { basename, join } from 'node:path';
import { GenstackError } from '../core/index.ts';
import { pullModel, type ModelInfo, type PullProgress, type PullResult } from '../models/index.ts';
import type { Platform } from './index.ts';

export interface PullAndRegisterOptions {
  source: string;
  sha256?: string;
  /** Model id to register; defaults to the file name without `.gguf`. */
  id?: string;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

const modelIdPattern = /^[\w.:-]{1,200}$/;

/**
 * @example
 * const { model } = await pullAndRegisterModel(platform, { source: 'https://host/qwen.gguf', sha256 });
 */
export async function pullAndRegisterModel(
  platform: Platform,
  options: PullAndRegisterOptions,
): Promise<{ download: PullResult; model: ModelInfo }> {
  if (options.id !== undefined && !modelIdPattern.test(options.id)) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Model ids are 1–200 letters, digits, '.', ':', '_' or '-'; got '${options.id}'.`,
      param: 'id',
    });
  }
  const download = await pullModel({
    source: options.source,
    directory: join(platform.config.dataDir, 'models'),
    ...(options.sha256 ? { sha256: options.sha256 } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const id = options.id ?? basename(download.fileName).replace(/\.gguf$/i, '');
  const entry = { id, provider: 'llama', kind: 'chat' as const, settings: { path: download.path, sha256: download.sha256 } };
  const model = platform.models.register(entry, 'store');
  await platform.store.models.upsert(entry);
  return { download, model };
}
