// Extracts person names: "my name is Jane Doe", "I'm Jane", "저는 김민수입니다", "김민수 고객님", "이름은 박서연".
import { ClaimedSpans, findMatches } from './claimed-spans.ts';
import { places } from './place-gazetteer.ts';
import { extractQuoted } from './quoted-extractor.ts';
import type { TextEntity } from './types.ts';

const koreanSurnames = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부',
  '남궁',
  '황보',
  '제갈',
  '선우',
  '독고',
  '사공',
]);
/** Words that look like a surname plus syllables but are common nouns. */
const koreanNonNames = new Set([
  '고객',
  '주문',
  '이메일',
  '전화',
  '연락처',
  '이름',
  '우리',
  '저희',
  '제가',
  '정말',
  '오늘',
  '내일',
  '모레',
  '회의',
  '배송',
  '상품',
  '기사',
  '문의',
  '사용자',
  '담당자',
  '신청',
  '안녕',
  '감사',
  '구매',
  '결제',
  '부탁',
  '확인',
  '조회',
  '예약',
  '최근',
  '정보',
  '이번',
  '다음',
  '지난',
  // Words that describe a customer ("신규 고객", "기존 회원"), not name one.
  '신규',
  '기존',
  '우수',
  '모든',
  '전체',
  '방문',
  '연체',
  '장기',
  '정기',
  '주요',
  '고액',
  '소액',
  '서비스',
  '주소지',
  '지원팀',
  '서울',
  '부산',
  '대구',
  '인천',
  '광주',
  '대전',
  '울산',
  '제주',
]);
const koreanEnding =
  '(?=\\s?(?:입니다|이에요|예요|이고|이며|인데|이라고|라고|이랑|랑|님|씨|고객|선생|과장|대리|부장|팀장|사원|,|\\.|!|\\?|$))';
const englishStopWords = new Set([
  'I',
  'The',
  'A',
  'An',
  'Please',
  'Thanks',
  'Thank',
  'Hi',
  'Hello',
  'Dear',
  'And',
  'Or',
  'My',
  'Your',
  'This',
  'That',
  'It',
  'We',
  'You',
  'Can',
  'Could',
  'Would',
  'Will',
  'Here',
  'There',
  'Not',
  'Just',
  'So',
  'Also',
  'Email',
  'Phone',
  'Order',
  'From',
  'To',
  'In',
  'On',
  'At',
  'For',
  'With',
  'Ok',
  'OK',
  'Yes',
  'No',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Korean',
  'English',
  'American',
  'Sorry',
  'Fine',
  'Good',
  'Looking',
  'Interested',
  'New',
  'Back',
  'Done',
]);

/**
 * Verbs that open a request ("Register Jane Doe", "Add Tom Hardy as a customer"): capitalised only because they start
 * the sentence. Verbs that are also common first names (Mark, Bill, Sue, Rob, Grant) are left out, so "Mark Smith" stays.
 */
const requestVerbs = new Set(
  (
    'Add Register Create Book Send Update Schedule Cancel Enroll Sign Contact Call Invite Assign Remove Delete Find Check ' +
    'Show Get Set Make Buy Refund Pay Transfer Notify Tell Ask Text Welcome Meet Reserve Issue Open Close Change Save ' +
    'Record Log Submit Process Charge Ship Deliver Move Reset Approve Reject Hire Onboard Message Look Search List ' +
    'Give Let Help Note Put Link Connect Forward Escalate Refer Renew Upgrade Downgrade Activate Deactivate Verify ' +
    'Confirm Write Draft Prepare Generate Report Email Phone Lookup Greet Thank Remind Follow Subscribe Unsubscribe'
  ).split(' '),
);

const englishTriggers =
  /\b(?:my name is|my name's|name is|name\s*[:=]|i am|i'm|im|this is|call me|named|called|regards,?|sincerely,?|customer|mr\.?|ms\.?|mrs\.?|dr\.?)\s+/giu;
/** One capitalised name word, prefixes and joins included: O'Brien, McDonald, D'Angelo, Mary-Jane (not the 's of Jane's). */
const nameWord = String.raw`(?:O['’]|Ma?c|D['’])?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*`;
const capitalizedWord = new RegExp(String.raw`^${nameWord}|^[A-Z]{2,}(?![a-z])`, 'u');
const capitalizedRun = new RegExp(String.raw`\b${nameWord}(?: ${nameWord}){1,2}(?![a-z])`, 'gu');

const koreanPatterns: readonly RegExp[] = [
  new RegExp(
    `(?<![가-힣])(?:(?:제\\s?이름은|이름은|이름:|성함은|성함:|고객명은?|고객명:|담당자는?|(?:예약자|주문자|신청자|수령인|보호자|성명)(?:은|는)?\\s*:?)\\s*|(?:저는|전|나는|난)\\s+)([가-힣]{2,4}?)${koreanEnding}`,
    'gu',
  ),
  /(?<![가-힣])([가-힣]{2,4}?)(?=\s?(?:입니다|이에요|님|씨|고객님?|선생님|과장|대리|부장|팀장))/gu,
  // "고객 김민수 등록", "환자 박지훈, 010-…": a full name (three syllables) standing alone after the word for the person.
  /(?<![가-힣])(?:고객|회원|환자|손님|수령인|예금주)\s+([가-힣]{3})(?=\s|[,.:;/()!?]|$)/gu,
];

