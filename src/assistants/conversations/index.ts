// Conversations: persisted turns, tool calls and the human handoff queue.
export type * from './types.ts';
export { sqliteConversationStore, type ConversationStore } from './sqlite-conversations.ts';
export { extendTranscriptHash, transcriptHash, type TranscriptLine } from './transcript-hash.ts';
