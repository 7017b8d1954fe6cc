// Validates a registry entry's settings once, when a model is built, and precomputes what every request reuses.
import { z } from 'zod';
import { GenstackError } from '../../core/errors.ts';
import type { ModelSettings } from '../types.ts';
import type { OpenAiTransport } from './upstream-response.ts';

const settingsSchema = z.object({
  baseURL: z.url({ protocol: /^https?$/, message: 'baseURL must be an http(s) URL such as http://127.0.0.1:11434/v1' }),
  apiKey: z.string().optional(),
  /** The model name the upstream server knows; defaults to the registry model id. */
  model: z.string().min(1).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  organization: z.string().optional(),
  /** Embedding size, when known; only reported, never sent. */
  dimensions: z.number().int().positive().optional(),
  /** Whether the server runs on the company's own network (guard routing may send protected data to it); see isLocalModel. */
  local: z.boolean().optional(),
});

export type OpenAiSettings = z.input<typeof settingsSchema>;

/** What a model needs at request time, computed once per model so requests allocate nothing for it. */
export interface OpenAiConfig {
  /** Base URL without a trailing slash, for error messages. */
  baseURL: string;
  chatCompletionsURL: string;
  embeddingsURL: string;
  upstreamModel: string;
  /** Sent as-is with every request; both transports copy it, so sharing one object is safe. */
  headers: Record<string, string>;
  dimensions: number | undefined;
  /** The provider's: node:http with a keep-alive agent, or an injected fetch. */
  transport: OpenAiTransport;
}

/**
 * @example
 * const config = resolveOpenAiConfig({ modelId: 'qwen', settings: { baseURL: 'http://127.0.0.1:11434/v1/' }, transport });
 * config.baseURL; // 'http://127.0.0.1:11434/v1'
 */
export function resolveOpenAiConfig(options: { modelId: string; settings: ModelSettings; transport: OpenAiTransport }): OpenAiConfig {
  const parsed = settingsSchema.safeParse(options.settings);
  if (!parsed.success) {
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid settings for openai model '${options.modelId}': ${z.prettifyError(parsed.error)}`,
      details: parsed.error.issues,
    });
  }
  const settings = parsed.data;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.apiKey) headers['authorization'] = `Bearer ${settings.apiKey}`;
  if (settings.organization) headers['openai-organization'] = settings.organization;
  // Custom headers win, and are lower-cased so 'Authorization' replaces ours instead of being joined to it.
  for (const [name, value] of Object.entries(settings.headers ?? {})) headers[name.toLowerCase()] = value;
  const baseURL = settings.baseURL.replace(/\/+$/, '');
  return {
    baseURL,
    chatCompletionsURL: `${baseURL}/chat/completions`,
    embeddingsURL: `${baseURL}/embeddings`,
    upstreamModel: settings.model ?? options.modelId,
    headers,
    dimensions: settings.dimensions,
    transport: options.transport,
  };
}
