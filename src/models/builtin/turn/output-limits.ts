// Applies stop sequences and an approximate maxTokens to generated text, and splits text into word-sized stream deltas.
import type { FinishReason } from '../../types.ts';
import { countTokens } from '../language/index.ts';

/**
 * Word-sized pieces whose concatenation is the text (leading spaces stay with the following word).
 * @example
 * wordPieces('Hello big world'); // ['Hello', ' big', ' world']
 */
export function wordPieces(text: string): string[] {
  const pieces = text.match(/\s*\S+/gu) ?? [];
  const rest = text.slice(pieces.join('').length);
  if (rest.length > 0) {
    if (pieces.length === 0) return [rest];
    pieces[pieces.length - 1] += rest;
  }
  return pieces;
}

/**
 * Cuts text at the first stop sequence, then to at most `maxTokens` estimated tokens (whole words).
 * @example
 * applyOutputLimits('one two three', { maxTokens: 2 }); // { text: 'one two', finishReason: 'length' }
 */
export function applyOutputLimits(
  text: string,
  limits: { stop?: readonly string[]; maxTokens?: number },
): { text: string; finishReason?: FinishReason } {
  let result = text;
  let finishReason: FinishReason | undefined;
  const cuts = (limits.stop ?? [])
    .filter((stop) => stop.length > 0)
    .map((stop) => result.indexOf(stop))
    .filter((index) => index >= 0);
  if (cuts.length > 0) {
    result = result.slice(0, Math.min(...cuts));
    finishReason = 'stop';
  }
  if (limits.maxTokens !== undefined && countTokens(result) > limits.maxTokens) {
    let kept = '';
    for (const piece of wordPieces(result)) {
      if (countTokens(kept + piece) > limits.maxTokens) break;
      kept += piece;
    }
    result = kept;
    finishReason = 'length';
  }
  return finishReason ? { text: result, finishReason } : { text: result };
}
