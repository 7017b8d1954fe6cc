// Reads the personal fields of HL7 version 2 messages by their places: a lab's or a hospital's feed pasted into a ticket
// or a chat carries the patient's record number, name, birth date, address and insurer's number in fields no label names.
import { createFinding } from './create-finding.ts';
import { digitCount } from './phone-verdicts.ts';
import { endOfLine } from '../tables/pasted-tables.ts';
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';

const name = 'hl7-segment';

/** How a field's value is read: a name (family^given^middle), a clinician (id^family^given), an address, or one value. */
type FieldKind = 'name' | 'clinician' | 'address' | 'birthDate' | 'phone' | PiiType;

/**
 * The fields that hold a person's data, by segment and by position (HL7 v2.5): the patient (PID), the next of kin (NK1),
 * the visit's clinicians (PV1, OBR, ORC), the insured (IN1) and the guarantor (GT1). An insurer's own name and address
 * (IN1-4, IN1-5), group numbers and order numbers are the organisation's.
 */
const personalFields: Readonly<Record<string, ReadonlyArray<readonly [position: number, kind: FieldKind]>>> = {
  PID: [
    [2, 'MEDICAL_RECORD'],
    [3, 'MEDICAL_RECORD'],
    [4, 'MEDICAL_RECORD'],
    [5, 'name'],
    [6, 'name'],
    [7, 'birthDate'],
    [9, 'name'],
    [11, 'address'],
    [13, 'phone'],
    [14, 'phone'],
  ],
  NK1: [
    [2, 'name'],
    [4, 'address'],
    [5, 'phone'],
    [6, 'phone'],
  ],
  // PV1-6 is the prior location by the standard, but feeds written by hand put the attending doctor there too; a
  // clinician is read only as a number and a name without digits, which no ward's code is ("ENDO^EXAM3^01").
  PV1: [
    [6, 'clinician'],
    [7, 'clinician'],
    [8, 'clinician'],
    [9, 'clinician'],
    [17, 'clinician'],
  ],
  OBR: [[16, 'clinician']],
  ORC: [[12, 'clinician']],
  // IN1-36 is the policy's number; writers and some feeds put it one field early (IN1-35, the plan's code, is short).
  IN1: [
    [16, 'name'],
    [18, 'birthDate'],
    [19, 'address'],
    [35, 'HEALTH_INSURANCE'],
    [36, 'HEALTH_INSURANCE'],
    [49, 'HEALTH_INSURANCE'],
  ],
  GT1: [
    [3, 'name'],
    [5, 'address'],
    [6, 'phone'],
    [7, 'phone'],
    [8, 'birthDate'],
  ],
};

/** A segment at a line's start: three capitals or digits and the field separator. */
const segmentStart = /^[ \t]*([A-Z][A-Z0-9]{2})\|/gm;
const score = 0.9;

/**
 * @example
 * hl7Recognizer.find('PID|1||MRN0048^^^HOSP^MR||DOE^JANE||19800101|F', {}).map((finding) => finding.text);
 * // ['MRN0048', 'DOE^JANE', '19800101']
 */
