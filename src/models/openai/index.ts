// Public surface of the `openai` provider (vLLM, Ollama, llama.cpp server, TGI, OpenAI and anything else that speaks /v1).
export { createOpenAiProvider, type OpenAiProviderOptions } from './openai-provider.ts';
export type { OpenAiSettings } from './openai-settings.ts';
export { SseParser, type SseEventHandler } from './parse-sse.ts';
