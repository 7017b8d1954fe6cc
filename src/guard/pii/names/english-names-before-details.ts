// Finds a name written right before its holder's date of birth or record number, as notes, letters and triage lines give
// them: "mother of Amara Obi (DOB 2019-06-08)", "Re: Sandra Whitlock, DOB 19.11.1967", "Ana Lúcia Ferreira, born 17.04.1993".
import { rememberLastText } from '../last-text-memo.ts';
import { labelTriggers } from '../recognizers/label-triggers.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hasCapitalAfterFirst, isListedLatinName, latinNameBefore } from './latin-name.ts';
import { firstNamesThatAreWords } from './english-name-words.ts';

export const englishNameBeforeDetailsRecognizerName = 'english-name-before-details';

/**
 * The details that only a person has, read where the label triggers start: a place, a firm or a product has no date of
 * birth, NHS number or medical record number.
 */
const personalDetailAt = /(?:DOB|D\.O\.B|DoB|dob|d\.o\.b|[Bb]orn|BORN|NHS|MRN)\b|[Bb]irth\b/y;
/** "date of birth" is read from its "birth", the trigger's word; the name stands before its "date of". */
const dateOfBefore = /[Dd]ate of[ \t]+$/;
/** The longest "date of " a trigger can stand after. */
const dateOfReach = 9;

/**
 * Full names (two words or more, one of them listed) or listed first names set apart right before a detail only a person
 * has: by a comma, an opening bracket or a dash.
 *
 * @example
 * findNamesBeforeDetails('caller is mother of Amara Obi (DOB 2019-06-08)').map((finding) => finding.text); // ['Amara Obi']
 */
export const findNamesBeforeDetails = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const position of labelTriggers(text)) {
    personalDetailAt.lastIndex = position;
    if (!personalDetailAt.test(text)) continue;
    let detailStart = position;
    if (text.charCodeAt(position) === 0x62 || text.charCodeAt(position) === 0x42) {
      // "birth" counts only in "date of birth" ("Birth certificate", "birthday" are other things).
      if (text.startsWith('irth', position + 1)) {
        const before = dateOfBefore.exec(text.slice(Math.max(0, position - dateOfReach), position));
        if (before === null) continue;
        detailStart = position - before[0].length;
      }
    }
    const recordName = recordNameBefore(text, detailStart);
    if (recordName !== undefined) {
      findings.push(personFinding(text, recordName));
      continue;
    }
    const apart = nameEndBeforeSeparator(text, detailStart);
    const name = apart === undefined ? undefined : nameSetApartBefore(text, apart, { dated: datedAt(text, position) });
    if (name !== undefined) findings.push(name);
  }
  for (let at = text.indexOf('assport'); at !== -1; at = text.indexOf('assport', at + 7)) {
    passportWithNumber.lastIndex = at - 1;
    if (at === 0 || !passportWithNumber.test(text)) continue;
    const apart = nameEndBeforeSeparator(text, at - 1);
    const name = apart === undefined ? undefined : nameSetApartBefore(text, apart, { dated: false });
    if (name !== undefined) findings.push(name);
  }
  return findings;
});

/**
 * A passport given with its number ("me - Georgia Mae Whitby, passport PA9173054"): a detail only a person has, like a date
 * of birth. Not a label trigger, so that the recognisers reading those are not woken by every "passport".
 */
