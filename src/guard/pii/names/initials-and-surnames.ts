// A person written as initials and a surname, as notes, reports and records name staff and parties ("EHS (J. Whitcomb)",
// "Served by Deputy M. Ibarra", "Witnesses: D. Okoro (press operator)"): no firm, product or place is written so.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { companySuffixes, holdsFirmWord } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'person-initials-and-surname';

/**
 * One or two initials with their dots, then a capitalised surname (Mc, Mac, O' and a hyphen allowed), after a blank, a
 * bracket or a mark: "12-B. Est" and "C/S. Tab" are codes.
 */
const initialsThenSurname = /((?:[A-Z]\.[ \t]?){1,2}(?:Mc|Mac|O['’])?[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)(?![A-Za-z'’])/g;
/** Words before a letter that names a part, a plan or a grade, not a person's initial ("Plan B. Next", "Part A. Terms"). */
const letteredThingBefore =
  /(?:Plan|Part|Schedule|Section|Appendix|Annex|Exhibit|Vitamin|Grade|Level|Type|Category|Class|Form|Option|Room|Block|Unit|Phase|Step|Stage|Tier|Zone|Gate|Row|Seat|Group|Team|Lot)[ \t]*$/i;
/** A number right before a C, an F or a K makes it a unit ("Store at 68-77 F. Keep out of reach", "heat to 180 C. Stir"). */
const numberBefore = /\d[ \t]?$/;
const unitLetter = /^[CFK]\./;
const houseNumberBefore = /(?:^|[\s,])\d{1,5}[ \t]$/;
/**
 * Letters that are a degree or a question's mark, not a person's initials ("M.S. Statistics, KAIST", "Q. Driver number"):
 * compared with the initials without their blanks.
 */
const notInitials: ReadonlySet<string> = new Set(['M.S.', 'B.S.', 'B.A.', 'M.A.', 'M.D.', 'B.E.', 'M.E.', 'D.O.', 'R.N.', 'Q.']);
/** Words that follow a country's or a post office's letters ("U.S. Army", "P.O. Box"), a form's ("1040-X. Spouse") or a degree's. */
const notSurnames: ReadonlySet<string> = new Set([
  ...['Box', 'Army', 'Navy', 'Air', 'Marine', 'Marines', 'Government', 'Embassy', 'Spouse'],
  // A degree's subject after its letter ("B.Com (Finance)", "B.Tech", "M.Pharm").
  ...['Com', 'Tech', 'Sc', 'Ed', 'Arch', 'Pharm', 'Eng', 'Phil', 'Des'],
]);
/**
 * A past tense or a verb's -s form after a sentence's last letter ("Child-Pugh B. Shared …", "Risk score: B. Allocated to
 * …", "register H. Requests to …"): six letters or more ending in "ed" after any letter but e or m, or in "ests", which
 * no surname of a staff list ends in; Ahmed, Mohamed, Rasheed and Saeed keep theirs.
 */
const verbFormAfterLetter = /^[A-Z][a-z]{2,}(?:[^em]ed|ests)$/;
/** A listed first name right before the initial joins the name ("Rosalinda D. Cruz"). */
const firstNameBefore = /([A-Z][a-z]{2,14})[ \t]$/;

/**
 * Initials before a surname. 0.75. Remembered for the last text.
 *
 * @example
 * findInitialsAndSurnames('Root cause review scheduled 03/06 with EHS (J. Whitcomb).').map((finding) => finding.text); // ['J. Whitcomb']
 * findInitialsAndSurnames('We chose Plan B. Next we ship.'); // []
 */
/** The initials of a country ("U.S.", "U.K."), which no person's name opens with. */
const countryInitials = /^(?:U\.[ \t]?[SK]|U\.[ \t]?S\.[ \t]?A|E\.[ \t]?U)\./;

export const findInitialsAndSurnames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  let lettered: ReadonlySet<string> | undefined;
  initialsThenSurname.lastIndex = 0;
  for (let match = initialsThenSurname.exec(text); match !== null; match = initialsThenSurname.exec(text)) {
    const name = match[1]!;
    // After a blank, a bracket or a mark: "12-B. Est" and "C/S. Tab" are codes.
    if (match.index > 0 && !/[\s(,:;]/.test(text.charAt(match.index - 1))) continue;
    const surname = name.replace(/^(?:[A-Z]\.[ \t]?)+/, '');
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const nextWord = /^[ \t,]+([A-Z][A-Za-z.]*)/.exec(text.slice(match.index + name.length, match.index + name.length + 12))?.[1];
    // "A. Smith Ltd": a firm named after its founder.
    if (nextWord !== undefined && companySuffixes.has(nextWord.replace(/\.$/, ''))) continue;
    if (holdsFirmWord(surname) || notSurnames.has(surname) || letteredThingBefore.test(before)) continue;
    if (verbFormAfterLetter.test(surname)) continue;
    // "U.S. Savings Bonds", "U.K. Visas": a country's initials before what it issues.
    if (countryInitials.test(name)) continue;
    if (unitLetter.test(name) && numberBefore.test(before)) continue;
    // A street named after a person, after its house's number ("1140 E. Rodriguez Sr. Ave.").
    if (houseNumberBefore.test(before)) continue;
    if (/^[A-F]\.[ \t]?[A-Z]/.test(name) && (lettered ??= letteredItemsIn(text)).has(name.charAt(0))) continue;
    if (notInitials.has(name.slice(0, name.length - surname.length).replace(/[ \t]/g, ''))) continue;
    const first = firstNameBefore.exec(before)?.[1];
    const start = first !== undefined && isListedFirstName(first) ? match.index - first.length - 1 : match.index;
    const end = match.index + name.length;
    findings.push({ type: 'PERSON', start, end, text: text.slice(start, end), score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/**
 * The letters of a lettered list's items, when the text holds one from "A." and "B." on, each at a line's start or after
 * a wide gap ("Specimen: A. Breast, left … (3 cores)  B. Lymph node", "Diagnosis:\n A. Invasive ductal carcinoma"): a
 * report's parts, no person's initials.
 */
function letteredItemsIn(text: string): ReadonlySet<string> {
  const letters = new Set<string>();
  letteredItem.lastIndex = 0;
  for (let match = letteredItem.exec(text); match !== null; match = letteredItem.exec(text)) letters.add(match[1]!);
  return letters.has('A') && letters.has('B') ? letters : noLetters;
}

const letteredItem = /(?:^|\n|[ \t]{2}|:[ \t])[ \t]*([A-F])\.[ \t]+[A-Z]/g;
const noLetters: ReadonlySet<string> = new Set();

const initialWords = characterPairWords('.');

/**
 * Whether `text` holds a capital and a dot before a capital: the cheap look before the search.
 *
 * @example
 * mayHoldInitials('J. Whitcomb'); // true
 */
export function mayHoldInitials(text: string): boolean {
  return mayHoldAnyWord(text, initialWords) && initialPiece.test(text);
}

const initialPiece = /[A-Z]\.[ \t]?[A-Z][a-z]/;
