// A Korean plate that names its district before the syllable: a motorcycle's or a scooter's ("서울강서 바 4471",
// "경기 고양 바 7719", "인천부평 차 4417"), as delivery riders' and couriers' bikes are registered by their district office.
// The province, the district, one syllable and four digits together are a shape no quantity or address takes.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { rememberLastText } from '../last-text-memo.ts';

const provinces = '서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';
const province = new RegExp(provinces);
/**
 * The province, the district's name of one to three syllables (시, 군 or 구 after it perhaps), a syllable of the two-wheeler
 * series (가…하, 배 for delivery) and four digits.
 */
const districtPlate = new RegExp(
  String.raw`(?<![가-힣0-9])(?:${provinces})[ \t]?[가-힣]{1,3}[시군구]?[ \t]?[가나다라마바사아자차카타파하배][ \t]?\d{4}(?!\d)`,
  'g',
);
/** A counter or a unit after the digits makes them a quantity or a year ("차 2023년식"), no plate. */
const unitAfter = /^[원개명건회번대년월일억만천시분초점장권병잔호동]/;

/** Whether `text` holds a district's plate's shape: Hangul, a digit and a province's name, then the shape itself. */
export const mayHoldKoreanDistrictPlate = rememberLastText((text: string): boolean => {
  if (!hasFeatures(textFeatures(text), textFeature.hangul | textFeature.digit) || !province.test(text)) return false;
  districtPlate.lastIndex = 0;
  return districtPlate.test(text);
});

/**
 * Adds the district plates of `text` that no finding covers yet, 0.85.
 *
 * @example
 * const findings: PiiFinding[] = [];
 * addKoreanDistrictPlates('번호판 서울강서 바 4471 이에요', findings);
 * findings[0]?.text; // '서울강서 바 4471'
 */
export function addKoreanDistrictPlates(text: string, findings: PiiFinding[]): void {
  districtPlate.lastIndex = 0;
  for (let match = districtPlate.exec(text); match !== null; match = districtPlate.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (unitAfter.test(text.slice(end, end + 1))) continue;
    if (findings.some((found) => found.start < end && start < found.end)) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}
