// Which messages of a conversation answer a question for a name: a name given alone there is personal data ("김영희요").
import { asksForName } from '../pii/index.ts';

/**
 * The texts of the user messages whose nearest earlier assistant message asks for a name (system and tool messages in
 * between are skipped, another user message ends the search).
 *
 * @example
 * nameAnswerTexts([{ role: 'assistant', content: '성함이 어떻게 되세요?' }, { role: 'user', content: '김영희요' }]); // Set {'김영희요'}
 */
export function nameAnswerTexts(messages: ReadonlyArray<{ role: string; content?: unknown }>): ReadonlySet<string> {
  const answers = new Set<string>();
  let asked = false;
  for (const message of messages) {
    if (message.role === 'assistant') asked = typeof message.content === 'string' && asksForName(message.content);
    else if (message.role === 'user') {
      if (asked && typeof message.content === 'string') answers.add(message.content);
      asked = false;
    }
  }
  return answers;
}
