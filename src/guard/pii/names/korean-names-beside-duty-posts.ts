// Korean full names beside the posts that a clinical trial's, an airline's, a customs broker's, a security desk's and an
// investigation's papers write with them. Before the name, the post may be glued to what it is in charge of ("시험책임자
// 최은혜 (소화기내과)", "개인정보보호책임자 구자혁", "운항관리사 표지훈 (OCC …)", "보안요원 전상철)", "준법감시인 석지훈",
// "경영지원팀 대리 하민지 /", a lab's referring doctor: "의뢰의: 허승민"), and an inquiry's parties in a form's brackets ("[피해자] 석영애 / 피해계좌 …"); after the name, a crew's, a detective's or a committee's title stands apart from it ("곽태준
// 기장님과", "김성훈 형사님이에요", "문태호 관세사 드림", "장동혁 위원)", "박정우 탐정:").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hangulRunEndAfter, hangulRunStartBefore, isHangulSyllable, isLatinWordCharacter } from './hangul.ts';
import { endingsAfterName } from './korean-name-words.ts';
import { isLikelyKoreanFullNameOfUsualLength } from './korean-names.ts';
import { latinNameAfter } from './latin-name.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-name-beside-duty-post';

/** An inquiry's parties, in a form's brackets ("[피해자] 석영애"). */
const inquiryParties = [
  ...['피해자', '가해자', '신청인', '신고인', '피신고인', '혐의자'],
  ...['피혐의자', '참고인', '제보자', '진술인', '목격자', '의뢰인'],
];
/** The duties that sign a report's line or a checklist's cell after a slash or a bar ("/ 검토 도해린"). */
const signingDuties = ['검토', '작성', '협조', '담당', '확인', '승인', '접수', '인사'];
/** The posts written before a name, glued or not to the duty or the desk they serve ("시험책임자", "보안요원"). */
const postsBeforeName = [
  ...['책임자', '간호사', '상담사', '관리사', '지점장', '원장', '감사역', '감시인', '요원', '판매원', '주재원', '코디네이터'],
  ...['위원장', '위원', '관리자', '안전관리', '경위', '대리', '주임', '의뢰의'],
];
/**
 * An inquiry's parties in a form's brackets; a duty that signs a report's line or a checklist's cell after a slash or a
 * bar, its team perhaps before it ("… / 검토 도해린", "/ 개발팀 협조 사공민", "| 인사 구혜진"); and posts written before a name, glued or not to the duty or the desk they serve ("시험책임자", "연구간호사", "유전상담사",
 * "부산지점장", "대표원장", "보안요원", "준법감시인"). Each is an everyday word too ("책임자 확인", "위원 구성"), so the name
 * after it must end its field (`fieldEndAfterName`).
 */
const postBeforeName = new RegExp(
  String.raw`(?:\[(?:${inquiryParties.join('|')})\][ \t]*|[/|][ \t]*(?:[가-힣A-Za-z0-9]{1,10}팀[ \t]+)?(?:${signingDuties.join('|')})[ \t]+|(?:${postsBeforeName.join('|')})[ \t]*[:：]?[ \t]+)(?=[가-힣])`,
  'g',
);

/**
 * The end of the name's field: the line's end, a bracket, a slash, a bar, a comma, a middle dot, a colon or a dash, or a
 * date after a blank as a signature's line writes it ("안전관리자 옥승환 2024-01-17").
 */
const fieldEndAfterName = /[ \t]*(?:$|\r?\n|[/|)(,·\]:：–—]|-(?!\d))|[ \t]+\d{4}[-./]\d/y;

/**
 * A crew's ranks as a roster, a crew change or a duty list abbreviates them before a name: a captain, a first or second
 * officer, a ship's officers and engineers ("F/O Takumi Ogawa", "CAPT 홍석진", "2/E  Christian P. Dizon"). None follows a
 * letter, a digit or a slash, so "KF/O" or "12/E" is no rank.
 */
const crewRankBeforeName = /(?<![A-Za-z0-9/])(?:CAPT\.?|Capt\.|F\/O|S\/O|C\/[OE]|[1-4]\/[OE])[ \t]+(?=[A-Z가-힣])/g;

/** Titles written after a full name, apart from it: a flight crew's captain and first officer, a detective, a customs broker, a committee's members. */
const titleAfterName = /[ \t](?:부?기장|형사|관세사|위원장?|탐정)(?:님)?/g;

