// A turn while the conversation waits for a person: the message is kept for the agent, the customer is told to hold on.
import type { Conversation, ConversationStore } from '../conversations/index.ts';
import type { TurnResult } from './assistant-runtime.ts';
import { extendTranscriptHash } from '../conversations/index.ts';
import { handoffWaitingReply } from './turn-replies.ts';

export function recordWaitingTurn(options: {
  conversations: ConversationStore;
  conversation: Conversation;
  message: string;
  language: 'ko' | 'en';
}): TurnResult {
  const { conversations, conversation, message, language } = options;
  const reply = handoffWaitingReply(language);
  conversations.recordTurn({
    conversationId: conversation.id,
    messages: [
      { role: 'user', content: message },
      { role: 'assistant', content: reply, metadata: { intent: 'handoff-waiting' } },
    ],
    toolCalls: [],
    state: conversation.state,
    customerId: conversation.customerId,
    language,
    transcriptHash: extendTranscriptHash(conversation.transcriptHash, [
      { role: 'user', content: message },
      { role: 'assistant', content: reply },
    ]),
  });
  return {
    conversationId: conversation.id,
    reply,
    language,
    intent: 'handoff-waiting',
    citations: [],
    toolCalls: [],
    handoff: conversations.handoffs().find((item) => item.conversationId === conversation.id && item.status !== 'closed'),
    pendingConfirmation: undefined,
    customerId: conversation.customerId,
  };
}
