// Finds medical record / patient numbers, which exist only after a label (MRN, 환자번호, 병록번호, clinical 등록번호).
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';
import { digitCount } from './phone-verdicts.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { contextWindowSize } from './context-window.ts';
import { labelTriggers } from './label-triggers.ts';
import { findLabelled, valueAfterLabel } from './labelled-identifier.ts';
import { counsellingClientFiles } from './counselling-client-files.ts';

const name = 'medical-record';
const labels =
  /(?:(?<![A-Za-z])|(?<=(?<![A-Za-z])U)|(?<=(?<![A-Za-z])(?:[Ii]n|[Oo]ut)-?)(?=patient\s*(?:number|no\b|#|id)))(?:MRN\b|UHID\b|medical\s+record\s*(?:number|no\b\.?|#)?|patient\s*(?:acc(?:oun)?t\.?\s*(?:number|no\b\.?|#)|id|number|no\b\.?|#|code|ref(?:erence)?(?:\s*(?:number|no\b\.?))?|file\s*(?:number|no\b\.?))|patienten-?\s*(?:nr\b\.?|nummer)|chart(?:\s*(?:number|no\b\.?|#))?|hosp(?:ital)?\.?\s*(?:(?:record|file|registration|case)\s*)?(?:number|no\b\.?|#)|hosp(?:ital)?\s+RN\b|hospital\s+ID\b|hospital\s+record(?=[ \t]*[(:])|patient\s*reg(?:istration)?\.?\s*(?:number|no\b\.?|#)|pt[_\s]?(?:no\b\.?|#)|NHI\b(?=(?:[ \t]*(?:number|no\b\.?|#))?[ \t]*[:：]?[ \t]*[A-Z]{3}\d{2}(?:\d{2}|[A-Z]{2})(?![A-Za-z0-9]))|환자\s*(?:번호|ID)|병록(?:\s*번호)?|차트(?:\s*(?:번호|No\.?))?|의무\s*기록\s*번호|진료\s*(?:카드\s*)?번호|(?:내원|입원|외래)\s*번호|병원\s*ID|(?<!주민|사업자|법인|외국인|차량|자동차)등록(?:\s*번호|(?=[ \t]+\d)))(?:\s+(?:assigned|issued|acct\.?|account))?/iy;
// Four digits at least, in up to three hyphenated or slashed groups after up to two letter prefixes ("00482913",
// "MRN1234567", "1-2847-3306", "C-23-118407", "KSP/22/01884", "WMC/IP/045871", "SLH 2210984", "APH.0017284193"), a hospital's or a country's
// letters between two of them ("2024-MX-88312", "2024/CH/118733"), a check letter after them ("0058821-W"); groups of three
// digits or more may be apart by a blank ("3028 4417"). A Chinese inpatient number runs to thirteen digits after its ZY
// (住院: "ZY2025110400317").
const recordShapes = String.raw`(?=(?:[A-Z]{1,4}[-/. ]?){0,2}(?:\d[-/ ]?){4})(?:[A-Z]{1,4}[-/.]|[A-Z]{2,4} |[A-Z]{1,3}){0,2}\d{1,14}(?:[-/](?:\d{1,8}|[A-Z]{2,3}(?=[-/]\d))| \d{3,8}(?![\d/-])){0,3}(?:-[A-Z](?![A-Za-z0-9]))?`;
/**
 * Any other hospital's print after a medical label: letters and digits in groups joined by hyphens or slashes
 * ("RJ1-K773310", "KH/TRY/26/11874", "LFM-0061842"); five digits at least (`holdsRecordDigits`).
 */
const anyRecordNumber = String.raw`[A-Z0-9]{1,12}(?:[-/][A-Z0-9]{1,12}){1,4}`;
const value = valueAfterLabel(`${recordShapes}|${anyRecordNumber}`);
const recordShape = new RegExp(`^(?:${recordShapes})$`);
// 등록번호 and 차트 alone are a medical number's label only in a clinical setting.
const clinicalContext =
  /환자|환아|산모|출생아|신생아|분만|산부인과|원무|치료|병원|진\s?료|수술|외래|입원|퇴원|내과|외과|치과|한의원|소아과|안과|피부과|입\s퇴\s원|의원|내원|처방|수납|검사|검진|수검|보호자|병동|병실|인계|주치의|간호|투약|면회|병상|베드|\d{1,3}세[,)]|clinic|hospital|patient|(?:\b|\d)bed\b|\b\d{1,3} ?y\/?o\b|\btemp\b|\bward\b|\bDOB\b|medicare|health\s*care|medical\s*cent(?:er|re)|urgent\s*care|diagnos|triage|admitted|discharge|\bUHID\b|surgery|surgical|\bpre-?op\b|psychotherap|psycholog|telehealth|내담자|심리\s*상담/i;

/**
 * 0.85 after an explicit medical label; 0.8 after 등록번호 with a clinical word before it; no label, no finding.
 *
 * @example
 * medicalRecordRecognizer.find('환자번호: 20231234', {})[0]?.text; // '20231234'
 * medicalRecordRecognizer.find('MRN 00482913', {})[0]?.type; // 'MEDICAL_RECORD'
 */
export const medicalRecordRecognizer: PiiRecognizer = {
  name,
  types: ['MEDICAL_RECORD'],
  mightMatch: (text) =>
    hasFeatures(textFeatures(text), textFeature.digit) &&
    (labelTriggers(text).length > 0 || mayHoldCapitalLabel(text) || counsellingClientFiles(text).length > 0),
  find(text) {
    const findings = findLabelled(text, {
      labels,
      value,
      type: 'MEDICAL_RECORD',
      recognizer: name,
      scoreFor: labelScore,
    }).filter(holdsRecordDigits);
    if (mayHoldCapitalLabel(text)) findings.push(...capitalLabelNumbers(text));
    for (const finding of [...numbersSaidLater(text), ...numbersSaidLaterInClinicalText(text), ...counsellingClientFiles(text)])
      if (!overlapsAny(findings, finding)) findings.push(finding);
    return findings.filter((finding) => !isRegistrationCertificate(text, finding));
  },
};

/**
 * Hospital numbers by labels written in capitals: an Australian or New Zealand unit record number ("URN: 1129384", "UR No:
 * 00711842", or bare beside a clinical word), an Indian hospital's in- and out-patient numbers ("IP No: 24/118733", "OPD
 * No. 2024-118733", "IP no.: KH/IP/26/018472") and a clinic's registration or case number ("Reg. No.: 4471-0928", "Case
 * no: 2024-118733"), a hospital's admission number and a clinic's own ("Hospital admission no. ZY20250311-0472", "Clinic
 * no. OFC-088214"), a US hospital's financial (visit) number beside the MRN ("MRN: 004418263  Acct/FIN: 72201948813"),
 * all but the first beside a clinical word.
 * Their lower-case pairs ("ur", "ip", "re", "ca") stand in most English texts, so native searches for the capitals gate them.
 */
const capitalLabelPattern =
  /(?<![A-Za-z])(?:UR(N|[ \t]*(?:No\b\.?|[Nn]umber|#))?|(?:Acct\/)?FIN(?:[ \t]*(?:No\b\.?|#))?|(?:IPD?|OPD?|Reg(?:istration)?\.?|Case|[Aa]dmission|Clinic)[ \t]*(?:No\b\.?|no\b\.?|Number|#))(?![A-Za-z])[ \t]*[:：#]?[ \t]*((?:[A-Z]{1,4}\/){0,2}[A-Z]{0,3}[-/]?\d[\d/-]{3,14}\d|\d{2}\/[A-Z]{2,4}\/\d{4,8})(?![\dA-Za-z/])/g;
const capitalLabels = ['UR', 'IP', 'OP', 'Reg', 'Case', 'dmission', 'Clinic', 'FIN'];

function mayHoldCapitalLabel(text: string): boolean {
  // A numeric run or a label's trigger word cues the text (a number with slashes, "24/118733", is no run).
  return (textFeatures(text).runs.length > 0 || labelTriggers(text).length > 0) && capitalLabels.some((label) => text.includes(label));
}

function capitalLabelNumbers(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  capitalLabelPattern.lastIndex = 0;
  for (let match = capitalLabelPattern.exec(text); match !== null; match = capitalLabelPattern.exec(text)) {
    const number = match[2]!;
    const start = match.index + match[0].length - number.length;
    // Only a unit record number names a hospital by its label alone; "UR" bare ("son Keoni, UR 3310847, 4yo") beside a
    // clinical word.
    if (match[1] === undefined && !isInClinicalText(text, { start: match.index, end: match.index + match[0].length })) continue;
    findings.push(createFinding({ type: 'MEDICAL_RECORD', text: number, start, score: 0.8, recognizer: name }));
  }
  return findings;
}

/**
 * A hospital's number said a few words after its label ("her hospital no. from St James's is K0928374", "Your chart number
 * with us is 2218-0457", "her hosp no. there is RJ1-K773310", "Your chart number will be CW-20931").
 */
const saidLater =
  /\b(?:hosp(?:ital)?\.?[ \t]*(?:no\b\.?|number)|chart[ \t]*(?:no\b\.?|number)|MRN|patient[ \t]*(?:no\b\.?|number|ID)|UR[ \t]*(?:no\b\.?|number))[^\n\d.?!]{1,32}?\b(?:is|was|will[ \t]+be)[ \t]+([A-Z]{0,3}(?:(?<=[A-Z])-)?\d(?:[\d-]|-[A-Z](?=\d)){3,12}\d)(?![\dA-Za-z])/gi;

/**
 * A hospital's number a few words after its label, with no "is" between, in a clinical text: "병원 등록번호 새로 나왔어요,
 * 00847213번이요", "등록번호는 영수증에 31208447 이렇게", "진찰권 번호가 0427-5516 이고", "UR number at Fiona Stanley
 * 0847215", "file no. 0048213", "hospital MRN at Banner: 20774193", "the clinic's own record number for him is
 * HC-0098123", grouped as said or printed ("3 1 2 0 8 4 4 7", "00 48 1127"). Nothing but words may stand
 * between: no other number, no other label.
 */
const saidLaterInClinicalText =
  /(?:(?<![A-Za-z])(?:hosp(?:ital)?\.?[ \t]*(?:no\b\.?|number)|MRN|record[ \t]*(?:no\b\.?|number)|chart[ \t]*(?:no\b\.?|number|#)|patient[ \t]*(?:no\b\.?|number|ID)|UR[ \t]*(?:no\b\.?|number)|file[ \t]*(?:no\b\.?|number)|EMIS[ \t]*(?:no\b\.?|number)?)|(?<!주민|사업자|법인|외국인|차량|자동차|동물)등록[ \t]*번호|환자[ \t]*번호|진찰권(?:[ \t]*번호)?|차트[ \t]*번호|患者番号)(?![A-Za-z])([^\n\d.?!]{0,36}?)(?<![\w+-])((?:[A-Z]{1,4}[-/]?)?\d[\d-]{3,12}\d|\d{2,4}(?: \d{2,4}){1,3}|\d(?: \d){5,11})(?![\dA-Za-z/]|\.\w|-\d)/gi;
/** What may not stand between the label and the number: another label, a birth date's or a phone's. */
const otherLabelBetween = /DOB|birth|phone|mobile|생년월일|연락처|전화|휴대폰|번호/i;
/** A date or a Korean phone, which such a sentence may hold instead. */
const dateOrPhone = /^(?:19|20)\d\d-\d\d?(?:-\d\d?)?$|^0\d{1,2}-\d{3,4}-\d{4}$/;

function numbersSaidLaterInClinicalText(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  saidLaterInClinicalText.lastIndex = 0;
  for (let match = saidLaterInClinicalText.exec(text); match !== null; match = saidLaterInClinicalText.exec(text)) {
    const [whole, between, number] = match as unknown as [string, string, string];
    if (otherLabelBetween.test(between) || dateOrPhone.test(number)) continue;
    if (!isInClinicalText(text, { start: match.index, end: match.index + whole.length })) continue;
    const start = match.index + whole.length - number.length;
    findings.push(createFinding({ type: 'MEDICAL_RECORD', text: number, start, score: 0.75, recognizer: name }));
  }
  return findings;
}

function numbersSaidLater(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  saidLater.lastIndex = 0;
  for (let match = saidLater.exec(text); match !== null; match = saidLater.exec(text)) {
    const number = match[1]!;
    findings.push(
      createFinding({
        type: 'MEDICAL_RECORD',
        text: number,
        start: match.index + match[0].length - number.length,
        score: 0.8,
        recognizer: name,
      }),
    );
  }
  return findings;
}

/**
 * A number written 제…호 is a certificate's of registration (a tourism business's, a medical-tourism agency's: "관광사업
 * 등록번호: 제2015-000031호", "유치업 등록번호 (제A-2019-0412호)"), the business's own, never a patient's.
 */
function isRegistrationCertificate(text: string, finding: PiiFinding): boolean {
  return text[finding.start - 1] === '제' && text[finding.end] === '호';
}

const hospitalNamedBefore = /hospital|clinic|medical\s+cent(?:er|re)|병원|의원/i;

function labelScore(label: { text: string; index: number }, text: string): number {
  // 등록번호 and a bare 차트 or chart (a music or a stock chart as often) need a clinical word nearby; so does a hospital's
  // ID, which a claim's or a directory's record gives the hospital itself.
  const word = label.text.trim().toLowerCase();
  const hospitalId = /^hospital\s+id$/.test(word);
  if (!label.text.startsWith('등록') && word !== '차트' && word !== 'chart' && !hospitalId) return 0.85;
  // On the line that names the hospital, its ID is the hospital's own ("Hospital: Apollo Hospitals, Chennai   Hospital ID: …").
  if (hospitalId && hospitalNamedBefore.test(text.slice(text.lastIndexOf('\n', label.index - 1) + 1, label.index))) return 0;
  // The clinical word may follow ("님(78세, 등록번호 …)은 … 외래 방문"), so the window after the label counts as well.
  // So may a line or two before, where the agent asked for it ("환자분 성함이랑 등록번호 말씀해 주시겠어요?").
  return isInClinicalText(text, { start: label.index, end: label.index }) ? 0.8 : 0;
}

/**
 * Whether a clinical word stands near a label or a number: a line or two before it, where a form's title or an agent's
 * question stands, or shortly after it ("… 외래 방문", "Provisional diagnosis: …").
 */
export function isInClinicalText(text: string, span: { start: number; end: number }): boolean {
  return clinicalContext.test(text.slice(Math.max(0, span.start - contextWindowSize * 3), span.end + contextWindowSize * 2));
}

/** A shape a hospital prints, or five digits at least: "B-12" after a label is a ward's or a bed's. */
function holdsRecordDigits(finding: PiiFinding): boolean {
  if (recordShape.test(finding.text)) return true;
  return digitCount(finding.text) >= 5;
}
