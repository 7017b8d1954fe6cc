// A chat's speaker who types their own full name after the given name that labels their turn, as a site's or a crew's
// group chat asks each newcomer to ("Ramil: Ramil Tolentino, 920605-…", "Akmal: Akmal Rakhimov, no certificate yet"). The
// label alone is a display name of any spelling, listed or not; the same word opening the turn and a surname after it
// say that a person gives their name, when the label speaks again or is spoken to (a form's "Note: Note Taken" stands once). Their other mentions follow from the full name (`findRepeatedNames`).
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'name-restated-by-speaker';

/**
 * A line's one capitalised word and its colon, the same word again, then one or two capitalised words that end at a comma,
 * a full stop, a bracket, a slash, a digit or the line's end: the full name the speaker gives.
 */
const restatedName =
  /^([A-Z][a-zà-ÿ]{2,14})[ \t]*:[ \t]+(\1[ \t]+[A-Z][a-zà-ÿ'’-]{1,20}(?:[ \t]+[A-Z][a-zà-ÿ'’-]{1,20})?)(?=[ \t]*(?:[,.(/\d]|$))/gm;

/** Whether `word` stands as a whole word in the text outside the span of the label and the name. */
function saidElsewhere(text: string, at: { word: string; start: number; end: number }): boolean {
  for (let found = text.indexOf(at.word); found !== -1; found = text.indexOf(at.word, found + at.word.length)) {
    if (found >= at.start && found < at.end) continue;
    if (!isLetter(text.charCodeAt(found - 1)) && !isLetter(text.charCodeAt(found + at.word.length))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * The full names chat speakers give right after their own label, 0.8. Remembered for the last text.
 *
 * @example
 * findNamesRestatedBySpeakers('Ramil: Ramil Tolentino, +63 917 203 8845\nRamil: ok').map((finding) => finding.text); // ['Ramil Tolentino']
 * findNamesRestatedBySpeakers('Status: Status Pending, 3 items'); // []
 */
export const findNamesRestatedBySpeakers = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!text.includes(':')) return [];
  const findings: PiiFinding[] = [];
  restatedName.lastIndex = 0;
  for (let match = restatedName.exec(text); match !== null; match = restatedName.exec(text)) {
    const name = match[2]!;
    // A form's field that repeats its label before a value in capitals ("Total: Total Due", "Order: Order Summary").
    if (name.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWord(name)) continue;
    // A person in a chat speaks again or is spoken to ("Ramil you need a korean number"); a form's label stands once.
    if (!saidElsewhere(text, { word: match[1]!, start: match.index, end: match.index + match[0].length })) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
