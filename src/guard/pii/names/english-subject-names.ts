// Finds a listed first name, and the surname after it, as the subject of a verb a person does ("Carlos called me yesterday",
// "Kevin Tan will pick it up", "Sarah from billing said"): the name needs no title or label there, and the first-name list
// keeps brands out ("Verizon called", "Amazon will refund").
import type { PiiFinding } from '../types.ts';
import { isWordCharacter } from '../feature-characters.ts';
import { commonFirstNames, firstNamesThatAreWords } from './english-name-words.ts';
import { worldFirstNames } from './world-first-names.ts';

export const englishSubjectNameRecognizerName = 'english-subject-name';

/**
 * Verbs (and "from", "here") that follow a person's name in support chat, as they stand after it in lower case; a word
 * with an apostrophe is read up to it ("can't", "didn't").
 */
const subjectVerbs: ReadonlySet<string> = new Set([
  ...['called', 'calls', 'phoned', 'rang', 'emailed', 'texted', 'messaged', 'wrote', 'said', 'says', 'told', 'tells', 'asked'],
  ...['mentioned', 'promised', 'confirmed', 'explained', 'replied', 'answered', 'helped', 'came', 'visited', 'arrived', 'left'],
  ...['ordered', 'booked', 'paid', 'signed', 'picked', 'dropped', 'sent', 'gave', 'installed', 'fixed', 'handled', 'took'],
  ...['tried', 'wants', 'wanted', 'needs', 'needed', 'lives', 'lived', 'works', 'worked', 'bought', 'received', 'moved'],
  ...['cancelled', 'canceled', 'changed', 'forgot', 'lost', 'will', 'would', 'can', 'could', 'should', 'is', 'was', 'has'],
  ...['had', 'did', 'does', 'didn', 'doesn', 'isn', 'wasn', 'won', 'hasn', 'never', 'also', 'just', 'already', 'still'],
  ...['from', 'here'],
]);
// Three letters at least: "Al", "Ed" and "Jo" are words and abbreviations as often.
const subjectNames = [...commonFirstNames, ...worldFirstNames].filter(
  (name) => /^[A-Z][a-z]{2,}$/.test(name) && !firstNamesThatAreWords.has(name),
);
const longestName = Math.max(...subjectNames.map((name) => name.length));
const longestVerb = Math.max(...[...subjectVerbs].map((verb) => verb.length));

/** A hash of the letters from `start` to `end`: a verb is first looked up by it, so most words are turned away unsliced. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash & 4095;
}

function hashTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(4096);
  for (const word of words) table[hashOf(word, 0, word.length)] = 1;
  return table;
}

const names: ReadonlySet<string> = new Set(subjectNames);
const longestSurname = 15;
/** Capitalised words after a first name that make it a place, a business or a team ("Grace Church will", "Jack Street is"). */
const wordsThatAreNotSurnames: ReadonlySet<string> = new Set([
  ...['Street', 'Road', 'Avenue', 'Park', 'Station', 'Hall', 'Church', 'Hospital', 'School', 'University', 'College', 'Center'],
  ...['Centre', 'Hotel', 'Tower', 'House', 'Bank', 'Energy', 'Telecom', 'Mobile', 'Motors', 'Airlines', 'Support', 'Team'],
  ...['Inc', 'Ltd', 'Corp', 'Company', 'Group', 'Store', 'Shop', 'Market', 'Pharmacy', 'Clinic', 'Service', 'Services'],
]);
const verbHashes = hashTable(subjectVerbs);

/** A hash of the four characters from `index` (a three-letter name's fourth is the blank after it). */
function prefixHash(text: string, index: number): number {
  const hash = ((text.charCodeAt(index) * 31 + text.charCodeAt(index + 1)) * 31 + text.charCodeAt(index + 2)) * 31;
  return (hash + text.charCodeAt(index + 3)) & 16383;
}

// Four times the size of the verbs' table: most capitals that open a word meet this test, so it should rarely let one by.
const namePrefixes = new Uint8Array(16384);
for (const name of subjectNames) namePrefixes[prefixHash(`${name} `, 0)] = 1;

