// Turn layer of the builtin engine: compose one answer from a chat request, apply output limits, count usage.
export { runTurn } from './run-turn.ts';
export { composeTurn, type TurnOutput } from './compose-turn.ts';
export { applyOutputLimits, wordPieces } from './output-limits.ts';
export { lastUserMessage, trailingToolResults, followUpContext, conversationText } from './conversation.ts';
export { structuredAnswer } from './structured-output.ts';
