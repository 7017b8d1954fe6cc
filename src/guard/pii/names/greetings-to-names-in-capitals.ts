// A letter's or a notice's greeting to a name printed in capitals, as a booking, a benefits or a government system merges
// the name on its record into the letter ("Dear OK JA LIM,", "Hello HANNAH KWON,"): the line holds only the greeting and
// the name.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise, isListedFirstName } from './latin-name.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

const recognizerName = 'greeting-to-name-in-capitals';

const greetings = ['Dear', 'Hello', 'Hi', 'Greetings'];
/** The greetings' character pairs: a text holding none of them is read no further. */
const greetingWords = characterPairWords(...greetings);

/** A greeting, then two to four words in capitals, a comma and the line's end. */
const greetingLine = new RegExp(
  String.raw`^[ \t]*(?:${greetings.join('|')})[ \t]+([A-Z]{2,}(?:[ \t'-][A-Z]{2,}){1,3})[ \t]*,[ \t]*\r?$`,
  'gm',
);

/** The words a mail merge greets with when it holds no name ("Dear VALUED CUSTOMER,", "Hello TEAM MEMBER,"). */
const greetingWordsThatAreNoNames: ReadonlySet<string> = new Set([
  ...['Valued', 'Customer', 'Member', 'Team', 'Sir', 'Madam', 'Applicant', 'All', 'Guest', 'Client', 'Colleague', 'Colleagues'],
  ...['Patient', 'Parent', 'Parents', 'Resident', 'Residents', 'Tenant', 'Owner', 'Hr', 'It', 'Staff', 'Friend', 'Friends'],
  ...['Candidate', 'Employee', 'Occupier', 'Householder', 'Claimant', 'Taxpayer', 'Account', 'Holder', 'Policyholder'],
]);

/**
 * Names in capitals that a greeting's line holds alone, one of them a listed first name or a Korean surname, 0.8.
 * Remembered for the last text.
 *
 * @example
 * findGreetingsToNamesInCapitals('Dear OK JA LIM,\nThis confirms …').map((finding) => finding.text); // ['OK JA LIM']
 * findGreetingsToNamesInCapitals('Dear VALUED CUSTOMER,\nThis confirms …'); // []
 */
export const findGreetingsToNamesInCapitals = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, greetingWords)) return [];
  const findings: PiiFinding[] = [];
  greetingLine.lastIndex = 0;
  for (let match = greetingLine.exec(text); match !== null; match = greetingLine.exec(text)) {
    const name = match[1]!;
    const words = name.split(/[ \t'-]/).map(capitalise);
    // A romanised Korean syllable of a given name is an everyday word as often ("OK JA LIM"): only longer words are looked up.
    if (words.some((word) => greetingWordsThatAreNoNames.has(word) || (word.length > 3 && wordsThatAreNotNames.has(word)))) continue;
    if (!words.some((word) => isListedFirstName(word) || isKoreanSurnameInLatin(word))) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
