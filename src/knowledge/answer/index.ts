// Public surface of grounded answering: the builtin sentence-extraction engine, and prompt + citation checking for language models.
export { answerFromPassages, notFoundAnswer, type AnswerFromPassagesOptions } from './answer-from-passages.ts';
export { buildGroundedPrompt, type GroundedPromptOptions } from './build-grounded-prompt.ts';
export { checkCitations, type CheckCitationsOptions, type CitationCheck } from './check-citations.ts';
export { groundedAnswerWithModel, type GroundedAnswerWithModelOptions } from './grounded-answer-with-model.ts';
export { citationNumbers, withoutCitationMarkers } from './citation-markers.ts';
export { lexicalSupport } from './passage-support.ts';
export { splitSentences, type SentenceSpan } from './split-sentences.ts';
