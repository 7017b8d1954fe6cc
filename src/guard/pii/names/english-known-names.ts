// Finds "First [M.] Last" anywhere when both the first name and the surname are on the common-name lists: no context word is needed then.
import type { PiiFinding } from '../types.ts';
import { commonFirstNames, companySuffixes } from './english-name-words.ts';
import { commonSurnames } from './english-surnames.ts';

export const englishKnownNameRecognizerName = 'english-known-name';

const fullNamePattern = /(?<![A-Za-z'’.-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?((?:O['’]|Ma?c)?[A-Z][a-z]+)(?![A-Za-z'’-])/g;
/** A word after the pair that makes it a place or a business ("Victoria Park Road", "Grace Kelly Foundation"). */
const followingWord = /[ \t]+([A-Z][a-z]+)/y;
const placeWords: ReadonlySet<string> = new Set([
  ...['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Boulevard', 'Way', 'Place', 'Square', 'Park', 'Station', 'Hall', 'Bridge'],
  ...['Hospital', 'School', 'University', 'College', 'Center', 'Centre', 'Airport', 'Hotel', 'Building', 'Tower', 'House', 'Court'],
]);

/**
 * Two capitalised words whose first is a common first name and whose second (after an optional middle initial) is a common surname.
 *
 * @example
 * findKnownEnglishNames('Cc Sarah Martin and Hanbit Lube').map((finding) => finding.text); // ['Sarah Martin']
 */
export function findKnownEnglishNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  fullNamePattern.lastIndex = 0;
  for (let match = fullNamePattern.exec(text); match !== null; match = fullNamePattern.exec(text)) {
    const [whole, first, last] = match;
    if (first === undefined || last === undefined) continue;
    if (!commonFirstNames.has(first)) {
      // The second word may start the next name ("Dear Noah Wright"): try again from it.
      fullNamePattern.lastIndex = match.index + first.length;
      continue;
    }
    if (!commonSurnames.has(last.replace('’', "'"))) continue;
    const end = match.index + whole.length;
    followingWord.lastIndex = end;
    const next = followingWord.exec(text)?.[1];
    if (next !== undefined && (placeWords.has(next) || companySuffixes.has(next))) continue;
    findings.push({ type: 'PERSON', start: match.index, end, text: whole, score: 0.8, recognizer: englishKnownNameRecognizerName });
  }
  return findings;
}
