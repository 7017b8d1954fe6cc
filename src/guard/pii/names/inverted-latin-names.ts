// A name written surname first, in capitals, then a comma and the given name, as pharmacy labels, charts, claims and
// booking systems print one: "DR: NAKAMURA, KENJI MD", "Pt WISNIEWSKI, Tomasz, DOB 14.11.1941", "the name on it is DANIELS,
// TERRENCE J", "Surname, Given: MACKENZIE-ROSS, Isla". The given name must be a listed first name, so "PARIS, France",
// "NOTE, Please call" and "ATLANTA, GEORGIA" name no one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isCapitalLetter } from '../feature-characters.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { companySuffixes, firstNamesThatAreWords, placesNamedAfterPeople, wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise, isListedFirstName } from './latin-name.ts';

const recognizerName = 'inverted-latin-name';

/** A word in capitals, hyphenated or with an apostrophe ("MACKENZIE-ROSS", "O'NEILL", "RAMÍREZ"). */
const capitalWord = String.raw`[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)?`;
/** A given name in capitals or capitalised, hyphenated as double names are ("Marie-Antoine"). */
const givenWord = String.raw`(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)`;
/**
 * Up to three surname words in capitals ("SANTOS DA SILVA", "VAN DEN BERG"), a comma and one blank, the given name, and up
 * to two words after it, read below. Not inside a longer word or after a digit ("…R1ZK, Sachin GIDC" is a tax number's end).
 */
const invertedName = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9'’-])(${capitalWord}(?:[ \t]${capitalWord}){0,2}),[ \t](${givenWord})((?:[ \t](?:${givenWord}|[A-Z]\.?(?![A-Za-z]))){0,2})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  'g',
);

/**
 * Regions and countries that are first names too, which a place's capitals put after the comma ("ATLANTA, GEORGIA",
 * "MELBOURNE, VICTORIA", "AMMAN, JORDAN").
 */
const regionsNamedLikePeople: ReadonlySet<string> = new Set([
  ...['Georgia', 'Virginia', 'Carolina', 'Dakota', 'Montana', 'Indiana', 'Florida', 'Victoria', 'Alberta', 'Jordan', 'India'],
  ...['Kenya', 'Israel', 'Chad', 'Austin', 'Dallas', 'Houston', 'Phoenix', 'Paris', 'Sydney', 'Adelaide', 'Orlando', 'Florence'],
]);

/** A word of headings and notices that a comma follows as a name's does ("ATTENTION, Sarah", "URGENT, Kevin please call"). */
const noticeWords: ReadonlySet<string> = new Set([
  ...['Attention', 'Attn', 'Note', 'Notice', 'Urgent', 'Reminder', 'Update', 'Important', 'Warning', 'Re', 'Fwd', 'Fyi', 'Ps'],
  ...['Welcome', 'Congrats', 'Congratulations', 'Bye', 'Cc', 'Total', 'Subtotal', 'Tip', 'Step'],
]);
/** A street's word before the comma makes the capitals an address's ("12TH AVE, EUGENE OR"). */
const streetWords: ReadonlySet<string> = new Set([
  ...placesNamedAfterPeople,
  ...['Blvd', 'Ln', 'Ct', 'Pl', 'Hwy', 'Pkwy', 'Cres', 'Tce', 'Terrace', 'Close', 'Crescent', 'Grove', 'Unit', 'Apt', 'Suite'],
]);
/** What follows a given name in capitals and is not a name: a degree, a title or a suffix ("NAKAMURA, KENJI MD"). */
const afterNameWords: ReadonlySet<string> = new Set([
  ...['Md', 'Do', 'Rn', 'Np', 'Pa', 'Phd', 'Dds', 'Mbbs', 'Jr', 'Sr', 'Ii', 'Iii', 'Iv', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr'],
]);

const commaThenBlank = characterPairWords(', ');

/**
 * Whether the text may hold such a name: a comma and a blank between two capitals and a capital, as "ZHANG, Wei" has. Most
 * texts with a comma put a small letter or a digit before it.
 */
export function mayHoldInvertedName(text: string): boolean {
  // The comma and the blank as a pair of characters first, from the pairs the gates share for the text.
  if (!mayHoldAnyWord(text, commaThenBlank)) return false;
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 2))
    if (isCapitalLetter(text.charCodeAt(at - 1)) && isCapitalLetter(text.charCodeAt(at - 2)) && isCapitalLetter(text.charCodeAt(at + 2)))
      return true;
  return false;
}

/**
 * The names of `text` written surname first in capitals with a comma, 0.85: above a part of one that another search reads
 * as a name ("SANTOS DA SILVA"). Remembered for the last text.
 *
 * @example
 * findInvertedNames('DR: NAKAMURA, KENJI MD').map((finding) => finding.text); // ['NAKAMURA, KENJI']
 * findInvertedNames('Pt WISNIEWSKI, Tomasz, DOB 14.11.1941').map((finding) => finding.text); // ['WISNIEWSKI, Tomasz']
 * findInvertedNames('ATLANTA, GEORGIA 30303'); // []
 */
