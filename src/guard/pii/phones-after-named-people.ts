// A phone written right after the person it reaches: "father, R. Raghunathan - 94431 60287", "Referees: (1) Michael
// Tuhoe, Principal, 09 636 2205", "hand over to Lekha (wife) 97450 61208". The phone search reads a name before a number
// only by a listed first name; here the name search's own finding stands in for it.
import { isValidLabelledNationalPhone } from './recognizers/phone-verdicts.ts';
import { isOrganisationsLandline } from './recognizers/phone-recognizer.ts';
import { firstStartingAtOrAfter, overlapIndex } from './resolve-overlaps.ts';
import { textFeatures } from './text-features.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'phone';
/**
 * What may stand between the name and the number: blanks, a dash or a colon, a relation in brackets, a role between
 * commas ("Michael Tuhoe, Principal, "); not an identifier's label, which names another number ("Aarav Malhotra, UID
 * 20994617", "De Graaf Vis (sole trader), KvK 71834429").
 */
const betweenNameAndNumber =
  /^[ \t]*(?:\([A-Za-z ]{1,16}\)[ \t]*)?(?:,[ \t]*(?!(?:UID|ID|KvK|KVK|VAT|EIN|ABN|ACN|CRN|UEN|NIF|SIRET|SIREN|Reg|Ref|No|Acct|Account|Order|Invoice|Member|Customer|Client|Student|Employee|Badge|Case)\b)[A-Z][A-Za-z]{1,20}(?:[ \t][A-Za-z]{1,12})?)?[ \t]*[,:–-]?[ \t]*$/;
const latinName = /^[A-Za-z]/;
/** A date written with dots, as a form's signature line dates it ("Signed: P. M. Gruber, Wien, 02.07.2025"): no phone. */
const dottedDate = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}$/;
/** The longest stretch between the name's end and the number. */
const longestGap = 32;

/**
 * Adds to `candidates` the national numbers of other countries (`isValidLabelledNationalPhone`) that no candidate
 * covers and that stand right after a person's name among them, 0.7.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 26, end: 40, text: 'R. Raghunathan', score: 0.75, recognizer: 'person-name' }];
 * addPhonesAfterNamedPeople('Emergency contact: father, R. Raghunathan - 94431 60287', candidates);
 * candidates[1]?.text; // '94431 60287'
 */
export function addPhonesAfterNamedPeople(text: string, candidates: PiiFinding[]): void {
  const runs = textFeatures(text).runs;
  if (runs.length === 0) return;
  // A name in Latin letters: a Korean one is followed by a Korean number, which the phone search reads alone, and a
  // roster's student or staff number after it ("백승우,20221847") is none.
  const people = candidates.filter((candidate) => candidate.type === 'PERSON' && latinName.test(candidate.text));
  if (people.length === 0) return;
  const overlapsCandidate = overlapIndex(candidates);
  const personBefore = firstPersonEndingWithin(people);
  const found: PiiFinding[] = [];
  for (const run of runs) {
    if (run.digits < 8 || run.digits > 13 || overlapsCandidate(run)) continue;
    const person = personBefore(run.start);
    if (person === undefined || !betweenNameAndNumber.test(text.slice(person.end, run.start))) continue;
    // A run reads on across two blanks into the next item of a list ("09 636 2205  (2) Heather …").
    const number = text.slice(run.start, run.end).split(/[ \t]{2,}/)[0]!;
    if (dottedDate.test(number) || !isValidLabelledNationalPhone(number)) continue;
    const phone = {
      type: 'PHONE' as const,
      start: run.start,
      end: run.start + number.length,
      text: number,
      score: 0.7,
      recognizer: recognizerName,
    };
    // A doctor's practice after the doctor's name ("Dr A. Shah, Meadowbank Surgery 0161 483 2210") is the practice's line.
    if (!isOrganisationsLandline(text, phone)) found.push(phone);
  }
  for (const finding of found) candidates.push(finding);
}

/**
 * The first of `people` (in their order) that ends at most `longestGap` characters before a position, by a bisection of
 * their ends: a long roster holds thousands of names and as many numbers.
 */
function firstPersonEndingWithin(people: readonly PiiFinding[]): (position: number) => PiiFinding | undefined {
  // Each end is kept as a `start`, the key the bisection reads.
  const byEnd = people.map((person, order) => ({ start: person.end, order })).sort((left, right) => left.start - right.start);
  return (position) => {
    let first: { start: number; order: number } | undefined;
    for (let index = firstStartingAtOrAfter(byEnd, position - longestGap); index < byEnd.length; index += 1) {
      const person = byEnd[index]!;
      if (person.start > position) break;
      if (first === undefined || person.order < first.order) first = person;
    }
    return first === undefined ? undefined : people[first.order];
  };
}
