// Values given in answer to a question that asked for them: the question is the context the value alone lacks.
export { askedValueRecognizer, mayHoldAskedValue, valuesGivenInAnswer } from './asked-value-answers.ts';
export { answerContextKey, answerContextOf, type AnswerContext } from './answer-context.ts';
export { askedTypes } from './asked-types.ts';
