// Finds Korean road-name (도로명) and lot-number (지번) addresses: anchored on a road or 동/리 followed by a number, widened to the districts
// before and the unit after.
import type { PiiFinding } from '../types.ts';
import { isHangulSyllable } from '../names/hangul.ts';
import { addressLabelPattern, districtEndings, provinceNames, wordsThatAreNotRoads, wordsThatAreNotUnits } from './korean-address-words.ts';
import { isAdministrativeWordBoundary, isAsciiLetterOrDigit } from './address-characters.ts';

export const koreanAddressRecognizerName = 'korean-address';

// A road (…로, …길) or a lot (…동, …리, …가) directly followed by a number is the only place an address can be; everything else is read around
// it. `textFeature.koreanAddressAnchor` is set exactly where this can match; change both together. A mountain lot writes 산 between its 동 or
// 리 and the number ("서벽리 산 87-2").
const anchorPattern = /[로길동리가] ?(?:산 ?)?\d/g;
const buildingNumber = /\d{1,5}(?:-\d{1,4})?/y;
const lotSuffix = / ?번지/y;
// A building of a complex is numbered (101동, 23-1동) or lettered (A동, N동, and a villa's 가동 or 나동 before its unit), a
// unit may be in the basement (나동 지하 1호).
const unit = String.raw`(?:(?:\d{1,4}(?:-\d{1,2})?|[A-Z]|[가나다라마바사])동 ?(?:지하 ?)?\d{1,5}호|(?:\d{1,4}(?:-\d{1,2})?|[A-Z])동|(?:지하 ?)?\d{1,5}호|(?:지하 ?)?\d{1,3}층(?: ?\d{1,5}호)?|B\d{1,2}층?)(?![0-9])`;
// A building's name may take two words ("누리꿈스퀘어 R&D타워 12층", "판교 테크노밸리 A동"), and a complex three before its
// unit ("한강신도시 반도유보라 6차 611동 1702호"). The first is read whole (a look-ahead
// and a back-reference): backtracking into it for every length made the tail of each address slower to read.
// A bracket after the unit holds the 동's name and perhaps the complex's ("(상계동, 주공 7단지)"); one of four words or more is
// the writer's remark about the address ("(원고가 발급받은 초본상 주소)"), not a part of it.
const buildingWord = String.raw`[가-힣A-Za-z0-9&]{1,20}`;
const building = String.raw`(?:(?=(${buildingWord}))\1 )?${buildingWord}(?:아파트|빌라|빌딩|타워|오피스텔|맨션|센터|프라자|플라자|하우스|상가|스퀘어|캠퍼스|APT)`;
const tailPattern = new RegExp(
  String.raw`(?:,? ?(?:${building}(?: ?${unit}){0,2}|${buildingWord}(?: ${buildingWord}){0,2} ${unit}|${unit}(?: ?${unit})?)| ?\((?![^)\n]* [^)\n]* [^)\n]* )[가-힣0-9·,. ]{1,40}\))+`,
  'y',
);

/** Particles and copulas that may follow a building number ("152에", "110입니다"); a counter ("3시", "2번", "5개") may not. */
const syllablesAfterNumber = codesOf('에으로이입까는을를의요와과');
/** The last syllables of `administrativeUnitPattern` and of `districtEndings`, as codes: a Hangul `charAt` allocates a string. */
const unitEndings = codesOf('시군구읍면동리가');
const districtEndingCodes = codesOf([...districtEndings].join(''));
const [percentSign, fullwidthPercentSign] = [0x25, 0xff05];
const [ro, gil, dong, ri, san] = [...'로길동리산'].map((syllable) => syllable.charCodeAt(0));

function codesOf(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.charCodeAt(0)));
}

/**
 * `administrativeUnitPattern` for a word that `anchorWordStart` cut (Hangul and digits, starting with Hangul): the pattern
 * then only asks for two to nine characters and a unit syllable at the end.
 */
function isAdministrativeUnitWord(word: string): boolean {
  return word.length >= 2 && word.length <= 9 && unitEndings.has(word.charCodeAt(word.length - 1));
}

