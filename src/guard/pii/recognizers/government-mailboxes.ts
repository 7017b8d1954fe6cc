// A public body's boxes at its own domain (.go.kr, .gov, .gov.uk, .gc.ca, .mil…): a district office's, a court's or an
// agency's desk is named for what it handles ("passport@", "copsonline@", "publicrecords@", "udong@" for a 동's office),
// while its staff's boxes are named for them ("cmendoza@", "ys.maeng@", "hys1207@"). At such a domain a box that reads as
// no one's name is a desk's, where a firm's domain may give its staff any handle.
import { commonFirstNames } from '../names/english-name-words.ts';
import { commonSurnames } from '../names/english-surnames.ts';
import { isKoreanSurnameInLatin, isRomanisedGivenName } from '../names/romanised-korean-names.ts';

/**
 * A government's domain by its suffix: Korea's go.kr and mil.kr, the US's .gov and .mil, and the gov./gouv./govt./go.
 * second levels other countries register under; not korea.kr, where Korea's civil servants keep their own boxes.
 */
const governmentDomain = /\.(?:go\.kr|mil\.kr|gov|mil|gc\.ca|(?:gov|gouv|govt|go)\.[a-z]{2})$/i;

/** Whether `domain` is a public body's. */
export function isGovernmentDomain(domain: string): boolean {
  return governmentDomain.test(domain);
}

/** Initials before a surname joined into one word ("cmendoza", "jhkim"): up to three letters. */
const longestInitials = 3;
/** A shorter single word may be anyone's initials ("hgd@"), so only longer ones are read as a desk's. */
const shortestDeskWord = 4;

/**
 * Whether the single word `local` (letters only) at a public body's domain is a desk's: four letters or more, and neither a
 * first name, a surname, a romanised Korean given name, nor initials, a first name or a Korean surname joined to a name
 * ("cmendoza", "kevinorourke", "kimminji").
 *
 * @example
 * isGovernmentDeskWord('copsonline'); // true
 * isGovernmentDeskWord('cmendoza'); // false
 */
export function isGovernmentDeskWord(local: string): boolean {
  const word = local.toLowerCase();
  if (!/^[a-z]+$/.test(word) || word.length < shortestDeskWord || isNameWord(word)) return false;
  for (let split = 1; split < word.length - 1; split += 1) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if (split <= longestInitials && isSurname(tail)) return false;
    if ((isFirstName(head) || isKoreanSurnameInLatin(capitalised(head))) && isNameWord(tail)) return false;
  }
  return true;
}

/** Whether `part` of a box's local part reads as a person's name or a surname ("quinn", "tak", "maeng", "kevin"). */
export function isNameWord(part: string): boolean {
  return isFirstName(part) || isSurname(part) || isRomanisedGivenName(part);
}

/** Whether a box's word is a common first name, in any case ("kevin"). */
export function isFirstName(word: string): boolean {
  return commonFirstNames.has(capitalised(word));
}

/** Whether a box's word is a common surname or a Korean one romanised, in any case ("quinn", "maeng"). */
export function isSurname(word: string): boolean {
  const name = capitalised(word);
  return commonSurnames.has(name) || isKoreanSurnameInLatin(name);
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
