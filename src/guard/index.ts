// Guard: API keys and roles today; PII protection, injection defence, policies and audit build on it.
export { createApiKey, verifyApiKey, revokeApiKey, hashApiKey, apiKeyPrefix } from './api-keys.ts';
export { detectInjection, type InjectionFinding, type InjectionVerdict } from './prompt-injection.ts';
