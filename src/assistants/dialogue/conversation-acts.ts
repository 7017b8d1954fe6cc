// Moves that belong to every assistant, whatever its operations: greeting, thanks, goodbye, asking for a person, dropping the flow.
import { normalizeText, tokenizeWords } from '../../models/builtin/index.ts';

export type ConversationAct = 'greeting' | 'thanks' | 'goodbye' | 'human' | 'abandon';

const acts: Array<{ act: ConversationAct; pattern: RegExp; maxWords: number }> = [
  {
    act: 'human',
    pattern:
      /(상담원|상담사|사람(이랑|과|하고)?\s*(연결|통화|얘기|이야기|대화)|직원\s*(연결|바꿔)|담당자\s*(연결|바꿔)|\b(human|real person|live agent|an agent|a person|representative|operator|speak to (someone|somebody)|talk to (someone|somebody))\b)/u,
    maxWords: 14,
  },
  {
    act: 'abandon',
    pattern: /^(never ?mind|forget it|stop|start over|그만|그만할게요?|됐어요?|처음부터|다음에 할게요?|나중에 할게요?)[.!\s]*$/u,
    maxWords: 4,
  },
  { act: 'thanks', pattern: /(감사|고마워|고맙습니다|thank|thanks|thx|appreciate)/u, maxWords: 6 },
  { act: 'goodbye', pattern: /(안녕히|수고하세요|잘\s*있어|\bbye\b|goodbye|see you|that'?s all|이만\s*(할게|갈게))/u, maxWords: 6 },
  {
    act: 'greeting',
    pattern: /^(안녕|안녕하세요|안녕하십니까|하이|헬로|반가워요?|hello|hi|hey|good (morning|afternoon|evening))(?=$|[\s,.!?~])/u,
    maxWords: 5,
  },
];

/**
 * @example
 * readConversationAct('상담원 연결해 주세요'); // 'human'
 * readConversationAct('Thanks!'); // 'thanks'
 * readConversationAct('Hi, where is my order?'); // undefined: the order question matters more
 */
export function readConversationAct(message: string): ConversationAct | undefined {
  const text = normalizeText(message).trim();
  const words = tokenizeWords(text).length;
  for (const { act, pattern, maxWords } of acts) {
    if (words <= maxWords && pattern.test(text) && !(act === 'greeting' && words > 3)) return act;
  }
  return undefined;
}
