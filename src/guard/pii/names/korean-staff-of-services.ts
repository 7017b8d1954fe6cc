// Korean full names beside the posts a bank's, a fintech's, a restaurant's, a farm's or a fishery's and a migrants' or an
// embassy's papers write with their staff: a developer, a support agent or a desk before the name ("개발자 변지호", "고객지원
// 최하은", "글로벌데스크 변승아"), an inspector, a dietitian, a shelter's head or a consul ("근로감독관 용재석", "임상영양사
// 봉은지", "쉼터장 변승희", "영사 안태호"), a boat's owner or engineer ("선주 마흥수", "기관장 도성철"), a volunteer or a
// caseworker ("(봉사자 표나리)", "caseworker 정하윤"), a counter's teller in a speaker's brackets ("직원(창구 하지훈):"), a
// record's duty when its field ends ("작성 송지안 PB,", "담당 국해진 /", "09:40 상담 한예린 —"); and the posts written after
// the name ("추민규 방역관입니다", "성유나 PB입니다", "함혜린 대표분은").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hangulRunEndAfter, hangulRunStartBefore, isHangulSyllable } from './hangul.ts';
import { endingsAfterName } from './korean-name-words.ts';
import { isLikelyKoreanFullNameOfUsualLength } from './korean-names.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-staff-of-service';

/**
 * Posts that end a longer word as often as they stand alone ("임상영양사", "근로감독관", "주방실장", "사무국장",
 * "글로벌데스크"); each names a person's job only, so any full name after it is theirs.
 */
const gluedPostWords = [
  ...['데스크', '영양교사', '영양사', '감독관', '쉼터장', '사무국장', '주방실장', '조방실장', '기관장', '감시원', '방역관'],
  '센터장',
];
/** Posts that open their word: a job ("개발자", "선주", "영사") or a duty that a record writes before its handler. */
const wordPostWords = [
  ...['개발자', '고객지원', '선주', '영사', '자원봉사자', '봉사자', '통역사', '라이더', '창구', '사장', '담당', '작성', '상담'],
  ...['Caseworker', 'caseworker', 'Counselor', 'counselor', 'Counsellor', 'counsellor'],
];
const gluedPosts = `(?:${gluedPostWords.join('|')})`;
const wordPosts = `(?:${wordPostWords.join('|')})`;
const postBeforeName = new RegExp(String.raw`(?:${gluedPosts}|${wordPosts})[ \t]+(?=[가-힣])`, 'g');
const opensWord = new RegExp(String.raw`^${wordPosts}[ \t]`);
/**
 * Posts that head a field or a sentence as often as they name a job ("담당 부서", "작성 요령", "상담 내용", "사장 님", "창구
 * 번호"): after them the name must end its field, or a time must stand before the duty, as a log's entry writes its handler.
 */
const weakPosts: ReadonlySet<string> = new Set(['담당', '작성', '상담', '사장', '창구']);
/** The end of a name's field: a bracket, a slash, a bar, a comma or a dash, the line's end, or a post in capitals after it. */
const fieldEnd = /[ \t]*(?:$|\r?\n|[/|)(,\]—–]|-(?!\d))|[ \t]+(?:[A-Z]{2,4}(?![A-Za-z])|작성|계원)/y;
const timeBefore = /\d{1,2}:\d{2}[ \t]+$/;

/** Posts written after a full name, apart from it ("추민규 방역관입니다", "안태호 영사", "송지안 PB", "함혜린 대표분은"). */
const postsAfterName = ['방역관', '영사', 'PB', '대표분', '계원'];
const postAfterName = new RegExp(String.raw`[ \t](?:${postsAfterName.join('|')})(?![A-Za-z])`, 'g');

/**
 * Korean full names beside a service's staff post.
 *
 * @example
 * findKoreanStaffOfServices('콜드박스 고객지원 최하은 | help@').map((finding) => finding.text); // ['최하은']
 * findKoreanStaffOfServices('담당 부서 확인 후 연락'); // []
 */
export const findKoreanStaffOfServices = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  postBeforeName.lastIndex = 0;
  for (let match = postBeforeName.exec(text); match !== null; match = postBeforeName.exec(text)) {
    const post = match[0].trimEnd();
    if (opensWord.test(match[0]) && isHangulSyllable(text.charCodeAt(match.index - 1))) continue;
    const start = postBeforeName.lastIndex;
    const name = fullNameAt(text, start);
    if (name === undefined) continue;
    if (weakPosts.has(post)) {
      fieldEnd.lastIndex = start + name.length;
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      // 상담 heads a note's request as often ("퇴원 상담 원하심"): it names its agent only after a log's time.
      if ((post === '상담' || !fieldEnd.test(text)) && !timeBefore.test(before)) continue;
    }
    findings.push(createFinding({ type: 'PERSON', text: name, start, score: 0.7, recognizer: recognizerName }));
  }
  if (!text.includes(' ')) return findings;
  postAfterName.lastIndex = 0;
  for (let match = postAfterName.exec(text); match !== null; match = postAfterName.exec(text)) {
    const start = hangulRunStartBefore(text, match.index);
    const name = text.slice(start, match.index);
    if (start > 0 && !/[\s(,:/|·]/.test(text.charAt(start - 1))) continue;
    if (isLikelyKoreanFullNameOfUsualLength(name))
      findings.push(createFinding({ type: 'PERSON', text: name, start, score: 0.7, recognizer: recognizerName }));
  }
  return findings;
});

/** What every match of the two searches holds: a post before a blank, or a post after one. */
const staffPostWords = wordsBesideBlanks({ before: [...gluedPostWords, ...wordPostWords], after: postsAfterName });

/** Whether the text may hold one of the posts beside its blank: the cheap look before the search. */
export function mayHoldKoreanStaffOfService(text: string): boolean {
  return holdsWordBesideBlank(text, staffPostWords);
}

/** The full name that fills the Hangul word at `start` up to a particle or a copula ("안태호가", "마흥수요"), or none. */
function fullNameAt(text: string, start: number): string | undefined {
  const word = text.slice(start, hangulRunEndAfter(text, start));
  for (let length = Math.min(4, word.length); length >= 3; length -= 1) {
    const candidate = word.slice(0, length);
    if (endingsAfterName.has(word.slice(length)) && isLikelyKoreanFullNameOfUsualLength(candidate)) return candidate;
  }
  return undefined;
}
