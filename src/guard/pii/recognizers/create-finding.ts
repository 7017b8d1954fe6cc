// Builds a finding from a match, keeping the span exact and the score within 0..1.
import type { PiiFinding, PiiType } from '../types.ts';

/**
 * @example
 * createFinding({ type: 'EMAIL', text: 'a@b.co', start: 3, score: 1.2, recognizer: 'email' }).score; // 1
 */
export function createFinding(candidate: { type: PiiType; text: string; start: number; score: number; recognizer: string }): PiiFinding {
  const score = Math.round(Math.min(1, Math.max(0, candidate.score)) * 100) / 100;
  return {
    type: candidate.type,
    start: candidate.start,
    end: candidate.start + candidate.text.length,
    text: candidate.text,
    score,
    recognizer: candidate.recognizer,
  };
}
