// Finds a name written right before its holder's date of birth or record number, as notes, letters and triage lines give
// them: "mother of Amara Obi (DOB 2019-06-08)", "Re: Sandra Whitlock, DOB 19.11.1967", "Ana Lúcia Ferreira, born 17.04.1993".
import { rememberLastText } from '../last-text-memo.ts';
import { labelTriggers } from '../recognizers/label-triggers.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { isListedLatinName, latinNameBefore } from './latin-name.ts';
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
    const end = nameEndBeforeSeparator(text, detailStart);
    if (end === -1) {
      const recordName = recordNameBefore(text, detailStart);
      if (recordName !== undefined) findings.push(personFinding(text, recordName));
      continue;
    }
    const name = nameSetApartBefore(text, end);
    if (name !== undefined) findings.push(name);
  }
  for (let at = text.indexOf('assport'); at !== -1; at = text.indexOf('assport', at + 7)) {
    passportWithNumber.lastIndex = at - 1;
    if (at === 0 || !passportWithNumber.test(text)) continue;
    const end = nameEndBeforeSeparator(text, at - 1);
    const name = end === -1 ? undefined : nameSetApartBefore(text, end);
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
 * papers), or a listed first name that is no everyday word ("Ethan (DOB 03/03/2016) is booked").
 */
function nameSetApartBefore(text: string, end: number): PiiFinding | undefined {
  const name = latinNameBefore(text, { end });
  if (name === undefined || !isListedLatinName(text.slice(name.start, name.end))) return undefined;
  if (name.wordCount < 2 && (!name.knownFirstName || firstNamesThatAreWords.has(text.slice(name.start, name.end)))) return undefined;
  return personFinding(text, name);
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

/** Where a name would end before the comma, bracket or dash that sets the detail at `detailStart` apart; -1 when none does. */
function nameEndBeforeSeparator(text: string, detailStart: number): number {
  let at = detailStart;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  const separator = text.charCodeAt(at - 1);
  // , ( - – —
  if (separator !== 0x2c && separator !== 0x28 && separator !== 0x2d && separator !== 0x2013 && separator !== 0x2014) return -1;
  at -= 1;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
