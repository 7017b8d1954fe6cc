// Conversations: persisted turns, tool calls and the human handoff queue.
export type * from './types.ts';
export { sqliteConversationStore, type ConversationStore } from './sqlite-conversations.ts';
