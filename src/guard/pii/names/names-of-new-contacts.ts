// The name a message to a new number asks for or its answer confirms, as buyers, customers and sellers text one another
// ("hi is this Jordan?", "hey is this Wren from Mossback Farm?", "Yes this is Jordan.", "Yes! Wren here."): the question
// and the answer stop at the name, so a name no list holds is read by that shape.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase, wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'name-of-new-contact';

/** A capitalised given name, perhaps with a surname, as people text it. */
const name = String.raw`([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?(?:[ \t]+[A-Z][a-z]{1,20})?)`;
/**
 * "is this Jordan?" or "is this Wren from …" where a message or a sentence starts, a greeting perhaps before it; "(yes) this
 * is Jordan." and "Wren here." as the answer, where a line or a sentence starts.
 */
const askedOrConfirmed = new RegExp(
  String.raw`(?:^|[.!?][ \t]+|\b(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]ola|[Ss]orry|[Yy]es|[Yy]ep|[Yy]eah|[Yy]up)[,!.]?[ \t]+)(?:(?:[Ii]s this|[Tt]his is)[ \t]+${name}(?=[ \t]*(?:\?|[.!,]?[ \t]*$)|[ \t]+from[ \t]+[A-Z])|${name}[ \t]+here(?=[ \t]*[.!,]))`,
  'gm',
);

/** Days, months and services that the same words stand before ("is this Monday?", "this is Google."). */
const notContacts: ReadonlySet<string> = new Set([
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'It', 'This', 'That'],
  ...['Google', 'Amazon', 'Apple', 'Microsoft', 'Samsung', 'Venmo', 'Paypal', 'PayPal', 'Zelle', 'Marketplace', 'Craigslist'],
  ...['Correct', 'Right', 'Real', 'Legit', 'Still', 'Available', 'Everything', 'Everyone', 'Support', 'Me', 'He', 'She'],
]);

const newContactWords = characterPairWords('s this ', 'his is ', ' here');

/**
 * Whether `text` may ask a new contact's name or confirm it: "this" or "here" after a blank.
 *
 * @example
 * mayHoldNewContactsName('hi is this Jordan?'); // true
 */
export function mayHoldNewContactsName(text: string): boolean {
  return mayHoldAnyWord(text, newContactWords) && (text.includes('s this ') || text.includes('his is ') || text.includes(' here'));
}

/**
 * The names asked after or confirmed, 0.7. Remembered for the last text.
 *
 * @example
 * findNamesOfNewContacts('hi is this Jordan? I bought the controller').map((finding) => finding.text); // ['Jordan']
 * findNamesOfNewContacts('hi is this Thursday still ok?'); // []
 */
export const findNamesOfNewContacts = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldNewContactsName(text)) return [];
  const findings: PiiFinding[] = [];
  askedOrConfirmed.lastIndex = 0;
  for (let match = askedOrConfirmed.exec(text); match !== null; match = askedOrConfirmed.exec(text)) {
    const found = match[1] ?? match[2]!;
    const first = found.split(/[ \t]/)[0]!;
    if (notContacts.has(first) || wordsThatAreNotNames.has(first) || holdsFirmWordInAnyCase(found)) continue;
    const start = match.index + match[0].lastIndexOf(found);
    findings.push({ type: 'PERSON', start, end: start + found.length, text: found, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
