// Finds the numbers that identify a customer's handset and SIM in a telecom care chat: IMEI (15 digits with a Luhn check
// digit, printed as 35-209900-176148-1) and ICCID (the SIM card number, 19 or 20 digits after 89, the telecom prefix of
// ISO 7812, with a Luhn check digit).
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { contextWindowSize, hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, type DigitGroups } from './digit-groups.ts';
import { passesLuhn } from './luhn.ts';

const name = 'telecom-number';
const imeiContext = /IMEI|MEID|(?:단말기?|기기|휴대\s*폰|핸드폰|스마트폰|폰)\s*(?:의\s*)?(?:고유|식별|일련)\s*번호/i;
const iccidContext = /ICCID|SIM|유심|심\s*카드/i;
const imeiLabels = new RegExp(imeiContext.source, 'gi');
const iccidLabels = new RegExp(iccidContext.source, 'gi');
/** A piece of every label of both contexts, searched as strings once per text: most long numbers (cards, accounts) have none. */
const labelPieces = ['IMEI', 'imei', 'MEID', 'ICCID', 'SIM', 'sim', 'Sim', '고유', '식별', '일련', '유심', '심 카드', '심카드'];
const printedLengths = [2, 6, 1] as const;
/** How far before a number read off the box its label may stand: a few turns of a chat, not a whole export. */
const saidLaterReach = 400;
/** The first two digits of the type allocation codes handed out by the GSMA's reporting bodies; an Amex card opens with 34 or 37. */
const imeiReportingBodies: ReadonlySet<string> = new Set([
  '01',
  '30',
  '33',
  '35',
  '44',
  '45',
  '49',
  '50',
  '51',
  '52',
  '53',
  '54',
  '86',
  '91',
  '98',
  '99',
]);

function mayBeLabelled(text: string): boolean {
  return labelPieces.some((piece) => text.includes(piece));
}
/** The shortest number either reads: an IMEI without its check digit. */
const fewestDigits = 14;
const mostDigits = 20;

/**
 * An IMEI counts after its label (IMEI, 단말기 고유번호 …) or in its printed 2-6-6-1 grouping with a valid check digit;
 * bare fifteen digits alone are as often an order number. An ICCID counts with a valid check digit, or after its label
 * (ICCID, SIM, 유심).
 *
 * @example
 * telecomNumberRecognizer.find('IMEI 35-209900-176148-1 입니다', {})[0]?.type; // 'IMEI'
 * telecomNumberRecognizer.find('유심 번호 8982 3000 1234 5678 901', {})[0]?.type; // 'ICCID'
 */
export const telecomNumberRecognizer: PiiRecognizer = {
  name,
  types: ['IMEI', 'ICCID'],
  // Without a label only the printed IMEI grouping (groups of 2, 6 and 1 digits) or an ICCID's 19 digits or more can
  // count, so a card or an account number alone stops here.
  mightMatch: (text) => {
    const most = textFeatures(text).mostRunDigits;
    if (most < fewestDigits) return false;
    return most >= 19 || hasGroupLengths(digitGroupsOf(text), printedLengths) || mayBeLabelled(text);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    const labelled = mayBeLabelled(text);
    for (let index = 0; index < groups.count; index += 1) {
      const start = groups.starts[index]!;
      if (!isDigitStartAt(text, start)) continue;
      const found = bestNumberFrom(text, { groups, first: index, mayBeLabelled: labelled });
      if (found === undefined) continue;
      findings.push(createFinding({ type: found.type, text: text.slice(start, found.end), start, score: found.score, recognizer: name }));
      index = found.last;
    }
    return findings;
  },
};

interface TelecomNumber {
  type: PiiType;
  score: number;
  end: number;
  /** The index of the number's last digit group. */
  last: number;
}

/**
 * The most likely IMEI or ICCID that starts at group `first`: its groups joined by one kind of separator (a hyphen or a
 * blank), ending where a number may end; the longest reading that scores wins.
 */
