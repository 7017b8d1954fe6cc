// The staff member who wrote an entry of an online journal or a case log, named on the entry's heading line with their
// post in brackets after the date and the time ("12 Aug 2024 16:40 — Femi (Work Coach)", "15 Aug 11:03 – Jas (Case
// Manager)"): a claimant's journal with a job centre, a council's or a clinic's case notes.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'journal-entry-author';

/**
 * A line of its own: a day, a month's name, perhaps a year, a time, a dash, then one or two capitalised words and a post of
 * up to three words in brackets.
 */
const entryHeading =
  /^[ \t]*\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?: \d{4})?,? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?[ \t]+[—–-][ \t]+([A-Z][\p{Ll}'’-]{1,20}(?: [A-Z][\p{Ll}'’-]{1,20})?)[ \t]*\(([A-Za-z]+(?: [A-Za-z]+){0,2})\)[ \t]*\r?$/gmu;

/** The last word of a post that staff a journal or a case log ("Work Coach", "Case Manager", "Duty Officer"). */
const staffPostEndings: ReadonlySet<string> = new Set([
  ...['coach', 'manager', 'worker', 'caseworker', 'officer', 'adviser', 'advisor', 'agent', 'assessor', 'consultant'],
  ...['nurse', 'practitioner', 'counsellor', 'counselor', 'navigator', 'coordinator', 'supervisor', 'mentor', 'keyworker'],
]);

/**
 * Authors of a journal's entries, their post in brackets after the name, 0.75. Remembered for the last text.
 *
 * @example
 * findJournalEntryAuthors('12 Aug 2024 16:40 — Femi (Work Coach)\nThanks.').map((finding) => finding.text); // ['Femi']
 * findJournalEntryAuthors('12 Aug 2024 16:40 — Payments (Service Centre)\nPaid.'); // []
 */
export const findJournalEntryAuthors = rememberLastText((text: string): readonly PiiFinding[] => {
  // Every heading's time holds a colon between digits, which sets `colon`, and a post in brackets after a blank.
  if ((textFeatures(text).flags & textFeature.colon) === 0 || !holdsClockTime(text) || !text.includes(' (')) return [];
  const findings: PiiFinding[] = [];
  entryHeading.lastIndex = 0;
  for (let match = entryHeading.exec(text); match !== null; match = entryHeading.exec(text)) {
    const [line, name, post] = match as unknown as [string, string, string];
    const postWords = post.toLowerCase().split(' ');
    if (!staffPostEndings.has(postWords[postWords.length - 1]!)) continue;
    const words = name.split(' ');
    if (words.some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWord(name)) continue;
    // A service's or a scheme's name of two words heads an automatic entry ("Universal Credit (Work Coach)"): a full name
    // there opens with a listed first name.
    if (words.length === 2 && !isListedFirstName(words[0]!)) continue;
    const start = match.index + line.indexOf(name, line.search(/[—–-][ \t]/));
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/** Whether a colon stands between two digits ("16:40"), as every heading's time holds one. */
function holdsClockTime(text: string): boolean {
  for (let at = text.indexOf(':', 1); at !== -1; at = text.indexOf(':', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if (before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39) return true;
  }
  return false;
}
