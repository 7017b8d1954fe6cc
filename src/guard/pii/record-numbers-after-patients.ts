// A hospital's number for a patient in brackets right after the patient's name, as ward notes write it ("708호 2번 베드
// 진순옥 환자 (#10482277, F/82, DOB 1942.07.19)", "718호 용재희 님(30690418): 낙상고위험", "Bed 4: Ana Ruiz (#4471920, 71F)").
import { isInClinicalText } from './recognizers/medical-record-recognizer.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

/** After the name: a Korean title perhaps, a bracket, a hash perhaps, six to ten digits, then a comma or the bracket's end. */
const numberInBrackets = /[ \t]*(?:님|환자|씨)?[ \t]*\([ \t]*(#?[ \t]*)(\d{6,10})(?=[ \t]*[,;)/])/y;

/**
 * Adds to `candidates` the numbers in brackets right after a person found, in a clinical text, as MEDICAL_RECORD 0.75.
 *
 * @example
 * const text = '7병동 용재희 님(30690418): 낙상고위험';
 * const candidates = [{ type: 'PERSON', start: 4, end: 7, text: '용재희', score: 0.8, recognizer: 'person-name' }];
 * addRecordNumbersAfterPatients(text, candidates);
 * candidates[1]?.text; // '30690418'
 */
export function addRecordNumbersAfterPatients(text: string, candidates: PiiFinding[]): void {
  if (!text.includes('(')) return;
  const found: PiiFinding[] = [];
  for (const person of candidates) {
    if (person.type !== 'PERSON') continue;
    numberInBrackets.lastIndex = person.end;
    const match = numberInBrackets.exec(text);
    if (match === null) continue;
    const end = numberInBrackets.lastIndex;
    const start = end - match[2]!.length;
    if (overlapsAny(candidates, { start, end }) || !isInClinicalText(text, { start, end })) continue;
    found.push({ type: 'MEDICAL_RECORD', start, end, text: match[2]!, score: 0.75, recognizer: 'medical-record' });
  }
  for (const finding of found) candidates.push(finding);
}
