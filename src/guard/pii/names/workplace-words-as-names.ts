// Words of plants, dealers' and shops' paperwork and of delivery work that the name searches read as a surname and a given
// name, or as a given name said alone, when one of them stands where a person's name would: a branch or a shift in a chat's
// room ("지사 공지봇:", "[생산2팀 주간조]"), the parties of a shift's handover or a crane lift ("인수자:", "유도자:"), a post
// before a name ("부점장 장예린", "경비 반장"), a review log's fields ("원문:", "조치:"), a bank's short name in a record
// ("name": "기업"). None is a person's name, so a finding that is the whole word is dropped before its repeats are read.
import type { PiiFinding } from '../types.ts';

const workplaceWords: ReadonlySet<string> = new Set([
  // Branches, desks and buildings of a firm or a site.
  ...['지사', '본사', '공업사', '심사팀', '형사과', '사무동', '생산동', '전국'],
  // Shifts, crews and the posts of a plant's or a shop's floor.
  ...['주간', '야간', '주간조', '야간조', '라인장', '점장', '부점장', '경비'],
  // The parties of a shift's handover and a crane's lift, as a plant's forms name them.
  ...['인수자', '인계자', '유도자', '신호수'],
  // A day's, a rate's and a review log's words, and shelving, that stand where a name would.
  ...['당일', '가동률', '원문', '조치', '진열'],
  // A request's field in a records request ("세부 요청: …"), and a person as the word itself ("수사관이라는 사람이").
  ...['요청', '사람'],
  // A roll's note where no one stands: a vacant unit, a post not yet filled ("202 | 공실 | -", "기사 미정").
  ...['공실', '미정'],
  // Banks' short names, as a record's field gives them ("bank": { "name": "기업" }); not 하나 or 우리, which name people too.
  ...['기업', '국민', '농협'],
  // A vessel's owner and its crew's ranks, a farm's owner, a firm's labour desk, as a fishery's, a farm's and a payroll's
  // papers write them before a name or alone ("선주님", "| 기관장 | 엄태식 |", "목장주님", "작성: 노무 담당 …").
  ...['선주', '선장', '기관장', '갑판장', '조기장', '항해사', '기관사', '어로장', '목장주', '농장주', '어장주', '노무'],
  // Livestock a herd's record names in a row's first cell ("어미소 | 002 1153 …"), and a grade of dried chili ("태양초").
  ...['어미소', '암소', '번식우', '비육우', '육성우', '모돈', '태양초'],
  // An investor's risk profile and a fund's figures, as a suitability form or a model portfolio's table writes them
  // ("5등급 안정형", "| 변동성(연) |").
  ...['안정형', '안정추구형', '위험중립형', '적극투자형', '공격투자형', '성장형', '변동성', '수익률'],
  // A car's fields on a registration's or an export's form ("차종/연식: …"), a count of visits in a shelter's report
  // ("쉼터 입소 (연인원)"), a bank as a form's field ("은행/계좌:"), and a grandchild who calls ("할머니 손녀예요").
  ...['차종', '연식', '연인원', '실인원', '은행', '손녀', '손자', '외손녀', '외손자'],
]);

/**
 * Whether a finding is one of those words and nothing else.
 *
 * @example
 * isWorkplaceWordAsName({ type: 'PERSON', start: 0, end: 2, text: '지사', score: 0.7 }); // true
 * isWorkplaceWordAsName({ type: 'PERSON', start: 0, end: 3, text: '지사랑', score: 0.7 }); // false
 */
export function isWorkplaceWordAsName(finding: PiiFinding): boolean {
  return workplaceWords.has(finding.text);
}

/** The findings that are not such words, in place when none is. */
export function withoutWorkplaceWords(findings: PiiFinding[]): PiiFinding[] {
  return findings.some(isWorkplaceWordAsName) ? findings.filter((finding) => !isWorkplaceWordAsName(finding)) : findings;
}
