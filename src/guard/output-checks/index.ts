// Public surface of output checks: system-prompt leakage, PII leakage and grounding of cited sentences.
export { checkOutput } from './check-output.ts';
export { findSystemPromptLeak, leakedWordRun, leakedCharacterRun } from './system-prompt-leak.ts';
export { findPiiLeak } from './pii-leak.ts';
export { findUngroundedSentences } from './grounding.ts';
export type {
  CheckOutputOptions,
  OutputCheckKind,
  OutputCheckResult,
  OutputFinding,
  OutputPassage,
  OutputSeverity,
  OutputSpan,
} from './types.ts';
