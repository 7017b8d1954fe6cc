// Korean full names a record marks by what stands right around them: a relative, a colleague or the staff member in charge
// in brackets ("비상연락처: 010-2290-6614 (모 한정숙)", "(조모 양옥순)", "(담당 노재훈)", "(동료 ALIMOV SHERZOD)"), a seal's
// mark after the name ("정비책임자: 자동차정비기능장 엄태준 (인)"), and a prescriber
// before the licence ("내과 전문의 하동균 (면허 제58213호)", "처방의료인: 노은비 (면허번호 제104882호)"), and a pupil after the school
// year, the class and the number ("학생: 3학년 2반 15번 이서준").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';

const recognizerName = 'korean-name-beside-record-mark';

/** A Korean full name, or a foreigner's in capitals (two to four words). */
const name = String.raw`[가-힣]{3,4}|[A-Z]{2,}(?:[ \t][A-Z]{2,}){1,3}`;
/** The mark, or a team's or a desk's word ("(환불팀 최유진)"), and the name alone in brackets. */
// What a copy is for reads as a name after a team ("(보안팀 공유용)", "(센터 기록용)"): no name there ends in 용.
const nameInMarkedBrackets = new RegExp(
  String.raw`\((?:모|부|조모|조부|외조모|외조부|할머니|할아버지|이모|고모|삼촌|배우자|남편|아내|아들|딸|형|누나|언니|오빠|동생|담당|담당자|동료|지인|보호자|[가-힣A-Za-z0-9]{1,10}(?:팀|센터|파트)(?![ \t]+[가-힣]{2,3}용\)))[ \t]+(${name})\)`,
  'g',
);
/**
 * A staff member named before the team in brackets, as a thread or a case file heads an entry ("[2] 문재석 (FDS모니터링팀)
 * 09-03"), the title perhaps after the team, as an interview schedule lists its witnesses ("권아영 (공무팀 대리)").
 */
const nameBeforeTeam =
  /(?<![가-힣])([가-힣]{3,4})[ \t]*\([A-Za-z0-9가-힣]{0,12}(?:팀|팀장|센터|파트|본부)(?:[ \t]+(?:사원|주임|대리|과장|차장|부장|선임|책임|매니저))?\)/g;
/**
 * The author after a middle dot or a dash that closes a log entry's or a review's bracket ("[대인 합의 · 곽민채]", "[최초 접수 ·
 * 콜센터 나혜진]", "[1차 검토 — 윤리경영팀 변하은]").
 */
const authorAfterMiddleDot = /[·—–][ \t]*(?:[가-힣A-Za-z0-9]{1,10}(?:팀|센터|파트|담당)[ \t]+)?([가-힣]{3,4})\]/g;
/** A name signed or sealed: the seal's or the signature's mark in brackets after it ("엄태준 (인)", "하동균 (서명)"). */
const sealedName = /(?<![가-힣])([가-힣]{3,4})[ \t]*\((?:인|印|서명)\)/g;
/** A doctor's or a pharmacist's title before the name, or the licence in brackets after it. */
const prescriber = new RegExp(
  String.raw`(?:전문의|의사|한의사|치과의사|약사)[ \t]+([가-힣]{3,4})(?![가-힣])|(?<![가-힣])([가-힣]{3,4})[ \t]*\((?:의사[ \t]*)?면허`,
  'g',
);

/** A pupil after the school year, the class and the number a school's record gives first ("3학년 2반 15번 이서준"). */
const pupilAfterClass = /\d{1,2}[ \t]*학년[ \t]*\d{1,2}[ \t]*반(?:[ \t]*\d{1,2}[ \t]*번)?[ \t]+([가-힣]{3,4})(?![가-힣])/g;

/**
 * Each pattern with a cheap test of words every match of it holds: the prescriber's pattern tries each run of syllables
 * in a Korean document, where its title or the licence's word rarely stands.
 */
const searches: ReadonlyArray<{ pattern: RegExp; mayMatch: (text: string) => boolean }> = [
  { pattern: nameInMarkedBrackets, mayMatch: () => true },
  {
    pattern: prescriber,
    // 의사 stands in 한의사 and 치과의사 too.
    mayMatch: (text) => text.includes('면허') || text.includes('의사') || text.includes('전문의') || text.includes('약사'),
  },
  { pattern: pupilAfterClass, mayMatch: (text) => text.includes('학년') },
  {
    pattern: nameBeforeTeam,
    mayMatch: (text) =>
      text.includes('팀)') ||
      text.includes('장)') ||
      text.includes('터)') ||
      text.includes('트)') ||
      text.includes('부)') ||
      text.includes('원)') ||
      text.includes('임)') ||
      text.includes('리)') ||
      text.includes('저)'),
  },
  { pattern: authorAfterMiddleDot, mayMatch: (text) => text.includes('·') || text.includes('—') || text.includes('–') },
  { pattern: sealedName, mayMatch: (text) => text.includes('(인)') || text.includes('(印)') || text.includes('(서명)') },
];

function personAt(text: string, start: number, value: string): PiiFinding | undefined {
  const hangul = value.charCodeAt(0) >= 0xac00;
  if (hangul && !isLikelyKoreanFullName(value)) return undefined;
  return { type: 'PERSON', start, end: start + value.length, text: value, score: 0.7, recognizer: recognizerName };
}

/**
 * The names in a parent's, a colleague's or a desk's brackets, the prescribers a record names beside their licence and the
 * pupils after their class; remembered for the last text.
 *
 * @example
 * findKoreanNamesBesideRecordMarks('비상연락처: 010-2290-6614 (모 한정숙)').map((finding) => finding.text); // ['한정숙']
 */
export const findKoreanNamesBesideRecordMarks = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const { pattern, mayMatch } of searches) {
    if (!mayMatch(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = match[1] ?? match[2]!;
      const found = personAt(text, match.index + match[0].indexOf(value), value);
      if (found !== undefined) findings.push(found);
    }
  }
  return findings;
});
