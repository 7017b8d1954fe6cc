// Which conversation a turn belongs to: the id the client sent, else the one whose transcript the client resent, else a new one.
import { GenstackError } from '../../core/index.ts';
import type { Conversation, ConversationStore } from '../conversations/index.ts';
import { transcriptHash, type TranscriptLine } from '../conversations/index.ts';

export function findConversation(options: {
  conversations: ConversationStore;
  assistantId: string;
  conversationId: string | undefined;
  history: readonly TranscriptLine[] | undefined;
  language: 'ko' | 'en';
}): Conversation {
  const { conversations, assistantId } = options;
  if (options.conversationId) {
    const found = conversations.get(options.conversationId);
    if (!found || found.assistantId !== assistantId)
      throw new GenstackError({
        code: 'not_found',
        message: `No conversation '${options.conversationId}' with assistant '${assistantId}'.`,
        param: 'x-conversation-id',
      });
    return found;
  }
  const history = options.history ?? [];
  const hash = transcriptHash(history);
  if (history.length > 0) {
    const found = conversations.findByTranscript(assistantId, hash);
    if (found) return found;
  }
  // A history we have never seen starts a conversation from it, so the client's next resend (history + this turn) matches.
  return conversations.create({ assistantId, language: options.language, transcriptHash: hash, state: {} });
}