function bestNumberFrom(text: string, from: { groups: DigitGroups; first: number; mayBeLabelled: boolean }): TelecomNumber | undefined {
  const { groups, first, mayBeLabelled } = from;
  const separator = groups.gaps[first];
  let digits = 0;
  let best: TelecomNumber | undefined;
  for (let index = first; index < groups.count; index += 1) {
    digits += groupLength(groups, index);
    if (digits > mostDigits) break;
    const end = groups.ends[index]!;
    if (digits >= fewestDigits && isDigitEndAt(text, end)) {
      const reading = readingOf(text, { groups, first, last: index, digits, mayBeLabelled });
      if (reading !== undefined && (best === undefined || reading.score >= best.score)) best = { ...reading, end, last: index };
    }
    const gap = groups.gaps[index];
    if (gap !== separator || (gap !== 32 && gap !== 45)) break;
  }
  return best;
}

function readingOf(
  text: string,
  span: { groups: DigitGroups; first: number; last: number; digits: number; mayBeLabelled: boolean },
): { type: PiiType; score: number } | undefined {
  const start = span.groups.starts[span.first]!;
  const labelledBy = (pattern: RegExp) => span.mayBeLabelled && hasContextBefore(text, { start, pattern });
  // A label with a mistyped check digit is still the customer's handset or SIM, so it scores lower rather than none.
  if ((span.digits === 19 || span.digits === 20) && text.startsWith('89', start)) {
    const labelled = labelledBy(iccidContext);
    if (passesLuhn(digitsOf(text, span))) return { type: 'ICCID', score: labelled ? 0.95 : 0.85 };
    return labelled ? { type: 'ICCID', score: 0.75 } : undefined;
  }
  if (span.digits > 16 || (span.digits !== 15 && !span.mayBeLabelled)) return undefined;
  const labelled = labelledBy(imeiContext) && !isIccidLabelNearer(text, start);
  if (span.digits === 15) {
    const valid = passesLuhn(digitsOf(text, span));
    if (labelled) return { type: 'IMEI', score: valid ? 0.95 : 0.75 };
    if (!valid) return undefined;
    if (printedGrouping(span)) return { type: 'IMEI', score: 0.8 };
    // Read off the box after the agent asked for it ("the IMEI is on the sticker" … "found it, 352906118473026"): a valid
    // check digit and a reporting body's prefix, with the label a few turns before it.
    const digits = digitsOf(text, span);
    return span.mayBeLabelled &&
      imeiReportingBodies.has(digits.slice(0, 2)) &&
      imeiContext.test(text.slice(Math.max(0, start - saidLaterReach), start))
      ? { type: 'IMEI', score: 0.8 }
      : undefined;
  }
  // Fourteen digits (no check digit) or sixteen (IMEISV: a two-digit software version instead) only after the label.
  return labelled ? { type: 'IMEI', score: 0.9 } : undefined;
}

/**
 * Whether an ICCID label stands nearer before `start` than an IMEI label: in "IMEI 3569…, ICCID 8982 3000 0000 1234 5678"
 * the second number is the SIM's, even where its check digit fails and its first sixteen digits would read as an IMEISV.
 */
function isIccidLabelNearer(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - contextWindowSize), start);
  return lastMatchEnd(window, iccidLabels) > lastMatchEnd(window, imeiLabels);
}

function lastMatchEnd(window: string, pattern: RegExp): number {
  let end = -1;
  pattern.lastIndex = 0;
  while (pattern.test(window)) end = pattern.lastIndex;
  return end;
}

function digitsOf(text: string, span: { groups: DigitGroups; first: number; last: number }): string {
  return text.slice(span.groups.starts[span.first]!, span.groups.ends[span.last]!).replace(/[ -]/g, '');
}

/** The grouping printed on boxes and in phone settings: 2-6-6-1 ("35-209900-176148-1"). */
function printedGrouping(span: { groups: DigitGroups; first: number; last: number }): boolean {
  const { groups, first, last } = span;
  return (
    last - first === 3 &&
    groupLength(groups, first) === 2 &&
    groupLength(groups, first + 1) === 6 &&
    groupLength(groups, first + 2) === 6 &&
    groupLength(groups, last) === 1
  );
}
