// Korean full names after the post a law firm's, a court's, an insurer's or a community's papers write before them: the
// parties of a suit ("원고 권나래", "피    고   서동진", "피고 성다빈이 게시자라는 점"), a firm's lawyers and clerks ("담당
// 변호사 하지민 / 사무장 김상철", "실무관 위성란"), an insurer's underwriters and investigators ("언더라이터 맹수진", "조사역
// 한도윤"), a witness, a social worker, a temple's clerk ("증인 배명수", "사회복지사 원다빈", "종무원 안보람"), the deceased
// of a claim ("고인 문재석"), a letter's spaced parties ("수 신 인   피현숙") and a care desk's signature ("/ 상담 하유림"); a
// crew's and a trial's people ("기장 한도윤", "1등항해사 오세린", "CRA 정다은", "연구간호사 문채원"); a care home's and a vet's
// staff ("촉탁의 배성준", "수의사 설윤재"), a site's and a security desk's ("공무 지상훈", "보안관제 엄지후"); and the late
// after 故 ("故 최병수").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, isHangulSyllable } from './hangul.ts';
import { endingsAfterName } from './korean-name-words.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';
import { surnameLength } from './korean-surnames.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-name-after-post';

/**
 * The posts that must open their word. A suit's parties are printed with their syllables spread apart at a line's start
 * ("원    고   권나래"), so they are patterns; the others are words.
 */
const spacedPartiesOpeningAWord = String.raw`[원피][ \t]*고|[발수][ \t]+신[ \t]+인`;
const postWordsOpeningAWord = [
  ...['고인', '상담', '사무장', '실무관', '실무', '패러리걸', '종무원', '언더라이터', '조사역', '증인', '참고인', '목격자'],
  ...['사회복지사', '현장소장', '진단의', '보조조사', 'CRA', 'CRC', '촉탁의', '수의사', '요양보호사', '보안관제', '공무', '재무'],
  // A police officer's rank, which is as often a report's account of what happened ("경위 하성룡" beside "사고 경위"); a
  // company's auditor, as its registration lists it beside the directors, and "thanks" as often; an HR business partner.
  ...['경위', '감사', 'HRBP'],
];
const postsOpeningAWord = `(?:${spacedPartiesOpeningAWord}|${postWordsOpeningAWord.join('|')})`;
/**
 * Posts often glued to what comes before them: a lawyer's to the duty ("담당변호사", "공증담당변호사"), an engineer's to the
 * desk ("지원엔지니어"), a public-interest lawyer's to its kind ("공익법무관"), a crew's ranks and a trial's nurse to their
 * grade or duty ("부기장", "1등항해사", "2등기관사", "연구간호사").
 */
const gluedPosts = ['변호사', '엔지니어', '법무관', '기장', '항해사', '기관사', '간호사'];
/**
 * The posts, then the blanks before the name; or 故, which marks the late in an obituary, a wedding's invitation and a
 * funeral home's papers ("故 최병수님께서", "한승우 · 故 오미숙 의 장녀", "고인: 故 변상철"), its blank often left out.
 */
const postBeforeName = new RegExp(String.raw`(?:(?:${postsOpeningAWord}|(?:${gluedPosts.join('|')}))[ \t]+|故[ \t]?)(?=[가-힣])`, 'g');
/**
 * What every match of `postBeforeName` holds: a post, or a spaced party's syllables (blanks between them or none), right
 * before a blank; or 故.
 */
const postsBeforeBlanks = wordsBesideBlanks({
  before: [...postWordsOpeningAWord, ...gluedPosts, '원고', '피고', '발신인', '수신인'],
  marks: '故',
});

/**
 * Whether a match is one of the posts that open their word: tested on each match rather than by a lookbehind in
 * `postBeforeName`, which kept V8 from skipping to the posts' first syllables.
 */
const postsOpeningTheirWord = new RegExp(String.raw`^${postsOpeningAWord}[ \t]`);

