// A service's staff member called by the title of their post and a given name alone, as salons, spas, gyms, clinics, tour
// desks and job centres write them to customers ("Designer Rena has 10:30", "this is Coordinator Bora", "sessions stay
// with coach Jang", "our staff Jae-min will pack it", "instructor Kelly"): the post says a person follows.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { firstNamesThatAreWords, holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';
import { roleWords } from './contact-words.ts';

const recognizerName = 'staff-title-given-name';

/** The posts, each a word, that a salon, a spa, a gym, a clinic's or a tour's desk or a job centre calls its staff by. */
const staffTitles = [
  ...['designer', 'stylist', 'coordinator', 'instructor', 'coach', 'trainer', 'therapist', 'guide', 'concierge'],
  ...['counselor', 'counsellor', 'caseworker', 'esthetician', 'aesthetician', 'hairdresser', 'barber', 'manicurist'],
];
/** The posts' words as `mayHoldAnyWord` reads them. */
const titleWords = characterPairWords(...staffTitles, 'staff', 'lead');

/**
 * A post (capitalised or not, one of `staffTitles`, or "our staff", "the staff", "team lead", "shift lead"), perhaps a colon
 * ("Hand-over to evening concierge: Kenji."), a blank, then one capitalised word, perhaps a romanised Korean name's
 * syllables joined by a hyphen ("Jae-min"), that no capitalised word follows one blank after: "Staff Nurse", "Lead Technical
 * Artist" and "Coach Tama Herewini" are a post's name or a full name, read elsewhere; a form's next field stands further.
 */
const titleThenName = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${staffTitles.map((title) => `[${title.charAt(0).toUpperCase()}${title.charAt(0)}]${title.slice(1)}`).join('|')}|(?:[Oo]ur|[Tt]he)[ \t]+staff|(?:[Tt]eam|[Ss]hift)[ \t]+lead)(?:[ \t]+|[ \t]*(:)[ \t]+)([A-Z][a-z]{1,14}(?:-[a-z]{2,6})?)(?![\p{L}'’-])(?![ \t][A-Z])`,
  'gu',
);

const roles: ReadonlySet<string> = new Set(roleWords);

/** What ends a form's field or a sentence after a name: a mark, a bracket, a wide gap or the line's end. */
const fieldEnd = /^(?:[ \t]*[.,;(|]|[ \t]*\r?\n|[ \t]*$|[ \t]{2,})/;

/**
 * Whether the word after the post is a person's name: a Korean surname ("coach Jang", "Designer Min"), a listed first name
 * no everyday word shares, or any word no list holds as a word, a post's or a firm's ("Rena", "Bora", "Jae-min"), as the
 * post leaves little else to follow it.
 */
function isStaffName(word: string): boolean {
  if (isKoreanSurnameInLatin(word)) return true;
  if (wordsThatAreNotNames.has(word) || holdsFirmWord(word) || roles.has(word.toLowerCase())) return false;
  return !isListedFirstName(word) || !firstNamesThatAreWords.has(word);
}

/**
 * Given names after a staff member's post, 0.7. Remembered for the last text.
 *
 * @example
 * findStaffTitlesBeforeGivenNames('Hi! Designer Rena has 10:30 on Sat.').map((finding) => finding.text); // ['Rena']
 * findStaffTitlesBeforeGivenNames('Role: Staff Nurse, Band 5'); // []
 */
export const findStaffTitlesBeforeGivenNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, titleWords)) return [];
  const findings: PiiFinding[] = [];
  titleThenName.lastIndex = 0;
  for (let match = titleThenName.exec(text); match !== null; match = titleThenName.exec(text)) {
    const name = match[2]!;
    if (!isStaffName(name)) continue;
    // After a post's colon the name stands alone in its field ("concierge: Kenji.", "Therapist: Nok (Siriporn)"); words that go
    // on are the post's message ("Guide: Reminder: …", "Coordinator: Orthopedics has 19 June").
    if (match[1] !== undefined && !fieldEnd.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
