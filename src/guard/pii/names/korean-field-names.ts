// A form's field whose value is a full name, whatever its label says: "회원명: 류시우", "내담자: 라훌 샤르마", "부: 탁현준 /
// 회사원", "성    명: 어진혁", "의뢰자(보호자): 설지현 (모)". Forms name their people with more labels than any list holds,
// and a value that reads as a full name and ends the field is one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { surnameLength } from './korean-surnames.ts';
import { singleSyllableGivenNames } from './korean-name-words.ts';
import { transcribesLatinName } from './paired-spellings.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'korean-field-name';

/**
 * A field that opens a line, a cell, a column (after two blanks) or a list's next item (after a comma), read back from its colon: a bullet, a list's number
 * ("2) 학생") or a form's circled number ("②대표자"), a Hangul label (blanks inside, as "성    명" is spaced to fill a form's
 * column), a qualifier or an English gloss in brackets ("(성명)", "(Representative)") and a party's number ("피해자②",
 * "보호자 2", "보호자1(모)") before the colon.
 */
const labelBeforeColon =
  /(?:^|\n|\||,|[ \t]{2})[ \t]*(?:(?:[-*•·□■○◦▶►①-⑳]+|\d{1,2}[.)])[ \t]*)?([가-힣](?:[가-힣 ]{0,10}[가-힣])?)(?:[ \t]?\d{1,2}(?=\())?(?:[ \t]*\([^()\n]{1,24}\))?(?:[①-⑳]|[ \t]?\d{1,2})?[ \t]*$/;
/**
 * The value after the colon: three or four syllables, after a role or a desk if one comes first ("목격자: 반장 조동훈",
 * "접수자: 대리점 직원 방지원", "보고자: 안전관리자 임수빈"), or three syllables a blank apart, as a scanned form's text
 * reads ("신 청 인 : 김 진 호").
 */
const valueAfterColon =
  /[ \t]*(?:(?:[가-힣]{1,6}[ \t]+)?(?:반장|조장|직원|사원|주임|대리|과장|팀장|안전관리자|관리자|담당자|원장|기사|간호사)[ \t]+)?([가-힣]{3,4}|[가-힣] [가-힣] [가-힣])(?![가-힣])/y;
/** How far back from its colon a field's label may start. */
const labelReach = 32;
/** What may follow a name that ends its field: the line's or the text's end, a gap, a bracket, a list's mark, a number. */
const fieldEnd = /$|[ \t]*(?:\n|\(|,|\/|\||·)|[ \t]{2}|\t|[ \t]+[^가-힣\s]/y;

/**
 * A name in capitals: two to four words, the surname set apart by a comma or not ("DELA CRUZ, MARIA ANGELICA"); or two to
 * four capitalised words, as a foreign worker's name is typed into a Korean form ("재해자: Batbayar Ganzorig").
 */
const capitalNameAfterColon = /[ \t]*([A-Z]{2,}(?:,?[ \t][A-Z]{2,}){1,3}|[A-Z][a-z]{1,19}(?:[ \t][A-Z][a-z]{1,19}){1,3})(?![A-Za-z0-9])/y;
/**
 * How a label for a person ends, which a name in capitals needs, since a product or a company may be written so too: a
 * party or a sender (송금인, 수취인, 신청인), someone who does or suffers something (재해자, 환자, 작업자), the holder
 * (명의), a name's own labels (성명, 영문명, 이름, 환자명, 회원명), a customer, an account's or a household's holder
 * (예금주, 세대주), a contract's parties (갑, 을) and a parent (부, 모); not a cause or an approval (원인, 승인) nor a text
 * or a date (문자, 일자), nor a defect (하자).
 */
const personLabelEnd =
  /(?:^[부모갑을]|명의|(?:^|[^원요확승공기사])인|(?:^|[^문숫글일하])자|고객|성명|실명|영문명|이름|(?:환자|고객|회원|학생|가입자|보호자)명|(?:예금|소유|세대)주)$/;
/** What ends a name in capitals: the line's end, a bracket, a comma, a slash, a bar, a gap; not a word ("FCM HTTP v1"). */
const capitalNameEnd = /[ \t]*(?:$|\r?\n|\(|,|\/|\||·)|[ \t]{2}|\t/y;
/** Words of a company's or a product's name in capitals, which no person's name holds. */
const companyWords: ReadonlySet<string> = new Set([
  ...['CO', 'LTD', 'INC', 'CORP', 'CORPORATION', 'COMPANY', 'BANK', 'GROUP', 'ELECTRONICS', 'MOTORS', 'MOTOR', 'AIRLINES'],
  ...['AIR', 'HOTEL', 'KOREA', 'SEOUL', 'TRADING', 'LOGISTICS', 'GLOBAL', 'INTERNATIONAL', 'SERVICE', 'SERVICES', 'SYSTEMS'],
  ...['TECH', 'AG', 'GMBH', 'LLC', 'PLC', 'SA', 'PTE', 'BV', 'KK', 'THE', 'AND', 'OF', 'CARD', 'PAY', 'FOOD', 'FOODS', 'STORE'],
]);

/** Labels whose values are things that may read as names ("지역: 서초구", "반: 하늘반"): their fields are not read. */
const thingLabels: ReadonlySet<string> = new Set([
  ...['주소', '지역', '상품', '상품명', '품목', '제목', '장소', '병명', '진단', '진단명', '과목', '메뉴', '모델', '모델명'],
  ...['색상', '옵션', '결과', '상태', '비고', '메모', '특이사항', '증상', '부서', '소속', '직급', '직위', '직책', '학과', '전공'],
  ...['학교', '회사', '회사명', '상호', '상호명', '업체', '업체명', '은행', '은행명', '국적', '차종', '차량', '차명', '약품명'],
  ...['처방', '용법', '브랜드', '분류', '유형', '구분', '종류', '지점', '매장', '센터', '병원', '병동', '진료과', '반', '학년'],
  ...['직업', '관계', '종교', '출생지', '본적', '등급', '과정', '강좌', '수업', '단지', '아파트', '동', '건물', '현장', '공사명'],
  ...['사업명', '행사', '행사명', '프로그램', '요금제', '플랜', '서비스', '부가서비스', '배송지', '출발지', '도착지', '목적지'],
]);

/**
 * Whether the text may hold a field: a colon after a Hangul syllable, a bracket or a party's number after a label, the
 * search's own precheck.
 *
 * @example
 * mayHoldKoreanField('회원명: 류시우'); // true
 */
export function mayHoldKoreanField(text: string): boolean {
  return /(?:[가-힣)]|[가-힣][ \t]?(?:[①-⑳]|\d{1,2}))[ \t]*[:：]/.test(text);
}

/**
 * The full names that are a field's whole value, in any field but one of things (`thingLabels`). 0.7. Remembered for the
 * last text.
 *
 * @example
 * findNamesInKoreanFields('환아: 정이준\n모: 김보람 010-6612-4093\n부: 정상원').map((finding) => finding.text);
 * // ['정이준', '김보람', '정상원']
 */
export const findNamesInKoreanFields = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldKoreanField(text)) return [];
  const findings: PiiFinding[] = [];
  // Colon by colon: most colons of a document hold no name after them, which one sticky test tells.
  const nextColon = colonsOf(text);
  for (let colon = nextColon(0); colon !== -1; colon = nextColon(colon + 1)) {
    valueAfterColon.lastIndex = colon + 1;
    let value = valueAfterColon.exec(text);
    let latin = false;
    if (value === null || !isFullName(value[1]!.replaceAll(' ', ''))) {
      // "재해자: THAPA RAM BAHADUR", "수취인: MUELLER, ANNA": a foreigner's name in capitals, as a passport prints it.
      capitalNameAfterColon.lastIndex = colon + 1;
      value = capitalNameAfterColon.exec(text);
      if (
        value === null ||
        value[1]!.split(/,?[ \t]/).some((word) => companyWords.has(word.toUpperCase()) || wordsThatAreNotNames.has(word))
      ) {
        findings.push(...transcribedNameAfter(text, colon));
        continue;
      }
      latin = true;
    }
    const label = fieldLabel(text, colon);
    if (label === undefined || (latin && !personLabelEnd.test(label))) continue;
    const end = latin ? capitalNameAfterColon.lastIndex : valueAfterColon.lastIndex;
    const ending = latin ? capitalNameEnd : fieldEnd;
    ending.lastIndex = end;
    // "운영사: 차지온(주)": a firm's name before its mark of incorporation.
    if (!ending.test(text) || text.startsWith('(주)', end)) continue;
    findings.push({ type: 'PERSON', start: end - value[1]!.length, end, text: value[1]!, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});

/** The label of the field whose colon is at `colon`, unless it is one of things (`thingLabels`) or there is none. */
function fieldLabel(text: string, colon: number): string | undefined {
  // The label's "^" is the line's start only: a window cut inside a line starts with a mark that opens nothing.
  const lineStart = text.lastIndexOf('\n', colon - 1) + 1;
  const from = Math.max(lineStart, colon - labelReach);
  const label = labelBeforeColon.exec((from === lineStart ? '' : '\u0000') + text.slice(from, colon))?.[1];
  return label === undefined || thingLabels.has(label.replace(/[ \t]+/g, '')) ? undefined : label;
}

/** A foreigner's name in Hangul, then in a passport's capitals in brackets ("레티홍늉 (LE THI HONG NHUNG)"). */
const transcribedNameAfterColon =
  /[ \t]*([가-힣]{1,8}(?:[ \t][가-힣]{1,8}){0,4})[ \t]*\([ \t]*([A-ZÀ-Þ]{2,}(?:,?[ \t-][A-ZÀ-Þ]{2,}){1,5})[ \t]*[)/]/y;

/**
 * A person's field whose value is a foreigner's name in Hangul with its passport's spelling in brackets, each Hangul word
 * sounding like the capitals' words ("수검자 성명: 레티홍늉 (LE THI HONG NHUNG)", "재해자 성명: 디네시 페레라 (DINESH
 * PRASANNA PERERA)"): both spellings, 0.85 as they agree, since neither holds a Korean surname nor stands where a name
 * in capitals is read.
 */
function transcribedNameAfter(text: string, colon: number): PiiFinding[] {
  transcribedNameAfterColon.lastIndex = colon + 1;
  const value = transcribedNameAfterColon.exec(text);
  if (value === null) return [];
  const [hangul, capitals] = [value[1]!, value[2]!];
  const latinWords = capitals.split(/,?[ \t-]+/);
  if (
    latinWords.some((word) => companyWords.has(word)) ||
    !transcribesLatinName(hangul.split(/[ \t]/), latinWords, { middleNameLeftOut: true })
  )
    return [];
  const label = fieldLabel(text, colon);
  if (label === undefined || !personLabelEnd.test(label)) return [];
  const hangulStart = value.index + value[0].indexOf(hangul);
  const capitalsStart = value.index + value[0].lastIndexOf(capitals);
  return [
    { type: 'PERSON', start: hangulStart, end: hangulStart + hangul.length, text: hangul, score: 0.85, recognizer: recognizerName },
    { type: 'PERSON', start: capitalsStart, end: capitalsStart + capitals.length, text: capitals, score: 0.85, recognizer: recognizerName },
  ];
}

/**
 * The next colon of `text`, half- or fullwidth, at or after `from`, -1 when none, for `from` that only grows: each kind is
 * looked for again only once passed, so a text of many halfwidth colons and no fullwidth one is not read to its end at each.
 */
function colonsOf(text: string): (from: number) => number {
  let half = -2;
  let full = -2;
  return (from) => {
    if (half !== -1 && half < from) half = text.indexOf(':', from);
    if (full !== -1 && full < from) full = text.indexOf('：', from);
    return half === -1 ? full : full === -1 ? half : Math.min(half, full);
  };
}

/**
 * A surname and a given name of two syllables, the common ones of given names; after a surname of two syllables, a given
 * name of one that names are often given ("남궁솔", "황보진"). Not a word that ends in 다.
 */
function isFullName(name: string): boolean {
  // A "given name" ending in 다 is a predicate after a noun, as a chat's turn opens ("태호: 최고다, 그때 보자").
  if (name.endsWith('다')) return false;
  const surname = surnameLength(name);
  if (surname === 2 && name.length === 3) return isPlausibleKoreanName(name) && singleSyllableGivenNames.has(name.charCodeAt(2));
  return name.length - surname === 2 && isPlausibleKoreanName(name) && hasCommonGivenName(name);
}
