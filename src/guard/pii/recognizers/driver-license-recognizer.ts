// Finds Korean driver's licence numbers (운전면허번호): region NN (11–28) or region name, then NN-NNNNNN-NN.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { findLabelled, findLabelledAt, valueAfterLabel } from './labelled-identifier.ts';
import { labelTriggers } from './label-triggers.ts';
import { mightHoldKoreanLicense, numericLicenseNumbers, regionLicenseNumbers, type LicenseNumber } from './korean-license-numbers.ts';

const name = 'driver-license';
const licenseContext = /면허|운전|driver|licen[cs]e|\bdl\b/i;
// Foreign licences have no common shape, so they count only straight after a licence label: a letter and 7-8 digits
// (several US states), 3-3-3 digits, 7-12 digits, or the 16-character UK number (surname, birth digits, initials).
// A Spanish licencia and a Korean 면허 of a licence from abroad ("캘리포니아 면허 Y4827163") are labels too; a sponsor's, a
// trade's, a software product's or a TV licence is no driver's.
const foreignLabels =
  /(?<![A-Za-z])(?:[Dd]riv(?:er'?s?|ing)\s*[Ll]icen[cs]e|(?<!(?:[Ss]ponsor|[Bb]usiness|[Tt]rade|[Ss]oftware|[Ll]iquor|[Pp]remises|TV|[Rr]adio|[Mm]usic|[Ii]mport|[Ee]xport|[Ff]irearms?|[Ff]ishing|[Mm]arriage|[Pp]roduct|[Kk]ey)[ \t])[Ll]icen[cs]e|[Ll]icencia(?:\s+de\s+conducir)?|DRIV(?:ER'?S?|ING)\s*LICEN[CS]E|LICEN[CS]E|C?DL|(?:운전)?면허(?:증)?)(?:\s*(?:[Nn]umber|NUMBER|[Nn]o\b\.?|NO\b\.?|#|[Ii][Dd]|번호))?(?![A-Za-z])/y;
/**
 * A British licence number read alone: five letters of the surname (padded with 9s), the birth date with the month's tens
 * raised by 5 for women (YMMDDY), two initials (or 9s), a digit and two check letters. So exact a shape is no order code.
 */
const britishLicence = /(?<![A-Za-z0-9])[A-Z]{1,5}9{0,4}(?<=[A-Z9]{5})\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z]{2}(?![A-Za-z0-9])/g;
// Letters and digits (D1234567), groups of digits, a UK licence, a letter then hyphenated groups, as Florida, Wisconsin
// and Ontario print theirs (S530-460-57-123-0, S123-4567-8901, S4182-60417-80915) and Kentucky its (T02-481-937), and India's state, office and serial
// (KA01 20150041827). A US or an Australian state's or a country's code may come first ("OH RS418273", "NSW 19283746",
// "NL 5281937740").
// Australian and US states print groups of three (048 273 915, Michigan's R163 552 904 117), the Philippines a letter and
// 2-2-6 digits (N04-15-027731), Germany eleven letters and digits (B072RRE2I55). A state's name may stand between the label
// and the value ("DL California D4471902"), and a question mark after a request for it ("licencia again? N09482177").
// Alberta prints six digits and three (184729-305), New South Wales groups eight in fours (1840 2937), and Czechia puts
// a blank after two letters (EF 918273). Poland writes a serial, the year and the office apart by slashes (04471/18/1261).
// Brazil's CNH is eleven digits after its letters, Colorado's nine digits in 2-3-4 ("DL CO 22-318-0746"). A British number may be printed in its three parts (MORGA 703115 DM9XK).
// Quebec prints the surname's letter, four digits, the birth date's six and two (T6531-190577-08). Washington's older cards
// print five letters of the surname (padded with *), two initials, three digits and two check characters (SMITHJK482QZ).
const foreignValueShape = String.raw`[A-Z*]{7}\d{3}[A-Z\d]{2}|[A-Z]\d{4}-\d{6}-\d{2}|\d{5}\/\d{2}\/\d{4}|\d{4}-\d{6}|\d{6}-\d{3}|[A-Z]{1,2} \d{6,8}|\d{4} \d{4}|[A-Z]\d{2,4}(?:-\d{1,5}){2,4}(?![\d-])|[A-Z]\d{2}-\d{2}-\d{6}|[A-Z]\d{3}(?: \d{3}){3}|\d{2,3}(?: \d{3}){2}|[A-Z]{1,2}\d{6,8}|\d{3}-\d{3}-\d{3,4}|\d{2}-\d{3}-\d{4}|\d{7,12}|[A-Z9]{5} ?\d{6} ?[A-Z9]{2}\d[A-Z]{2}|[A-Z]{2}\d{2}[ -]?\d{11}|(?=[A-Z]*\d)(?=\d*[A-Z])(?=(?:[A-Z]*\d){4})[A-Z0-9]{8,12}`;
const foreignValue = valueAfterLabel(foreignValueShape, {
  before: String.raw`\??[ \t]*(?:(?:[A-Z]{2,3}|[A-Z][a-z]{3,}(?:[ \t][A-Z][a-z]+)?)[ \t]+(?=[A-Z]{0,2}\d))?`,
});

/**
 * Hyphenated 0.8, space-separated 0.7, with a region name 0.85; a label (면허, driver's license) adds 0.15.
 * Twelve bare digits are counted only with the label.
 *
 * @example
 * driverLicenseRecognizer.find('운전면허번호 11-12-345678-90', {})[0]?.score; // 0.95
 */
export const driverLicenseRecognizer: PiiRecognizer = {
  name,
  types: ['DRIVER_LICENSE'],
  // Korean numbers hold ten digits or more in the groups `mightHoldKoreanLicense` names; a foreign one needs a licence
  // label (a trigger word) and a digit.
  mightMatch: (text) => {
    const features = textFeatures(text);
    if (features.mostRunDigits >= 10 && mightHoldKoreanLicense(text)) return true;
    if (hasFeatures(features, textFeature.digit) && (mightHoldForeignLabel(text) || nativeLicenceWordsAt(text).length > 0)) return true;
    return hasFeatures(features, textFeature.upperBeforeDigit) && text.length >= 16 && britishLicenceAt(text, 0) !== undefined;
  },
  find(text) {
    const findings: PiiFinding[] = [];
    for (const found of numericLicenseNumbers(text))
      addLicense(findings, { text, found, baseScore: found.separator === '-' ? 0.8 : found.separator === ' ' ? 0.7 : 0 });
    // Read out with blanks, a region's number counts only beside a licence's word.
    for (const found of regionLicenseNumbers(text)) addLicense(findings, { text, found, baseScore: found.separator === ' ' ? 0 : 0.85 });
    for (let match = britishLicenceAt(text, 0); match !== undefined; match = britishLicenceAt(text, match.index + 16))
      findings.push(createFinding({ type: 'DRIVER_LICENSE', text: match[0], start: match.index, score: 0.75, recognizer: name }));
    const native = nativeLicenceWordsAt(text);
    if (native.length > 0)
      for (const finding of findLabelledAt(text, native, {
        labels: nativeLicenceLabel,
        value: foreignValue,
        type: 'DRIVER_LICENSE',
        recognizer: name,
      }))
        findings.push(finding);
    if (!mightHoldForeignLabel(text)) return findings;
    const labelled = findLabelled(text, {
      labels: foreignLabels,
      value: foreignValue,
      type: 'DRIVER_LICENSE',
      recognizer: name,
      scoreFor: foreignScore,
    });
    for (const finding of labelled) findings.push(finding);
    if (text.includes('-') || text.includes('WDL')) for (const finding of printedShapesSaidLater(text)) findings.push(finding);
    for (const finding of numbersLaterOnLabelLine(text)) if (!overlapsAny(findings, finding)) findings.push(finding);
    return findings.filter((finding) => !onSponsorsLine(text, finding.start));
  },
};

/** A visa sponsor's line ("Sponsor: University of Leeds (licence no. 7KH3Q29XD)"): the sponsor's licence, no driver's. */
function onSponsorsLine(text: string, at: number): boolean {
  return /\b[Ss]ponsor\b|SPONSOR/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/**
 * The hyphenated shapes Florida, Ontario and Wisconsin print (S530-418-72-461-0, K3207-48815-60912, S123-4567-8901-23), and
 * Washington's WDL number (WDL4K8PQ2ZT9):
 * exact enough to count a few turns after the licence was asked for ("Florida, S530-418-72-461-0"), with the word a few
 * turns before them.
 */
// Washington's cards since 2018: WDL and nine letters and digits (WDL4K8PQ2ZT9).
const printedShapes =
  /(?<![A-Za-z0-9-])(?:[A-Z](?:\d{3}-\d{3}-\d{2}-\d{3}-\d|\d{4}-\d{5}-\d{5}|\d{3}-\d{4}-\d{4}-\d{2})|WDL(?=[A-Z]*\d)[A-Z\d]{9})(?![\dA-Za-z-])/g;
const licenceWord = /[Ll]icen[cs]e|LICEN[CS]E|\bDL\b|면허/;
/** How far before the shape the licence's word may stand: a few turns of a chat. */
const saidLaterReach = 400;

function printedShapesSaidLater(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  printedShapes.lastIndex = 0;
  for (let match = printedShapes.exec(text); match !== null; match = printedShapes.exec(text))
    if (licenceWord.test(text.slice(Math.max(0, match.index - saidLaterReach), match.index)))
      findings.push(createFinding({ type: 'DRIVER_LICENSE', text: match[0], start: match.index, score: 0.8, recognizer: name }));
  return findings;
}

/**
 * A licence's number a few words after its label on the label's line, past its state, its class or its kind ("my licence
 * is QLD, no. 087 412 956", "CDL: Class A, state AZ, no. D07318842", "Driver's license # / State: 104418830 / TN",
 * "learner permit no. 406118752"): nothing but words may stand between, no other number and no other label.
 */
const licenceLabelThenWords = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Dd]riv(?:er'?s?|ing)\s*[Ll]ic(?:en[cs]e|\.)?|(?<!(?:[Ss]ponsor|[Bb]usiness|[Tt]rade|[Ss]oftware|[Ll]iquor|[Pp]remises|TV|[Rr]adio|[Mm]usic|[Ii]mport|[Ee]xport|[Ff]irearms?|[Ff]ishing|[Mm]arriage|[Pp]roduct|[Kk]ey)[ \t])[Ll]icen[cs]e|LICEN[CS]E|C?DL|[Ll]earner(?:'s)?\s*permit|[Pp]ermis(?:\s*de\s*conduire)?|[Ll]icencia)(?![A-Za-z])([^\n\d]{0,40}?)(?<![\w-])(${foreignValueShape})(?![\w-])`,
  'g',
);
const otherLabelBetween =
  /DOB|birth|exp|phone|mobile|card|생년월일|연락처|issued|valid|sponsor|business|trade|software|TV|fishing|marriage/i;

function numbersLaterOnLabelLine(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  licenceLabelThenWords.lastIndex = 0;
  for (let match = licenceLabelThenWords.exec(text); match !== null; match = licenceLabelThenWords.exec(text)) {
    const [whole, between, number] = match as unknown as [string, string, string];
    if (otherLabelBetween.test(between)) continue;
    const start = match.index + whole.length - number.length;
    findings.push(createFinding({ type: 'DRIVER_LICENSE', text: number, start, score: 0.75, recognizer: name }));
  }
  return findings;
}

/**
 * Whether a foreign licence label may occur: each alternative of `foreignLabels` (case-sensitive) holds "licen", "DL" or 면허,
 * and starts at a label trigger word; "Drivers lic #" and a learner permit are read a few words before their number. Two substring searches cost less than the label pattern at every trigger.
 */
function mightHoldForeignLabel(text: string): boolean {
  return (
    labelTriggers(text).length > 0 &&
    (text.includes('licen') ||
      text.includes('Licen') ||
      text.includes('LICEN') ||
      text.includes('DL') ||
      text.includes('면허') ||
      text.includes(' lic') ||
      text.includes('r permit'))
  );
}

/**
 * A licence by its own country's word ("German Führerschein no. J010X7M4K21", "rijbewijs 5281937740", "permis de conduire
 * n° 12AB34567", Brazil's "CNH 04827316950"): their letters' pairs stand in too many other words to be trigger words, so native searches find them,
 * where a numeric run or a label's trigger word cues the text.
 */
/** A piece of each word, in any of its spellings (Führerschein, Fuehrerschein; Rijbewijs; Permis de conduire). */
const nativeLicencePieces = ['hrerschein', 'ijbewijs', 'ermis de conduire', 'CNH'];
const nativeLicenceLabel =
  /(?:[Ff](?:ü|ue)hrerschein|[Rr]ijbewijs|[Pp]ermis de conduire|(?<![A-Za-z])CNH(?![A-Za-z]))(?:[ \t]*(?:[Nn]r\.?|[Nn]o\.?|n[°º]|[Nn]ummer|[Nn]umber))?/y;

/** Where each word starts whose piece the text holds, when a numeric run or a label's trigger word cues the text. */
function nativeLicenceWordsAt(text: string): number[] {
  const features = textFeatures(text);
  if (
    (features.flags & (textFeature.lowerLatin | textFeature.upperLatin)) === 0 ||
    (features.runs.length === 0 && labelTriggers(text).length === 0)
  )
    return [];
  const positions: number[] = [];
  for (const piece of nativeLicencePieces) {
    let at = text.indexOf(piece);
    if (at === -1) continue;
    while (at > 0 && /[A-Za-zü]/.test(text.charAt(at - 1))) at -= 1;
    positions.push(at);
  }
  return positions;
}

function britishLicenceAt(text: string, from: number): RegExpExecArray | undefined {
  britishLicence.lastIndex = from;
  return britishLicence.exec(text) ?? undefined;
}

function foreignScore(): number {
  return 0.8;
}

function addLicense(findings: PiiFinding[], candidate: { text: string; found: LicenseNumber; baseScore: number }): void {
  const { start, end } = candidate.found;
  const labelled = hasContextBefore(candidate.text, { start, pattern: licenseContext });
  if (candidate.baseScore === 0 && !labelled) return;
  const score = candidate.baseScore === 0 ? 0.85 : candidate.baseScore + (labelled ? 0.15 : 0);
  findings.push(createFinding({ type: 'DRIVER_LICENSE', text: candidate.text.slice(start, end), start, score, recognizer: name }));
}
