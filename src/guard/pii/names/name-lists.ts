// Finds the names that follow a name already found in a list of people: "참석자: 이승훈 본부장, 탁민지 팀장, 공서연, 표재성",
// "보호자: 부 황석진 / 모 우미경", "Attendees: John Smith, Priya Raman".
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { jobTitles } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { latinNameAfter } from './latin-name.ts';

export const nameListRecognizerName = 'listed-person-name';

/** Words that may stand before or after a name in a list: titles, and a parent's or a relative's mark (부, 모). */
const wordsAroundName: ReadonlySet<string> = new Set([...jobTitles, '부', '모', '부친', '모친', '아들', '딸', '남편', '아내']);
/** How many names a list may run to after the first. */
const longestList = 20;

/**
 * The names after `first` in the same list: each after a comma or a slash, with a title or a relative's mark allowed
 * around it; a Korean full name with common given-name syllables, or a Latin full name that opens with a listed first name.
 *
 * @example
 * namesListedAfter('참석자: 이승훈 본부장, 공서연, 표재성', { type: 'PERSON', start: 5, end: 8, text: '이승훈', score: 0.85, recognizer: 'x' }).map((finding) => finding.text);
 * // ['공서연', '표재성']
 */
export function namesListedAfter(text: string, first: PiiFinding): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const korean = isHangulSyllable(first.text.charCodeAt(0));
  let end = first.end;
  for (let count = 0; count < longestList; count += 1) {
    const next = korean ? koreanNameAfterSeparator(text, end) : latinNameAfterComma(text, end);
    if (next === undefined) break;
    findings.push(next);
    end = next.end;
  }
  return findings;
}

function koreanNameAfterSeparator(text: string, from: number): PiiFinding | undefined {
  let at = skipWordAround(text, from);
  const separator = text.charCodeAt(at);
  if (separator !== 0x2c && separator !== 0x2f) return undefined;
  at += 1;
  while (text.charCodeAt(at) === 0x20) at += 1;
  // A role before the name ("모 우미경", "팀장 구하은").
  const wordEnd = hangulRunEndAfter(text, at);
  if (text.charCodeAt(wordEnd) === 0x20 && wordsAroundName.has(text.slice(at, wordEnd))) at = wordEnd + 1;
  const end = hangulRunEndAfter(text, at);
  const candidate = text.slice(at, end);
  if (candidate.length < 3 || candidate.length > 4 || !isPlausibleKoreanName(candidate) || !hasCommonGivenName(candidate)) return undefined;
  // The name ends its item: in "검토자 이영희 / 승인자 박철수" a role follows the slash, and its person after it.
  if (
    text.charCodeAt(end) === 0x20 &&
    isHangulSyllable(text.charCodeAt(end + 1)) &&
    !wordsAroundName.has(text.slice(end + 1, hangulRunEndAfter(text, end + 1)))
  )
    return undefined;
  return { type: 'PERSON', start: at, end, text: candidate, score: 0.75, recognizer: nameListRecognizerName };
}

/** Where the list goes on after a name: past a title after it ("이승훈 본부장,") and blanks. */
function skipWordAround(text: string, from: number): number {
  let at = from;
  if (text.charCodeAt(at) === 0x20) {
    const wordEnd = hangulRunEndAfter(text, at + 1);
    if (wordsAroundName.has(text.slice(at + 1, wordEnd))) at = wordEnd;
  }
  while (text.charCodeAt(at) === 0x20) at += 1;
  return at;
}

function latinNameAfterComma(text: string, from: number): PiiFinding | undefined {
  if (text.charCodeAt(from) !== 0x2c) return undefined;
  let at = from + 1;
  while (text.charCodeAt(at) === 0x20) at += 1;
  const name = latinNameAfter(text, { start: at });
  if (name === undefined || name.wordCount < 2 || !name.knownFirstName) return undefined;
  return {
    type: 'PERSON',
    start: name.start,
    end: name.end,
    text: text.slice(name.start, name.end),
    score: 0.75,
    recognizer: nameListRecognizerName,
  };
}
