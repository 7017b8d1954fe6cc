// Guard: keys, workspaces and quotas; PII detection and masking (bulk: in worker threads); injection defence; topic and output checks; policy; audit and review.
export { createApiKey, verifyApiKey, revokeApiKey, hashApiKey, apiKeyPrefix, type CreateApiKeyOptions, type KeyAudit } from './api-keys.ts';
export * from './workspaces/index.ts';
export * from './quotas/index.ts';
export * from './injection/index.ts';
export * from './pii/index.ts';
export * from './masking/index.ts';
export * from './bulk/index.ts';
export * from './policy/index.ts';
export * from './topics/index.ts';
export * from './output-checks/index.ts';
export * from './audit/index.ts';
export * from './review/index.ts';
export * from './safety/index.ts';
export { maskedChatModel, type MaskedChatModelOptions } from './boundary/masked-chat-model.ts';
export { boundaryChatModel } from './boundary/boundary-chat-model.ts';
export { conversationValues } from './boundary/conversation-values.ts';
export { guardChatRequest, type GuardedChat } from './boundary/guard-chat-request.ts';
