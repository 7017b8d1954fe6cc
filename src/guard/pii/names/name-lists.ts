// Finds the names that follow a name already found in a list of people: "참석자: 이승훈 본부장, 탁민지 팀장, 공서연, 표재성",
// "보호자: 부 황석진 / 모 우미경", "Attendees: John Smith, Priya Raman"; and the list's first item before a Latin name found
// after it ("Crew: Devon Pike, Ahmad Karimi").
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, isHangulSyllable } from './hangul.ts';
import { givenNameSyllables, hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { jobTitles } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { latinNameAfter } from './latin-name.ts';
import { holdsFirmWord, placesNamedAfterPeople } from './english-name-words.ts';

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
  let misses = 0;
  for (let count = 0; count < longestList; count += 1) {
    const next = korean ? koreanNameAfterSeparator(text, end) : latinNameAfterComma(text, end);
    if (next !== undefined) {
      findings.push(next);
      end = next.end;
      misses = 0;
      continue;
    }
    // A Korean list goes on past an item that is no name it reads ("권오성, 봉미래, 지석구 회장님, 길자 언니, 하정민"): to the
    // next separator on the line, a short item away, twice in a row at most.
    const following = korean && misses < 2 ? nextSeparatorAfter(text, skipWordAround(text, end) + 1) : -1;
    if (following === -1) break;
    end = following;
    misses += 1;
  }
  return findings;
}

/** How long an item of a list may be that the list is read past. */
const longestSkippedItem = 16;

/** The next comma or slash on the line after `from`, within a short item; -1 when there is none. */
function nextSeparatorAfter(text: string, from: number): number {
  for (let at = from; at < text.length && at - from <= longestSkippedItem; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x2c || code === 0x2f) return at;
    if (code === 0x0a || code === 0x2e || code === 0x3a) return -1;
  }
  return -1;
}

function koreanNameAfterSeparator(text: string, from: number, options: { givenNames?: boolean } = {}): PiiFinding | undefined {
  let at = skipWordAround(text, from);
  const separator = text.charCodeAt(at);
  // A comma, a slash, or the middle dot a claim's or a report's prose lists people with ("동승자 석민규·나재원·오세창").
  if (separator !== 0x2c && separator !== 0x2f && separator !== 0xb7) return undefined;
  at += 1;
  while (text.charCodeAt(at) === 0x20) at += 1;
  // A role before the name ("모 우미경", "팀장 구하은").
  const wordEnd = hangulRunEndAfter(text, at);
  if (text.charCodeAt(wordEnd) === 0x20 && wordsAroundName.has(text.slice(at, wordEnd))) at = wordEnd + 1;
  const end = hangulRunEndAfter(text, at);
  const candidate = text.slice(at, end);
  if (candidate.length === 2) return options.givenNames === false ? undefined : givenNameInList(text, { start: at, end });
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

/** The elder's and polite words after a given name that say a list's item is a person ("길자 언니", "은미 이모"). */
const afterGivenName: ReadonlySet<string> = new Set(['언니', '오빠', '누나', '형', '님', '씨', '이모', '삼촌']);

/**
 * A given name of two given-name syllables alone as an item of a list of people, no common word, with an elder's or a
 * polite word after it ("길자 언니") or a full name as the next item ("봉미래, 나현, 지석구"); 0.6. A list of things holds
 * words of those syllables too ("김민수, 물통, 수건").
 */
function givenNameInList(text: string, span: { start: number; end: number }): PiiFinding | undefined {
  const name = text.slice(span.start, span.end);
  if (![...name].every((syllable) => givenNameSyllables.has(syllable)) || isCommonKoreanNoun(name)) return undefined;
  const next = text.charCodeAt(span.end);
  const called = next === 0x20 && afterGivenName.has(text.slice(span.end + 1, hangulRunEndAfter(text, span.end + 1)));
  const beforeFullName =
    (next === 0x2c || next === 0x2f || next === 0xb7) && koreanNameAfterSeparator(text, span.end, { givenNames: false }) !== undefined;
  return called || beforeFullName ? { type: 'PERSON', ...span, text: name, score: 0.6, recognizer: nameListRecognizerName } : undefined;
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
  // A house's or a firm's name after a person's ("Amy Jo Tranter, Rose Cottage, 4 Church Lane").
  if (name === undefined || name.wordCount < 2 || !name.knownFirstName || holdsFirmWord(text.slice(name.start, name.end))) return undefined;
  return {
    type: 'PERSON',
    start: name.start,
    end: name.end,
    text: text.slice(name.start, name.end),
    score: 0.75,
    recognizer: nameListRecognizerName,
  };
}

/**
 * A label of a list of people (a crew, a team, those present), then the list's first item of two capitalised words and a
 * comma, right before the found name: the first of the list, whose first name is a place's or a word's too ("Crew: Devon
 * Pike, Ahmad Karimi"); a route's or a venue's label takes places ("Route: Devon Coast, Mary Jones").
 */
const firstItemAfterLabel =
  /(?:^|\n|[ \t]{2}|\t|\|)[ \t]*(?:(?:On[ \t]site|Site|Field|Install|Work|Job)[ \t])?(?:Crew|Team|Gang|Engineers?|Installers?|Technicians?|Operatives?|Fitters?|Attendees|Attending|Present|Participants|Members|Staff)[ \t]*:[ \t]*([A-Z][a-z]{1,20} [A-Z][a-z'’-]{1,20}),[ \t]*$/i;

/**
 * The list's first item before `found`, a Latin full name found as the second item of a labelled list; 0.7.
 *
 * @example
 * nameListedBefore('Crew: Devon Pike, Ahmad Karimi', { type: 'PERSON', start: 18, end: 30, text: 'Ahmad Karimi', score: 0.8, recognizer: 'x' })?.text;
 * // 'Devon Pike'
 */
export function nameListedBefore(text: string, found: PiiFinding): PiiFinding | undefined {
  if (text.charCodeAt(found.start - 1) !== 0x20 && text.charCodeAt(found.start - 1) !== 0x2c) return undefined;
  if (!/^[A-Z][a-z]+ [A-Z]/.test(found.text)) return undefined;
  const before = firstItemAfterLabel.exec(text.slice(Math.max(0, found.start - 64), found.start));
  if (before === null) return undefined;
  const item = before[1]!;
  if (holdsFirmWord(item) || item.split(' ').some((word) => placesNamedAfterPeople.has(word))) return undefined;
  const start = found.start - (before[0].length - before[0].indexOf(item, before[0].indexOf(':')));
  return { type: 'PERSON', start, end: start + item.length, text: item, score: 0.7, recognizer: nameListRecognizerName };
}
