// The output-check contract: what a model reply is checked against and the findings it yields.
import type { PiiFinding } from '../pii/types.ts';

export type OutputCheckKind = 'system-prompt-leak' | 'pii-leak' | 'grounding';
export type OutputSeverity = 'low' | 'medium' | 'high';

export interface OutputSpan {
  /** UTF-16 offsets into the output, end exclusive. */
  start: number;
  end: number;
}

export interface OutputFinding {
  check: OutputCheckKind;
  severity: OutputSeverity;
  detail: string;
  spans?: OutputSpan[];
  /** pii-leak: the leaked entity types, so the caller can mask them. */
  types?: string[];
}

/** A passage the answer's [n] refers to: `passages[n - 1]`; only `text` is required. */
export interface OutputPassage {
  text: string;
  chunkId?: string;
  docId?: string;
  title?: string;
}

export interface CheckOutputOptions {
  output: string;
  /** Reserved for localised details; details are English today (they are for logs and audit, not for the customer). */
  language?: 'ko' | 'en';
  /** The system prompt; any long verbatim or lightly reworded run of it in the output is a leak. */
  systemPrompt?: string;
  /** Further confidential texts (assistant instructions, tool descriptions) checked the same way. */
  instructions?: readonly string[];
  /** The passages the output cites with [n]; the grounding check runs only when given. */
  passages?: readonly OutputPassage[];
  /** Least lexical support a cited passage must give its sentence (0–1); the knowledge module's default (0.5) unless set. */
  groundingThreshold?: number;
  /** PII scanner (e.g. the guard's `scanPii`); the PII check runs only when given. */
  scan?: (text: string) => PiiFinding[];
  /** Values the output may contain: what the user supplied, or their own records returned by tools. */
  allowedValues?: readonly string[];
}

export interface OutputCheckResult {
  findings: OutputFinding[];
}
