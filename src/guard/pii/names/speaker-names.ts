// Finds the speakers of a chat log or a transcript, named before the colon that opens their line: "신입 조하늘: 네! 토스뱅크
// …", "조하늘: 확인했어요", "> Jiwon: 네! M29045713 입니다."
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { firstNamesThatAreWords } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

export const speakerNameRecognizerName = 'speaker-name';

/** How far into a line the speaker's colon may stand ("총무팀 박 과장: " is at its edge). */
const speakerReach = 16;
/**
 * What a spoken turn holds and a form's value does not: a polite or plain sentence ending, a question or an exclamation,
 * laughter or tears ("네! 토스뱅크 …입니다", "확인했어요", "ㅋㅋ"). A form's "배송지: 서울시 …" holds none.
 */
const spokenTurn = /[요다까죠네!?ㅋㅎㅠ~]/;
/** A Latin speaker: a listed first name, and a surname or an initial after it ("Jiwon", "Priya S."). */
const latinSpeaker = /([A-Z][a-z]{2,14})(?: [A-Z][a-z]{1,14}| [A-Z]\.)?$/;

/**
 * Speakers named where a line opens: a Korean full name (three syllables of a surname and common given-name syllables),
 * after at most one word of role ("신입", "팀장"), or a listed Latin first name; then a colon and a spoken turn.
 *
 * @example
 * findSpeakerNames('총무팀 박 과장: 계좌 알려주세요\n신입 조하늘: 네! 1000-2739-4418입니다').map((finding) => finding.text); // ['조하늘']
 * findSpeakerNames('배송지: 서울시 강남구'); // []
 */
export function findSpeakerNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (let lineStart = 0; lineStart !== -1;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const colon = colonNear(text, lineStart, lineEnd);
    if (colon !== -1 && spokenTurn.test(text.slice(colon + 1, lineEnd))) {
      const finding = speakerBefore(text, { lineStart, colon });
      if (finding !== undefined) findings.push(finding);
    }
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
  }
  return findings;
}

/** The colon within `speakerReach` of the line's start, or -1. */
function colonNear(text: string, lineStart: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, lineStart + speakerReach);
  for (let at = lineStart + 2; at < limit; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x3a || code === 0xff1a) return at;
  }
  return -1;
}

function speakerBefore(text: string, at: { lineStart: number; colon: number }): PiiFinding | undefined {
  let end = at.colon;
  while (end > at.lineStart && text.charCodeAt(end - 1) === 0x20) end -= 1;
  if (isHangulSyllable(text.charCodeAt(end - 1))) {
    const start = end - 3;
    // The name opens the line or follows one word of role; nothing else stands before it.
    if (start < at.lineStart || isHangulSyllable(text.charCodeAt(start - 1)) || hangulRunEndAfter(text, start) !== end) return undefined;
    if (start > at.lineStart && !isRoleWordBefore(text, { lineStart: at.lineStart, nameStart: start })) return undefined;
    const name = text.slice(start, end);
    if (!isPlausibleKoreanName(name) || !hasCommonGivenName(name)) return undefined;
    return finding(text, { start, end });
  }
  // "> Jiwon:", "Priya S.:": a quoting mark may open the line.
  let from = at.lineStart;
  while (from < end && (text.charCodeAt(from) === 0x3e || text.charCodeAt(from) === 0x20)) from += 1;
  const match = latinSpeaker.exec(text.slice(from, end));
  if (match === null || match.index !== 0) return undefined;
  const first = match[1]!;
  if (!isListedFirstName(first) || firstNamesThatAreWords.has(first)) return undefined;
  return finding(text, { start: from, end });
}

/** Whether the only thing before the name is one Hangul word and a blank ("신입 ", "팀장 "). */
function isRoleWordBefore(text: string, at: { lineStart: number; nameStart: number }): boolean {
  if (text.charCodeAt(at.nameStart - 1) !== 0x20) return false;
  return hangulRunEndAfter(text, at.lineStart) === at.nameStart - 1 && at.nameStart - 1 > at.lineStart;
}

function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.7, recognizer: speakerNameRecognizerName };
}
