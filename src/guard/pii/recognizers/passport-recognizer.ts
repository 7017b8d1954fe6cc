// Finds passport numbers: Korean current (M123A4567) and old (M12345678) formats, and foreign ones when labelled.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { isListedLatinName } from '../names/latin-name.ts';
import { isKoreanSurnameInLatin } from '../names/romanised-korean-names.ts';
import { hasFeatures, textFeature, textFeatures, type TextFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from './create-finding.ts';
import { travelDocumentLines } from './travel-document-lines.ts';
import { isAsciiAlphanumeric } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength, hasGroupLengths, type DigitGroups } from './digit-groups.ts';

const name = 'passport';
// M multiple, S single, R residents abroad, O official, D diplomatic, G official (관용), T travel certificate.
const currentKoreanPattern = /(?<![0-9A-Za-z])[MSRODGT]\d{3}[A-Z]\d{4}(?![0-9A-Za-z])/g;
const oldKoreanFormat = /^[MSRODGT]\d{8}$/;
const passportContext =
  /여권|パスポート|旅券|护照|護照|(?<![가-힣])여[ \t]+권(?![가-힣])|passport|travel document|pass?aport[eo]|passeport|reisepass|paspoort|\bpaspor\b|\bFOID\b/i;
// Any country's number right after the label: six to nine capitals and digits, a digit among them ("Passport C8KX24R7T",
// "Passport no.: FT418275", "his passport number, NXK7R41P2", "여권번호 EK1234567", "Travel document: PP K4127781M", "Passaporto N.: YA1234567", an airline's
// APIS line with the issuing country's code first, "PASSPORT ESP PAK771920", "Passport NZ LP448917", a booking's form of
// identification, "FOID: PP M41839266"), in brackets after it ("my Canadian passport (HK482913)") or after its country
// ("여권: Canada, No. HB382917"), after its Chinese label ("护照号 EJ4827103"); German,
// Ukrainian and most other passports are letters and digits; Russia's are digits in groups, its passport for travel
// abroad a series of two and seven ("75 4182093"), its internal one of four and six ("45 12 482716"). Indonesia's letter
// and seven digits are often copied with a gap after the letter ("passport C 4418273", "paspor saya B 7730412", the
// Indonesian "my" after the word), Syria's a letter and nine digits ("N013874529"); a file's copy is "on file".
const labelledPassportPattern =
  /(?:passport|여권|パスポート|旅券|护照号?|護照號?|(?<![가-힣])여[ \t]+권(?![가-힣])|travel[ \t]+document|pass?aport[eo]|passeport|reisepass|paspoort|paspor|FOID)(?:[ \t]+(?:saya|on[ \t]+file))?(?:[ \t]*(?:no\.?|number|num|n[º°.]|nr\.?|#|번호|번호는|번호가|번호도|番号),?)?(?:[ \t]*\([A-Za-z .가-힣]{2,20}\))?[ \t]*[:：|]?[ \t]*(?:\([ \t]*|[A-Z][a-z]{2,20},?[ \t]+(?:no\.?|number)[ \t]*)?(?:PP[ \t]+|[A-Z]{2,3}[ \t]+(?=[A-Z0-9]*\d[A-Z0-9]*(?![A-Za-z0-9])))?(?=[A-Z0-9]*\d|[A-Z][ \t]\d)(\d{2}[ \t]\d{2}[ \t]\d{6}|\d{2}[ \t]\d{7}|[A-Z][ \t]\d{7,8}|[A-Z]\d{9}|[A-Z0-9]{6,9})(?![A-Za-z0-9])/gi;
// Either Korean format typed in groups ("M 1234 5678", "M123 A4567"), which counts only after its label; not a part of a
// longer code joined by hyphens ("환불 번호 RF-G-20241107-014").
const groupedKoreanPattern =
  /(?<![0-9A-Za-z]|[0-9A-Za-z]-)[MSRODGT](?:[ -]?\d{4}[ -]?\d{4}|[ -]?\d{3}[ -]?[A-Z][ -]?\d{4})(?![0-9A-Za-z]|-[0-9A-Za-z])/g;
const nineDigits = [9] as const;

/**
 * The current Korean format (since 2021) is distinctive enough alone (0.75, 0.95 with 여권/passport). The old format
 * scores 0.45 alone (below the default threshold) and 0.85 labelled; US nine-digit and other letter-and-digit numbers
 * count only labelled (0.75).
 *
 * @example
 * passportRecognizer.find('여권번호 M123A4567', {})[0]?.score; // 0.95
 * passportRecognizer.find('Passport No. 123456789', {})[0]?.type; // 'PASSPORT'
 */
export const passportRecognizer: PiiRecognizer = {
  name,
  types: ['PASSPORT'],
  // Every format but a bare nine-digit group has a capital right before a digit (the current M123A4567, the old M12345678).
  mightMatch: (text) => {
    const features = textFeatures(text);
    if (hasFeatures(features, textFeature.upperBeforeDigit)) return true;
    if (features.mostRunDigits >= 9 && hasGroupLengths(digitGroupsOf(text), nineDigits)) return true;
    return mayHoldGroupedPassportIn(text);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    // The current format is a capital right before a digit, which the feature pass notes: most texts skip the pattern.
    if (hasFeatures(textFeatures(text), textFeature.upperBeforeDigit)) {
      currentKoreanPattern.lastIndex = 0;
      for (let match = currentKoreanPattern.exec(text); match !== null; match = currentKoreanPattern.exec(text))
        addPassport(findings, { text, candidate: match[0], start: match.index, unlabelled: 0.75, labelled: 0.95 });
    }
    // Old Korean, US (nine digits) and other letter-prefixed numbers all end in a group of seven to nine digits:
    // (?<![0-9A-Za-z])(?:[A-Z]{1,2}\d{7,8}|\d{9})(?![0-9A-Za-z]).
    const groups = digitGroupsOf(text);
    for (let index = 0; index < groups.count; index += 1) {
      const start = lettersBeforeStart(text, { groups, index });
      if (start === -1) continue;
      const candidate = text.slice(start, groups.ends[index]!);
      const old = oldKoreanFormat.test(candidate);
      addPassport(findings, { text, candidate, start, unlabelled: old ? 0.45 : 0, labelled: old ? 0.85 : 0.75 });
    }
    if (mayHoldGroupedPassportIn(text)) {
      addGroupedPassports(findings, text);
      addLabelledPassports(findings, text);
      addForeignShapedPassports(findings, text);
    }
    if (hasFeatures(textFeatures(text), textFeature.upperBeforeDigit)) addCrewListPassports(findings, text);
    for (const line of travelDocumentLines(text))
      findings.push(createFinding({ type: 'PASSPORT', text: line.number.text, start: line.number.start, score: 0.9, recognizer: name }));
    return findings;
  },
};

/** `mayHoldGroupedPassport` for the last text: `mightMatch` asks first and `find` after it. */
const mayHoldGroupedPassportIn = rememberLastText((text: string) => mayHoldGroupedPassport(text, textFeatures(text)));

/**
 * A numeric run ("1234 5678") or a capital before a digit ("A4567"), which every grouped form holds, a capital, and the
 * label: the grouped forms count only after it.
 */
function mayHoldGroupedPassport(text: string, features: TextFeatures): boolean {
  return (
    (features.runs.length > 0 || hasFeatures(features, textFeature.upperBeforeDigit)) &&
    hasFeatures(features, textFeature.upperLatin) &&
    // Native substring searches, each only where the feature pass saw its script: a case-insensitive pattern over every
    // dense text cost the whole scan 2%.
    ((hasFeatures(features, textFeature.hangul) && text.includes('여권')) ||
      (hasFeatures(features, textFeature.lowerLatin) &&
        (text.includes('assport') || text.includes('ravel document') || holdsForeignPassportWord(text))) ||
      text.includes('ASSPORT'))
  );
}

/** The word for a passport in Italian, Spanish, Portuguese, French, German, Dutch or Indonesian, as a foreign guest's form writes it. */
function holdsForeignPassportWord(text: string): boolean {
  return (
    text.includes('sapor') || text.includes('sseport') || text.includes('eisepass') || text.includes('aspoort') || text.includes('aspor ')
  );
}

/**
 * A crew list's or a manifest's "PP" before each person's number ("Ch/Off Dmytro Kovalenko, UA, DOB 02.04.1981, PP
 * FT418276", "— Bosun — Philippines — DOB 11 Nov 1987 — PP P5520713C"): one or two capitals, six to eight digits, perhaps
 * a check letter. "PP" names polypropylene and pages too, so only in a text that speaks of passports or on a person's
 * line that gives a birth date before it.
 */
const crewListPassport = /(?<![A-Za-z0-9/])PP[ \t]*[:.]?[ \t]+([A-Z]{1,2}\d{6,8}[A-Z]?)(?![A-Za-z0-9])/g;
const birthOnLine = /\bDOB\b|\bD\.O\.B\b|\bborn\b/i;

function addCrewListPassports(findings: PiiFinding[], text: string): void {
  if (!text.includes('PP')) return;
  const spokenOf = passportContext.test(text);
  crewListPassport.lastIndex = 0;
  for (let match = crewListPassport.exec(text); match !== null; match = crewListPassport.exec(text)) {
    if (!spokenOf && !birthOnLine.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) continue;
    const value = match[1]!;
    findings.push(
      createFinding({ type: 'PASSPORT', text: value, start: match.index + match[0].length - value.length, score: 0.8, recognizer: name }),
    );
  }
}

/**
 * The issuing country's name, capitalised, between a passport's label and its number ("Passport: Canada AK418823"); apart
 * from the pattern above, which ignores case and would read "passport details for AC0857" as a country and a number.
 */
const passportAfterCountry =
  /\b[Pp]assport(?:[ \t]+(?:[Nn]o\.?|[Nn]umber))?[ \t]*[:：][ \t]*[A-Z][a-z]{2,20}[ \t]+((?=[A-Z0-9]*\d)[A-Z0-9]{6,9})(?![A-Za-z0-9])/g;

/**
 * A passport named with what it is for or where it was shown, a colon before the number ("Passport for the site induction:
 * C7K41TX92", "Passport for the visa letter: 534718826", "Colombian passport at entry: AS482917"): a few words without a digit between, in capitals and digits as issued.
 */
const passportForPurpose =
  /\b[Pp]assport[ \t]+(?:for|to|at|used[ \t]+at)[ \t][^\n:：\d]{1,40}[:：][ \t]*((?=[A-Z0-9]*\d)[A-Z0-9]{6,9})(?![A-Za-z0-9])/g;

function addLabelledPassports(findings: PiiFinding[], text: string): void {
  passportForPurpose.lastIndex = 0;
  for (let match = passportForPurpose.exec(text); match !== null; match = passportForPurpose.exec(text)) {
    const value = match[1]!;
    findings.push(
      createFinding({ type: 'PASSPORT', text: value, start: match.index + match[0].length - value.length, score: 0.8, recognizer: name }),
    );
  }
  passportAfterCountry.lastIndex = 0;
  for (let match = passportAfterCountry.exec(text); match !== null; match = passportAfterCountry.exec(text)) {
    const value = match[1]!;
    findings.push(
      createFinding({ type: 'PASSPORT', text: value, start: match.index + match[0].length - value.length, score: 0.8, recognizer: name }),
    );
  }
  labelledPassportPattern.lastIndex = 0;
  for (let match = labelledPassportPattern.exec(text); match !== null; match = labelledPassportPattern.exec(text)) {
    const value = match[1]!;
    // The pattern ignores case for its label; the number itself is in capitals.
    if (value !== value.toUpperCase()) continue;
    const start = match.index + match[0].length - value.length;
    findings.push(createFinding({ type: 'PASSPORT', text: value, start, score: 0.8, recognizer: name }));
  }
}

/**
 * Spain's passports (three capitals and six digits: "PAE384716"), France's (two digits, two capitals, five digits:
 * "19AV72841") and the Philippines' (a letter, seven digits and a check letter: "P4417208B"), which the digit groups above
 * do not read; like them, only where a passport's word stands before ("passport: French, no. 19AV72841", "스페인 여권이고
 * 번호는 PAE384716", a coordinator's "reply with your passport no." before the workers' replies).
 */
const foreignPassportShapes = /(?<![0-9A-Za-z])(?:[A-Z]{3}\d{6}|\d{2}[A-Z]{2}\d{5}|[A-Z]\d{7}[A-Z])(?![0-9A-Za-z])/g;

function addForeignShapedPassports(findings: PiiFinding[], text: string): void {
  foreignPassportShapes.lastIndex = 0;
  for (let match = foreignPassportShapes.exec(text); match !== null; match = foreignPassportShapes.exec(text))
    addPassport(findings, { text, candidate: match[0], start: match.index, unlabelled: 0, labelled: 0.75 });
}

function addGroupedPassports(findings: PiiFinding[], text: string): void {
  groupedKoreanPattern.lastIndex = 0;
  for (let match = groupedKoreanPattern.exec(text); match !== null; match = groupedKoreanPattern.exec(text)) {
    const candidate = match[0];
    // Ungrouped, the number is read above.
    if (!candidate.includes(' ') && !candidate.includes('-')) continue;
    addPassport(findings, { text, candidate, start: match.index, unlabelled: 0, labelled: 0.85 });
  }
}

/** A name in capitals, as a passport prints it, right before on the line: a passenger list's row ("CHOI SUNGJIN M12948371"). */
const nameInCapitalsBefore = /(?:^|[^A-Za-z])([A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})[ \t]*[/|,\t]?[ \t]*$/;

/** Whether a name in capitals stands right before on the line, one of its words a listed name or a Korean surname ("ORDER SHIPPED" is none). */
function followsNameInCapitals(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const name = nameInCapitalsBefore.exec(text.slice(Math.max(lineStart, start - 48), start))?.[1];
  return name !== undefined && (isListedLatinName(name) || name.split(/[ -]/).some(isKoreanSurnameInLatin));
}

/**
 * Another number's label right before a candidate, in a text that speaks of passports elsewhere: a police report's event
 * number ("NSW Police Event No. E71834025" after a lost passport), a bank's routing number, a booking's or a case's.
 */
const otherNumbersLabelBefore =
  /\b(?:event|report|incident|case|claim|reference|ref|ticket|order|booking|receipt|invoice|policy|tracking|routing|transit|ABA|account)\.?[ \t]*(?:no\b\.?|number|#)?[ \t]*[:：#]?[ \t]*$/i;

/** How far before a number a passport's word may stand in a text about passports. */
const passportTalkReach = { letters: 300, digits: 120 };

function addPassport(
  findings: PiiFinding[],
  found: { text: string; candidate: string; start: number; unlabelled: number; labelled: number },
): void {
  const labelled =
    hasContextBefore(found.text, { start: found.start, pattern: passportContext }) || followsNameInCapitals(found.text, found.start);
  // Said further on, in a text about passports ("my passport number is C4567821 and my husband's is C3908154", "mine got
  // renewed too, new number is 132948571"): a little weaker, a bare nine digits only a sentence or two away.
  const reach = /^\d/.test(found.candidate) ? passportTalkReach.digits : passportTalkReach.letters;
  const talkedOf =
    !labelled &&
    hasContextBefore(found.text, { start: found.start, pattern: passportContext, windowSize: reach }) &&
    !otherNumbersLabelBefore.test(found.text.slice(Math.max(0, found.start - 32), found.start));
  const score = labelled ? found.labelled : talkedOf ? Math.max(found.unlabelled, found.labelled - 0.15) : found.unlabelled;
  if (score > 0) findings.push(createFinding({ type: 'PASSPORT', text: found.candidate, start: found.start, score, recognizer: name }));
}

/**
 * Where the passport candidate ending with group `index` starts, or -1: one or two capitals right before a group of seven
 * or eight digits, or a group of exactly nine digits, with neither a letter nor a digit on either side. The capitals sit
 * right before the group (the pattern needs seven digits after them, and no digit comes before a run's first group).
 */
function lettersBeforeStart(text: string, at: { groups: DigitGroups; index: number }): number {
  const groupStart = at.groups.starts[at.index]!;
  const length = groupLength(at.groups, at.index);
  if (isAsciiAlphanumeric(text.charCodeAt(at.groups.ends[at.index]!))) return -1;
  let start = groupStart;
  while (start > groupStart - 3 && isCapital(text.charCodeAt(start - 1))) start -= 1;
  if (isAsciiAlphanumeric(text.charCodeAt(start - 1))) return -1;
  const capitals = groupStart - start;
  if (capitals === 0) return length === 9 ? start : -1;
  return capitals <= 2 && (length === 7 || length === 8) ? start : -1;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}
