// The subset of the OpenAI chat-completions and embeddings wire format that this provider writes and reads.

export interface OpenAiToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type OpenAiMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: OpenAiToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/** Usage as servers send it; any field may be missing (Ollama, older vLLM). */
export interface OpenAiUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

/** A tool call as it appears in a response; servers differ, so every field is optional. */
export interface OpenAiResponseToolCall {
  index?: number;
  id?: string;
  type?: string;
  /** Some servers send arguments as an object instead of a JSON text. */
  function?: { name?: string; arguments?: string | Record<string, unknown> };
}

/** Reasoning text beside the answer: `reasoning_content` (vLLM, DeepSeek) or `reasoning` (Ollama, newer vLLM). */
export interface OpenAiReasoningFields {
  reasoning_content?: string | null;
  reasoning?: string | null;
}

export interface OpenAiChatResponse {
  id?: string;
  choices?: Array<{
    index?: number;
    message?: OpenAiReasoningFields & { role?: string; content?: string | null; tool_calls?: OpenAiResponseToolCall[] | null };
    finish_reason?: string | null;
  }>;
  usage?: OpenAiUsage | null;
}

export interface OpenAiChatChunk {
  id?: string;
  object?: string;
  choices?: Array<{
    index?: number;
    delta?: OpenAiReasoningFields & { role?: string; content?: string | null; tool_calls?: OpenAiResponseToolCall[] | null };
    finish_reason?: string | null;
  }>;
  usage?: OpenAiUsage | null;
  /** An error reported inside the stream (OpenAI, vLLM). */
  error?: unknown;
  /** vLLM's older in-stream error shape: `{ object: 'error', message, type, code }`. */
  message?: unknown;
}

export interface OpenAiEmbeddingResponse {
  data?: Array<{ index?: number; embedding?: number[] }>;
  usage?: OpenAiUsage | null;
}
