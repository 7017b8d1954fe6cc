// Safety: a person who says they may harm themselves is answered with crisis support, in Korean and English.
export { detectSelfHarm, type SelfHarmSignal } from './self-harm.ts';
export { crisisReply, type CrisisMessages } from './crisis-reply.ts';
export { checkSafety, type SafetyCheck } from './check-safety.ts';
