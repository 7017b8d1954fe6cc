// Finds medical record / patient numbers, which exist only after a label (MRN, 환자번호, 병록번호, clinical 등록번호).
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { contextWindowSize, hasContextBefore } from './context-window.ts';
import { labelTriggers } from './label-triggers.ts';
import { findLabelled, valueAfterLabel } from './labelled-identifier.ts';

const name = 'medical-record';
const labels =
  /(?<![A-Za-z])(?:MRN\b|UHID\b|medical\s+record\s*(?:number|no\b\.?|#)?|patient\s*(?:id|number|no\b\.?|#|code|ref(?:erence)?(?:\s*(?:number|no\b\.?))?|file\s*(?:number|no\b\.?))|chart\s*(?:number|no\b\.?|#)|hosp(?:ital)?\.?\s*(?:record\s*)?(?:number|no\b\.?|#)|patient\s*reg(?:istration)?\.?\s*(?:number|no\b\.?|#)|pt[_\s]?(?:no\b\.?|#)|NHI\b|환자\s*(?:번호|ID)|병록\s*번호|차트(?:\s*(?:번호|No\.?))?|의무\s*기록\s*번호|진료\s*(?:카드\s*)?번호|(?<!주민|사업자|법인|외국인|차량|자동차)등록\s*번호)/iy;
// Four digits at least, in up to three hyphenated or slashed groups after up to two letter prefixes ("00482913",
// "MRN1234567", "1-2847-3306", "C-23-118407", "KSP/22/01884", "WMC/IP/045871", "SLH 2210984", "APH.0017284193"), a hospital's or a country's
// letters between two of them ("2024-MX-88312", "2024/CH/118733"), a check letter after them ("0058821-W"); groups of three
// digits or more may be apart by a blank ("3028 4417").
const value = valueAfterLabel(
  String.raw`(?=(?:[A-Z]{1,4}[-/. ]?){0,2}(?:\d[-/ ]?){4})(?:[A-Z]{1,4}[-/.]|[A-Z]{2,4} |[A-Z]{1,3}){0,2}\d{1,12}(?:[-/](?:\d{1,8}|[A-Z]{2,3}(?=[-/]\d))| \d{3,8}(?![\d/-])){0,3}(?:-[A-Z](?![A-Za-z0-9]))?`,
);
// 등록번호 and 차트 alone are a medical number's label only in a clinical setting.
const clinicalContext =
  /환자|환아|병원|진료|외래|입원|의원|내원|처방|수납|검사|보호자|병동|병실|인계|주치의|간호|투약|면회|병상|베드|\d{1,3}세[,)]|clinic|hospital|patient|(?:\b|\d)bed\b/i;

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
  mightMatch: (text) => hasFeatures(textFeatures(text), textFeature.digit) && (labelTriggers(text).length > 0 || mayHoldUrNumber(text)),
  find(text) {
    const findings = findLabelled(text, {
      labels,
      value,
      type: 'MEDICAL_RECORD',
      recognizer: name,
      scoreFor: labelScore,
    });
    if (mayHoldUrNumber(text)) findings.push(...urNumbers(text));
    return findings;
  },
};

/**
 * An Australian or New Zealand hospital's unit record number ("URN: 1129384", "UR No: 00711842"), in capitals: its
 * lower-case pair ("ur") stands in most English texts, so a native search for the capitals and a numeric run gate it.
 */
const urNumberPattern = /(?<![A-Za-z])UR(?:N|[ \t]*(?:No\.?|Number|#))(?![A-Za-z])[ \t]*[:：#]?[ \t]*(\d{5,10})(?![\d/-])/g;

function mayHoldUrNumber(text: string): boolean {
  return textFeatures(text).runs.length > 0 && text.includes('UR');
}

function urNumbers(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  urNumberPattern.lastIndex = 0;
  for (let match = urNumberPattern.exec(text); match !== null; match = urNumberPattern.exec(text)) {
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

function labelScore(label: { text: string; index: number }, text: string): number {
  // 등록번호 and a bare 차트 (a music or a stock chart as often) need a clinical word nearby.
  if (!label.text.startsWith('등록') && label.text.trim() !== '차트') return 0.85;
  // The clinical word may follow ("님(78세, 등록번호 …)은 … 외래 방문"), so the window after the label counts as well.
  const after = text.slice(label.index, label.index + contextWindowSize * 2);
  return hasContextBefore(text, { start: label.index, pattern: clinicalContext }) || clinicalContext.test(after) ? 0.8 : 0;
}
