// Numbers spelled out in English words to slip past a filter or as a speech transcript writes them ("four one five, eight
// six seven, five three oh nine"), read as the digits they stand for so that the digit recognisers can judge them.
import { rememberLastText } from './last-text-memo.ts';
import { builtInScanReach } from './scan-reach.ts';

/** One spelled number: its span in the text, and the digits it stands for, grouped as the text groups them. */
export interface SpelledNumber {
  start: number;
  end: number;
  /**
   * Digits, with a blank between groups the text marked by a comma, a dot, a dash or a bracket ("415 867 5309";
   * "4158675309" when only blanks separate the words): a blank is the separator every digit recogniser reads.
   */
  digits: string;
  /** The text span each character of `digits` comes from, so a finding on the digits maps back to the words. */
  sources: ReadonlyArray<{ start: number; end: number }>;
}

const unitWords: ReadonlyMap<string, string> = new Map([
  ...['zero', 'oh', 'o'].map((word) => [word, '0'] as const),
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, index) => [word, String(index + 1)] as const),
]);
const teenWords: ReadonlyMap<string, string> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (word, index) => [word, String(10 + index)] as const,
  ),
);
const tensWords: ReadonlyMap<string, string> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [word, String(index + 2)] as const),
);
const repeatWords: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
]);
/** Fewer words than this are a count or a price ("two or three"), and fewer digits no identifier. */
const fewestWords = 3;
const fewestDigits = 7;
/** The least a number must hold: `fewestWords` and `fewestDigits` in running text. */
interface Least {
  words: number;
  digits: number;
}
const leastInText: Least = { words: fewestWords, digits: fewestDigits };
const mostDigits = 20;
/** The longest number word ("seventeen"). */
const longestWord = 9;
/** The longest stretch of blanks and punctuation between two parts of one number. */
const longestGap = 3;
/** A dash or a hyphen said between two groups, with a speaker's pauses around it. */
const spokenDash = /^[ \t,.]*(?:dash|hyphen)[ \t,.]*$/i;
const longestSpokenDashGap = 10;
/** How much text before a number its scan sees: as much as the recognisers' context windows read. */
export const spelledNumberContext = 40;
/** With its context, a number stays within what a stream holds back, so a streamed reply reads it as the whole text does. */
const longestSpan = builtInScanReach - spelledNumberContext;

interface Token {
  start: number;
  end: number;
  /** The word in lower case, or the digits. */
  value: string;
  isDigits: boolean;
}

/**
 * The spelled numbers of `text`: runs of English digit words (zero or "oh" to nine, ten to nineteen, twenty to ninety with
 * a unit, "double" and "triple", "hundred" after a digit) and digits, apart by blanks, commas, dots, hyphens or brackets,
 * holding at least three words and seven digits. Remembered for the last text.
 *
 * @example
 * findSpelledNumbers('call me at four one five, eight six seven, five three oh nine')[0]?.digits; // '415 867 5309'
 * findSpelledNumbers('two or three items'); // []
 */
export const findSpelledNumbers = rememberLastText((text: string) => readSpelledNumbers(text));

/**
 * The digits a value spelled out in words stands for, when the whole value is one such number; undefined otherwise. A
 * value given in answer to a question for a number may be shorter than a number in running text (`least`: "four, oh,
 * eight" for a card's code).
 *
 * @example
 * spelledDigitsOf('four one five, eight six seven, five three oh nine'); // '4158675309'
 * spelledDigitsOf('call four one five'); // undefined
 * spelledDigitsOf('four, oh, eight', { words: 0, digits: 3 }); // '408'
 */
export function spelledDigitsOf(value: string, least: Least = leastInText): string | undefined {
  return spelledGroupsOf(value, least)?.replaceAll(' ', '');
}

/**
 * `spelledDigitsOf` with a blank between the groups the value's marks set apart.
 *
 * @example
 * spelledGroupsOf('oh-eight-seven, two-two-one, four-four-six-three'); // '087 221 4463'
 */
export function spelledGroupsOf(value: string, least: Least = leastInText): string | undefined {
  const trimmed = value.trim();
  const numbers = readSpelledNumbers(trimmed, least);
  const only = numbers.length === 1 ? numbers[0]! : undefined;
  return only !== undefined && only.start === 0 && only.end === trimmed.length ? only.digits : undefined;
}

