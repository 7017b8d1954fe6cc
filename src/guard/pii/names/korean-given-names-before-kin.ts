// Finds a Korean given name written together with the word a younger friend or sibling calls a person by ("은주누나",
// "혜진언니가", "태성형님", "민호오빠한테"): Koreans join the two in chats, and the word follows a person's name only. "우리언니",
// "친구오빠" and "주인언니" put another word there.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { givenNameSyllables } from './korean-given-name-syllables.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'korean-given-name-before-kin';

/** Two syllables that open a word, 누나, 언니, 오빠 or 형님 right after them (형 alone ends "양문형", a fridge's type), and a particle at most before the word ends. */
const givenNameBeforeKin = /(?<![가-힣])([가-힣]{2})(?:누나|언니|오빠|형님)(?=[가-힣]{0,3}(?![가-힣]))/g;

/** Two-syllable words of given-name syllables that stand before such a word and name no one: whose, and which one. */
const notGivenNames: ReadonlySet<string> = new Set([
  ...['우리', '주인', '학원', '사장', '가게', '교회', '직장', '이웃', '동네', '옆집', '사촌', '친구', '아는', '친한', '예쁜'],
  ...['선배', '후배', '회사', '원장', '실장', '부장', '과장', '대리', '반장', '총무', '회장', '동기', '형수', '매형', '자형'],
]);

const seniorKinWords = characterPairWords('누나', '언니', '오빠', '형님');

/**
 * Whether `text` holds one of the words after which a given name may stand: native searches, cheap on every message.
 *
 * @example
 * mayHoldGivenNameBeforeKin('은주누나 확인했어요'); // true
 */
export function mayHoldGivenNameBeforeKin(text: string): boolean {
  return (
    mayHoldAnyWord(text, seniorKinWords) &&
    (text.includes('누나') || text.includes('언니') || text.includes('오빠') || text.includes('형님'))
  );
}

/**
 * The given names joined to a word of kinship or seniority, each syllable a given name's, 0.65. Remembered for the last
 * text.
 *
 * @example
 * findKoreanGivenNamesBeforeKin('태성형님 은주누나 확인했습니다').map((finding) => finding.text); // ['태성', '은주']
 * findKoreanGivenNamesBeforeKin('우리언니가 그랬어'); // []
 */
export const findKoreanGivenNamesBeforeKin = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldGivenNameBeforeKin(text)) return [];
  const findings: PiiFinding[] = [];
  givenNameBeforeKin.lastIndex = 0;
  for (let match = givenNameBeforeKin.exec(text); match !== null; match = givenNameBeforeKin.exec(text)) {
    const name = match[1]!;
    if (notGivenNames.has(name) || !givenNameSyllables.has(name.charAt(0)) || !givenNameSyllables.has(name.charAt(1))) continue;
    findings.push({ type: 'PERSON', start: match.index, end: match.index + 2, text: name, score: 0.65, recognizer: recognizerName });
  }
  return findings;
});
