// Kept so existing imports work: the prompt-injection defence lives in ./injection/.
export * from './injection/index.ts';