const passportWithNumber = /[Pp]assport(?:[ \t]+(?:no\.?|number|#))?[ \t]*:?[ \t]*[A-Z]{0,2}\d{6,9}(?![\dA-Za-z])/y;

/**
 * The name that ends at `end`: a full name with a listed word among its words ("Birth Certificate, Date of birth" lists
 * papers) or any full name when the detail gives its date or number (`dated`: "Emyr Pritchard, DOB 03/04/1950"), or a
 * listed first name that is no everyday word ("Ethan (DOB 03/03/2016) is booked").
 */
function nameSetApartBefore(text: string, apart: NameEnd, detail: { dated: boolean }): PiiFinding | undefined {
  const name = latinNameBefore(text, { end: apart.end });
  if (name === undefined) return undefined;
  const spelled = text.slice(name.start, name.end);
  if (apart.columns) {
    // Columns apart hold any field: only a full name in a field of its own, not a place's ("Nationality: Viet Nam   DOB").
    if (name.wordCount < 2 || !isMixedCaseFullName(spelled) || !opensOwnField(text, name.start)) return undefined;
  } else if (name.wordCount < 2) {
    if (!name.knownFirstName || firstNamesThatAreWords.has(spelled) || !isListedLatinName(spelled)) return undefined;
  } else if (!isListedLatinName(spelled) && !(detail.dated && isMixedCaseFullName(spelled))) return undefined;
  return personFinding(text, name);
}

/**
 * The detail's label and a date right after it: any digits after a DOB ("DOB 03/04/1950", "DOB: 14.03.1988"), a whole date
 * after "born" ("born 12 March 1961", "born on 1979-02-03"; not "born 1990 as a cottage hospital").
 */
const datedDetail =
  /(?:DOB|D\.O\.B\.?|DoB|dob)[ \t]*[:.]?[ \t]*\d|[Bb]orn[ \t]+(?:on[ \t]+)?(?:\d{1,2}(?:[./-]|(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+)|\d{4}[-./]\d|[A-Z][a-z]+[ \t]+\d)/y;

function datedAt(text: string, position: number): boolean {
  datedDetail.lastIndex = position;
  return datedDetail.test(text);
}

/** The papers and fields a form lists before a date of birth, in a name's shape ("Birth Certificate, Date of birth …"). */
const paperWords: ReadonlySet<string> = new Set([
  ...['Birth', 'Certificate', 'Passport', 'Licence', 'License', 'Card', 'Form', 'Record', 'Records', 'Copy', 'Proof', 'Details'],
  ...['Registration', 'Application', 'Document', 'Documents', 'Insurance', 'Policy', 'Identity', 'Photo', 'Statement', 'Lost'],
]);

/**
 * Words each a capital and small letters, none an initial nor a paper's word ("Amrit Gill", "Mehmet Can Yıldız"; not "Ward
 * B", "ICU Bay", "Birth Certificate").
 */
function isMixedCaseFullName(name: string): boolean {
  return name
    .split(/[ \t]+/)
    .every((word) => word.length >= 2 && !hasCapitalAfterFirst(word) && word !== word.toUpperCase() && !paperWords.has(word));
}

function personFinding(text: string, name: { start: number; end: number }): PiiFinding {
  const spelled = text.slice(name.start, name.end);
  return createFinding({
    type: 'PERSON',
    text: spelled,
    start: name.start,
    score: 0.75,
    recognizer: englishNameBeforeDetailsRecognizerName,
  });
}

/**
 * A record's "SURNAME, GIVEN" opening its line, a label perhaps before it, columns apart from the date of birth after it,
 * as pharmacy labels and intake forms print them ("ESPINOZA, GABRIELA   DOB: 12-21-2016", "Name: LÉVESQUE, Marc-Antoine
 * DOB: …").
 */
const recordNameLine =
  /^(?:[A-Z][a-z]*(?: [a-z]+)?:[ \t]*)?([A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+)?, [A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+)?(?: [A-Z]\.?)?)(?:[ \t]{2,}|\t)$/;

function recordNameBefore(text: string, detailStart: number): { start: number; end: number } | undefined {
  if (!text.startsWith('DOB', detailStart) && !text.startsWith('D.O.B', detailStart)) return undefined;
  const lineStart = text.lastIndexOf('\n', detailStart - 1) + 1;
  const match = recordNameLine.exec(text.slice(lineStart, detailStart));
  if (match === null) return undefined;
  const start = lineStart + match[0].indexOf(match[1]!);
  return { start, end: start + match[1]!.length };
}

interface NameEnd {
  end: number;
  /** Set apart by columns of blanks, not by a comma, a bracket or a dash. */
  columns: boolean;
}

/** Where a name would end before the comma, bracket, dash or columns that set the detail at `detailStart` apart. */
function nameEndBeforeSeparator(text: string, detailStart: number): NameEnd | undefined {
  let at = detailStart;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  const separator = text.charCodeAt(at - 1);
  // , ( - – —
  if (separator === 0x2c || separator === 0x28 || separator === 0x2d || separator === 0x2013 || separator === 0x2014) {
    at -= 1;
    while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
    return { end: at, columns: false };
  }
  // A record's next field ("Member: Jarrah Whitehouse   DOB: 14/03/1988").
  return detailStart - at >= 2 || text.charCodeAt(detailStart - 1) === 0x09 ? { end: at, columns: true } : undefined;
}

/** A field's label that holds a place, not a person ("Nationality: Viet Nam"). */
const placeLabelBefore =
  /(?:[Nn]ationality|[Cc]ountry|[Cc]itizenship|[Pp]lace of birth|[Bb]irthplace|[Cc]ity|[Tt]own|[Ss]tate|[Pp]rovince)[ \t]*:[ \t]*$/;

/** Whether the name at `start` opens its line or follows a label's colon that is no place's. */
function opensOwnField(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^[ \t]*$/.test(before)) return true;
  return /:[ \t]*$/.test(before) && !placeLabelBefore.test(before);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
