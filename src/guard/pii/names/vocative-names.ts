// Finds a given name called out at the start of a message or a line, as Korean chat opens: "민지야 나 번호 바꿨어",
// "지훈아, 내일 봐", and in English written by Koreans, "Jiho ya, …", "Minseo-ya the 택배 guy called"; and a first name
// addressed at a sentence's end in a speaker's turn ("Rosa: I'm sorry to hear that, Tyler.").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { hasFinalConsonant, isHangulSyllable } from './hangul.ts';
import { givenNameSyllables } from './korean-given-name-syllables.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { firstNamesThatAreWords } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

export const vocativeNameRecognizerName = 'vocative-name';

const givenNameCodes: ReadonlySet<number> = new Set([...givenNameSyllables].map((syllable) => syllable.charCodeAt(0)));
const ya = '야'.charCodeAt(0);
const a = '아'.charCodeAt(0);
/**
 * Words of given-name syllables that people call out as often as names, or that end in 야 for another reason: a darling
 * ("자기야", "여보야"), a baby, the world, a fool, and "only now" (이제야) or "here it is" (여기야).
 */
const wordsCalledOutLikeNames: ReadonlySet<string> = new Set([
  ...['자기', '애기', '아가', '여보', '사랑', '세상', '바보', '자식', '동기', '천사', '보배', '아이', '바다', '주사', '가자'],
  ...['미안', '고마', '나라', '인생', '청춘', '선배', '후배', '동생', '이제', '여기', '요기', '고기', '하나', '우리', '형아'],
  ...['친구', '언니', '오빠', '누나', '엄마', '아빠', '아들', '남자', '여자', '사장', '기사', '부장', '대리', '이사', '원장'],
  // The fields of a form that open a line before a colon ("주소: …", "비고: …").
  ...['주소', '비고', '제목', '내용', '일시', '장소', '금액', '수신', '발신', '참조', '성별', '나이', '용도', '사유', '성명', '성함'],
  ...['국적', '전화', '상호', '일자', '은행'],
  // Things said with 이 as names are ("여권이랑", "사진이 필요해요").
  ...['이름', '여권', '사진', '민원', '현금', '결혼', '성공', '진행', '신청', '변경', '확인'],
]);
/** A romanised name called out in English with the Korean vocative ("Jiho ya,", "Minseo-ya"). */
const latinVocative = /([A-Z][a-z]{2,}(?:-[a-z]{2,})?)(?:-| )(?:ya|ah)(?=[ \t]*[,!.~]|[ \t]+[A-Za-z\uac00-\ud7a3])/y;

/**
 * Given names called out with 야 or 아 where a message or a line starts: two given-name syllables, 야 after a vowel and 아
 * after a final consonant, then a blank or a mark; or a listed romanised name with "ya".
 *
 * @example
 * findVocativeNames('민지야 나 번호 바꿨어').map((finding) => finding.text); // ['민지']
 * findVocativeNames('자기야 뭐해'); // []
 */
export const findVocativeNames = rememberLastText((text: string): readonly PiiFinding[] => {
  // Every call holds 야, 아, "ya" or "ah", and every name addressed in a turn a speaker's mark: most texts are left here,
  // on the character pairs alone.
  if (!mayHoldAnyWord(text, callsAndSpeakerMarks)) return noFindings;
  // A speaker's label or a chat's time needs a colon or a bracket.
  const mayHaveSpeakers = mayHoldAnyWord(text, speakerMarks) && (text.includes(':') || text.includes(']'));
  if (!mayHaveSpeakers && !mayCallOut(text)) return noFindings;
  const findings: PiiFinding[] = [];
  let thanks: readonly number[] | undefined;
  for (let lineStart = 0; lineStart !== -1;) {
    const start = turnStart(text, lineStart, mayHaveSpeakers);
    const finding = isHangulSyllable(text.charCodeAt(start)) ? koreanVocativeAt(text, start) : latinVocativeAt(text, start);
    if (finding !== undefined) findings.push(finding);
    const lineBreak = text.indexOf('\n', start);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    // In a speaker's turn, a listed first name that ends a sentence after a comma ("Rosa: I'm sorry to hear that, Tyler.").
    if (start > lineStart) addressedNamesIn(text, { start, end: lineEnd, findings, thanks: (thanks ??= thanksSpans(text)) });
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
  }
  return findings;
});

