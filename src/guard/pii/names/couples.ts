// Finds two people who share a surname, written as a couple on a form, a label or a guest list: "Dwayne & Marisol Kettering",
// "Ken & Judy Burrows", "MARISOL & DEREK FONTAINE", "Host family: Colin and Denise Ashworth". The first is a person by the second's side; a firm joined so ("Harbour &
// Finch Ltd", "Marsh & Ledger Lawyers") has no listed first name on both sides.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';
import { firstNamesThatAreWords, holdsFirmWord } from './english-name-words.ts';
import { capitalise, isListedFirstName } from './latin-name.ts';

export const coupleRecognizerName = 'couple-sharing-surname';

/**
 * Two first names joined by "&" or "and", the second perhaps a joined one ("Mei-Ling"), then one surname (a double one
 * hyphenated), each capitalised or each in capitals.
 */
const couple =
  /(\p{Lu}\p{Ll}+|\p{Lu}+)( & | and | AND )(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}+) (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?![\p{L}'’-])/uy;
/** The joints a couple is written with, each looked for with `indexOf` before the pattern reads the words around it. */
const joints = [' & ', ' and ', ' AND '];

/**
 * The first person alone and the second with the surname, as a couple's names are labelled.
 *
 * @example
 * findCouplesSharingSurname('Customer: Dwayne & Marisol Kettering').map((finding) => finding.text); // ['Dwayne', 'Marisol Kettering']
 * findCouplesSharingSurname('Bill to: Harlow & Finch Architects LLP'); // []
 */
export function findCouplesSharingSurname(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const joint of joints)
    for (let at = text.indexOf(joint); at !== -1; at = text.indexOf(joint, at + joint.length)) {
      const start = wordStartBefore(text, at);
      if (start === at || !opensField(text, start)) continue;
      couple.lastIndex = start;
      const match = couple.exec(text);
      if (match === null) continue;
      const [, first, , second, surname] = match as unknown as [string, string, string, string, string];
      if (!isPersonsFirstName(first) || !isPersonsFirstName(second) || holdsFirmWord(capitalise(surname))) continue;
      const secondStart = at + joint.length;
      findings.push(createFinding({ type: 'PERSON', text: first, start, score: 0.75, recognizer: coupleRecognizerName }));
      findings.push(
        createFinding({ type: 'PERSON', text: `${second} ${surname}`, start: secondStart, score: 0.75, recognizer: coupleRecognizerName }),
      );
    }
  return findings;
}

/** Where the word of letters that ends at `end` starts (`end` itself when a letter's apostrophe or hyphen ends it). */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start -= 1;
  return start > 0 && /['’-]/.test(text.charAt(start - 1)) ? end : start;
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

/** A listed first name, no everyday word; a joined one ("Mei-Ling", "Anne-Marie") by its first part. */
function isPersonsFirstName(word: string): boolean {
  const hyphen = word.indexOf('-');
  const name = capitalise(hyphen === -1 ? word : word.slice(0, hyphen));
  return isListedFirstName(name) && !firstNamesThatAreWords.has(name);
}
