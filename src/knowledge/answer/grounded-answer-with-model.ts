// A grounded answer written by a chat model: the passages go in as a fenced prompt, the answer's citations are checked on the way out.
import { detectLanguage } from '../../models/builtin/index.ts';
import type { ChatModel } from '../../models/types.ts';
import type { GroundedAnswer, SearchResult } from '../types.ts';
import { notFoundAnswer } from './answer-from-passages.ts';
import { buildGroundedPrompt } from './build-grounded-prompt.ts';
import { checkCitations } from './check-citations.ts';

export interface GroundedAnswerWithModelOptions {
  model: ChatModel;
  question: string;
  /** Search results, best first. */
  passages: readonly SearchResult[];
  signal?: AbortSignal;
  /** Least lexical support for a citation to count as supported; 0.5 unless set. */
  threshold?: number;
}

/**
 * Asks the model with `buildGroundedPrompt` (temperature 0) and checks its citations. Without
 * passages the model is not called: there is nothing to ground an answer in. The answer is
 * grounded when it cites at least one passage that supports what it says.
 * @example
 * const answer = await groundedAnswerWithModel({ model, question: 'When do plan changes apply?', passages: results });
 * answer.unsupported; // sentences whose [n] does not back them
 */
export async function groundedAnswerWithModel(options: GroundedAnswerWithModelOptions): Promise<GroundedAnswer> {
  const language = detectLanguage(options.question);
  if (options.passages.length === 0) return notFoundAnswer(language);
  const messages = buildGroundedPrompt({ question: options.question, passages: options.passages, language });
  const result = await options.model.generate({
    messages,
    temperature: 0,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const answer = result.text.trim();
  const check = checkCitations({
    answer,
    passages: options.passages,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
  return {
    answer,
    citations: check.citations,
    language,
    grounded: check.citations.length > 0 && check.unsupported.length < check.citedPairs,
    unsupported: check.unsupported,
  };
}
