// Finds Korean names marked only by weak cues: a bare label ("고객", "본인:", "송금인"), a bank name before an account holder, a
// self-identifying copula, a particle only people take ("에게", "한테"), a word of holding ("명의", "계좌"), or brackets.
import { isKoreanDistrictName } from './korean-district-names.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, hangulRunStartBefore, hasFinalConsonant, isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { jobTitles, placeEndings, placeWords } from './korean-name-words.ts';
import { goesOnAsSpeech, isBareLabel, isPlausibleKoreanName, isNameAfterBareLabel } from './korean-names.ts';
import { latinNameAfter } from './latin-name.ts';
import { isBankNameBeforeNumber } from '../recognizers/bank-account-recognizer.ts';

export const koreanNameCueRecognizerName = 'korean-person-name-cue';

// Labels that are also ordinary nouns ("고객 만족", "본인 확인"), so the name after them must pass the given-name check;
// bank names come before the account holder in transfer requests ("카카오뱅크 홍길동").
const cueLabels = [
  ...['고객', '본인', '송금인', '수취인', '입금자명', '입금자', '예약자', '주문자', '구매자', '가입자명', '가입자'],
  ...['명의자', '소유자', '의뢰인', '문의자', '민원인', '신청인', '신청자', '계약자', '피보험자', '작성자', '보호자'],
  ...['보증인', '학부모', '은행', '뱅크', '농협', '신협', '우체국'],
  // The parties of a claim, a contract, an account or a form ("동승자 방서진 (경추 염좌)", "(사용자 유하은)", "피해자②:").
  ...['동승자', '사용자', '피해자', '가해자', '운전자', '목격자', '신고자', '근로자', '친권자', '양수인', '양도인', '임차인'],
  ...['임대인', '수령인', '위임인', '대리인', '대표자', '공동소유자', '직장가입자', '피부양자', '상속인'],
  // A sale's and a mandate's parties ("매수자 오경택, 주소 …", "위임자 정순례, 주민번호 …").
  ...['매수자', '매도자', '위임자', '수임자'],
];
// One pass finds every cue by its last syllable (an alternation of the label words themselves runs several times slower):
// a label's last syllable before a space or colon, an opening bracket, a copula (예요 after a vowel), a dative particle or a
// word of holding.
const cuePattern = /[객인명자행크협국모][ \t:：]|\(|[입인이](?:니다|데|요|에요|고요)|예요|에게|한테/g;
// A parcel's or a bill's addressee is written before 앞으로 ("이다인 앞으로 온 택배", "도경민 앞으로요").
// Words of holding and relatives have their own searches and trigger bits: as alternatives of the cue pattern they made its
// scan of a long document slower, while few texts hold one.
const holdingPattern = /명의|계좌|앞으로/g;
// A child's order before the word ("큰딸 하윤경이고"), and a form's 모 and 부 (mother, father), as a column or a field of
// their own writes them ("부양가족: 모 / 윤말순 / 550907-…"): there a slash may stand between the word and the name.
const relativePattern =
  /((?:큰|작은|막내|맏)?(?:남편|아내|아들|아드님|딸|따님|자녀|엄마|아빠|어머니|아버지|동생|언니|오빠|누나|누님|형님|배우자|부인|할머니|할아버지|며느리|사위|손자|손녀|손주|조카|이모|고모|삼촌|모친|부친|동료|지인|친구|여자친구|남자친구|여친|남친|약혼자|와이프|신랑|신부|[장차]남|[장차]녀|모|부|저))(?:[ \t]*[/:：])?(?:[ \t]|(?<=[^모부저])(?:\(|[은는][ \t])(?=[가-힣]))/g;
/**
 * 라는 before a word for a person or a name ("김민수라는 분이 전화했어요", "홍길동이라는 이름으로"): "갤럭시라는 모델",
 * "오류라는 메시지" name things, so the word after decides. 라고 before a verb of naming introduces oneself ("이정민이라고
 * 합니다", "김민수라고 불러 주세요") or saving a contact ("정유나라고 저장해주세요"); the full-name check keeps "갤럭시라고 해요"
 * out.
 */
const calledPattern =
  /라는[ \t]+(?:분|사람|이름|성함|직원|상담원|상담사|기사|고객|환자|학생|선생님|의사|간호사|친구|남자|여자|손님|매니저|담당자|팀장|과장|대리|주임|사원|아이)|라고[ \t]*(?:합니다|해요|하는데|하고요|합니당|불러|부릅니다|부르세요|저장)/g;
/**
 * The particles a name takes after a relative. One is required: a bare word after a relative is as often an ordinary noun
 * or verb that reads like a name ("동생 유치원", "아들 기다려요").
 */
const particlesAfterRelative: ReadonlySet<string> = new Set([
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '도',
  '랑',
  '이랑',
  '하고',
  '이하고',
  '에게',
  '한테',
  '께서',
  '이가',
  '이는',
  '이도',
  '이고',
  // Where a parcel goes, and who calls ("동생 김나래로요", "손주 민혁이에요", "아빠 구본철입니다", "아내 오은비고요").
  ...['로', '으로', '로요', '으로요', '이에요', '예요', '이요', '입니다', '고', '고요', '이고요'],
]);
const separatorAfterLabel = /[ \t]*(?:[:：][ \t]*)?/y;
const bankWords: ReadonlySet<string> = new Set(['은행', '뱅크', '농협', '신협', '우체국']);
/** What may follow a name after a weak label: nothing (the word ends), or a copula. */
const endingsAfterCue: ReadonlySet<string> = new Set(['', '이요', '입니다', '이에요', '이고', '이고요', '인데', '인데요', '님', '씨']);
/** After a label that asks for a name (입금자명, 가입자명), the instrumental too ("입금자명 홍길동으로 입금했어요"). */
const endingsAfterNameLabel: ReadonlySet<string> = new Set([...endingsAfterCue, '으로', '로', '으로요', '로요']);
/** Characters that may come right before a name standing on its own: the start of a word. */
const wordBoundaryBefore = /[\s,.:;([{"'“‘·/-]/y;

/**
 * A comma, then one to three words in capitals, then a bracket, a comma, a slash, Hangul or the line's end: the given names
 * of a name in a passport's order; a label and its value after a comma are another field ("NGUYEN THI MAI, IBAN DE44 …").
 */
const givenNamesAfterComma = /,[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}(?=[ \t]*(?:[(,/|가-힣]|\r?\n|$))/y;

/** Where the given names in capitals after a surname's comma end, or undefined. */
function givenNamesInCapitalsAfterComma(text: string, surnameEnd: number): number | undefined {
  givenNamesAfterComma.lastIndex = surnameEnd;
  return givenNamesAfterComma.test(text) ? givenNamesAfterComma.lastIndex : undefined;
}

function isStrictName(candidate: string, options: { minimumLength: number; afterLabel?: boolean }): boolean {
  return (
    candidate.length >= options.minimumLength &&
    isPlausibleKoreanName(candidate) &&
    hasCommonGivenName(candidate, { allowCommonPrefix: options.afterLabel === true })
  );
}

function finding(text: string, options: { start: number; end: number; score: number }): PiiFinding {
  const { start, end, score } = options;
  return { type: 'PERSON', start, end, text: text.slice(start, end), score, recognizer: koreanNameCueRecognizerName };
}

function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  // Sticky on the text itself rather than a test of `charAt`, which allocates a string for a Hangul character.
  wordBoundaryBefore.lastIndex = index - 1;
  return wordBoundaryBefore.test(text);
}

/**
 * The cue labels by the code of their last syllable, so a hit tries only the labels that can end there; the longest first,
 * so "직장가입자 배준서" reads its whole word, not the 가입자 glued to 직장.
 */
const cueLabelsByLastCode = new Map<number, string[]>();
for (const label of [...cueLabels].sort((left, right) => right.length - left.length)) {
  const last = label.charCodeAt(label.length - 1);
  cueLabelsByLastCode.set(last, [...(cueLabelsByLastCode.get(last) ?? []), label]);
}

/** The longest cue label that ends at `end`. */
function labelEndingAt(text: string, end: number): string | undefined {
  const candidates = cueLabelsByLastCode.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return undefined;
  for (const label of candidates) if (text.startsWith(label, end - label.length)) return label;
  return undefined;
}

function nameAfterCue(text: string, labelEnd: number): PiiFinding | undefined {
  const label = labelEndingAt(text, labelEnd);
  if (label === undefined) return undefined;
  const bank = bankWords.has(label);
  // "VIP고객", "개인본인": a label glued to an earlier word is part of it; bank names are often compounds ("카카오뱅크").
  if (!bank && !startsWord(text, labelEnd - label.length)) return undefined;
  separatorAfterLabel.lastIndex = labelEnd;
  const nameStart = labelEnd + (separatorAfterLabel.exec(text)?.[0].length ?? 0);
  const first = text.charCodeAt(nameStart);
  if (first >= 0x41 && first <= 0x5a) {
    // In capitals too after a party of a transfer or a contract ("송금인 KIM MINSU", as a bank prints it); not after 고객,
    // 본인 or a bank, before which capitals are as often a product or a desk ("고객 CS CENTER").
    const allowUppercase = !bank && label !== '고객' && label !== '본인';
    const latin = latinNameAfter(text, { start: nameStart, allowUppercase });
    if (latin === undefined) return undefined;
    // "가입자: DELA CRUZ, MARK ANTHONY": a passport's order in capitals, the surname, a comma, then the given names.
    const givenNames = allowUppercase ? givenNamesInCapitalsAfterComma(text, latin.end) : undefined;
    if (givenNames !== undefined && /^[A-Z' -]+$/.test(text.slice(latin.start, latin.end)))
      return finding(text, { start: latin.start, end: givenNames, score: 0.75 });
    return latin.wordCount < 2 ? undefined : finding(text, { start: latin.start, end: latin.end, score: 0.75 });
  }
  if (!isHangulSyllable(first)) return undefined;
  const word = text.slice(nameStart, hangulRunEndAfter(text, nameStart));
  const bare = isBareLabel(text, { labelEnd, nameStart });
  const endings = label.endsWith('명') ? endingsAfterNameLabel : endingsAfterCue;
  for (let length = Math.min(4, word.length); length >= 2; length -= 1) {
    // "고객: 곽은비요, 83년 …", "학부모: 엄선희요 010-…", "고객: 윤서희고요 920705-…": a full name and the copula 요 or 고요
    // after its vowel, then a detail; not a verb's stem ("감사하고요").
    const copula = word.slice(length);
    const copulaBeforeDetail =
      length >= 3 &&
      (copula === '요' || copula === '고요') &&
      !verbStemEnds.has(word.charCodeAt(length - 1)) &&
      !(copula === '고요' && word.charCodeAt(length - 1) === 0xd558) &&
      detailFollows(text, nameStart + word.length);
    if (!endings.has(word.slice(length)) && !copulaBeforeDetail) continue;
    const candidate = word.slice(0, length);
    if (bare && !isNameAfterBareLabel(candidate)) continue;
    if (!isStrictName(candidate, { minimumLength: 2, afterLabel: true })) continue;
    // "고객: 신한 110-482-917305": a bank's name before the account number a customer gives.
    if (isBankNameBeforeNumber(text, { start: nameStart, end: nameStart + length })) return undefined;
    if (goesOnAsSpeech(text, { label, labelStart: labelEnd - label.length, nameEnd: nameStart + length })) return undefined;
    return finding(text, { start: nameStart, end: nameStart + length, score: 0.7 });
  }
  return undefined;
}

/**
 * Whether 예요 follows a word of three or four syllables that ends in a vowel: the only place the cue search can find a
 * name before it. "얼마예요" and "뭐예요" then cost no search.
 *
 * @example
 * holdsNameBeforeVowelCopula('안녕하세요, 김민수예요'); // true
 * holdsNameBeforeVowelCopula('이거 얼마예요?'); // false
 */
export function holdsNameBeforeVowelCopula(text: string): boolean {
  for (let at = text.indexOf('예요'); at !== -1; at = text.indexOf('예요', at + 2)) {
    const length = at - hangulRunStartBefore(text, at);
    if (length >= 3 && length <= 4 && !hasFinalConsonant(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Whether the code is 입, 인, 이 or 예, the first syllable of a copula. */
function isCopulaStart(code: number): boolean {
  return code === 0xc785 || code === 0xc778 || code === 0xc774 || code === 0xc608;
}

/** Where the copula that ends at `end` starts: its first syllable is 입, 인, 이 or 예, the rest one to two syllables. */
function hangulCopulaStart(text: string, end: number): number {
  let start = end - 1;
  while (start > end - 3 && !isCopulaStart(text.charCodeAt(start))) start -= 1;
  return start;
}

/**
 * "홍길동입니다", "예약한 홍길동인데", "안녕하세요, 김민수예요": a full name (three syllables or more) that the copula follows
 * directly; not a room or an office that reads like one ("사무실입니다", "정비소예요").
 */
function nameBeforeCopula(text: string, copulaStart: number): PiiFinding | undefined {
  const start = hangulRunStartBefore(text, copulaStart);
  const last = text.charCodeAt(copulaStart - 1);
  // 예요 follows only a syllable without a final consonant ("김민수예요"); after one, the copula is 이에요.
  if (text.charCodeAt(copulaStart) === 0xc608 && hasFinalConsonant(last)) return undefined;
  // 국 ends given names too (김민국); the offices it ends are place words (우체국, 방송국).
  if (!startsWord(text, start) || (placeEndings.has(last) && last !== 0xad6d)) return undefined;
  const candidate = text.slice(start, copulaStart);
  if (placeWords.has(candidate) || !isStrictName(candidate, { minimumLength: 3 })) return undefined;
  return finding(text, { start, end: copulaStart, score: 0.65 });
}

/**
 * A full name (three syllables or more) right before a word that only people take: 에게 and 한테 follow only people (and
 * animals), 명의 (in the name of) and 계좌 (account) an account holder. The latter two may stand after a space.
 *
 * @example
 * nameBeforeWord('홍길동에게 연락해 주세요', { wordStart: 3, spaceAllowed: false })?.text; // '홍길동'
 * nameBeforeWord('최수진 명의로 된 계좌', { wordStart: 4, spaceAllowed: true })?.text; // '최수진'
 */
function nameBeforeWord(text: string, options: { wordStart: number; spaceAllowed: boolean }): PiiFinding | undefined {
  const { wordStart, spaceAllowed } = options;
  const end = spaceAllowed && text.charCodeAt(wordStart - 1) === 0x20 ? wordStart - 1 : wordStart;
  const start = hangulRunStartBefore(text, end);
  const candidate = text.slice(start, end);
  // "김대리에게", "박과장 명의": a surname and a title, not a name; "사무실 계좌": a place.
  if (!startsWord(text, start) || jobTitles.has(candidate.slice(1))) return undefined;
  if (placeEndings.has(text.charCodeAt(end - 1)) || placeWords.has(candidate) || !isStrictName(candidate, { minimumLength: 3 }))
    return undefined;
  return finding(text, { start, end, score: 0.65 });
}

/** The last syllables of a verb's stem before 요 ("감사해요", "고마워요", "여보세요"): no name and a copula. */
const verbStemEnds: ReadonlySet<number> = new Set([...'해돼워와러니려세'].map((syllable) => syllable.charCodeAt(0)));

/** The family words before which a full name stands alone in notes and forms. */
const closeRelatives: ReadonlySet<string> = new Set([
  ...['남편', '아내', '와이프', '아들', '딸', '자녀', '동생', '배우자', '어머니', '아버지', '여자친구', '남자친구', '약혼자'],
  ...['큰딸', '작은딸', '막내딸', '맏딸', '큰아들', '작은아들', '막내아들', '맏아들'],
  // A family's children by their order, as a bank's or an estate's notes list them ("장남 도현수(대표)", "차녀 오세린"), and
  // the grandchildren a private banker's notes name ("손자 반도윤 계좌 개설").
  ...['장남', '차남', '장녀', '차녀', '손자', '손녀'],
]);
/**
 * After 저 ("I") a full name counts only with a copula or 랑 after it, as one gives one's own name in a sentence ("세대주는 저
 * 조은비고요", "명의자는 저 홍가은이고", "저 도혜수랑 남편"), or before a detail: with any other particle it is as often a plan
 * or a place.
 */
const endingsAfterSelf: ReadonlySet<string> = new Set(['이고', '고', '고요', '이고요', '입니다', '이에요', '예요', '이요', '랑', '이랑']);
/** One syllable alone ("모 업체", "부 회장"), these count only before a detail of a person or in a form's column. */
const syllableRelatives: ReadonlySet<string> = new Set(['모', '부']);

/** A verb's connective or a given name's vocative 이 ending the word ("딸 모시고", "아들 도윤이 …"): no full name alone. */
const verbOrVocativeEnds: ReadonlySet<number> = new Set([...'고이며면'].map((syllable) => syllable.charCodeAt(0)));

function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x20 || code === 0x09;
}

function nameAfterRelative(text: string, options: { relativeStart: number; relativeEnd: number; start: number }): PiiFinding | undefined {
  if (!startsWord(text, options.relativeStart)) return undefined;
  const relative = text.slice(options.relativeStart, options.relativeEnd);
  const start = options.start;
  const word = text.slice(start, hangulRunEndAfter(text, start));
  // A closing bracket right after the word ends it as a particle does ("(배우자 이순자)").
  const closesBracket = text.charCodeAt(start + word.length) === 0x29;
  for (let length = Math.min(4, word.length); length >= 3; length -= 1) {
    const candidate = word.slice(0, length);
    const ending = word.slice(length);
    // A close relative's word before a full name alone and a blank: "딸 최은정 방문", "보호자 아들 백인호 상주".
    const bare =
      ending === '' &&
      (closesBracket ||
        detailFollows(text, start + length) ||
        detailWordFollows(text, start + length) ||
        (length === 3 &&
          isBlankAt(text, start + length) &&
          !verbOrVocativeEnds.has(candidate.charCodeAt(2)) &&
          closeRelatives.has(relative)));
    if (relative === '저' && ending !== '' && !endingsAfterSelf.has(ending)) continue;
    // "남궁민이고요": 이 after a final consonant is the copula's, not the name's.
    if (ending.startsWith('고') && candidate.endsWith('이') && hasFinalConsonant(candidate.charCodeAt(length - 2))) continue;
    if (
      !(bare || (particlesAfterRelative.has(ending) && !syllableRelatives.has(relative))) ||
      placeEndings.has(candidate.charCodeAt(length - 1))
    )
      continue;
    if (isStrictName(candidate, { minimumLength: 3 })) return finding(text, { start, end: start + length, score: 0.65 });
  }
  return undefined;
}

/**
 * Whether a detail of a person follows the word ending at `end`, blanks aside: a number, a comma, a slash, a bracket, the
 * line's end or a bank ("아버지 송기철 농협 302-…", "제 아내 신미라, 880101-…"). A bare word after a relative is a name only
 * then.
 */
function detailFollows(text: string, end: number): boolean {
  let at = end;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  if ((code >= 0x30 && code <= 0x39) || code === 0x2c || code === 0x2f || code === 0x28 || code === 0x0a || code === 0x0d) return true;
  return banksBeforeAccounts.some((bank) => text.startsWith(bank, at));
}

/** The words of a person's detail after their name and a blank ("아빠 박준혁 번호는 010-…", "엄마 이순자 연락처"). */
const detailWords = ['번호', '연락처', '전화', '휴대폰', '핸드폰', '생년월일', '주민번호', '명의'];

function detailWordFollows(text: string, end: number): boolean {
  if (!isBlankAt(text, end)) return false;
  let at = end;
  while (isBlankAt(text, at)) at += 1;
  return detailWords.some((word) => text.startsWith(word, at));
}

/** Banks named before an account number, after the holder's name ("아버지 송기철 농협 302-…"). */
const banksBeforeAccounts = [
  '농협',
  '신한',
  '국민',
  '우리은행',
  '하나은행',
  '기업은행',
  '카카오뱅크',
  '토스뱅크',
  '새마을금고',
  '우체국',
  '신협',
];

/**
 * Whether the bracket holds the 동 a road address ends with ("강남대로 27, 라온하우스 (양재동)"), or that a venue of a district
 * is in ("강동구 민방위교육장 (고덕동)"), which reads as a name ("양재동") only by chance.
 */
function isLegalDongAfterRoad(text: string, at: { bracket: number; insideEnd: number }): boolean {
  if (text.charCodeAt(at.insideEnd - 1) !== 0xb3d9) return false;
  const before = text.slice(Math.max(text.lastIndexOf('\n', at.bracket) + 1, at.bracket - 48), at.bracket);
  if (roadNumberBefore.test(before)) return true;
  districtWordBefore.lastIndex = 0;
  for (let word = districtWordBefore.exec(before); word !== null; word = districtWordBefore.exec(before))
    if (isKoreanDistrictName(word[1]!)) return true;
  return false;
}

const roadNumberBefore = /[로길][ \t]?\d/;
/** A word ending in 구 or 군, then a blank: a district's name, perhaps. */
const districtWordBefore = /(?<![가-힣])([가-힣]{2,4}[구군])[ \t]/g;

/** "(홍길동)", and "홍길동 (1980년…" where a name is followed by its birth date or phone number in brackets. */
function nameAroundBracket(text: string, bracket: number): PiiFinding | undefined {
  const insideEnd = hangulRunEndAfter(text, bracket + 1);
  if (
    text.charCodeAt(insideEnd) === 0x29 &&
    isStrictName(text.slice(bracket + 1, insideEnd), { minimumLength: 3 }) &&
    !isLegalDongAfterRoad(text, { bracket, insideEnd })
  )
    return finding(text, { start: bracket + 1, end: insideEnd, score: 0.65 });
  const digit = text.charCodeAt(bracket + 1);
  if (digit < 0x30 || digit > 0x39) return undefined;
  const end = text.charCodeAt(bracket - 1) === 0x20 ? bracket - 1 : bracket;
  const start = hangulRunStartBefore(text, end);
  // A two-syllable name is accepted only where it opens a line, as in a record ("전진 (1950-03-27 출생)").
  const lineStart = start === 0 || text.charCodeAt(start - 1) === 0x0a;
  if (start === end || !startsWord(text, start) || !isStrictName(text.slice(start, end), { minimumLength: lineStart ? 2 : 3 }))
    return undefined;
  return finding(text, { start, end, score: 0.65 });
}

/**
 * Korean names (and Latin names after Korean labels) that only a weak cue marks; every candidate must pass the given-name check.
 *
 * @example
 * findKoreanNamesByCue('입금자명 김민수. 안녕하세요, 박서연입니다').map((finding) => finding.text); // ['김민수', '박서연']
 */
export function findKoreanNamesByCue(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  cuePattern.lastIndex = 0;
  // `test` leaves `lastIndex` just past the cue without allocating a match array per hit.
  while (cuePattern.test(text)) {
    const cueEnd = cuePattern.lastIndex;
    const last = text.charCodeAt(cueEnd - 1);
    let found: PiiFinding | undefined;
    if (last === 0x28) found = nameAroundBracket(text, cueEnd - 1);
    else if (last === 0x20 || last === 0x09 || last === 0x3a || last === 0xff1a) found = nameAfterCue(text, cueEnd - 1);
    // 게 or 테 ends a dative particle.
    else if (last === 0xac8c || last === 0xd14c) found = nameBeforeWord(text, { wordStart: cueEnd - 2, spaceAllowed: false });
    else found = nameBeforeCopula(text, hangulCopulaStart(text, cueEnd));
    if (found !== undefined) findings.push(found);
  }
  return findings;
}

/** The name each hit of a global `pattern` marks, where `nameAt` finds one. */
function namesAtHits(
  text: string,
  options: { pattern: RegExp; nameAt: (hit: { start: number; end: number; firstGroup: string | undefined }) => PiiFinding | undefined },
): PiiFinding[] {
  const { pattern, nameAt } = options;
  const findings: PiiFinding[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const found = nameAt({ start: match.index, end: pattern.lastIndex, firstGroup: match[1] });
    if (found !== undefined) findings.push(found);
  }
  return findings;
}

/**
 * Korean full names right after a relative ("아들 김민준이 방문할게요"); run only where the feature pass saw a relative.
 *
 * @example
 * findKoreanNamesAfterRelatives('남편 김철수가 예약했어요').map((finding) => finding.text); // ['김철수']
 */
export function findKoreanNamesAfterRelatives(text: string): PiiFinding[] {
  return namesAtHits(text, {
    pattern: relativePattern,
    nameAt: (hit) => nameAfterRelative(text, { relativeStart: hit.start, relativeEnd: hit.start + hit.firstGroup!.length, start: hit.end }),
  });
}

/**
 * Korean full names introduced by 라는 before a word for a person, or by 라고 before a verb of naming; run only where the
 * feature pass saw 라는 and a blank, or 라고.
 *
 * @example
 * findKoreanNamesCalled('박지영이라는 상담원이 안내했어요').map((finding) => finding.text); // ['박지영']
 */
export function findKoreanNamesCalled(text: string): PiiFinding[] {
  return namesAtHits(text, { pattern: calledPattern, nameAt: (hit) => nameBeforeCalled(text, hit.start) });
}

/** The full name before 라는 or 라고 (or 이라는, 이라고, after a final consonant) that starts at `calledStart`. */
function nameBeforeCalled(text: string, calledStart: number): PiiFinding | undefined {
  const start = hangulRunStartBefore(text, calledStart);
  if (!startsWord(text, start)) return undefined;
  // "박지영이라는": the copula's 이 follows a name that ends in a final consonant; after a vowel 이 ends the name itself
  // ("김하이라는"), and after a consonant it never does ("기준이라고 합니다" is no name).
  const copula = text.charCodeAt(calledStart - 1) === 0xc774 && hasFinalConsonant(text.charCodeAt(calledStart - 2));
  for (const end of copula ? [calledStart - 1] : [calledStart]) {
    const candidate = text.slice(start, end);
    if (!placeEndings.has(text.charCodeAt(end - 1)) && !placeWords.has(candidate) && isStrictName(candidate, { minimumLength: 3 }))
      return finding(text, { start, end, score: 0.7 });
  }
  return undefined;
}

/** Subject and topic particles after a name: 가 and 는 follow a vowel, 이 and 은 a final consonant, 도 either. */
const afterVowel: ReadonlySet<number> = new Set([...'가는도'].map((syllable) => syllable.charCodeAt(0)));
const afterConsonant: ReadonlySet<number> = new Set([...'이은도'].map((syllable) => syllable.charCodeAt(0)));
/**
 * The companion particles (랑 and 와 after a vowel, 과 after a consonant: "김민수랑 통화했어요"), which count only before a
 * verb one does with a person: things are ordered and cancelled with someone as often as people are.
 */
const companionAfterVowel: ReadonlySet<number> = new Set([...'랑와'].map((syllable) => syllable.charCodeAt(0)));
const companionAfterConsonant: ReadonlySet<number> = new Set([...'과'].map((syllable) => syllable.charCodeAt(0)));
/** Shared by every text with no such name: the common case allocates nothing. Callers never change what they get. */
const noFindings: PiiFinding[] = [];

/** Every particle above, for the first look at each blank: one set test rather than four. */
const anyParticle: ReadonlySet<number> = new Set([...afterVowel, ...afterConsonant, ...companionAfterVowel, ...companionAfterConsonant]);

function isSubjectParticle(code: number): boolean {
  return anyParticle.has(code);
}
/**
 * Verbs of dealing with a service, as the word after the name (or one or two words later: "김민수가 어제 전화했는데")
 * begins: a name there is someone who called, wrote, ordered or signed up. Not 왔 or 갔: "소나기가 왔어요".
 */
const serviceVerbStems = [
  ...['전화', '연락', '문자', '문의', '말했', '말씀', '말하', '얘기', '통화', '상담', '방문', '예약', '주문', '가입', '신청'],
  ...['결제', '해지', '취소', '변경', '보냈', '받았', '찾아', '다녀'],
];
/** The verbs of `serviceVerbStems` one does with a person: talking, calling, writing, visiting. */
const personVerbStems = ['전화', '연락', '문자', '말했', '말씀', '말하', '얘기', '통화', '상담', '방문'];
const byFirstSyllable = (stems: readonly string[]) => {
  const byFirst = new Map<number, string[]>();
  for (const stem of stems) byFirst.set(stem.charCodeAt(0), [...(byFirst.get(stem.charCodeAt(0)) ?? []), stem]);
  return byFirst;
};
const serviceVerbsByFirst = byFirstSyllable(serviceVerbStems);
const personVerbsByFirst = byFirstSyllable(personVerbStems);
/** How many words after the name the verb may come: "김민수가 어제 오후에 전화했어요". */
const wordsBeforeVerb = 3;
const lastSubjects: { text: string | undefined; findings: PiiFinding[] } = { text: undefined, findings: [] };

/**
 * Korean full names as the subject of a verb of dealing with a service ("김민수가 어제 전화했는데요", "박지영이 주문했어요"):
 * a name of three or four syllables with common given-name syllables, its particle agreeing with its last syllable, and
 * the verb within three words. Run where the feature pass saw such a verb; remembered for the last text, since the
 * scanner asks first whether there is one at all.
 *
 * @example
 * findKoreanNamesAsSubjects('김민수가 어제 전화했어요').map((finding) => finding.text); // ['김민수']
 * findKoreanNamesAsSubjects('정수기가 고장 나서 전화했어요'); // []
 */
export function findKoreanNamesAsSubjects(text: string): PiiFinding[] {
  if (lastSubjects.text === text) return lastSubjects.findings;
  let findings: PiiFinding[] = noFindings;
  // A blank follows every name this finds (the verb comes after one). A long text's blanks are many and its verbs few, so
  // there only the blanks up to three words before a verb are read; a short one costs less read blank by blank.
  if (text.length <= verbsFirstLength) {
    for (let blank = text.indexOf(' '); blank !== -1; blank = text.indexOf(' ', blank + 1))
      findings = withSubjectBefore(text, blank, findings);
  } else {
    for (const blank of blanksBeforeServiceVerbs(text)) findings = withSubjectBefore(text, blank, findings);
  }
  lastSubjects.text = text;
  lastSubjects.findings = findings;
  return findings;
}

/** From this length on, a text's verbs are searched for first (measured on 16 KB transcripts and chat turns). */
const verbsFirstLength = 512;

/** `findings` with the name that ends in a subject particle right before `blank`, when it is one. */
function withSubjectBefore(text: string, blank: number, findings: PiiFinding[]): PiiFinding[] {
  if (!isSubjectParticle(text.charCodeAt(blank - 1))) return findings;
  const found = subjectNameIn(text, { start: hangulRunStartBefore(text, blank), end: blank });
  if (found === undefined) return findings;
  (findings === noFindings ? (findings = []) : findings).push(found);
  return findings;
}

/** A blank, then a service verb: the blank is the last that `verbFollows` may read before the verb. */
const verbAfterBlank = new RegExp(` (?:${serviceVerbStems.join('|')})`, 'g');
const noBlanks: number[] = [];

/**
 * The blanks from which `verbFollows` reaches a verb, in text order: the blank before each verb and, one word back
 * each, up to `wordsBeforeVerb` blanks before it, as long as no line break comes between.
 */
function blanksBeforeServiceVerbs(text: string): readonly number[] {
  let blanks = noBlanks;
  // Two verbs may share the blanks before them: each verb's walk stops at the blank of the verb before, whose own walk
  // read the blanks from there back, so each blank is kept once and the verbs' groups come in text order.
  let previousVerbBlank = -1;
  verbAfterBlank.lastIndex = 0;
  for (let verb = verbAfterBlank.exec(text); verb !== null; verb = verbAfterBlank.exec(text)) {
    const groupStart = blanks.length;
    let blank = verb.index;
    for (let word = 0; word < wordsBeforeVerb && blank > previousVerbBlank; word += 1) {
      (blanks === noBlanks ? (blanks = []) : blanks).push(blank);
      let before = blank - 1;
      while (before >= 0 && text.charCodeAt(before) !== 0x20 && text.charCodeAt(before) !== 0x0a) before -= 1;
      if (before < 0 || text.charCodeAt(before) !== 0x20) break;
      blank = before;
    }
    reverseFrom(blanks, groupStart);
    previousVerbBlank = verb.index;
  }
  return blanks;
}

/** Reverses the end of `values` from `start` in place: a verb's blanks are read back from it. */
function reverseFrom(values: number[], start: number): void {
  for (let left = start, right = values.length - 1; left < right; left += 1, right -= 1) {
    const value = values[left]!;
    values[left] = values[right]!;
    values[right] = value;
  }
}

/** The name in the word from `start` to `end` when the word is a name and a particle, and a service verb follows. */
function subjectNameIn(text: string, word: { start: number; end: number }): PiiFinding | undefined {
  const { start, end } = word;
  const nameEnd = end - 1;
  if (nameEnd - start < 3 || nameEnd - start > 4) return undefined;
  // Cheapest tests first: the particle, then the verb, then the word's start.
  const particle = text.charCodeAt(nameEnd);
  const closed = hasFinalConsonant(text.charCodeAt(nameEnd - 1));
  const subject = (closed ? afterConsonant : afterVowel).has(particle);
  if (!subject && !(closed ? companionAfterConsonant : companionAfterVowel).has(particle)) return undefined;
  if (!verbFollows(text, { from: end, verbs: subject ? serviceVerbsByFirst : personVerbsByFirst }) || !startsWord(text, start))
    return undefined;
  const candidate = text.slice(start, nameEnd);
  if (placeEndings.has(candidate.charCodeAt(candidate.length - 1)) || placeWords.has(candidate) || jobTitles.has(candidate.slice(1)))
    return undefined;
  if (!isStrictName(candidate, { minimumLength: 3 })) return undefined;
  return finding(text, { start, end: nameEnd, score: 0.6 });
}

/** Whether one of the next `wordsBeforeVerb` words, each after one blank, begins with one of `after.verbs`. */
function verbFollows(text: string, after: { from: number; verbs: ReadonlyMap<number, string[]> }): boolean {
  let index = after.from;
  for (let word = 0; word < wordsBeforeVerb; word += 1) {
    if (text.charCodeAt(index) !== 0x20) return false;
    index += 1;
    const stems = after.verbs.get(text.charCodeAt(index));
    if (stems !== undefined && stems.some((stem) => text.startsWith(stem, index))) return true;
    while (index < text.length && text.charCodeAt(index) !== 0x20 && text.charCodeAt(index) !== 0x0a) index += 1;
  }
  return false;
}

/**
 * Korean full names right before 명의, 계좌 or 앞으로 ("최수진 명의로", "이서연 계좌로", "이다인 앞으로 온 택배"), or right after 명의 as a label ("명의
 * 이영희", "명의는 김철수"); run only where the feature pass saw one.
 *
 * @example
 * findKoreanNamesBeforeHoldings('환불은 이서연 계좌로 해주세요').map((finding) => finding.text); // ['이서연']
 */
export function findKoreanNamesBeforeHoldings(text: string): PiiFinding[] {
  return namesAtHits(text, {
    pattern: holdingPattern,
    nameAt: (hit) => nameBeforeWord(text, { wordStart: hit.start, spaceAllowed: true }) ?? nameAfterHolder(text, hit.end),
  });
}

/** What the holder's name may end in besides a particle: "명의는 김민수로 되어 있어요", "명의는 이서연입니다". */
const endingsAfterHolderName: ReadonlySet<string> = new Set([
  '로',
  '으로',
  '로요',
  '으로요',
  '고',
  '이고',
  '고요',
  '이고요',
  '입니다',
  '이에요',
  '예요',
  '이요',
  '요',
  // Honorific copulas for a holder spoken of ("명의는 탁영길이세요", "명의는 아버님 김철수세요").
  '이세요',
  '세요',
  '이십니다',
  '십니다',
]);

/** What may stand between 명의 and the holder's name after it: a topic particle, blanks, a colon. */
const afterHolderWord = /(?:은|는)?[ \t]*(?:[:：][ \t]*)?/y;

/**
 * The full name after 명의 used as a label ("해지할 번호 … 명의 이영희"), ended by a particle, a bracket or a non-syllable:
 * not 명의로, 명의자 or 명의 변경, which glue on or name no one.
 */
function nameAfterHolder(text: string, holdingEnd: number): PiiFinding | undefined {
  if (!text.startsWith('명의', holdingEnd - 2)) return undefined;
  afterHolderWord.lastIndex = holdingEnd;
  afterHolderWord.test(text);
  const start = afterHolderWord.lastIndex;
  if (start === holdingEnd) return undefined;
  const word = text.slice(start, hangulRunEndAfter(text, start));
  for (let length = Math.min(4, word.length); length >= 3; length -= 1) {
    const candidate = word.slice(0, length);
    const ending = word.slice(length);
    if (ending !== '' && !particlesAfterRelative.has(ending) && !endingsAfterHolderName.has(ending)) continue;
    if (!placeEndings.has(candidate.charCodeAt(length - 1)) && isStrictName(candidate, { minimumLength: 3 }))
      return finding(text, { start, end: start + length, score: 0.65 });
  }
  return undefined;
}
