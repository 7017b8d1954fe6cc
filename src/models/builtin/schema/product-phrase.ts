// Finds what is being ordered: the words after a count ("3 wireless mice") or an order verb, or before a Korean counter ("노트북 거치대 2개").
import { isKoreanParticle, stripKoreanParticle } from '../language/index.ts';
import { wordSpans, type Span } from '../entities/index.ts';
import type { FillContext, FoundValue } from './fill-context.ts';

const englishStops = new Set([
  'to',
  'for',
  'in',
  'at',
  'on',
  'with',
  'and',
  'please',
  'by',
  'from',
  'of',
  'asap',
  'today',
  'tomorrow',
  'now',
  'delivered',
  'shipped',
  'sent',
  'the',
  'a',
  'an',
  'my',
  'our',
  'me',
  'us',
  'it',
  'them',
  'that',
  'this',
  'each',
  'per',
  'total',
  'which',
  'who',
]);
const englishCounterNouns = /^(?:cups?|bottles?|boxes|box|packs?|bags?|cans?|sets?|pieces?|units?|pairs?|kilos?|kg|slices?)$/iu;
const koreanStops = new Set([
  '저',
  '제가',
  '나',
  '내가',
  '좀',
  '그',
  '이',
  '저희',
  '우리',
  '오늘',
  '내일',
  '모레',
  '지금',
  '빨리',
  '총',
  '모두',
  '전부',
  '그리고',
  '또',
  '더',
  '한번',
  '혹시',
  '안녕하세요',
  '주문',
  '구매',
  '요청',
]);
// "order" needs an article after it ("order a latte"), else it is the noun in "order status".
const verbAfterOrder =
  /\b(?:order\s+(?:a|an|the|some|more|me\s+(?:a|an|some)?)|(?:buy|purchase|get me|add)(?:\s+(?:a|an|the|some|more))?)\s+/giu;

/**
 * @example
 * // '노트북 거치대 2개 주문해 줘' → '노트북 거치대'; 'I'd like to order 3 wireless mice' → 'wireless mice'
 */
export function extractProductPhrase(context: FillContext): FoundValue | undefined {
  const { entities } = context;
  const taken = [
    ...entities.emails,
    ...entities.phones,
    ...entities.urls,
    ...entities.identifiers,
    ...entities.dates,
    ...entities.times,
    ...entities.numbers,
  ];
  const words = wordSpans(context.text).filter(
    (word) => !context.used.overlaps(word.start, word.end) && !taken.some((entity) => word.start < entity.end && entity.start < word.end),
  );
  const counts = context.entities.numbers.filter((entity) => entity.category === 'count' || entity.category === 'plain');
  for (const count of counts) {
    const korean = /[가-힣]/u.test(count.text) ? koreanBefore(context, { words, position: count.start }) : undefined;
    const phrase =
      korean ?? englishAfter(context, { words, position: count.end, afterCounter: englishCounterNouns.test(count.unit ?? '') });
    if (phrase) return phrase;
  }
  for (const match of context.text.matchAll(verbAfterOrder)) {
    const phrase = englishAfter(context, { words, position: match.index + match[0].length, afterCounter: false });
    if (phrase) return phrase;
  }
  return koreanObject(context, words);
}

function englishAfter(context: FillContext, options: { words: Span[]; position: number; afterCounter: boolean }): FoundValue | undefined {
  let following = options.words.filter((word) => word.start >= options.position);
  if (options.afterCounter && following[0]?.text.toLowerCase() === 'of') following = following.slice(1);
  const taken: Span[] = [];
  for (const word of following) {
    const previous = taken.at(-1);
    if (taken.length >= 4 || englishStops.has(word.text.toLowerCase()) || /[가-힣]/u.test(word.text)) break;
    if (previous && /[,.!?;]/u.test(context.text.slice(previous.end, word.start))) break;
    taken.push(word);
  }
  return phraseValue(context, taken, false);
}

function koreanBefore(context: FillContext, options: { words: Span[]; position: number }): FoundValue | undefined {
  const before = options.words.filter((word) => word.end <= options.position).reverse();
  const taken: Span[] = [];
  for (const word of before) {
    const stripped = stripKoreanParticle(word.text);
    if (taken.length >= 3 || koreanStops.has(stripped) || isKoreanParticle(word.text) || !/^[가-힣A-Za-z]+$/u.test(word.text)) break;
    if (taken.length > 0 && stripped !== word.text) break; // a particle ends the previous phrase
    if (/[,.!?]/u.test(context.text.slice(word.end, taken.at(-1)?.start ?? options.position))) break;
    taken.unshift(taken.length === 0 ? { ...word, end: word.start + stripped.length, text: stripped } : word);
  }
  return phraseValue(context, taken, true);
}

/** "아메리카노를 주문해 줘", "노트북 거치대 주문해 줘": the noun phrase right before an order verb. */
function koreanObject(context: FillContext, words: Span[]): FoundValue | undefined {
  const verb = words.find((word) => /^(?:주문|구매|구입|시켜|담아)/u.test(word.text));
  return verb ? koreanBefore(context, { words, position: verb.start }) : undefined;
}

function phraseValue(context: FillContext, taken: Span[], strong: boolean): FoundValue | undefined {
  const first = taken[0];
  const last = taken.at(-1);
  if (!first || !last) return undefined;
  const text = context.text.slice(first.start, last.end);
  return { value: text, strong, span: { start: first.start, end: last.end, text } };
}
