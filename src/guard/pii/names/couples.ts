// Finds two people who share a surname, written as a couple on a form, a label or a guest list: "Dwayne & Marisol Kettering",
// "Ken & Judy Burrows", "MARISOL & DEREK FONTAINE". The first is a person by the second's side; a firm joined so ("Harbour &
// Finch Ltd", "Marsh & Ledger Lawyers") has no listed first name on both sides.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';
import { firstNamesThatAreWords, holdsFirmWord } from './english-name-words.ts';
import { capitalise, isListedFirstName } from './latin-name.ts';

export const coupleRecognizerName = 'couple-sharing-surname';

/** Two first names joined by "&", then one surname (a double one hyphenated), each capitalised or each in capitals. */
const couple = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+|\p{Lu}+) & (\p{Lu}\p{Ll}+|\p{Lu}+) (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?![\p{L}'’-])/gu;

/**
 * The first person alone and the second with the surname, as a couple's names are labelled.
 *
 * @example
 * findCouplesSharingSurname('Customer: Dwayne & Marisol Kettering').map((finding) => finding.text); // ['Dwayne', 'Marisol Kettering']
 * findCouplesSharingSurname('Bill to: Harlow & Finch Architects LLP'); // []
 */
export function findCouplesSharingSurname(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  if (!text.includes(' & ')) return findings;
  couple.lastIndex = 0;
  for (let match = couple.exec(text); match !== null; match = couple.exec(text)) {
    const [, first, second, surname] = match as unknown as [string, string, string, string];
    if (!opensField(text, match.index) || !isPersonsFirstName(first) || !isPersonsFirstName(second) || holdsFirmWord(capitalise(surname)))
      continue;
    const secondStart = match.index + first.length + 3;
    findings.push(createFinding({ type: 'PERSON', text: first, start: match.index, score: 0.75, recognizer: coupleRecognizerName }));
    findings.push(
      createFinding({ type: 'PERSON', text: `${second} ${surname}`, start: secondStart, score: 0.75, recognizer: coupleRecognizerName }),
    );
  }
  return findings;
}

/**
 * Whether the couple fills a field: at a line's start or after a label's colon, a dash, a bar, a tab, a comma, a quote or a
 * bracket. In a sentence the same shape is as often a show's or a shop's name ("we love Tom & Jerry Show reruns").
 */
function opensField(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at -= 1;
  return at < 0 || fieldOpeners.has(text.charCodeAt(at));
}

const fieldOpeners: ReadonlySet<number> = new Set([...'\n\t:：—–-|,;"“(\''].map((character) => character.charCodeAt(0)));

function isPersonsFirstName(word: string): boolean {
  const name = capitalise(word);
  return isListedFirstName(name) && !firstNamesThatAreWords.has(name);
}
