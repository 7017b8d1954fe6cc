// Finds the name a witness or a report says a person is known or called by, when that is all it knows of them: "an agency
// lad, I only know him as Kuba", "one addressed as 'Gaz'", "he introduced himself as Tomek", "she calls herself Bree".
// Only a person is known "as" a name by someone, introduces themself or is addressed, so the name need not be listed.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'name-known-by';

/** The words that say what a person is called, then the name, in quotes perhaps: one or two capitalised words. */
const knownByName =
  /\b(?:(?:know|knew)[ \t]+(?:him|her|them)[ \t]+(?:only[ \t]+)?as|addressed[ \t]+as|introduced[ \t]+(?:himself|herself|themselves)[ \t]+as|calls[ \t]+(?:himself|herself)|called[ \t]+(?:himself|herself))[ \t]+['"‘“]?([A-Z][a-zà-ÿ]{1,14}(?:[ \t][A-Z][a-zà-ÿ]{1,14})?)(?![A-Za-z])/g;

const knownByWords = characterPairWords(' as ', 'self ');

/**
 * Whether the text may hold such words: one of their verbs before " as " or a reflexive.
 *
 * @example
 * mayHoldNameKnownBy('I only know him as Kuba'); // true
 */
export function mayHoldNameKnownBy(text: string): boolean {
  return mayHoldAnyWord(text, knownByWords) && (text.includes(' as ') || text.includes('self '));
}

/**
 * The names people are said to be known, addressed or called by, 0.7; no everyday or firm's word ("addressed as Sir").
 * Remembered for the last text.
 *
 * @example
 * findNamesPeopleAreKnownBy("one of them addressed as 'Gaz'").map((finding) => finding.text); // ['Gaz']
 * findNamesPeopleAreKnownBy('addressed as Sir'); // []
 */
export const findNamesPeopleAreKnownBy = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldNameKnownBy(text)) return [];
  const findings: PiiFinding[] = [];
  knownByName.lastIndex = 0;
  for (let match = knownByName.exec(text); match !== null; match = knownByName.exec(text)) {
    const name = match[1]!;
    if (name.split(/[ \t]/).some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
