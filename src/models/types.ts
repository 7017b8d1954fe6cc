// The model provider contract: every provider (builtin, llama, openai) implements these types and nothing else leaks out.
import type { GenstackError } from '../core/errors.ts';

/** A JSON Schema object (draft 2020-12 subset as used by OpenAI tools and response formats). */
export type JsonSchema = { [key: string]: unknown };

export type KnownProvider = 'builtin' | 'llama' | 'openai';
export type ProviderName = KnownProvider | (string & {});

export interface ToolCall {
  /** Provider-assigned call id, echoed back by the tool message that answers it. */
  id: string;
  name: string;
  /** Arguments as a JSON text, exactly as the model produced them. */
  arguments: string;
}

export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string; name?: string };

export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments object. */
  parameters?: JsonSchema;
}

export type ToolChoice = 'auto' | 'none' | 'required' | { name: string };

export type ResponseFormat =
  { type: 'text' } | { type: 'json_object' } | { type: 'json_schema'; name?: string; schema: JsonSchema; strict?: boolean };

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  responseFormat?: ResponseFormat;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  seed?: number;
  /** Cancels generation; providers stop promptly and end with finishReason 'abort' or throw 'aborted'. */
  signal?: AbortSignal;
  /** Escape hatch for provider-specific settings, keyed by provider name. */
  providerOptions?: Record<string, Record<string, unknown>>;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'abort' | 'error';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** An unsupported optional setting is reported, not thrown. */
export interface Warning {
  type: 'unsupported-setting' | 'other';
  setting?: string;
  message: string;
}

export interface ChatResult {
  text: string;
  /** The model's reasoning before its answer (reasoning models behind vLLM, Ollama, DeepSeek), when the server sends it. */
  reasoning?: string;
  toolCalls: ToolCall[];
  finishReason: FinishReason;
  usage: Usage;
  warnings: Warning[];
  /** Extra, provider-specific output (e.g. `citations` of a knowledge-base answer); the API passes it through. */
  providerMetadata?: Record<string, unknown>;
}

/**
 * Streaming output as a typed union. Reasoning, text and tool calls open with `*-start`, grow with `*-delta`
 * and close with `*-end`; the stream ends with exactly one `finish` (or an `error`).
 */
export type ChatStreamPart =
  | { type: 'stream-start'; warnings: Warning[] }
  | { type: 'text-start'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string }
  | { type: 'reasoning-start'; id: string }
  | { type: 'reasoning-delta'; id: string; delta: string }
  | { type: 'reasoning-end'; id: string }
  | { type: 'tool-call-start'; index: number; id: string; name: string }
  | { type: 'tool-call-delta'; index: number; id: string; argumentsDelta: string }
  | { type: 'tool-call-end'; index: number; id: string }
  | { type: 'finish'; finishReason: FinishReason; usage: Usage; providerMetadata?: Record<string, unknown> }
  | { type: 'error'; error: GenstackError };

export interface ChatModel {
  readonly provider: ProviderName;
  readonly modelId: string;
  generate(request: ChatRequest): Promise<ChatResult>;
  stream(request: ChatRequest): AsyncIterable<ChatStreamPart>;
}

export interface EmbeddingRequest {
  input: string[];
  signal?: AbortSignal;
  /** Truncate the vectors to this many dimensions when the model supports it. */
  dimensions?: number;
}

export interface EmbeddingResult {
  embeddings: number[][];
  usage: { promptTokens: number; totalTokens: number };
}

export interface EmbeddingModel {
  readonly provider: ProviderName;
  readonly modelId: string;
  readonly dimensions: number | undefined;
  embed(request: EmbeddingRequest): Promise<EmbeddingResult>;
}

export type ModelKind = 'chat' | 'embedding';

/** What a provider can do; the registry uses it to refuse impossible requests early. */
export interface ModelCapabilities {
  chat: boolean;
  embeddings: boolean;
  tools: boolean;
  jsonSchema: boolean;
  streaming: boolean;
}

/** A provider builds models from a registry entry's settings; it may hold resources (loaded weights) until disposed. */
export interface ModelProvider {
  readonly name: ProviderName;
  chatModel?(modelId: string, settings: ModelSettings): ChatModel;
  embeddingModel?(modelId: string, settings: ModelSettings): EmbeddingModel;
  dispose?(): Promise<void>;
}

/** Provider-level settings of a registry entry (path of a GGUF, base URL of a server, …). */
export type ModelSettings = Record<string, unknown>;
