// Makes every registered assistant a model `assistant:<id>` in the registry (/v1/models, /v1/chat/completions).
import type { ModelInfo, ModelResolver } from '../../models/index.ts';
import { createAssistantChatModel } from './assistant-chat-model.ts';
import type { AssistantRuntime } from './assistant-runtime.ts';

export function assistantModelResolver(runtime: AssistantRuntime): ModelResolver {
  return {
    prefix: 'assistant:',
    resolve(id) {
      const assistantId = id.slice('assistant:'.length);
      if (!runtime.get(assistantId)) return undefined;
      return createAssistantChatModel({ assistantId, turn: (input) => runtime.turn(input) });
    },
    list: () =>
      runtime.list().map((definition): ModelInfo => ({
        id: `assistant:${definition.id}`,
        provider: 'assistant',
        kind: 'chat',
        source: 'store',
        aliases: [],
        fallbacks: definition.fallbackModels,
        description: typeof definition.name === 'string' ? definition.name : `${definition.name.en} · ${definition.name.ko}`,
        settings: { model: definition.model, knowledgeBases: definition.knowledgeBases, blueprint: definition.blueprint ?? null },
      })),
  };
}
