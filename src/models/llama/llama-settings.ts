// Validates a llama registry entry's settings once, when a model is built, so requests never re-check them.
import { z } from 'zod';
import { GenstackError } from '../../core/errors.ts';
import type { ModelSettings } from '../types.ts';

const settingsSchema = z.object({
  /** Path of the GGUF file on this machine. */
  path: z.string().min(1, 'path must name a GGUF file, e.g. ./models/qwen2.5-0.5b-instruct-q4_k_m.gguf'),
  /** Tokens per context sequence; defaults to what fits, at most 4096 (and the model's training size). */
  contextSize: z.number().int().positive().optional(),
  /** Requests served at once (context sequences); further requests queue. */
  parallel: z.number().int().min(1).max(64).default(4),
  /** CPU threads for evaluation; node-llama-cpp picks when omitted. */
  threads: z.number().int().min(0).optional(),
  /** Layers offloaded to a GPU; 0 keeps everything on the CPU. */
  gpuLayers: z.number().int().min(0).default(0),
  /** Marks an entry as an embedding model: chat requests are refused. */
  embedding: z.boolean().default(false),
});

export type LlamaModelSettings = z.input<typeof settingsSchema>;
export type ResolvedLlamaSettings = z.output<typeof settingsSchema>;

/**
 * @example
 * const settings = parseLlamaSettings({ modelId: 'tiny', settings: { path: './tiny.gguf' } });
 * settings.parallel; // 4
 */
export function parseLlamaSettings(options: { modelId: string; settings: ModelSettings }): ResolvedLlamaSettings {
  const parsed = settingsSchema.safeParse(options.settings);
  if (!parsed.success) {
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid settings for llama model '${options.modelId}': ${z.prettifyError(parsed.error)}`,
      details: parsed.error.issues,
    });
  }
  return parsed.data;
}

/** Two entries share one loaded model when they load it the same way. */
export function modelLoadKey(settings: ResolvedLlamaSettings): string {
  return JSON.stringify([settings.path, settings.gpuLayers]);
}

/** Two entries share one chat context when its shape is the same. */
export function contextKey(settings: ResolvedLlamaSettings): string {
  return JSON.stringify([settings.contextSize ?? null, settings.parallel, settings.threads ?? null]);
}