interface Chain {
  start: number;
  districts: number;
  provinces: number;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Longer than any road, 동 or district name with its numbers ("세종대로23길", "역삼1동"): nothing to read past it. */
const longestAddressWord = 24;

/**
 * The road or lot word ending at `end`: Hangul syllables and digits ("중앙로12번길", "역삼1동"), starting with Hangul.
 * A run longer than any such word gives an empty word, so a long unbroken run costs one bounded look per anchor.
 */
function anchorWordStart(text: string, end: number): number {
  let start = end;
  const limit = Math.max(0, end - longestAddressWord - 1);
  while (start > 0) {
    if (start === limit) return end;
    const code = text.charCodeAt(start - 1);
    if (!isHangulSyllable(code) && !isDigit(code)) break;
    start -= 1;
  }
  while (start < end && isDigit(text.charCodeAt(start))) start += 1;
  return start;
}

/**
 * The road word ending at `end`, with the number it opens with ("2순환로"), or with the number of a numbered side street
 * and the road it branches from when a blank parts them ("중앙로 1275번길", "신림로 59길"): "번길" alone is no road.
 */
function roadWordStart(text: string, end: number): number {
  let start = anchorWordStart(text, end);
  // A road's name of three syllables or more may open with its number after a blank ("2순환로", "3공단3로"); a numbered
  // street's "22길" or "1275번길" is read below.
  let numberStart = start;
  while (numberStart > 0 && isDigit(text.charCodeAt(numberStart - 1))) numberStart -= 1;
  if (numberStart < start && end - start >= 3 && (numberStart === 0 || text.charCodeAt(numberStart - 1) === 0x20)) start = numberStart;
  // A numbered street's number may take 가 before its 길 ("이태원로55가길"), as the road it branches from its sides.
  const numbered = text.startsWith('번길', start) || text.startsWith('가길', start);
  // A numbered street written apart from its road ("신림로 59길 14") is read as the one word "신림로59길".
  if ((!numbered && text.charCodeAt(start) !== gil) || !isDigit(text.charCodeAt(start - 1))) return start;
  let digitsStart = start - 1;
  while (digitsStart > 0 && isDigit(text.charCodeAt(digitsStart - 1))) digitsStart -= 1;
  // Its number belongs to the side street's name even with no road before it ("1275번길 38-10"); "59길" alone is no road.
  if (text.charCodeAt(digitsStart - 1) !== 0x20) return numbered ? digitsStart : start;
  const mainRoadStart = anchorWordStart(text, digitsStart - 1);
  const mainRoadEnd = text.charCodeAt(digitsStart - 2);
  if (mainRoadStart < digitsStart - 1 && (mainRoadEnd === ro || mainRoadEnd === gil)) return mainRoadStart;
  return numbered ? digitsStart : start;
}

const apartmentUnit = /\d{1,4}동 ?\d{1,5}호(?![0-9])/y;
/** An apartment complex's name before its building and unit ("현대아파트", "래미안APT", or 아파트 alone), ending where they start. */
const apartmentBefore = /(?:^|[^가-힣A-Za-z0-9])((?:[가-힣A-Za-z0-9]{0,20})(?:아파트|APT|빌라|맨션|오피스텔)) ?$/;
/**
 * A complex's name as its builder brands it, or as a new town numbers it ("춘천센트럴타워푸르지오", "고덕자연앤자이", "파크리오",
 * "한빛마을2단지"), before its building and unit: a home's address line of its own, as a form's 상세주소 or an answer to
 * "동호수 알려주세요" gives it.
 */
const brandedComplexBefore =
  /(?:^|[^가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{0,16}(?:푸르지오|자이|래미안|힐스테이트|아이파크|더샵|캐슬|편한세상|써밋|리오|하이츠|팰리스|리슈빌|데시앙|스위첸|어울림|휴먼시아|주공|비치|마을\d{0,2}단지|\d{1,2}단지)) ?$/;

/**
 * The address an apartment's building and unit make after the 동 or district the complex stands in ("대구 수성구 범어동
 * 아파트 101동 502호", "역삼동 현대아파트 102동 1203호"), when the unit's digits start at `unitStart`, or after a branded
 * complex alone ("파크리오 318동 1904호"); an apartment's or a villa's unit alone ("현대아파트 102동 1203호", "친구 아파트 101동
 * 1001호") names no place.
 */
function apartmentUnitAddress(text: string, unitStart: number): PiiFinding | undefined {
  apartmentUnit.lastIndex = unitStart;
  const unitMatch = apartmentUnit.exec(text);
  if (unitMatch === null) return undefined;
  const before = text.slice(Math.max(0, unitStart - 28), unitStart);
  const branded = brandedComplexBefore.exec(before)?.[1];
  const complex = apartmentBefore.exec(before)?.[1] ?? branded;
  if (complex === undefined) return undefined;
  const complexStart = unitStart - complex.length - (text.charCodeAt(unitStart - 1) === 0x20 ? 1 : 0);
  const chain = administrativeChain(text, complexStart);
  const end = unitStart + unitMatch[0].length;
  if (chain.start === complexStart) {
    if (branded === undefined) return undefined;
    return {
      type: 'ADDRESS',
      start: complexStart,
      end,
      text: text.slice(complexStart, end),
      score: 0.6,
      recognizer: koreanAddressRecognizerName,
    };
  }
  const score = chain.districts > 0 || chain.provinces > 0 ? 0.8 : 0.7;
  return { type: 'ADDRESS', start: chain.start, end, text: text.slice(chain.start, end), score, recognizer: koreanAddressRecognizerName };
}

/** Administrative words (province, city, district, town) right before `start`, each separated by spaces. */
function administrativeChain(text: string, start: number): Chain {
  const chain: Chain = { start, districts: 0, provinces: 0 };
  let position = start;
  for (let step = 0; step < 5; step += 1) {
    let wordEnd = position;
    while (wordEnd > 0 && text.charCodeAt(wordEnd - 1) === 0x20) wordEnd -= 1;
    if (wordEnd === position || wordEnd === 0) break;
    if (text.charCodeAt(wordEnd - 1) === 0x2c) wordEnd -= 1;
    const wordStart = anchorWordStart(text, wordEnd);
    const word = text.slice(wordStart, wordEnd);
    if (wordStart === wordEnd || (wordStart > 0 && !isAdministrativeWordBoundary(text.charCodeAt(wordStart - 1)))) break;
    if (provinceNames.has(word)) chain.provinces += 1;
    else if (isAdministrativeUnitWord(word) && !wordsThatAreNotUnits.has(word) && !isSubjectParticleWord(word)) {
      if (districtEndingCodes.has(word.charCodeAt(word.length - 1))) chain.districts += 1;
    } else break;
    chain.start = wordStart;
    position = wordStart;
  }
  return chain;
}

function isRoadWord(word: string): boolean {
  return word.length >= 2 && !word.endsWith('으로') && !wordsThatAreNotRoads.has(word);
}

/** Whether a comma with no blank after it stands at `end`, and a comma or a tab right before `start`: a CSV cell's bounds. */
function endsCsvCell(text: string, span: { start: number; end: number }): boolean {
  const before = text.charCodeAt(span.start - 1);
  return (before === 0x2c || before === 0x09) && text.charCodeAt(span.end) === 0x2c && text.charCodeAt(span.end + 1) !== 0x20;
}

/** A word that ends in the subject particle 가, not a numbered street section's ("주소가", not "종로1가"). */
function isSubjectParticleWord(word: string): boolean {
  return word.endsWith('가') && !isDigit(word.charCodeAt(word.length - 2));
}

function isLotWord(word: string): boolean {
  if (word.length < 2 || wordsThatAreNotUnits.has(word)) return false;
  // 가 only as a numbered street section ("종로1가"), never as the subject particle ("우리가").
  return !isSubjectParticleWord(word);
}

function isLotAfterFullChain(text: string, options: { word: string; wordStart: number }): boolean {
  if (options.word.length < 2 || (!options.word.endsWith('동') && !options.word.endsWith('리'))) return false;
  const chain = administrativeChain(text, options.wordStart);
  return chain.provinces + chain.districts >= 2;
}

/**
 * Korean road-name and lot-number addresses, from the province or district to the unit.
 *
 * @example
 * findKoreanAddresses('배송지: 서울특별시 강남구 테헤란로 152, 101동 1203호 부탁해요')[0]?.text;
 * // '서울특별시 강남구 테헤란로 152, 101동 1203호'
 */
export function findKoreanAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  anchorPattern.lastIndex = 0;
  // `test` allocates no match array; the match ends at the number's first digit, and is read back from there ("로1", "로 1",
  // "리 산 8").
  while (anchorPattern.test(text)) {
    const digitAt = anchorPattern.lastIndex - 1;
    let anchorEnd = digitAt;
    if (text.charCodeAt(anchorEnd - 1) === 0x20) anchorEnd -= 1;
    const mountain = text.charCodeAt(anchorEnd - 1) === san;
    if (mountain) anchorEnd -= text.charCodeAt(anchorEnd - 2) === 0x20 ? 2 : 1;
    const anchor = text.charCodeAt(anchorEnd - 1);
    const isRoad = anchor === ro || anchor === gil;
    if (mountain && anchor !== dong && anchor !== ri) continue;
    const wordStart = isRoad ? roadWordStart(text, anchorEnd) : anchorWordStart(text, anchorEnd);
    const word = text.slice(wordStart, anchorEnd);
    // "역삼동 현대아파트 102동 1203호": an apartment's building and unit after the 동 or district it stands in.
    if (anchor === dong && wordStart === anchorEnd - 1 && isDigit(text.charCodeAt(wordStart - 1))) {
      let unitStart = wordStart - 1;
      while (unitStart > 0 && isDigit(text.charCodeAt(unitStart - 1))) unitStart -= 1;
      const apartment = apartmentUnitAddress(text, unitStart);
      if (apartment !== undefined) {
        findings.push(apartment);
        anchorPattern.lastIndex = apartment.end;
      }
      continue;
    }
    // An everyday word that is also a 동 name ("연동", "이동") still counts when a province and district lead to it.
    if (isRoad ? !isRoadWord(word) : !isLotWord(word) && !isLotAfterFullChain(text, { word, wordStart })) continue;
    buildingNumber.lastIndex = digitAt;
    const number = buildingNumber.exec(text);
    if (number === null) continue;
    let end = number.index + number[0].length;
    let hasLotSuffix = false;
    if (!isRoad) {
      lotSuffix.lastIndex = end;
      const suffix = lotSuffix.exec(text);
      if (suffix !== null) {
        end += suffix[0].length;
        hasLotSuffix = true;
      }
    }
    const next = text.charCodeAt(end);
    if (!hasLotSuffix && ((isHangulSyllable(next) && !syllablesAfterNumber.has(next)) || isAsciiLetterOrDigit(next))) continue;
    // A share is no building's number ("예외로 50% 환불": a refund's rate after a word ending in 로).
    if (next === percentSign || next === fullwidthPercentSign) continue;
    const chain = administrativeChain(text, wordStart);
    tailPattern.lastIndex = end;
    // A syllable glued to the number is a particle ("152에 가서 2층으로"): the address ends there; so does a CSV cell's comma
    // when a comma opened the cell ("…,서울 송파구 올림픽로 435,파크리오 318동 1904호,…": the 상세주소 column's is the next).
    const tail = isHangulSyllable(text.charCodeAt(end)) || endsCsvCell(text, { start: chain.start, end }) ? null : tailPattern.exec(text);
    if (tail !== null) end += tail[0].length;
    const labelled = addressLabelPattern.test(text.slice(Math.max(0, chain.start - 20), chain.start));
    let score: number;
    const hasDistrict = chain.districts > 0 || chain.provinces > 0;
    if (isRoad) {
      const structural =
        word.endsWith('대로') ||
        word.endsWith('번길') ||
        (word.endsWith('길') && isDigit(word.charCodeAt(word.length - 2))) ||
        number[0].includes('-');
      score = chain.provinces > 0 && chain.districts > 0 ? 0.9 : hasDistrict ? 0.75 : structural ? 0.55 : 0.45;
    } else {
      if (!hasDistrict && !labelled) continue;
      score = chain.provinces > 0 && chain.districts > 0 ? 0.85 : hasDistrict ? 0.7 : 0.55;
      if (hasLotSuffix) score += 0.05;
    }
    if (tail !== null) score += 0.05;
    if (labelled) score += 0.15;
    findings.push({
      type: 'ADDRESS',
      start: chain.start,
      end,
      text: text.slice(chain.start, end),
      score: Math.min(0.98, Math.round(score * 100) / 100),
      recognizer: koreanAddressRecognizerName,
    });
    anchorPattern.lastIndex = end;
  }
  return findings;
}
