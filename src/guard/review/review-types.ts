// The human review queue's contract: outputs a policy holds until a reviewer approves, edits or rejects them.

export type ReviewStatus = 'pending' | 'approved' | 'edited' | 'rejected';

export interface ReviewItem {
  id: string;
  workspace: string;
  createdAt: string;
  status: ReviewStatus;
  assistantId: string | null;
  conversationId: string | null;
  reason: string;
  policy: string;
  language: string;
  originalOutput: string;
  /** What the customer receives: the original when approved, the reviewer's text when edited, null when rejected or pending. */
  finalOutput: string | null;
  reviewer: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface HoldInput {
  workspace?: string;
  assistantId?: string;
  conversationId?: string;
  /** Why it was held, e.g. 'clinical content'. */
  reason: string;
  /** The policy that held it, e.g. 'clinical-review'. */
  policy: string;
  language: string;
  output: string;
}

export interface DecisionInput {
  id: string;
  /** The person deciding (an API key's name, or a name given on the command line). */
  reviewer: string;
  /** When given, an item of another workspace is 'not_found'. */
  workspace?: string;
  note?: string;
  /** The reviewer's key, recorded in the audit log. */
  keyId?: string;
  role?: string;
}

export interface ReviewQueue {
  /** Holds an output (and audits 'review.held'). */
  hold(input: HoldInput): ReviewItem;
  list(filter?: { workspace?: string; status?: ReviewStatus; limit?: number }): ReviewItem[];
  get(id: string, options?: { workspace?: string }): ReviewItem | undefined;
  approve(input: DecisionInput): ReviewItem;
  edit(input: DecisionInput & { text: string }): ReviewItem;
  reject(input: DecisionInput): ReviewItem;
}
