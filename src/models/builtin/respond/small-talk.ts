// Recognises greetings, thanks, goodbyes and requests for help in Korean and English, and how much else the message says.
import { normalizeText, tokenizeWords } from '../language/index.ts';

export type SmallTalk = 'greeting' | 'help' | 'thanks' | 'bye';

const patterns: ReadonlyArray<[SmallTalk, RegExp]> = [
  [
    'bye',
    /\b(?:good\s?bye|bye(?:\s?bye)?|see (?:you|ya)(?: later)?|good night|take care)\b|안녕히\s?(?:가세요|계세요|주무세요)|잘\s?(?:가|있어|자)|수고(?:하세요|하셨습니다|하셨어요|많으셨)|다음에\s?(?:봐|뵐게요|뵙겠습니다|또)|바이바이|빠이/giu,
  ],
  [
    'greeting',
    /\b(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)\b|안녕(?:하세요|하십니까|하세여|!)?|반가(?:워요?|웠어요|습니다|워)|하이|헬로|좋은\s?(?:아침|오후|저녁)/giu,
  ],
  [
    'thanks',
    /\b(?:thank(?:s| you)?|thx|ty|appreciate(?:d)?|cheers)\b|감사(?:합니다|해요|드려요|드립니다)?|고마(?:워요?|웠어요|워)|고맙(?:습니다|네요)|땡큐/giu,
  ],
  [
    'help',
    /\b(?:help|what (?:can|do) you do|what are you|who are you|what is genstack|what's genstack|capabilit(?:y|ies)|features?|how (?:do|can) i use(?: you| this| genstack)?|what can i do|what do you offer|about you)\b|도와\s?줘|도와\s?주세요|도움말|도움이?\s?필요|(?:뭘|무엇을|뭐|어떤\s?걸)\s?(?:할|해\s?줄)\s?수\s?있|뭐가\s?가능|할\s?수\s?있는\s?(?:게|것|일)|기능|누구(?:야|세요|니|신가요)|자기\s?소개|소개해|사용법|어떻게\s?(?:써|사용)|genstack(?:이|은|는)?\s?(?:뭐|무엇)/giu,
  ],
];

const fillers = new Set([
  'please',
  'there',
  'again',
  'so',
  'much',
  'very',
  'a',
  'lot',
  'you',
  'all',
  'ok',
  'okay',
  'oh',
  'and',
  'the',
  'me',
  'genstack',
  'bot',
  '요',
  '정말',
  '진짜',
  '너무',
  '많이',
  '네',
  '님',
  '여러분',
  '오늘도',
  '좀',
]);

export interface SmallTalkReading {
  /** Small-talk acts found, in priority order (help before greeting before thanks before bye). */
  kinds: SmallTalk[];
  /** Words left when small talk and fillers are removed: 0 means the message is only small talk. */
  otherWords: number;
}

/**
 * @example
 * readSmallTalk('안녕하세요!'); // { kinds: ['greeting'], otherWords: 0 }
 * readSmallTalk('Hi, can you write a poem?'); // { kinds: ['greeting'], otherWords: 5 }
 */
export function readSmallTalk(text: string): SmallTalkReading {
  let rest = normalizeText(text);
  const found = new Set<SmallTalk>();
  for (const [kind, pattern] of patterns) {
    rest = rest.replace(pattern, () => {
      found.add(kind);
      return ' ';
    });
  }
  const order: SmallTalk[] = ['help', 'greeting', 'thanks', 'bye'];
  const otherWords = tokenizeWords(rest).filter((word) => !fillers.has(word)).length;
  return { kinds: order.filter((kind) => found.has(kind)), otherWords };
}
