// A given name as Koreans say it among friends and family, with the 이 that follows a final consonant, before a word only a
// person has ("태윤이 생일", "채린이 번호", "소연이 생일파티"): "민원이 접수" and "사진이랑 계약서" name things.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isGivenNameCalledOut } from './vocative-names.ts';
import { hasFinalConsonant, isHangulSyllable } from './hangul.ts';

const recognizerName = 'korean-given-name-with-i';

/**
 * What follows the 이: a person's word after a blank, or the particle of giving to someone, or 네 and a home or a parent, or
 * 네 as a family is named by its child ("간식 당번 저랑 하율이네예요"; not the exclamation "사진이네요").
 */
// Or a particle that takes this 이 only after a name ("서연이는", "채윤이가", "서준이를", "민재이도" is not said): after a noun
// the particle follows the final consonant itself ("사람은", "사진을").
const personAfterI =
  /(?:[ \t]+(?:생일|생파|번호|폰|카톡|엄마|아빠|어머님|아버님|이름|친구|동생|누나|언니|오빠|형|학원|선생님|담임)|한테|네[ \t]+(?:집|엄마|아빠)|네(?:예요|에요|랑)|[가는를](?![가-힣]))/y;

/** Whether `personAfterI` may match from the character `code`: a blank, or 한 (한테), 네, 가, 는 or 를 open every match. */
function mayOpenPersonAfterI(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xd55c || code === 0xb124 || code === 0xac00 || code === 0xb294 || code === 0xb97c;
}

/** Nouns whose own last syllable is this 이, an animal's or a thing's or a child's nickname ("고양이", "호랑이", "쌍둥이"). */
const stemsOfNounsInI: ReadonlySet<string> = new Set([
  ...['고양', '호랑', '돌멩', '지팡', '꼬맹', '막둥', '쌍둥', '늦둥', '바둑', '올챙', '멍멍', '야옹', '귀염', '똘똘', '꿀꿀'],
]);

/**
 * Given names said with 이 before a person's word. 0.7. Remembered for the last text.
 *
 * @example
 * findGivenNamesWithI('야 내일 태윤이 생일인데 케이크 누가 픽업함?').map((finding) => finding.text); // ['태윤']
 * findGivenNamesWithI('민원이 접수되었습니다'); // []
 */
export const findGivenNamesWithI = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // At each 이 after two syllables that open a word: the word after decides, then the name before.
  for (let at = text.indexOf('이', 2); at !== -1; at = text.indexOf('이', at + 1)) {
    // 이 follows a final consonant only ("태윤이"; after a vowel it ends the name itself), and a character that opens
    // `personAfterI` follows it: both read before the pattern runs.
    if (
      !hasFinalConsonant(text.charCodeAt(at - 1)) ||
      !mayOpenPersonAfterI(text.charCodeAt(at + 1)) ||
      !isHangulSyllable(text.charCodeAt(at - 2)) ||
      isHangulSyllable(text.charCodeAt(at - 3))
    )
      continue;
    personAfterI.lastIndex = at + 1;
    if (!personAfterI.test(text)) continue;
    const name = text.slice(at - 2, at);
    if (!isGivenNameCalledOut(name) || stemsOfNounsInI.has(name)) continue;
    findings.push({ type: 'PERSON', start: at - 2, end: at, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