/**
 * Whether a listed name may start at the capital `index`, by its first four characters: "The ", "Wher" and "Plea" fail
 * here, so the feature pass calls `subjectNameEndAt` at few capitals.
 *
 * @example
 * maySubjectNameStartAt('Carlos called me', 0); // true
 * maySubjectNameStartAt('The bill', 0); // false
 */
export function maySubjectNameStartAt(text: string, index: number): boolean {
  return index + 3 < text.length && namePrefixes[prefixHash(text, index)] === 1;
}

/** Where the lower-case letters from `start` end. Never reads past the text: a read out of bounds deoptimises the caller. */
function lowerCaseEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x61 || code > 0x7a) break;
    end += 1;
  }
  return end;
}

/**
 * Where the listed first name that starts at the capital `index` ends, when a listed verb follows it after one blank; -1
 * otherwise. The name's first four characters and the verb's hash turn most words away ("Where is", "Can you") before
 * anything is sliced.
 *
 * @example
 * subjectNameEndAt('Carlos called me', 0); // 6
 * subjectNameEndAt('Verizon called me', 0); // -1
 */
export function subjectNameEndAt(text: string, index: number): number {
  if (!maySubjectNameStartAt(text, index)) return -1;
  const nameEnd = lowerCaseEnd(text, index + 1);
  if (nameEnd - index > longestName || nameEnd + 1 >= text.length || text.charCodeAt(nameEnd) !== 0x20) return -1;
  // "Kevin Tan called": a capitalised word between the first name and the verb is its surname.
  let end = nameEnd;
  const afterName = text.charCodeAt(nameEnd + 1);
  if (afterName >= 0x41 && afterName <= 0x5a) {
    end = lowerCaseEnd(text, nameEnd + 2);
    if (end - nameEnd - 1 < 2 || end - nameEnd - 1 > longestSurname || end + 1 >= text.length || text.charCodeAt(end) !== 0x20) return -1;
  }
  const verbEnd = lowerCaseEnd(text, end + 1);
  const verbLength = verbEnd - end - 1;
  if (verbLength < 2 || verbLength > longestVerb || verbHashes[hashOf(text, end + 1, verbEnd)] !== 1) return -1;
  // The verb ends its word: "Kevin isn't", not "Kevin islands".
  if (verbEnd < text.length && isWordCharacter(text.charCodeAt(verbEnd))) return -1;
  if (!subjectVerbs.has(text.slice(end + 1, verbEnd)) || !names.has(text.slice(index, nameEnd))) return -1;
  if (end !== nameEnd && wordsThatAreNotSurnames.has(text.slice(nameEnd + 1, end))) return -1;
  return end;
}

/**
 * The caller runs this where the feature pass saw such a name (`textFeature.nameBeforeVerb`); a name within a word
 * ("O'Kevin") is none.
 *
 * @example
 * findSubjectNames('Yesterday Carlos called me about the bill').map((finding) => finding.text); // ['Carlos']
 */
export function findSubjectNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (let index = subjectNameAfter(text, 0); index !== -1; index = subjectNameAfter(text, index + 1)) {
    const end = subjectNameEndAt(text, index);
    findings.push({
      type: 'PERSON',
      start: index,
      end,
      text: text.slice(index, end),
      score: 0.6,
      recognizer: englishSubjectNameRecognizerName,
    });
  }
  return findings;
}

/** Where the first subject name at or after `from` starts, or -1. */
function subjectNameAfter(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x41 || code > 0x5a || (index > 0 && continuesWord(text.charCodeAt(index - 1)))) continue;
    if (subjectNameEndAt(text, index) !== -1) return index;
  }
  return -1;
}

/** Whether a capital after this character is inside a word ("McKevin", "O'Kevin", "x-Kevin", "e.Kevin"), not a name's start. */
export function continuesWord(code: number): boolean {
  return isWordCharacter(code) || code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
}
