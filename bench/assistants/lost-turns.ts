// "No lost turns": every acknowledged turn is in the database as exactly one user and one assistant message, in order, seq contiguous.
import type { ConversationStore } from '../../src/assistants/index.ts';
import type { ClientConversation } from './load.ts';

export interface LostTurnCheck {
  conversationsChecked: number;
  turnsChecked: number;
  /** Acknowledged turns missing from the database. */
  lostTurns: number;
  /** Conversations whose stored messages do not read user, assistant, user, … with seq 1, 2, 3 … and the sent texts in order. */
  malformedConversations: number;
  /** Stored turns the client never saw acknowledged (requests that failed after the server stored them). */
  unacknowledgedStored: number;
  examples: string[];
}

/**
 * @example
 * const check = checkLostTurns({ conversations: platform.assistants.conversations, seen: load.seen });
 * check.lostTurns; // 0
 */
export function checkLostTurns(options: { conversations: ConversationStore; seen: ClientConversation[] }): LostTurnCheck {
  const check: LostTurnCheck = {
    conversationsChecked: 0,
    turnsChecked: 0,
    lostTurns: 0,
    malformedConversations: 0,
    unacknowledgedStored: 0,
    examples: [],
  };
  const note = (line: string) => {
    if (check.examples.length < 5) check.examples.push(line);
  };
  for (const conversation of options.seen) {
    check.conversationsChecked += 1;
    check.turnsChecked += conversation.acknowledged.length;
    const messages = options.conversations.messages(conversation.conversationId);
    const storedTurns = Math.floor(messages.length / 2);
    const contiguous = messages.every((message, index) => message.seq === index + 1);
    const alternating = messages.every((message, index) => message.role === (index % 2 === 0 ? 'user' : 'assistant'));
    const userTexts = messages.filter((message) => message.role === 'user').map((message) => message.content);
    // With no failed requests the stored user messages are exactly the acknowledged ones; otherwise they contain them in order.
    let next = 0;
    for (const text of userTexts) if (text === conversation.acknowledged[next]) next += 1;
    const inOrder = next === conversation.acknowledged.length;
    const exact = conversation.failed > 0 || userTexts.length === conversation.acknowledged.length;
    if (messages.length % 2 !== 0 || !contiguous || !alternating || !inOrder || !exact) {
      check.malformedConversations += 1;
      note(`${conversation.conversationId}: ${messages.length} messages for ${conversation.acknowledged.length} acknowledged turns`);
    }
    check.lostTurns += Math.max(0, conversation.acknowledged.length - storedTurns);
    check.unacknowledgedStored += Math.max(0, storedTurns - conversation.acknowledged.length);
  }
  return check;
}
