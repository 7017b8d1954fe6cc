// A shop's or a brand's name before its branch, where the name searches read a surname and a given name: a bridal shop's,
// a salon's or a café's form names the branch that keeps it ("담당: 벨로아 한남점 실장 …", "[소피엘 압구정점]"). The word
// right before a branch's name (a place and 점) is the shop's, so a finding that is that word is dropped.
import type { PiiFinding } from '../types.ts';

/** A branch's name after a blank: Hangul or digits, then 점 and no more Hangul ("한남점", "2호점", "본점"). */
const branchAfter = /^[ \t]+([가-힣0-9]{1,8}점)(?![가-힣])/;

/** Words that end in 점 and name no branch: merits, faults, points of view and scores ("장점", "문제점", "만점"). */
const wordsEndingInJeom: ReadonlySet<string> = new Set([
  ...['장점', '단점', '강점', '약점', '시점', '관점', '요점', '초점', '논점', '쟁점', '허점', '만점', '감점', '득점', '실점'],
  ...['문제점', '차이점', '공통점', '유의점', '개선점', '출발점', '교차점', '분기점', '정점', '지점'],
]);

/** Whether the Hangul finding stands right before a branch's name. */
function isShopBeforeBranch(text: string, finding: PiiFinding): boolean {
  const match = branchAfter.exec(text.slice(finding.end, finding.end + 16));
  return match !== null && !wordsEndingInJeom.has(match[1]!) && !/^\d+점$/.test(match[1]!);
}

/**
 * The findings that are not a shop's name before its branch, in place when none is.
 *
 * @example
 * const found = [{ type: 'PERSON', start: 4, end: 7, text: '벨로아', score: 0.85, recognizer: 'x' }];
 * withoutShopsBeforeBranches('담당: 벨로아 한남점 실장', found); // []
 */
export function withoutShopsBeforeBranches(text: string, findings: PiiFinding[]): PiiFinding[] {
  if (!text.includes('점')) return findings;
  const dropped = findings.filter((finding) => /^[가-힣]+$/.test(finding.text) && isShopBeforeBranch(text, finding));
  return dropped.length === 0 ? findings : findings.filter((finding) => !dropped.includes(finding));
}
