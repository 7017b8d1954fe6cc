// The topic-policy contract: a denied topic with its example messages, and the verdict for one message.

/** What to do when a message is on a denied topic; `block` is strongest, then `review`, then `flag`. */
export type TopicAction = 'block' | 'review' | 'flag';

export interface TopicDefinition {
  /** Stable name, e.g. 'investment-advice'; reported in matches. */
  name: string;
  /** Messages that are on the topic, in any language the policy should catch; compared by meaning, not by wording. */
  examples: readonly string[];
  action: TopicAction;
  /** Least similarity (0–1) to the nearest example that counts as on-topic; see `defaultTopicThreshold`. */
  threshold?: number;
}

export interface TopicMatch {
  topic: string;
  action: TopicAction;
  /** Similarity of the best-matching part of the message to its nearest example (0–1). */
  similarity: number;
  /** The nearest example. */
  example: string;
  /** The part of the message that matched (the whole message, a sentence or a clause). */
  segment: string;
}

export interface TopicVerdict {
  /** Matched topics, strongest similarity first. */
  matched: TopicMatch[];
  /** The strongest action among the matches, or 'pass'. */
  action: TopicAction | 'pass';
}