export const findInvertedNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldInvertedName(text)) return [];
  const findings: PiiFinding[] = [];
  const headed = invertedNameHeading.test(text);
  invertedName.lastIndex = 0;
  for (let match = invertedName.exec(text); match !== null; match = invertedName.exec(text)) {
    const [, surname, given, after] = match as unknown as [string, string, string, string];
    const listed = isGivenName(given) || (headed && opensCell(text, match.index) && isGivenNameUnderHeading(given));
    if (!listed || !surname.split(/[ \t]/).every(isSurnameWord)) {
      // The given name may be the surname of the next name ("SMITH, JONES, ANNA"): the search goes on from it.
      invertedName.lastIndex = match.index + surname.length + 1;
      continue;
    }
    const givenEnd = match.index + surname.length + 2 + given.length;
    let end = givenEnd + lengthOfFurtherGivenNames(after, given);
    // A crew list's "DELA CRUZ, Ramon Jr.": the suffix is the name's, as the list's column holds it.
    if (headed) end += generationSuffix.exec(text.slice(end, end + 5))?.[0].length ?? 0;
    // "CHEN XIAOLING, Chen Xiaoling is my Chinese name": one name written twice, not a surname and a given name.
    if (text.slice(givenEnd - given.length, end).toLowerCase() === surname.toLowerCase()) continue;
    findings.push({ type: 'PERSON', start: match.index, end, text: text.slice(match.index, end), score: 0.85, recognizer: recognizerName });
    invertedName.lastIndex = end;
  }
  return findings;
});

/**
 * How much of `after` (the words after the given name, each with its blank) belongs to the name: initials, and further given
 * names in the given name's case ("DANIELS, TERRENCE J", "DELA CRUZ, MARIA CLARISSE", "HALVORSEN, Ingrid M"), up to a degree,
 * a title or a word that is no name ("NAKAMURA, KENJI MD").
 */
function lengthOfFurtherGivenNames(after: string, given: string): number {
  const inCapitals = given === given.toUpperCase();
  let length = 0;
  for (const word of after.split(/(?=[ \t])/)) {
    const bare = word.trim();
    const isInitial = /^[A-Z]\.?$/.test(bare);
    const sameCase = inCapitals ? bare === bare.toUpperCase() : bare !== bare.toUpperCase();
    if (bare === '' || (!isInitial && (!sameCase || afterNameWords.has(capitalise(bare)) || !isSurnameWord(bare)))) break;
    length += word.length;
  }
  return length;
}

/**
 * A column's or a field's heading that says its names are written surname first ("Family name, given names", "Surname, first
 * name"), as a crew list (FAL form 5), a manifest or a register heads one: under it a given name need not be listed
 * ("KOVALENKO, Andriy", "TRAN, Van Duc").
 */
const invertedNameHeading =
  /\b(?:[Ff]amily|[Ll]ast|[Ss]ur|FAMILY|LAST|SUR)[ -]?(?:[Nn]ames?|NAMES?),[ \t]*(?:[Gg]iven|[Ff]irst|[Ff]ore|GIVEN|FIRST|FORE)[ -]?(?:[Nn]ames?|NAMES?)\b/;
const generationSuffix = /^[ \t](?:Jr|Sr)\./;

/** Whether a table's cell or a list's row opens at `start`: a line's start, a bar or a tab, a row's number perhaps after it. */
function opensCell(text: string, start: number): boolean {
  return cellOpening.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}

const cellOpening = /(?:^|[|\t])[ \t]*(?:\d{1,3}[.)]?[ \t]+(?:\|[ \t]*)?)?$/;

/** A given name under such a heading: a capitalised word that is no everyday word, place or notice's. */
function isGivenNameUnderHeading(word: string): boolean {
  const name = word.split('-').map(capitalise).join('-');
  return !wordsThatAreNotNames.has(name) && !regionsNamedLikePeople.has(name) && !noticeWords.has(name) && !companySuffixes.has(name);
}

function isGivenName(word: string): boolean {
  const name = word.split('-').map(capitalise).join('-');
  return isListedFirstName(name) && !firstNamesThatAreWords.has(name) && !regionsNamedLikePeople.has(name);
}

function isSurnameWord(word: string): boolean {
  const capitalised = capitalise(word);
  return (
    !wordsThatAreNotNames.has(capitalised) &&
    !companySuffixes.has(capitalised) &&
    // A legal form in capitals as it is spelled ("Minh Phat Garment JSC, Bình Dương").
    !companySuffixes.has(word) &&
    !noticeWords.has(capitalised) &&
    !streetWords.has(capitalised)
  );
}