/**
 * @example
 * extractNames("Hi, I'm Jane Doe and I need help")[0]?.value; // 'Jane Doe'
 * extractNames('안녕하세요, 김민수입니다')[0]?.value; // '김민수'
 */
export function extractNames(text: string, claimed = new ClaimedSpans()): TextEntity[] {
  return [...englishNames(text, claimed), ...koreanNames(text, claimed), ...capitalizedNames(text, claimed)].sort(
    (a, b) => a.start - b.start,
  );
}

const notNameWords = new Set([
  ...'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
  ...places.flatMap((place) => place.en.split(' ')),
]);

/**
 * Stop words that are also first names: a name after a trigger ("my name is Will Smith") or a preposition ("a table for
 * Will Smith"), where the auxiliary verb cannot stand, and followed by another capitalised word.
 */
const firstNamesAmongStopWords = new Set(['Will']);
const prepositionBefore = /\b(?:for|to|with|from|by|and|of|named|called)\s$/iu;

/** Whether a stop word at `start` is the first name of the capitalised words after it. */
function firstNameAt(text: string, options: { word: string; start: number; afterTrigger: boolean }): boolean {
  const { word, start, afterTrigger } = options;
  if (!firstNamesAmongStopWords.has(word) || !/^ [A-Z][a-z]/u.test(text.slice(start + word.length))) return false;
  return afterTrigger || prepositionBefore.test(text.slice(Math.max(0, start - 8), start));
}

/** "Jane Smith (jane@…)": two or three capitalised words with no trigger, outside quotes, that are not places or months. */
function capitalizedNames(text: string, claimed: ClaimedSpans): TextEntity[] {
  const quoted = extractQuoted(text);
  const found: TextEntity[] = [];
  for (const match of findMatches(text, capitalizedRun)) {
    const words = match[0].split(' ');
    const keepFirst = firstNameAt(text, { word: words[0] ?? '', start: match.index, afterTrigger: false });
    while (!keepFirst && words.length > 0 && (englishStopWords.has(words[0] ?? '') || requestVerbs.has(words[0] ?? ''))) words.shift();
    if (
      words.length < 2 ||
      words.some((word, index) => (englishStopWords.has(word) && !(keepFirst && index === 0)) || notNameWords.has(word))
    )
      continue;
    const value = words.join(' ');
    const start = match.index + match[0].length - value.length;
    const entity: TextEntity = { kind: 'person', value, text: value, start, end: start + value.length };
    if (claimed.overlaps(entity.start, entity.end) || quoted.some((span) => start < span.end && span.start < entity.end)) continue;
    claimed.claim(entity);
    found.push(entity);
  }
  return found;
}

function englishNames(text: string, claimed: ClaimedSpans): TextEntity[] {
  const found: TextEntity[] = [];
  for (const trigger of findMatches(text, englishTriggers)) {
    const start = trigger.index + trigger[0].length;
    const words: string[] = [];
    let cursor = start;
    while (words.length < 3) {
      const rest = text.slice(cursor);
      const word = capitalizedWord.exec(rest)?.[0];
      if (!word) break;
      if (englishStopWords.has(word) && !(words.length === 0 && firstNameAt(text, { word, start: cursor, afterTrigger: true }))) break;
      words.push(word);
      cursor += word.length;
      const gap = /^ (?=[A-Z])/u.exec(text.slice(cursor));
      if (!gap) break;
      cursor += 1;
    }
    if (words.length === 0) continue;
    const value = words.join(' ');
    const entity: TextEntity = { kind: 'person', value, text: value, start, end: start + value.length };
    if (claimed.overlaps(entity.start, entity.end)) continue;
    claimed.claim(entity);
    found.push(entity);
  }
  return found;
}

function koreanNames(text: string, claimed: ClaimedSpans): TextEntity[] {
  const found: TextEntity[] = [];
  for (const pattern of koreanPatterns) {
    for (const match of findMatches(text, pattern)) {
      const value = match[1];
      if (!value || !looksLikeKoreanName(value)) continue;
      const start = match.index + match[0].lastIndexOf(value);
      const entity: TextEntity = { kind: 'person', value, text: value, start, end: start + value.length };
      if (claimed.overlaps(entity.start, entity.end)) continue;
      claimed.claim(entity);
      found.push(entity);
    }
  }
  return found;
}

/**
 * A surname (one or two syllables) followed by one or two given-name syllables, and not a common noun.
 * @example
 * looksLikeKoreanName('김민수'); // true; looksLikeKoreanName('고객'); // false
 */
export function looksLikeKoreanName(word: string): boolean {
  if (word.length < 2 || word.length > 4 || koreanNonNames.has(word)) return false;
  if (/[에를을로와과의도가]$/u.test(word)) return false;
  const twoSyllableSurname = koreanSurnames.has(word.slice(0, 2)) && word.length >= 3;
  return twoSyllableSurname || (koreanSurnames.has(word.slice(0, 1)) && word.length <= 3);
}
