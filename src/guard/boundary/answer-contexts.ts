// Which messages of a conversation answer a question, and what it asked: a name ("김영희요" after "성함이 어떻게 되세요?") or an
// identifier ("312847596" after "Can I have your passport number?") given alone there is personal data.
import { answerContextKey, answerContextOf, type AnswerContext } from '../pii/index.ts';

/**
 * The texts of the user messages whose nearest earlier assistant message asks for a name or identifiers, each with what
 * it asked (system and tool messages in between are skipped, another user message ends the search).
 *
 * @example
 * answerContexts([{ role: 'assistant', content: '성함이 어떻게 되세요?' }, { role: 'user', content: '김영희요' }]); // Map {'김영희요' => { nameExpected: true }}
 */
export function answerContexts(messages: ReadonlyArray<{ role: string; content?: unknown }>): ReadonlyMap<string, AnswerContext> {
  const answers = new Map<string, AnswerContext>();
  let asked: AnswerContext | undefined;
  for (const message of messages) {
    if (message.role === 'assistant') {
      const context = typeof message.content === 'string' ? answerContextOf(message.content) : undefined;
      asked = context !== undefined && answerContextKey(context) !== '' ? context : undefined;
    } else if (message.role === 'user') {
      if (asked !== undefined && typeof message.content === 'string') answers.set(message.content, asked);
      asked = undefined;
    }
  }
  return answers;
}
