// Finds the people a word for them introduces in brackets: a relative with an age or a phone ("Son (Ethan, 5) had similar
// sx", "Husband (Emeka, 347-602-1185) at bedside", "아들(민준, 5세)"), and the members of a party after its count ("설치
// 엔지니어 2명(임도훈, 추재혁)"). Clinical notes, claims and dispatch plans write them so; the bracket says who, the word
// before it that a person is meant.
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isGivenNameCalledOut } from './vocative-names.ts';

const recognizerName = 'name-in-brackets-after-person';

/** A relative right before the bracket ("Son (", "daughter ("), or a count of people ("2명(", "3인 ("). */
const relativeBefore =
  /(?:^|[^A-Za-z])(?:[Ss]on|[Dd]aughter|[Cc]hild|[Kk]id|[Bb]rother|[Ss]ister|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Bb]aby|[Gg]randson|[Gg]randdaughter|[Nn]ephew|[Nn]iece)s?[ \t]*$/;
const koreanRelativeBefore = /(?:아들|딸|자녀|손자|손녀|남편|아내|동생|조카|아이)[ \t]*$/;
const countBefore = /\d[ \t]*[명인][ \t]*$/;
/** A phone after the name in the bracket instead of an age ("Emeka, 347-602-1185)"). */
const phoneInBracket = String.raw`\+?[\d(][\d ().-]{6,18}\d`;
/** After the bracket: a name and an age or a phone ("Ethan, 5)", "Mia Chen, 3 yrs)", "Emeka, 347-602-1185)"). */
const nameAndAge = new RegExp(
  String.raw`[ \t]*([A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20})?)[ \t]*,[ \t]*(?:\d{1,2}(?:[ \t]*(?:y\/?o|yrs?|years?(?:[ \t]+old)?|mo|months?))?|${phoneInBracket})[ \t]*\)`,
  'y',
);
/** The same in Korean ("민준, 5세)", "하윤, 만 3세)", "민수, 010-4417-8803)"). */
const koreanNameAndAge = new RegExp(
  String.raw`[ \t]*([가-힣]{2,4})[ \t]*,[ \t]*(?:(?:만[ \t]*)?\d{1,2}[ \t]*(?:세|살|개월)|${phoneInBracket})[ \t]*\)`,
  'y',
);
/** Full names apart by commas ("임도훈, 추재혁)"). */
const listedNames = /[ \t]*([가-힣]{2,4}(?:[ \t]*[,·][ \t]*[가-힣]{2,4})+)[ \t]*\)/y;
/** How far before the bracket its relative or count is read. */
const reach = 16;

/**
 * Names in brackets after a relative with an age, or after a count of people, 0.8. Read at each bracket.
 *
 * @example
 * findNamesInBracketsAfterPeople('Son (Ethan, 5) had similar sx').map((finding) => finding.text); // ['Ethan']
 * findNamesInBracketsAfterPeople('설치 엔지니어 2명(임도훈, 추재혁) 파견').map((finding) => finding.text); // ['임도훈', '추재혁']
 */
export const findNamesInBracketsAfterPeople = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    // Each word before a bracket here ends in a letter or Hangul (son, 딸, 명), after a blank at most.
    const last = text.charCodeAt(text.charCodeAt(open - 1) === 0x20 ? open - 2 : open - 1);
    if (!((last >= 0x61 && last <= 0x7a) || (last >= 0xac00 && last <= 0xd7a3))) continue;
    const before = text.slice(Math.max(0, open - reach), open);
    if (relativeBefore.test(before)) addMatch(text, { pattern: nameAndAge, at: open + 1, findings, accepts: isLatinName });
    else if (koreanRelativeBefore.test(before))
      addMatch(text, { pattern: koreanNameAndAge, at: open + 1, findings, accepts: isKoreanNameOrGivenName });
    else if (countBefore.test(before)) addListedNames(text, open + 1, findings);
  }
  return findings;
});

function addMatch(
  text: string,
  options: { pattern: RegExp; at: number; findings: PiiFinding[]; accepts: (name: string) => boolean },
): void {
  options.pattern.lastIndex = options.at;
  const match = options.pattern.exec(text);
  if (match === null || !options.accepts(match[1]!)) return;
  options.findings.push(finding(text, text.indexOf(match[1]!, options.at), match[1]!));
}

function isLatinName(name: string): boolean {
  return !name.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word));
}

/** A given name alone, as a family calls a child, or a full name. */
function isKoreanNameOrGivenName(name: string): boolean {
  return isPlausibleKoreanName(name) || isGivenNameCalledOut(name);
}

/** Every item a full name: "2명(성인, 소아)" lists kinds of people. */
function addListedNames(text: string, at: number, findings: PiiFinding[]): void {
  listedNames.lastIndex = at;
  const match = listedNames.exec(text);
  if (match === null) return;
  const names = match[1]!.split(/[ \t]*[,·][ \t]*/);
  if (!names.every((name) => name.length >= 3 && isPlausibleKoreanName(name) && hasCommonGivenName(name))) return;
  let from = at;
  for (const name of names) {
    const start = text.indexOf(name, from);
    findings.push(finding(text, start, name));
    from = start + name.length;
  }
}

/** Whether the text may hold such a bracket: an opening bracket and a digit. */
export function mayHoldNamesInBracketsAfterPeople(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.digit) && text.includes('(');
}

function finding(text: string, start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName };
}