/**
 * The start and the end of each thanks before a capital, in pairs and in text order. Read once for the whole text: a
 * search from each turn's start would read on to the text's end, again for every turn. A thanks never spans a turn's
 * start, since its words and blanks hold no colon, bracket or line break.
 */
function thanksSpans(text: string): number[] {
  const spans: number[] = [];
  thanksWithin.lastIndex = 0;
  for (let match = thanksWithin.exec(text); match !== null; match = thanksWithin.exec(text))
    spans.push(match.index, thanksWithin.lastIndex);
  return spans;
}

const noFindings: readonly PiiFinding[] = Object.freeze([]);

/** A call's ending, or the colon or the bracket that ends a speaker's label. */
const callsAndSpeakerMarks = characterPairWords('야', '아', 'ya', 'ah', ':', ']');
const callEndings = characterPairWords('야', '아', 'ya', 'ah');
const speakerMarks = characterPairWords(':', ']');

function mayCallOut(text: string): boolean {
  return mayHoldAnyWord(text, callEndings) && (text.includes('야') || text.includes('아') || text.includes('ya') || text.includes('ah'));
}

function addressedNamesIn(text: string, turn: { start: number; end: number; findings: PiiFinding[]; thanks: readonly number[] }): void {
  for (let comma = turn.start; comma < turn.end; comma += 1) {
    if (text.charCodeAt(comma) !== 0x2c || text.charCodeAt(comma + 1) !== 0x20) continue;
    const finding = nameEndingSentenceAt(text, comma + 2);
    if (finding !== undefined) turn.findings.push(finding);
  }
  // "Perfect, thanks Keisha.", "Thanks for waiting Ciarán, the second one …": thanks mid-turn, before a listed first name
  // and a comma or a sentence's mark.
  for (let at = 0; at < turn.thanks.length; at += 2) {
    const start = turn.thanks[at]!;
    if (start < turn.start) continue;
    if (start >= turn.end) break;
    const finding = nameEndingSentenceAt(text, turn.thanks[at + 1]!, { commaEnds: true });
    if (finding !== undefined && finding.end <= turn.end) turn.findings.push(finding);
  }
}

const thanksWithin = /(?<![A-Za-z])(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Tt]hanks for (?:waiting|holding))[ \t]+(?=[A-Z])/g;

/** The listed first name at `start` when a sentence's mark follows it ("…, Tyler.", "…, Sarah!"); undefined otherwise. */
function nameEndingSentenceAt(text: string, start: number, options: { commaEnds?: boolean } = {}): PiiFinding | undefined {
  if (!isCapital(text.charCodeAt(start))) return undefined;
  const end = lowerCaseRunEnd(text, start + 1);
  const mark = text.charCodeAt(end);
  if (end - start < 3 || (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f && !(options.commaEnds === true && mark === 0x2c)))
    return undefined;
  const name = text.slice(start, end);
  if (!isListedFirstName(name) || firstNamesThatAreWords.has(name)) return undefined;
  return { type: 'PERSON', start, end, text: name, score: 0.6, recognizer: vocativeNameRecognizerName };
}

/** How far into a line a chat's speaker label may end ("[박서연] [오후 2:11] ", "엄마: ", "Mom: "). */
const speakerReach = 24;
/** A word that calls before the name, or the "uh", "oh" or "yeah" that opens a call's first words ("야 지훈아", "어 은지야", "hey Jiho ya"). */
const callWords = ['야 ', '어 ', '아 ', '응 ', '오 ', 'hey ', 'Hey '];

