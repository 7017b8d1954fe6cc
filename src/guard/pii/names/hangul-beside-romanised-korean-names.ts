// A Korean name's Hangul written beside its romanisation in an English text, as a roster, a form or a caller writes both:
// "2) 이상철 (Lee Sang-chul) / 750923-…", "My son Lee Jun-ho (이준호, born 2012.12.01)", "Caller: Lee Young-ho. 이영호.".
// The Hangul needs no list when its syllables spell the romanised name found beside it, surname and given name in turn.
import type { PiiFinding } from '../types.ts';
import { spellsKoreanSurname, spellsSlots, syllableSlots } from './hangul-romanisation.ts';

const recognizerName = 'hangul-beside-romanised-korean-name';

/** A romanised Korean name: a surname and a given name, its syllables perhaps joined by a hyphen ("Lee Sang-chul", "Oh Minji"). */
const surnameThenGivenName = /^([A-Z][a-z]{0,5})[ \t]+([A-Z][a-z]{1,6}(?:-[a-z]{2,6})?)$/;
/** Two to four syllables right before the name, then its bracket or slash ("이상철 (", "박미숙 / "). */
const hangulBefore = /(?:^|[^가-힣])([가-힣]{2,4})[ \t]*[(/][ \t]*$/;
/** Two to four syllables right after the name, in its bracket, after a slash or a full stop ("(이준호,", ". 이영호."). */
const hangulAfter = /^[ \t]*(?:[(/]|\.[ \t])[ \t]*([가-힣]{2,4})(?![가-힣])/;

/**
 * The Hangul that spells a romanised Korean name found right beside it, 0.8.
 *
 * @example
 * const text = '2) 이상철 (Lee Sang-chul) / pipe fitter';
 * hangulBesideRomanisedKoreanName(text, { type: 'PERSON', start: 8, end: 21, text: 'Lee Sang-chul', score: 0.8, recognizer: 'x' })?.text; // '이상철'
 */
export function hangulBesideRomanisedKoreanName(text: string, name: PiiFinding): PiiFinding | undefined {
  const parts = surnameThenGivenName.exec(name.text);
  if (parts === null) return undefined;
  const [, surname, givenName] = parts as unknown as [string, string, string];
  const before = hangulBefore.exec(text.slice(Math.max(0, name.start - 12), name.start));
  if (before !== null && spellsName(before[1]!, { surname, givenName })) {
    const start = name.start - before[0].length + before[0].indexOf(before[1]!);
    return finding(text, start, before[1]!.length);
  }
  const after = hangulAfter.exec(text.slice(name.end, name.end + 12));
  if (after !== null && spellsName(after[1]!, { surname, givenName })) {
    const start = name.end + after[0].length - after[1]!.length;
    return finding(text, start, after[1]!.length);
  }
  return undefined;
}

/** Whether the first syllable spells the surname and the rest the given name ("이상철": Lee, Sang-chul). */
function spellsName(hangul: string, name: { surname: string; givenName: string }): boolean {
  return (
    spellsKoreanSurname(name.surname, hangul.charAt(0)) &&
    spellsSlots(name.givenName.toLowerCase().replace('-', ''), syllableSlots(hangul.slice(1)))
  );
}

function finding(text: string, start: number, length: number): PiiFinding {
  return { type: 'PERSON', start, end: start + length, text: text.slice(start, start + length), score: 0.8, recognizer: recognizerName };
}