/** The ranks of `crewRankBeforeName`, each with a blank after it. */
const crewRanks = [
  ...['CAPT', 'CAPT.', 'Capt.', 'F/O', 'S/O', 'C/O', 'C/E'],
  ...['1', '2', '3', '4'].flatMap((grade) => [`${grade}/O`, `${grade}/E`]),
];
/** The titles of `titleAfterName`, each with a blank before it. */
const titlesAfterName = ['기장', '부기장', '형사', '관세사', '위원', '탐정'];

/**
 * What every match of the searches below holds: a party's bracket; a duty after a slash, a bar or a team ("/검토", "팀
 * 협조"), a post (its colon after it or not) or a rank before a blank; or a title after one.
 */
const dutyPostWords = wordsBesideBlanks({
  before: [
    ...signingDuties.flatMap((duty) => [`/${duty}`, `|${duty}`, `팀${duty}`]),
    ...postsBeforeName.flatMap((post) => [post, `${post}:`, `${post}：`]),
    ...crewRanks,
  ],
  after: titlesAfterName,
  marks: '[',
});

/** Whether a duty's post stands beside a blank of `text`: the search's gate, asked before it. */
export function mayHoldKoreanNameBesideDutyPost(text: string): boolean {
  return holdsWordBesideBlank(text, dutyPostWords);
}

/**
 * Korean full names beside a duty's post.
 *
 * @example
 * findKoreanNamesBesideDutyPosts('승인: 시험책임자 허민혁 (심장내과)').map((finding) => finding.text); // ['허민혁']
 * findKoreanNamesBesideDutyPosts('오늘 곽태준 기장님과 비행').map((finding) => finding.text); // ['곽태준']
 * findKoreanNamesBesideDutyPosts('책임자 확인 후 위원 구성은 3명'); // []
 */
export const findKoreanNamesBesideDutyPosts = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldKoreanNameBesideDutyPost(text)) return [];
  const findings: PiiFinding[] = [];
  postBeforeName.lastIndex = 0;
  for (let match = postBeforeName.exec(text); match !== null; match = postBeforeName.exec(text)) {
    const start = postBeforeName.lastIndex;
    const end = hangulRunEndAfter(text, start);
    if (!isLikelyKoreanFullNameOfUsualLength(text.slice(start, end))) continue;
    fieldEndAfterName.lastIndex = end;
    if (fieldEndAfterName.test(text)) findings.push(finding(text, { start, end }));
  }
  // Every rank holds a slash or a captain's letters: the search with its lookbehind reads only the texts that hold one.
  if (text.includes('/') || text.includes('CAPT') || text.includes('Capt.')) {
    crewRankBeforeName.lastIndex = 0;
    for (let match = crewRankBeforeName.exec(text); match !== null; match = crewRankBeforeName.exec(text)) {
      const found = crewMemberAt(text, crewRankBeforeName.lastIndex);
      if (found !== undefined) findings.push(found);
    }
  }
  titleAfterName.lastIndex = 0;

  for (let match = titleAfterName.exec(text); match !== null; match = titleAfterName.exec(text)) {
    const titleEnd = titleAfterName.lastIndex;
    if (!endsTitle(text, titleEnd)) continue;
    const end = match.index;
    const start = hangulRunStartBefore(text, end);
    if (start > 0 && isLatinWordCharacter(text.charCodeAt(start - 1))) continue;
    if (isLikelyKoreanFullNameOfUsualLength(text.slice(start, end))) findings.push(finding(text, { start, end }));
  }
  return findings;
});

/** The crew member after a rank: a Latin name of two words or more, or a Korean full name. */
function crewMemberAt(text: string, start: number): PiiFinding | undefined {
  if (isHangulSyllable(text.charCodeAt(start))) {
    const end = hangulRunEndAfter(text, start);
    return isLikelyKoreanFullNameOfUsualLength(text.slice(start, end)) ? finding(text, { start, end }) : undefined;
  }
  const latin = latinNameAfter(text, { start, allowUppercase: true });
  return latin === undefined || latin.wordCount < 2 ? undefined : finding(text, { start: latin.start, end: latin.end });
}

/** Whether the title ends its word at `at`, or only a particle or a copula follows it ("기장님과", "형사님이에요"). */
function endsTitle(text: string, at: number): boolean {
  if (!isHangulSyllable(text.charCodeAt(at))) return true;
  const ending = text.slice(at, hangulRunEndAfter(text, at));
  return ending !== '' && endingsAfterName.has(ending);
}

/** The name over `span` of `text`, 0.75. */
function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return createFinding({
    type: 'PERSON',
    text: text.slice(span.start, span.end),
    start: span.start,
    score: 0.75,
    recognizer: recognizerName,
  });
}