function readSpelledNumbers(text: string, least: Least = leastInText): SpelledNumber[] {
  const numbers: SpelledNumber[] = [];
  const tokens = tokensOf(text);
  let index = 0;
  while (index < tokens.length) {
    const read = readNumberFrom(text, { tokens, first: index, least });
    if (read.number !== undefined) numbers.push(read.number);
    index = Math.max(read.next, index + 1);
  }
  return numbers;
}

/** Every word a number part may hold, by `wordKey`: read without a string per word of the text. */
const numberWordsByKey: ReadonlyMap<number, string> = new Map(
  [...unitWords.keys(), ...teenWords.keys(), ...tensWords.keys(), ...repeatWords.keys(), 'hundred'].map((word) => [
    wordKey(word, 0, word.length),
    word,
  ]),
);

/** A number unique to each lower-case word of at most `longestWord` letters (31^9 stays below 2^53). */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index += 1) key = key * 31 + (text.charCodeAt(index) | 0x20);
  return key;
}

/**
 * The parts a number may hold, with their spans: digit strings and number words (in lower case). Other words are left
 * out: a gap that holds one is no gap between two parts (`gapKind`).
 */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const digit = code >= 0x30 && code <= 0x39;
    if (!digit && !isLetter(code)) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < length && (digit ? isDigit(text.charCodeAt(index)) : isLetter(text.charCodeAt(index)))) index += 1;
    if (digit) tokens.push({ start, end: index, value: text.slice(start, index), isDigits: true });
    else if (index - start <= longestWord) {
      const word = numberWordsByKey.get(wordKey(text, start, index));
      if (word !== undefined) tokens.push({ start, end: index, value: word, isDigits: false });
    }
  }
  return tokens;
}

/** One part of a number as read: its digits (a blank for a group mark) and the words they come from. */
interface Part {
  digits: string;
  start: number;
  end: number;
  /** On a group mark: whether it was one hyphen with no blank around it. */
  hyphenOnly?: boolean;
}

/** Reads the longest number from token `first`; `next` is where the next search starts. */
function readNumberFrom(
  text: string,
  at: { tokens: readonly Token[]; first: number; least: Least },
): { number?: SpelledNumber; next: number } {
  const { tokens, first, least } = at;
  const parts: Part[] = [];
  let words = 0;
  let digitCount = 0;
  let index = first;
  let lastEnd = -1;
  while (index < tokens.length) {
    const token = tokens[index]!;
    let mark: Part | undefined;
    if (lastEnd !== -1) {
      const gap = gapKind(text, lastEnd, token.start);
      if (gap === 'none') break;
      // A comma, a dot, a dash or a bracket marks a group, as the speaker's pauses do; a tens word's hyphen does not.
      if (gap === 'group' && !(tensWords.has(tokens[index - 1]!.value) && unitWords.has(token.value)))
        mark = { digits: ' ', start: token.start, end: token.end, hyphenOnly: isBareHyphen(text, lastEnd, token.start) };
    }
    const read = readPart(text, { tokens, index, opensNumber: lastEnd === -1 });
    if (read === undefined || tokens[read.last]!.end - tokens[first]!.start > longestSpan) break;
    if (mark !== undefined) parts.push(mark);
    parts.push({ digits: read.digits, start: token.start, end: tokens[read.last]!.end });
    digitCount += read.digits.length;
    if (!token.isDigits) words += read.last - index + 1;
    lastEnd = tokens[read.last]!.end;
    index = read.last + 1;
  }
  if (index === first) return { next: first + 1 };
  if (words < least.words || digitCount < least.digits || digitCount > mostDigits) return { next: index };
  // Words joined by bare hyphens inside groups a comma marks ("oh-eight-seven, two-two-one") are one group each.
  const commaGroups = parts.some((part) => part.hyphenOnly === false);
  let digits = '';
  const sources: Array<{ start: number; end: number }> = [];
  for (const part of parts) {
    if (commaGroups && part.hyphenOnly === true) continue;
    digits += part.digits;
    for (let count = 0; count < part.digits.length; count += 1) sources.push(part);
  }
  return { number: { start: tokens[first]!.start, end: lastEnd, digits, sources }, next: index };
}