export const hl7Recognizer: PiiRecognizer = {
  name,
  types: ['MEDICAL_RECORD', 'PERSON', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE', 'HEALTH_INSURANCE'],
  // A segment's name and its separator: one native search for the bar, then the segments' names.
  mightMatch: (text) =>
    text.includes('|') && (text.includes('PID|') || text.includes('NK1|') || text.includes('IN1|') || text.includes('PV1|')),
  find(text) {
    const findings: PiiFinding[] = [];
    segmentStart.lastIndex = 0;
    for (let match = segmentStart.exec(text); match !== null; match = segmentStart.exec(text)) {
      const fields = personalFields[match[1]!];
      if (fields === undefined) continue;
      const lineEnd = segmentEnd(text, match.index);
      const values = fieldSpans(text, match.index + match[0].length, lineEnd);
      for (const [position, kind] of fields) {
        const field = values[position - 1];
        if (field !== undefined && field.end > field.start) readField(text, { ...field, kind }, findings);
      }
      segmentStart.lastIndex = lineEnd;
    }
    return findings;
  },
};

/** Where a segment's line ends, before its carriage return where it has one. */
function segmentEnd(text: string, from: number): number {
  const end = endOfLine(text, from);
  return text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}

/** The spans of a segment's fields from its first, each up to its first repetition ("~"). */
function fieldSpans(text: string, from: number, lineEnd: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = from;
  while (start <= lineEnd) {
    let end = text.indexOf('|', start);
    if (end === -1 || end > lineEnd) end = lineEnd;
    const repetition = text.indexOf('~', start);
    spans.push({ start, end: repetition !== -1 && repetition < end ? repetition : end });
    start = end + 1;
  }
  return spans;
}

/** The spans of a field's components ("^"). */
function componentSpans(text: string, field: { start: number; end: number }): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = field.start;
  while (start <= field.end) {
    let end = text.indexOf('^', start);
    if (end === -1 || end > field.end) end = field.end;
    spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

const hasDigit = /\d/;
const hasLetter = /\p{L}/u;
const birthDate = /^(?:19|20)\d{6}/;
const latinCity = /^[A-Za-z][A-Za-z .'-]*$/;

function readField(text: string, field: { start: number; end: number; kind: FieldKind }, into: PiiFinding[]): void {
  const components = componentSpans(text, field);
  const add = (type: PiiType, start: number, end: number) =>
    into.push(createFinding({ type, text: text.slice(start, end), start, score, recognizer: name }));
  switch (field.kind) {
    case 'name':
    case 'clinician': {
      // A name runs from its family name to the last of family, given and middle names written ("HARTWELL^JOANNA",
      // "심재혁^^^^^^L"); a clinician's starts after the clinician's own number ("20451^어윤정^^^^^Dr.").
      const first = field.kind === 'name' ? 0 : 1;
      if (field.kind === 'clinician' && digitCount(text.slice(components[0]!.start, components[0]!.end)) === 0) return;
      const parts = components.slice(first, first + 3).filter((part) => part.end > part.start);
      if (parts.length === 0) return;
      const family = text.slice(parts[0]!.start, parts[0]!.end);
      if (hasLetter.test(family) && digitCount(family) === 0) add('PERSON', parts[0]!.start, parts.at(-1)!.end);
      return;
    }
    case 'address': {
      // street^other^city^state^zip^country: a Latin address is the whole line up to its postcode ("1418 W Hays St^^Boise^ID^83702"),
      // a Korean one its first part, which holds it all ("서울특별시 강남구 테헤란로 508, 1702호^^서울^^06178^KOR").
      const street = components[0]!;
      if (street.end === street.start || !hasDigit.test(text.slice(street.start, street.end))) return;
      const city = components[2];
      const latin = city !== undefined && latinCity.test(text.slice(city.start, city.end));
      const parts = latin ? components.slice(0, 5).filter((part) => part.end > part.start) : [street];
      add('ADDRESS', street.start, parts.at(-1)!.end);
      return;
    }
    case 'birthDate': {
      const value = text.slice(components[0]!.start, components[0]!.end);
      if (birthDate.test(value)) add('DATE_OF_BIRTH', components[0]!.start, components[0]!.start + 8);
      return;
    }
    case 'phone': {
      const value = components[0]!;
      if (digitCount(text.slice(value.start, value.end)) >= 7) add('PHONE', value.start, value.end);
      return;
    }
    default: {
      // An identifier: its first component, which holds a digit ("MRN004829173^^^STLUKES^MR"); a policy's number six at least.
      const value = components[0]!;
      const digits = digitCount(text.slice(value.start, value.end));
      if (digits >= (field.kind === 'HEALTH_INSURANCE' ? 6 : 4)) add(field.kind, value.start, value.end);
    }
  }
}
