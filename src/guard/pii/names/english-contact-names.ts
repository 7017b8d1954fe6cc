// Finds a common first name (or a common surname alone) right after a role ("the driver Kevin", "the engineer Lee") or a
// verb of reaching someone ("I talked to Carlos", "transfer me to Mark", "tell Grace"): mid-sentence, English capitalises a
// name there, and the name lists keep brands and places out ("the driver Uber assigned", "talked to Verizon").
import type { PiiFinding } from '../types.ts';
import { isCapitalAfterContactWord } from './contact-words.ts';
import { commonSurnames } from './english-surnames.ts';
import { latinNameAfter } from './latin-name.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';

export const englishContactNameRecognizerName = 'english-contact-name';

/** A blank and a capital: where a capitalised word may start mid-sentence (the rest is checked in place). */
const blankThenCapital = / [A-Z]/g;

/**
 * The caller runs this where the feature pass saw a capital right after a contact word (`isCapitalAfterContactWord`). The
 * name needs a listed first name, a full one too: "talked to Hanbit Energy" is a company.
 *
 * @example
 * findNamesAfterContactWords('I talked to Carlos yesterday').map((finding) => finding.text); // ['Carlos']
 * findNamesAfterContactWords('The driver Kevin was late').map((finding) => finding.text); // ['Kevin']
 */
export function findNamesAfterContactWords(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  blankThenCapital.lastIndex = 0;
  // `test` leaves `lastIndex` right after the capital, with no match array per hit.
  while (blankThenCapital.test(text)) {
    const start = blankThenCapital.lastIndex - 1;
    if (!isCapitalAfterContactWord(text, start) || isPetCalled(text, start)) continue;
    const name = latinNameAfter(text, { start });
    if (name === undefined) continue;
    const nameText = text.slice(name.start, name.end);
    // A listed first name, or a listed surname alone ("the engineer Lee"): a brand or a place is neither. Who to ask for at
    // a number given just before is a person whatever the name ("WhatsApp +52 55 4128 9031, ask for Memo").
    const score = name.knownFirstName
      ? name.wordCount >= 2
        ? 0.8
        : 0.7
      : name.wordCount === 1 && commonSurnames.has(nameText)
        ? 0.65
        : isAskedForAtNumber(text, start) && !wordsThatAreNotNames.has(nameText)
          ? 0.65
          : 0;
    if (score === 0) continue;
    findings.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: nameText,
      score,
      recognizer: englishContactNameRecognizerName,
    });
    blankThenCapital.lastIndex = name.end;
  }
  return findings;
}

/** "ask for" or "look for" right before the name, and a phone's digits a few words before that. */
const askedForAfterNumber = /\d[\d ()-]{5,}\d[^\d\n]{0,16}\b(?:ask|look)[ \t]+for[ \t]+$/i;

function isAskedForAtNumber(text: string, nameStart: number): boolean {
  return askedForAfterNumber.test(text.slice(Math.max(0, nameStart - 48), nameStart));
}

/** A pet's word before "called" or "named" ("a dog called Nelson", "the cat's named Biscuit"): the name is the animal's. */
const petBeforeCall =
  /\b(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|pets?|rabbits?|hamsters?|parrots?|horses?|pony|ponies|tortoises?)(?:'s|[ \t]+is)?[ \t]+(?:called|named)[ \t]+$/i;

function isPetCalled(text: string, nameStart: number): boolean {
  return petBeforeCall.test(text.slice(Math.max(0, nameStart - 40), nameStart));
}
