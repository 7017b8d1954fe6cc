// A message that ends with the writer's name after a dash ("…4대보험 신고할때 이걸로 해주세요. 감사합니다 - 응우옌 반 투안",
// "…내일 뵙겠습니다 - 김하늘"): a Korean full name, a given name right after its dash ("-소연"), or a foreigner's name in
// Hangul words.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { givenNameSyllables, hasCommonGivenName } from './korean-given-name-syllables.ts';
import { commonWordsLikeNames } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isHangulWordsName } from './speaker-names.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-sign-off-name';
/** A blank, a dash or a tilde, and the name that ends the text. */
const nameAfterDash = /[ \t][-–—~][ \t]*([가-힣]{2,4}(?: [가-힣]{1,3}){0,2})[ \t\r\n]*$/;

/**
 * The name signed after a dash at the end of `text`. 0.75.
 *
 * @example
 * findKoreanSignOffName('외국인등록증 새로 나왔어요. 감사합니다 - 응우옌 반 투안')?.text; // '응우옌 반 투안'
 * findKoreanSignOffName('서울 - 부산'); // undefined
 */
export const findKoreanSignOffName = rememberLastText((text: string): PiiFinding | undefined => {
  const match = nameAfterDash.exec(text);
  if (match === null) return undefined;
  const name = match[1]!;
  const fullName = name.length >= 3 && name.length <= 4 && isPlausibleKoreanName(name) && hasCommonGivenName(name);
  const start = match.index + match[0].indexOf(name);
  // A given name alone signs a friend's text with its dash right before it, after the message's last mark or ending
  // ("이걸로 저장해줘~ -소연"); "서울 -부산" is a route.
  const givenName =
    name.length === 2 &&
    isDash(text.charCodeAt(start - 1)) &&
    messageEnd.test(text.slice(Math.max(0, start - 3), start - 1)) &&
    givenNameSyllables.has(name.charAt(0)) &&
    givenNameSyllables.has(name.charAt(1)) &&
    !commonWordsLikeNames.has(name);
  if (!fullName && !givenName && !isHangulWordsName(name)) return undefined;
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName };
});

/**
 * Whether `text` ends in Hangul with a dash among its last characters: the cheap look before the search.
 *
 * @example
 * mayEndWithKoreanSignOff('감사합니다 - 김하늘'); // true
 */
export function mayEndWithKoreanSignOff(text: string): boolean {
  // The dash must stand somewhere: the marks of the text's one pass for its blanks say whether any does.
  if (!holdsWordBesideBlank(text, dashes)) return false;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end -= 1;
  const last = text.charCodeAt(end - 1);
  if (last < 0xac00 || last > 0xd7a3) return false;
  for (let at = end - 2; at >= 0 && at >= end - signOffReach; at -= 1) {
    const code = text.charCodeAt(at);
    if (isDash(code)) return true;
  }
  return false;
}

/** A message's last mark or polite or plain ending, then blanks, before a signature's dash. */
const messageEnd = /[~.!?^)♡♥ㅋㅎㅠㅜ요다줘해써어지야]\s*$/;

/** How far before the end a signature's dash may stand: a name of three words. */
const signOffReach = 16;

/** The dashes and the tilde that `isDash` takes, as marks of `holdsWordBesideBlank`. */
const dashes = wordsBesideBlanks({ marks: '-–—~' });

function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x7e;
}
