// Reads the personal elements of ASC X12 transactions by their segments and qualifiers: a benefits enrolment (834) or a
// claim (837) pasted into a ticket carries the member's name, social security number, birth date, address, phone, e-mail
// and member number in elements no label names ("NM1*IL*1*OKONKWO*CHIOMA*N***34*548236019~", "DMG*D8*19870619*F~").
import { createFinding } from './create-finding.ts';
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';

const name = 'x12-segment';
const score = 0.9;

/** A segment: its identifier at a line's start or after the segment terminator, its elements to the next "~" or line. */
const segment = /(?:^|~)[ \t]*(INS|NM1|DMG|N3|N4|PER|REF)\*([^~\n]*)/gm;
/**
 * The people an NM1 names by its entity code: the insured or subscriber (IL), a patient (QC), a dependant (03), a
 * responsible party (QD); a payer's, a provider's or a sponsor's name is an organisation's or a clinician's.
 */
const personEntities: ReadonlySet<string> = new Set(['IL', 'QC', '03', 'QD', '74']);
/** The REF qualifiers of a member's own numbers: the subscriber's (0F), the member's (1W, 23 the client's, 3H the case's). */
const memberNumberQualifiers: ReadonlySet<string> = new Set(['0F', '1W', '23', '3H', 'ZZ']);
/** The PER qualifiers of a phone (home, cell, work, telephone) and of an e-mail. */
const phoneQualifiers: ReadonlySet<string> = new Set(['HP', 'CP', 'TE', 'WP', 'BN']);

/**
 * Whether `text` may hold an X12 transaction: an NM1 or a DMG segment with its element separator.
 *
 * @example
 * mayHoldX12('NM1*IL*1*DOE*JANE~'); // true
 */
function mayHoldX12(text: string): boolean {
  return text.includes('NM1*') || text.includes('DMG*');
}

/**
 * @example
 * x12Recognizer.find('NM1*IL*1*GARCIA*LUIS*M***34*604182297~\nDMG*D8*19750312*M~', {}).map((finding) => finding.text);
 * // ['GARCIA*LUIS*M', '604182297', '19750312']
 */
export const x12Recognizer: PiiRecognizer = {
  name,
  types: ['PERSON', 'US_SSN', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE', 'EMAIL', 'HEALTH_INSURANCE'],
  mightMatch: mayHoldX12,
  find(text) {
    const findings: PiiFinding[] = [];
    // Whether the member's loop is open (INS) or the last NM1 named a person: the REF, N3, N4, DMG and PER after it are theirs.
    let person = false;
    segment.lastIndex = 0;
    for (let match = segment.exec(text); match !== null; match = segment.exec(text)) {
      const id = match[1]!;
      const elementsStart = match.index + match[0].length - match[2]!.length;
      const elements = elementSpans(match[2]!, elementsStart);
      const value = (position: number): string => (elements[position - 1] === undefined ? '' : spanText(text, elements[position - 1]!));
      const add = (type: PiiType, span: { start: number; end: number } | undefined): void => {
        if (span !== undefined && span.end > span.start)
          findings.push(createFinding({ type, text: text.slice(span.start, span.end), start: span.start, score, recognizer: name }));
      };
      if (id === 'INS') person = true;
      else if (id === 'NM1') {
        person = personEntities.has(value(1)) && value(2) === '1';
        if (!person) continue;
        // The family, given and middle names as one value ("OKONKWO*CHIOMA*N").
        const last = [5, 4, 3].find((position) => value(position) !== '');
        if (last !== undefined) add('PERSON', { start: elements[2]!.start, end: elements[last - 1]!.end });
        if (value(8) === '34' && /^\d{9}$/.test(value(9))) add('US_SSN', elements[8]);
      } else if (!person) continue;
      else if (id === 'DMG' && value(1) === 'D8' && /^(?:19|20)\d{6}$/.test(value(2))) add('DATE_OF_BIRTH', elements[1]);
      else if (id === 'N3') add('ADDRESS', elements[0]);
      else if (id === 'N4' && elements.length >= 3) add('ADDRESS', { start: elements[0]!.start, end: elements[2]!.end });
      else if (id === 'PER') {
        for (let position = 3; position < elements.length; position += 2) {
          const qualifier = value(position);
          if (phoneQualifiers.has(qualifier)) add('PHONE', elements[position]);
          else if (qualifier === 'EM') add('EMAIL', elements[position]);
        }
      } else if (id === 'REF' && memberNumberQualifiers.has(value(1))) add('HEALTH_INSURANCE', elements[1]);
    }
    return findings;
  },
};

/** The spans of a segment's elements, apart by "*". */
function elementSpans(elements: string, from: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let end = elements.indexOf('*'); ; end = elements.indexOf('*', start)) {
    const to = end === -1 ? elements.length : end;
    spans.push({ start: from + start, end: from + to });
    if (end === -1) return spans;
    start = end + 1;
  }
}

function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
