// The national numbers British and Canadian customers give a bank or a clinic: the UK National Insurance number
// ("AB 12 34 56 C") and the Canadian Social Insurance Number (nine digits with a Luhn check, "130 692 544").
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isAsciiAlphanumeric, isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, hasGroupShape } from './digit-groups.ts';
import { passesLuhn } from './luhn.ts';
import { runSeparator, type NumericRun } from './numeric-runs.ts';

const ninoContext = /national\s+insurance|\bNI\s*(?:number|no\b)|\bNINO\b/i;
/** A piece of each word of `ninoContext`, searched as strings first. */
const ninoLabelPieces = /nsurance|NSURANCE|NI[ :]|NINO/;
/**
 * Two prefix letters (D, F, I, Q, U and V never used, nor O second), six digits in pairs or together, and a suffix A–D;
 * BG, GB, KN, NK, NT, TN and ZZ are never issued. Matched only after a label, so no look-behind: the character before is
 * checked in code.
 */
const ninoPattern = /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]?(?![A-Za-z0-9])/g;
const unissuedPrefixes: ReadonlySet<string> = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const validPrefixLetter = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/;

/**
 * Printed as "AB 12 34 56 C" it counts alone (0.85), since few other values take that shape; any spacing counts after
 * its label (national insurance, NI number, NINO: 0.95).
 *
 * @example
 * ukNationalInsuranceRecognizer.find('NI number: AB123456C', {})[0]?.text; // 'AB123456C'
 */
export const ukNationalInsuranceRecognizer: PiiRecognizer = {
  name: 'uk-national-insurance',
  types: ['UK_NINO'],
  // The printed form holds a run of six digits in pairs; every other form a capital right before a digit.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return hasFeatures(features, textFeature.upperBeforeDigit) || features.runs.some(isDigitPairRun);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    if (ninoLabelPieces.test(text)) {
      ninoPattern.lastIndex = 0;
      for (let match = ninoPattern.exec(text); match !== null; match = ninoPattern.exec(text)) {
        if (isAsciiAlphanumeric(text.charCodeAt(match.index - 1)) || unissuedPrefixes.has(match[1]!)) continue;
        if (!hasContextBefore(text, { start: match.index, pattern: ninoContext })) continue;
        findings.push(
          createFinding({ type: 'UK_NINO', text: match[0], start: match.index, score: 0.95, recognizer: 'uk-national-insurance' }),
        );
      }
    }
    if (findings.length > 0) return findings;
    for (const run of textFeatures(text).runs) {
      if (!isDigitPairRun(run) || run.separators !== runSeparator.space) continue;
      const found = printedNumberAround(text, run);
      if (found !== undefined) findings.push(found);
    }
    return findings;
  },
};

/** Six digits in pairs ("12 34 56"), the middle of a printed NI number. */
function isDigitPairRun(run: NumericRun): boolean {
  return run.digits === 6 && run.longestGroup === 2;
}

/** "AB 12 34 56 C": the prefix and a blank before the digit pairs, a blank and the suffix after them. */
function printedNumberAround(text: string, run: { start: number; end: number }): PiiFinding | undefined {
  const start = run.start - 3;
  if (start < 0 || text.charCodeAt(run.start - 1) !== 0x20 || isAsciiAlphanumeric(text.charCodeAt(start - 1))) return undefined;
  const prefix = text.slice(start, start + 2);
  const suffix = text.charCodeAt(run.end + 1);
  if (!validPrefixLetter.test(prefix) || unissuedPrefixes.has(prefix)) return undefined;
  if (text.charCodeAt(run.end) !== 0x20 || suffix < 0x41 || suffix > 0x44 || isAsciiAlphanumeric(text.charCodeAt(run.end + 2)))
    return undefined;
  const end = run.end + 2;
  return createFinding({ type: 'UK_NINO', text: text.slice(start, end), start, score: 0.85, recognizer: 'uk-national-insurance' });
}

