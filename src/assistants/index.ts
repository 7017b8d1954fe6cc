// Assistants: definitions, the tool contract, the builtin dialogue contract and the runtime that runs a turn.
export * from './tool-types.ts';
export type * from './dialogue-types.ts';
export * from './definition.ts';
export {
  createAssistantRuntime,
  type AssistantRuntime,
  type AssistantRuntimeOptions,
  type AssistantRegistration,
  type TurnInput,
  type TurnResult,
} from './runtime/assistant-runtime.ts';
export { createAssistantChatModel } from './runtime/assistant-chat-model.ts';
export type { RecordedToolCall } from './runtime/tool-executor.ts';
export type * from './conversations/types.ts';
export type { ConversationStore } from './conversations/index.ts';
export { createDialogueEngine, type DialogueEngine, type DialogueTurnInput, type DialogueTurnResult } from './dialogue/dialogue-engine.ts';
export { initialDialogueState, type DialogueState } from './dialogue/dialogue-state.ts';
export { createGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerMatch } from './dialogue/gazetteer.ts';
export { readYesNo } from './dialogue/yes-no.ts';
export { createIntentModel } from './dialogue/intent-model.ts';
export { assistantModelResolver } from './runtime/assistant-resolver.ts';
export { sqliteStoredDefinitions, type StoredDefinitions } from './runtime/stored-definitions.ts';
