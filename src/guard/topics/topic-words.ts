// Content words of a message for topic matching: particles, verb endings, question words and politeness dropped, English stemmed.
import { englishStem, matchingWords } from '../../models/builtin/index.ts';
import { conceptsOf } from './concept-lookup.ts';

const englishStopWords: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am do does did done to of in on at for from by with and or but if then than that ' +
    'this these those it its i you your yours we our ours they them their he she his her what when where which who whom whose how why ' +
    'can could would should will shall may might must much many there here have has had not no any some about into over under ' +
    'after before as so such also please me my get got let just more most very too each every all other only own same both out up ' +
    'down off again once don doesn isn aren tell know want need like say thank thanks hi hello okay ok now right good best ' +
    'way think go going time yes give some something anything really still one'
  ).split(' '),
);

const koreanStopWords: ReadonlySet<string> = new Set(
  (
    '언제 얼마 얼마나 몇 며칠 무엇 뭐 뭔가 뭔지 어떻게 어떤 어떠 어디 어디서 왜 누가 누구 무슨 있나요 있을까요 있어요 있는데 ' +
    '하나요 되나요 될까요 할까요 해요 해도 돼요 됩니다 합니다 입니다 수 것 거 게 등 및 또는 그리고 그런데 근데 그러나 하지만 ' +
    '그 이 저 제 좀 혹시 알려 알려줘 알려주세요 궁금 궁금해요 경우 때 때문 위해 대해 대한 관련 저희 제가 우리 이거 그거 ' +
    '주세요 해주세요 해줘 부탁 부탁드려요 요즘 지금 그냥 정말 진짜 너무 더 가장 제일 안녕하세요 감사 감사합니다 네 아니요 ' +
    '괜찮을까요 좋을까요 좋아요 나을까요 어때요 같아요 생각 생각해요 싶어요 하고 하면 해야 ' +
    '주세 해주세 알려주세 있나 되나 하나 될까 할까 좋을까 괜찮을까 나을까 있을까 싶어 어때 같아 있는 받을 수'
  ).split(' '),
);

/** Endings glued to a Korean stem (투자하면 → 투자); tried longest first so 인가요 wins over 가요. */
const koreanEndings = [
  '해주실',
  '해주세',
  '하시나',
  '일까',
  '할까',
  '인가',
  '은가',
  '는가',
  '가요',
  '해주세요',
  '하시나요',
  '하세요',
  '할까요',
  '하나요',
  '했는데',
  '인가요',
  '일까요',
  '이에요',
  '입니다',
  '합니다',
  '하는',
  '하면',
  '해도',
  '해야',
  '하기',
  '해서',
  '하고',
  '해요',
  '인데',
  '이면',
  '예요',
  '까요',
  '나요',
  '세요',
  '는데',
  '려면',
  '으면',
  '인지',
].sort((first, second) => second.length - first.length);

function stripKoreanEnding(word: string): string {
  for (const ending of koreanEndings) {
    if (word.length > ending.length && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** "In stock" is a shop's inventory, not shares: without this, "is it in stock?" reads as investment advice. */
const inventoryPhrases = /\b(?:(?:back |still )?in stock|out of stock|stock (?:levels?|status|check)|restock(?:ed|ing)?)\b/giu;

/**
 * @example
 * topicWords('어떤 주식을 사야 할까요?'); // ['주식', '사야']
 * topicWords('Which stocks should I buy?'); // ['stock', 'buy']
 */
export function topicWords(text: string): string[] {
  const words: string[] = [];
  for (const word of matchingWords(text.replace(inventoryPhrases, ' inventory '))) {
    const stem = /[\uac00-\ud7a3]/u.test(word) ? stripKoreanEnding(word) : englishStem(word);
    // A lexicon word ("other", 다른) is kept even when it is also a stop word: it may be what sets a topic apart.
    if (conceptsOf(stem).length > 0) {
      words.push(stem);
      continue;
    }
    if (englishStopWords.has(word) || koreanStopWords.has(word)) continue;
    if (stem.length === 0 || koreanStopWords.has(stem) || englishStopWords.has(stem)) continue;
    words.push(stem);
  }
  return words;
}
