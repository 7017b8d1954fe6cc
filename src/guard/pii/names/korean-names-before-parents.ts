// A child named by its parent or its school, as academies, schools and clinics write: "서준이 어머님, 이번 달 수강료…",
// "곽서윤 엄마인데요", "민재 아빠예요", "하지우 학생(학번 …)". The word after the name says a person is meant.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeatures, textTrigger } from '../text-features.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isHangulSyllable } from './hangul.ts';
import { modifierEndings } from './korean-name-words.ts';

const recognizerName = 'korean-person-name-before-parent';

/** A word of two to four syllables, the vocative 이 of a given name, and a parent's word or 학생. */
const beforeParent =
  /([가-힣]{2,4})[ \t]+(엄마|어머님|어머니|아버님|아버지|아빠|학부모|학생)(?=[ \t(,.!?~]|[이가은는을를의께에도입예인이]|$)/g;
const parentOfChild: ReadonlySet<string> = new Set(['엄마', '어머님', '아빠', '아버님']);
/** Words in a name's shape before a parent's word that name no child: "우리 엄마", "친구 엄마", "같은 반 학생". */
const notChildren: ReadonlySet<string> = new Set([
  ...[
    '우리',
    '저희',
    '친구',
    '동생',
    '언니',
    '오빠',
    '누나',
    '형님',
    '아기',
    '애기',
    '아이',
    '남편',
    '아내',
    '이웃',
    '옆집',
    '신부',
    '신랑',
  ],
  ...['신입', '재학', '전학', '휴학', '졸업', '대학', '유학', '장학', '모든', '해당', '다른', '같은', '어떤', '우리반'],
  // The speaker and a clause's end before the parent ("네 제가 엄마예요", "… 010-5093-2718 이고 엄마 번호는").
  ...['제가', '내가', '니가', '네가', '저는', '나는', '이고', '이거고', '그리고', '하고'],
  // An adverb before the parent who acts ("이미 엄마 읽음", "아직 아빠 몰라", "근데 엄마가").
  ...['이미', '벌써', '아직', '이제', '근데', '다시', '혹시', '원래', '제발', '그냥', '진짜', '정말', '지금', '오늘', '내일'],
]);

/**
 * Children's names before a parent's word or 학생: a full name, or before 엄마, 어머님, 아빠 or 아버님 a given name of common
 * syllables (with its vocative 이, "서준이 어머님"). 0.7. Remembered for the last text.
 *
 * @example
 * findNamesBeforeParents('[해오름수학] 서준이 어머님, 이번 달 수강료 안내드립니다').map((finding) => finding.text); // ['서준']
 * findNamesBeforeParents('우리 엄마가 전화했어요'); // []
 */
export const findNamesBeforeParents = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldParentWord(text)) return [];
  const findings: PiiFinding[] = [];
  beforeParent.lastIndex = 0;
  for (let match = beforeParent.exec(text); match !== null; match = beforeParent.exec(text)) {
    if (isHangulSyllable(text.charCodeAt(match.index - 1))) continue;
    const word = match[1]!;
    // A given name alone only before the words a child's parent is called by; a full name before any.
    const name = childName(word, { fullNameOnly: !parentOfChild.has(match[2]!) });
    if (name === undefined) continue;
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: match.index + name.length,
      text: name,
      score: 0.7,
      recognizer: recognizerName,
    });
  }
  return findings;
});

/** The feature pass's bit for relatives and roles is set by each of the words (학생 among them): a bit test first. */
export function mayHoldParentWord(text: string): boolean {
  if ((textFeatures(text).triggers & textTrigger.koreanRelativeOrRole) === 0) return false;
  return text.includes('엄마') || text.includes('어머') || text.includes('아버') || text.includes('아빠') || text.includes('학생');
}

/**
 * The name a word holds: a full name as it is, or before the words for a child's parent (엄마, 어머님, 아빠, 아버님) a given
 * name with its vocative 이 left out ("서준이 어머님"), which a full name ending in 이 is less often.
 */
function childName(word: string, options: { fullNameOnly: boolean }): string | undefined {
  if (notChildren.has(word) || isCommonKoreanNoun(word)) return undefined;
  const vocative = !options.fullNameOnly && word.length === 3 && word.endsWith('이') ? word.slice(0, 2) : undefined;
  if (vocative !== undefined && isChildGivenName(vocative)) return vocative;
  // "동승한 아버지": a verb's modifier before the parent, not a name.
  if (word.length >= 3 && !modifierEndings.has(word.charCodeAt(word.length - 1)) && isPlausibleKoreanName(word) && hasCommonGivenName(word))
    return word;
  return !options.fullNameOnly && word.length === 2 && isChildGivenName(word) ? word : undefined;
}

/**
 * A two-syllable given name alone: no everyday word, both syllables common in given names ("서준", "민재"), checked as a
 * name with a placeholder surname.
 */
function isChildGivenName(given: string): boolean {
  return !notChildren.has(given) && !isCommonKoreanNoun(given) && hasCommonGivenName(`김${given}`) && isPlausibleKoreanName(`김${given}`);
}