const sinShape = [3, 3, 3] as const;
const sinGroup = [9] as const;
// A key's "ca_sin" or "emp_sin" too.
const sinContext = /(?:\b|_)SINs?\b|social\s+insurance|numéro\s+d'assurance\s+sociale|\bNAS\b/i;
/** A label's pieces in the cases it is written in: "SIN", a YAML or JSON key's "sin", "Social Insurance", "NAS". */
const sinLabelPieces = /SIN|(?:\b|_)sin\b|NAS|nsurance|NSURANCE|sociale/;
/** A SIN's label right before it, a colon or "is" between: "SIN: 046 …", "SIN 번호 046 …", `"ca_sin": "046 …`. */
const sinLabelRightBefore = /(?:\b|_)SIN(?:\s*(?:no\.?|number|#|번호(?:는)?))?["']?\s*(?:[:=]|is)?\s*["']?$/i;
// Far enough for a note in brackets after the label ("Social Insurance Number (required for T5 reporting of policy gain): …").
const sinLabelReach = 96;
/**
 * Grouped in threes, as the card prints it, a few turns or a paragraph after the SINs were asked for or spoken of ("need SINs
 * from anyone new for the T4s" … "mine's 527 816 045"; "The SIN letters arrived. … both parents' numbers: Ahmad
 * 471 343 236"): no phone, date or amount is written 3-3-3, and the check digit must pass.
 */
const groupedSinLabelReach = 320;

/**
 * Nine digits (3-3-3 with blanks or hyphens, or together) after a SIN label, passing Luhn and not starting with 0 or 8,
 * which are never issued to a person (Service Canada's sample card, "046 454 286", starts with 0; grouped right after its
 * label, it counts): nine digits alone are as often an order number. 0.9.
 *
 * @example
 * canadianSinRecognizer.find('my SIN is 130 692 544', {})[0]?.text; // '130 692 544'
 */
export const canadianSinRecognizer: PiiRecognizer = {
  name: 'canadian-sin',
  types: ['CA_SIN'],
  // Nine digits in a run (a group of nine or three of three), and a piece of a label.
  mightMatch: (text) => {
    if (textFeatures(text).mostRunDigits < 9) return false;
    const groups = digitGroupsOf(text);
    return (hasGroupLengths(groups, sinGroup) || hasGroupLengths(groups, sinShape)) && sinLabelPieces.test(text);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    for (let index = 0; index < groups.count; index += 1) {
      const start = groups.starts[index]!;
      if (!isDigitStartAt(text, start)) continue;
      const last = sinLastGroup(groups, index);
      if (last === -1 || !isDigitEndAt(text, groups.ends[last]!)) continue;
      const value = text.slice(start, groups.ends[last]!);
      const digits = value.replace(/[ -]/g, '');
      const grouped = last !== index;
      index = last;
      if (digits[0] === '8' || !passesLuhn(digits)) continue;
      // A 0 is never issued, but Service Canada's sample card starts with one, and forms and test data copy it: grouped as
      // the card prints it, right after its label, it is given as a SIN.
      if (digits[0] === '0' && !(grouped && sinLabelRightBefore.test(text.slice(Math.max(0, start - 24), start)))) continue;
      // Its check digit makes a SIN sure enough to take its label a note or a sentence away ("SIN (for the credit check
      // only): 713 820 595", "임시 SIN이 … 와이프는 … 463-802-157").
      const reach = grouped ? groupedSinLabelReach : sinLabelReach;
      if (!hasContextBefore(text, { start, pattern: sinContext, windowSize: reach })) continue;
      findings.push(createFinding({ type: 'CA_SIN', text: value, start, score: 0.9, recognizer: 'canadian-sin' }));
    }
    return findings;
  },
};

/** The last group of a SIN starting at group `first`: one group of nine, or three of three joined by one blank or hyphen. */
function sinLastGroup(groups: ReturnType<typeof digitGroupsOf>, first: number): number {
  if (groupLength(groups, first) === 9) return first;
  const gap = groups.gaps[first]!;
  return (gap === 32 || gap === 45) && hasGroupShape(groups, { at: first, lengths: sinShape, gap }) ? first + 2 : -1;
}
