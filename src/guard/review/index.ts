// Review: outputs a policy holds for a person (e.g. clinical content) until approved, edited or rejected; every step audited.
export { createReviewQueue, type ReviewQueueOptions } from './review-queue.ts';
export { heldReply } from './held-reply.ts';
export type * from './review-types.ts';
