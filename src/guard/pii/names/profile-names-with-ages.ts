// A dating or social profile's headline quoted in a report: a given name and an age, a job perhaps after them, in quotes
// ("the guy 'Ryan, 34, pilot' is using someone else's photos", "his profile is 'Brandon, 29'", "profile "Mia, 18" says …").
// Trust and safety notes and users' reports copy a profile so; the quotes, the name and the adult's age mark it.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'profile-name-with-age';

/** An opening quote, a capitalised word, a comma and an age of 18 to 99, a few small words perhaps, the closing quote. */
const quotedNameAndAge = /["'‘“]([A-Z][a-zà-ÿ]{1,14}),[ \t]*(?:1[89]|[2-9]\d)(?:[ \t]*,[ \t]*[a-z][a-z ]{1,30})?["'’”]/g;
/** A profile's or a person's word shortly before the quote, which vouches for a name no list holds. */
const profileBefore = /\b(?:profile|bio|account|guy|girl|man|woman|user|match)\b[^"'‘“\n]{0,24}$/i;

/**
 * The given names in quoted profile headlines, 0.75: a listed first name, or any name after a profile's word. Remembered
 * for the last text.
 *
 * @example
 * findProfileNamesWithAges("the guy 'Ryan, 34, pilot' is using my photos").map((finding) => finding.text); // ['Ryan']
 * findProfileNamesWithAges('"Room, 24" is booked'); // []
 */
export const findProfileNamesWithAges = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!text.includes(', ') || !holdsQuotedNameBeforeAge(text)) return [];
  const findings: PiiFinding[] = [];
  quotedNameAndAge.lastIndex = 0;
  for (let match = quotedNameAndAge.exec(text); match !== null; match = quotedNameAndAge.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name)) continue;
    if (!isListedFirstName(name) && !profileBefore.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const start = match.index + 1;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/**
 * Whether a comma has an age's first digit after it (1 to 9, past blanks perhaps) and a capitalised word of up to 15
 * letters right before it, which an opening quote opens: what `quotedNameAndAge` needs up to the age.
 */
function holdsQuotedNameBeforeAge(text: string): boolean {
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    let after = at + 1;
    while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) after += 1;
    const digit = text.charCodeAt(after);
    if (digit < 0x31 || digit > 0x39) continue;
    let capital = at - 1;
    while (capital >= 0 && isSmallLetter(text.charCodeAt(capital))) capital -= 1;
    const letters = at - 1 - capital;
    const first = text.charCodeAt(capital);
    const quote = text.charCodeAt(capital - 1);
    if (
      letters >= 1 &&
      letters <= 14 &&
      first >= 0x41 &&
      first <= 0x5a &&
      (quote === 0x22 || quote === 0x27 || quote === 0x2018 || quote === 0x201c)
    )
      return true;
  }
  return false;
}

/** The pattern's small letters: a to z, à to ÿ. */
function isSmallLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0xff);
}