/**
 * Where the words of the line's turn start: after blanks, after a chat's speaker label or bracketed sender and time, and
 * after a calling word.
 */
function turnStart(text: string, lineStart: number, mayHaveSpeakers: boolean): number {
  let start = lineStart;
  const limit = mayHaveSpeakers ? Math.min(text.length, lineStart + speakerReach) : lineStart;
  for (let at = lineStart; at < limit; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) break;
    // The colon of a label that ends a speaker ("엄마: "), or the bracket that closes a time ("[오후 2:11] ").
    if ((code === 0x3a && text.charCodeAt(at + 1) === 0x20) || (code === 0x5d && text.charCodeAt(at + 1) === 0x20)) start = at + 1;
  }
  while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start += 1;
  for (const word of callWords) if (text.startsWith(word, start)) return start + word.length;
  return start;
}

/**
 * Whether a word of two Hangul syllables reads as a given name said alone: both syllables common in given names, and no
 * word people call out as often ("자기", "친구", "엄마").
 *
 * @example
 * isGivenNameCalledOut('민지'); // true
 * isGivenNameCalledOut('자기'); // false
 */
export function isGivenNameCalledOut(word: string): boolean {
  return (
    word.length === 2 &&
    givenNameCodes.has(word.charCodeAt(0)) &&
    givenNameCodes.has(word.charCodeAt(1)) &&
    !wordsCalledOutLikeNames.has(word) &&
    !isCommonKoreanNoun(word)
  );
}

function koreanVocativeAt(text: string, start: number): PiiFinding | undefined {
  const second = text.charCodeAt(start + 1);
  const suffix = text.charCodeAt(start + 2);
  if (suffix !== (hasFinalConsonant(second) ? a : ya)) return undefined;
  // A blank, a mark or the end after the suffix: "민지야" stands alone, "이제야말로" goes on.
  if (isHangulSyllable(text.charCodeAt(start + 3))) return undefined;
  const name = text.slice(start, start + 2);
  if (!isGivenNameCalledOut(name)) return undefined;
  return { type: 'PERSON', start, end: start + 2, text: name, score: 0.6, recognizer: vocativeNameRecognizerName };
}

function latinVocativeAt(text: string, start: number): PiiFinding | undefined {
  // A capital and the "ya" or "ah" after the word, before the pattern: most lines open with neither.
  if (!isCapital(text.charCodeAt(start)) || !hasCallAfterFirstWord(text, start)) return undefined;
  latinVocative.lastIndex = start;
  const match = latinVocative.exec(text);
  const name = match?.[1];
  // "Min-seo" may be listed as "Minseo".
  if (name === undefined || !(isListedFirstName(name) || isListedFirstName(name.replace('-', '')))) return undefined;
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.6, recognizer: vocativeNameRecognizerName };
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Whether "-ya", " ya", "-ah" or " ah" follows the word at `start`, or the second part of a hyphenated one ("Min-seo-ya"). */
function hasCallAfterFirstWord(text: string, start: number): boolean {
  const end = lowerCaseRunEnd(text, start + 1);
  return isCallAt(text, end) || (text.charCodeAt(end) === 0x2d && isCallAt(text, lowerCaseRunEnd(text, end + 1)));
}

function isCallAt(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark !== 0x2d && mark !== 0x20) return false;
  const first = text.charCodeAt(at + 1);
  const second = text.charCodeAt(at + 2);
  return (first === 0x79 && second === 0x61) || (first === 0x61 && second === 0x68);
}

function lowerCaseRunEnd(text: string, start: number): number {
  let end = start;
  while (isLowerCase(text.charCodeAt(end))) end += 1;
  return end;
}

/** A small Latin letter, accented ones of Latin-1 included ("Ciarán", "Zoë"). */
function isLowerCase(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}