/**
 * Whether the word at `start`..`end` has a part of a number (a digit word or digits) right before or after it, apart by
 * what may separate two parts: the feature pass's check on a digit word it found.
 *
 * @example
 * hasNumberPartAround('call five five five', 5, 9); // true
 * hasNumberPartAround('five stars', 0, 4); // false
 */
export function hasNumberPartAround(text: string, start: number, end: number): boolean {
  let after = end;
  while (after < text.length && after - end <= longestGap && isGapCharacter(text.charCodeAt(after))) after += 1;
  if (after < text.length && after - end <= longestGap && isNumberPartAt(text, after)) return true;
  let before = start;
  while (before > 0 && start - before <= longestGap && isGapCharacter(text.charCodeAt(before - 1))) before -= 1;
  if (start - before > longestGap || before === 0) return false;
  let wordStart = before;
  while (wordStart > 0 && isLetterOrDigit(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  return isNumberPartAt(text, wordStart);
}

/** Whether the word or digits starting at `index` are a part of a number. */
function isNumberPartAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isDigit(code)) return true;
  if (!isLetter(code)) return false;
  let end = index;
  while (end < text.length && isLetter(text.charCodeAt(end)) && end - index <= longestWord) end += 1;
  if (end - index > longestWord) return false;
  const word = text.slice(index, end).toLowerCase();
  return unitWords.has(word) || teenWords.has(word) || tensWords.has(word) || repeatWords.has(word);
}

function isGapCharacter(code: number): boolean {
  return code === 0x20 || code === 0x09 || isGroupMark(code);
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/** The digits of the part at token `index` and its last token, or undefined when it is no part of a number. */
function readPart(
  text: string,
  at: { tokens: readonly Token[]; index: number; opensNumber: boolean },
): { digits: string; last: number } | undefined {
  const { tokens, index } = at;
  const token = tokens[index]!;
  if (token.isDigits) return { digits: token.value, last: index };
  const word = token.value;
  const next = tokens[index + 1];
  const joined = next !== undefined && gapKind(text, token.end, next.start) !== 'none';
  const unit = unitWords.get(word);
  if (unit !== undefined) {
    // "o" and "oh" are a zero only next to another part ("five three oh nine"), never alone ("oh, ok").
    if ((word === 'o' || word === 'oh') && at.opensNumber && !(joined && isPartWord(next!))) return undefined;
    if (joined && next!.value === 'hundred') return { digits: `${unit}00`, last: index + 1 };
    return { digits: unit, last: index };
  }
  const teen = teenWords.get(word);
  if (teen !== undefined) return { digits: teen, last: index };
  const tens = tensWords.get(word);
  if (tens !== undefined) {
    const following = joined ? unitWords.get(next!.value) : undefined;
    if (following !== undefined && following !== '0') return { digits: tens + following, last: index + 1 };
    return { digits: `${tens}0`, last: index };
  }
  const times = repeatWords.get(word);
  const repeated = joined ? unitWords.get(next!.value) : undefined;
  if (times !== undefined && repeated !== undefined) return { digits: repeated.repeat(times), last: index + 1 };
  return undefined;
}

function isPartWord(token: Token): boolean {
  return token.isDigits || unitWords.has(token.value) || teenWords.has(token.value) || tensWords.has(token.value);
}

/** What lies between two tokens: nothing or blanks ('blank'), punctuation that groups ('group'), or anything else ('none'). */
function gapKind(text: string, from: number, to: number): 'blank' | 'group' | 'none' {
  // A dash said as a word between two groups ("seven seven zero five zero five, dash, two four …").
  if (to - from > longestGap) return to - from <= longestSpokenDashGap && spokenDash.test(text.slice(from, to)) ? 'group' : 'none';
  let kind: 'blank' | 'group' = 'blank';
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) continue;
    if (isGroupMark(code)) kind = 'group';
    else return 'none';
  }
  return kind;
}

function isBareHyphen(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 0x2d;
}

/** A comma, a dot, a hyphen, an en dash, a bracket or a slash: a mark that groups the parts of a number. */
function isGroupMark(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x2d || code === 0x2013 || code === 0x28 || code === 0x29 || code === 0x2f;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
