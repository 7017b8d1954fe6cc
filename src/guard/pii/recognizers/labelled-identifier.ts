// Shared reader for identifiers that only exist after a label ("MRN: 123456", "가입자번호 1-2345678901").
import type { PiiFinding, PiiType } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { labelsAt } from './label-triggers.ts';

/**
 * A few small words between a label and its value as people say it, ending in "is" or a colon: "Medicare number if you
 * need it is 2953 71486 1", "Medicare card changed, the new number is 1EG4-TE5-MK73", "PhilHealth po siya: 12-…".
 */
const spokenFiller = String.raw`,?[ \t]+(?:[a-z']+,?[ \t]+){1,5}(?:is|was)[ \t]+|[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+[ \t]*:[ \t]*`;

/**
 * What may stand between a label and its value: the bracket closing a label ("Expediente (MRN):"), a note in brackets
 * ("NHS no. (optional):", "UHID (hospital):", "Hospital MRN (site file only — redact before faxing):"; one that opens
 * with a digit is a value), a colon, a comma
 * ("your chart number, 55172", "licence, no. 084 512 339", "UR number, it's 00731522"), "(no. " ("driving licence (no.
 * 180447215)"), a table's bar ("| 건강보험증 번호 | 61049381572"), "is", a Korean topic or subject particle ("보험증 번호가
 * 5-1128473091"), "no.", spaces; and the quote that opens an attribute's or a key's value ('memberId="K482917305"').
 */
const separator = String.raw`(?:${spokenFiller}|\)?(?:\s*\((?!\d)[^()\n]{1,40}\))?\s*(?:[:#：=,|]|\bis\b|은|는|이|가|\(?\s*\b[Nn][Oo]\.?|\(?번호\)?)?\s*(?:(?<=,\s*)(?:[Nn]o\.?|it'?s|it’s|it is)\s*)?(?:[:#：]\s*)?(?:(?<=[:=：]\s*)["'])?)`;

/**
 * Builds the sticky pattern that reads a value right after a label; `before` is what may stand between the label and the
 * value without being part of it (a state's code before a licence number).
 *
 * @example
 * valueAfterLabel(String.raw`\d{6,10}`).source.endsWith('(?![0-9A-Za-z])'); // true
 */
export function valueAfterLabel(valuePattern: string, options: { before?: string } = {}): RegExp {
  return new RegExp(String.raw`${separator}${options.before ?? ''}(${valuePattern})(?![0-9A-Za-z])`, 'y');
}

/**
 * Finds every label with `labels` (sticky, tried where a label trigger word starts), reads the value straight after it
 * with `value` (sticky), and asks `scoreFor` for a score (0 or less drops it).
 *
 * @example
 * findLabelled('MRN: 123456', {
 *   labels: /MRN/iy, value: valueAfterLabel(String.raw`\d{6}`), type: 'MEDICAL_RECORD', recognizer: 'medical-record',
 *   scoreFor: () => 0.85,
 * })[0]?.text; // '123456'
 */
export function findLabelled(
  text: string,
  options: {
    labels: RegExp;
    value: RegExp;
    type: PiiType;
    recognizer: string;
    /** A plain function, not a closure made per call: the text comes as its second argument. */
    scoreFor: (label: { text: string; index: number }, text: string) => number;
  },
): PiiFinding[] {
  return valuesAfterLabels(text, labelsAt(text, options.labels), options);
}

/**
 * Like `findLabelled`, for labels a native search found at `positions` instead of the shared trigger words; 0.85 each.
 *
 * @example
 * findLabelledAt('OHIP 5284-917-306-KT', [0], {
 *   labels: /OHIP/y, value: valueAfterLabel(String.raw`\d{4}-\d{3}-\d{3}-[A-Z]{2}`), type: 'HEALTH_INSURANCE', recognizer: 'health-insurance',
 * })[0]?.text; // '5284-917-306-KT'
 */
export function findLabelledAt(
  text: string,
  positions: readonly number[],
  options: { labels: RegExp; value: RegExp; type: PiiType; recognizer: string },
): PiiFinding[] {
  const labels: Array<{ text: string; index: number }> = [];
  for (const position of positions) {
    options.labels.lastIndex = position;
    const label = options.labels.exec(text);
    if (label !== null) labels.push({ text: label[0], index: position });
  }
  return valuesAfterLabels(text, labels, { ...options, scoreFor: fixedScore });
}

function fixedScore(): number {
  return 0.85;
}

/** The value read straight after each label, scored by `scoreFor` (0 or less drops it). */
function valuesAfterLabels(
  text: string,
  labels: ReadonlyArray<{ text: string; index: number }>,
  options: {
    value: RegExp;
    type: PiiType;
    recognizer: string;
    scoreFor: (label: { text: string; index: number }, text: string) => number;
  },
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const label of labels) {
    options.value.lastIndex = label.index + label.text.length;
    const value = options.value.exec(text);
    const valueText = value?.[1];
    if (value === null || valueText === undefined) continue;
    const score = options.scoreFor(label, text);
    if (score <= 0) continue;
    const start = value.index + value[0].length - valueText.length;
    findings.push(createFinding({ type: options.type, text: valueText, start, score, recognizer: options.recognizer }));
  }
  return findings;
}
