// Finds "First [M.] Last" anywhere when both the first name and the surname are on the common-name lists: no context word is needed then.
import type { PiiFinding } from '../types.ts';
import { commonFirstNames, companySuffixes, placesNamedAfterPeople } from './english-name-words.ts';
import { commonSurnames } from './english-surnames.ts';
import { thirdNameEnd } from './listed-first-name-pairs.ts';

export const englishKnownNameRecognizerName = 'english-known-name';

// The pair, read where a listed first name starts: scanning the text for every capitalised pair ("Hanbit Lube") built a match
// array per pair, though only a pair whose first word is on the list can become a finding.
// A possessive may follow the surname ("Sarah Martin's order"); any other apostrophe or letter continues the word. Before
// the first name, an apostrophe after a letter joins a word ("O'Brien", "don't"); any other opens a quote ("'Sarah Martin'").
const fullNameAt =
  /(?<![A-Za-z.-])(?<![A-Za-z]['’])([A-Z][a-z]+)[ \t]+([A-Z]\.[ \t]+)?((?:O['’]|Ma?c)?[A-Z][a-z]+)(?![A-Za-z-]|['’](?![sS]\b)[A-Za-z])/y;
/**
 * Where a listed first name is a pair's first word: the same boundary before it and a blank after it. Hyphenated names
 * ("Min-su") never fill `[A-Z][a-z]+`; a pair whose first word is not listed resumes the scan after that word, so skipping
 * it changes nothing.
 */
const listedFirstName = new RegExp(
  String.raw`(?<![A-Za-z.-])(?<![A-Za-z]['’])(?:${[...commonFirstNames].filter((name) => /^[A-Z][a-z]+$/.test(name)).join('|')})[ \t]`,
  'g',
);
/** A word after the pair that makes it a place or a business ("Victoria Park Road", "Grace Kelly Foundation"). */
const followingWord = /[ \t]+([A-Z][a-z]+)/y;

/**
 * Two capitalised words whose first is a common first name and whose second is a common surname, or any capitalised word
 * after a middle initial.
 *
 * @example
 * findKnownEnglishNames('Cc Sarah Martin and Hanbit Lube').map((finding) => finding.text); // ['Sarah Martin']
 */
export function findKnownEnglishNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  listedFirstName.lastIndex = 0;
  for (let hit = listedFirstName.exec(text); hit !== null; hit = listedFirstName.exec(text)) {
    fullNameAt.lastIndex = hit.index;
    const match = fullNameAt.exec(text);
    if (match === null) continue;
    const [whole, , initial, last] = match;
    const end = match.index + whole.length;
    // A listed first name's pair is consumed whole, as the global scan did: in "John Sarah Smith" Sarah starts no pair.
    listedFirstName.lastIndex = end;
    // A middle initial makes the pair a name whatever the surname ("John Q. Public"): words and places take none.
    if (last === undefined || (initial === undefined && !commonSurnames.has(last.replace('’', "'")))) continue;
    followingWord.lastIndex = end;
    const next = followingWord.exec(text)?.[1];
    if (next !== undefined && (placesNamedAfterPeople.has(next) || companySuffixes.has(next))) continue;
    // A third name of its own after the pair ("Rahul Mehta Venkataraman").
    const nameEnd = next === undefined ? end : thirdNameEnd(text, end);
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: nameEnd,
      text: text.slice(match.index, nameEnd),
      score: 0.8,
      recognizer: englishKnownNameRecognizerName,
    });
  }
  return findings;
}