/**
 * Posts that are as often everyday nouns ("실무 경험", "원고 작성", "증인 신청", a garment's "기장 길이"): after them a name must end its field, at
 * the line's end or before a slash, a bracket, a comma or a middle dot.
 */
// A site's engineer and a firm's finance desk are as often its official business and its finances ("공무 수행", "재무 상태").
const postsBeforeFieldOnly: ReadonlySet<string> = new Set(['실무', '증인', '목격자', '상담', '기장', '공무', '재무', '경위', '감사']);

const fieldEnd = /^[ \t]*(?:$|[/)(,·\]]|외[ \t]+\d)/m;

/**
 * 상담 heads a note's field as often as it signs one ("퇴원 상담 원하심"): it names its agent only as a signature's post,
 * after a slash or a dash ("… / 상담 하유림", "— 상담 윤지호").
 */
const signatureSeparatorBefore = /[/|—–-][ \t]*$/;

/** Whether a post stands beside a blank of `text` (or 故 in it): the search's gate, asked before it. */
export function mayHoldKoreanNameAfterPost(text: string): boolean {
  return holdsWordBesideBlank(text, postsBeforeBlanks);
}

/**
 * The full names after a post, each with the post word before it.
 *
 * @example
 * findKoreanNamesAfterPosts('원고 국현수, 피고 성다빈').map((finding) => finding.text); // ['국현수', '성다빈']
 * findKoreanNamesAfterPosts('원고 작성자와 협의'); // []
 */
export const findKoreanNamesAfterPosts = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldKoreanNameAfterPost(text)) return [];
  const findings: PiiFinding[] = [];
  postBeforeName.lastIndex = 0;
  for (let match = postBeforeName.exec(text); match !== null; match = postBeforeName.exec(text)) {
    if (isHangulSyllable(text.charCodeAt(match.index - 1)) && postsOpeningTheirWord.test(match[0])) {
      // Inside a word ("협상담 …"): a post may still start further on, as the lookbehind let the search go on.
      postBeforeName.lastIndex = match.index + 1;
      continue;
    }
    const start = postBeforeName.lastIndex;
    // Only a person is the late: any name's syllables follow 故, an elder's old-fashioned ones too ("故 윤말순").
    const name = fullNameAt(text, { start, late: match[0].startsWith('故') });
    if (name === undefined) continue;
    const post = match[0].trimEnd();
    if (postsBeforeFieldOnly.has(post) && !fieldEnd.test(text.slice(start + name.length, start + name.length + 8))) continue;
    if (post === '상담' && !signatureSeparatorBefore.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/** A particle after a name, or 과 and 와 with another after them ("원고 임도현과는 일면식 없음"). */
function isParticleAfterName(ending: string): boolean {
  return (
    endingsAfterName.has(ending) ||
    (ending.length === 2 && '과와'.includes(ending.charAt(0)) && '는은도의'.includes(ending.charAt(1))) ||
    // Whom a consent form heard its explanation from ("담당 수의사 설윤재로부터 충분한 설명을 들었으며").
    ending === '로부터' ||
    ending === '으로부터'
  );
}

/** The full name that fills the Hangul word at `start` up to a particle ("성다빈이", "강민철의"), or none. */
function fullNameAt(text: string, at: { start: number; late: boolean }): string | undefined {
  const start = at.start;
  const word = text.slice(start, hangulRunEndAfter(text, start));
  for (let length = Math.min(4, word.length); length >= 3; length -= 1) {
    const candidate = word.slice(0, length);
    if (!isParticleAfterName(word.slice(length))) continue;
    // Four syllables only after a surname of two ("남궁소희").
    if (length === 4 && surnameLength(candidate) !== 2) continue;
    if (at.late ? isPlausibleKoreanName(candidate) : isLikelyKoreanFullName(candidate)) return candidate;
  }
  return undefined;
}
