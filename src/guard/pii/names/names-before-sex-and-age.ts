// A patient as clinical notes and handovers write one: the name, then sex and age ("남궁해수 M/64", "김철수 (남/45)",
// "Sunita Deshpande, 58F", "Tomasz Nowak 45/M"), or the full age in years a report writes of a child ("아동 남궁하준(만 7세,
// …)"). Nothing but a person has a sex and an age after the name.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { latinNameBefore } from './latin-name.ts';

const recognizerName = 'person-name-before-sex-and-age';

/**
 * Sex and age in the forms of charts, with what stands between them and the name: M/64, 64/M, 남/45, 45세/여, 여 45세, 만
 * 7세, in brackets or after a comma; 58F only after a comma or in brackets ("Samsung Pay 2F" is a floor).
 */
const sexAndAge =
  /(?<=[A-Za-z가-힣])(?:[ \t]*,?[ \t]*\(?(?:[MF][ \t]?\/[ \t]?\d{1,3}|\d{1,3}[ \t]?\/[ \t]?[MF]|[남여][ \t]?\/[ \t]?\d{1,3}(?:세)?|\d{1,3}세?[ \t]?\/[ \t]?[남여]|[남여],?[ \t]?\d{1,3}세|만[ \t]?\d{1,2}[ \t]?세)\)?|[ \t]*(?:,[ \t]*|\([ \t]*)\d{1,3}[ \t]?[MF]\)?)(?![A-Za-z0-9가-힣])/g;

/** A piece of each form, searched first: a sex next to a slash, a digit before M or F, 남 or 여 before an age. */
const sexAndAgePiece = /[MF남여][ \t]?\/|\/[ \t]?[MF남여]|\d[ \t]?[MF]\b|[남여],?[ \t]?\d{1,3}세|만[ \t]?\d{1,2}[ \t]?세/;

/**
 * Names right before a sex and an age: a Korean full name of common given-name syllables, or a Latin name of two words
 * or more. 0.8. Remembered for the last text.
 *
 * @example
 * findNamesBeforeSexAndAge('[인계] 508호 2bed 남궁해수 M/64').map((finding) => finding.text); // ['남궁해수']
 * findNamesBeforeSexAndAge('Pt: Sunita Deshpande, 58F').map((finding) => finding.text); // ['Sunita Deshpande']
 */
export const findNamesBeforeSexAndAge = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // Every piece holds a sex beside a slash (a blank between at most), M or F after a digit, or 세 after a digit (a blank
  // between at most); a slash sets `loginMark`, M and F `upperLatin`, 세 `hangul`. Searches of single characters first.
  const flags = textFeatures(text).flags;
  if (
    !(
      ((flags & textFeature.loginMark) !== 0 && holdsSexBesideSlash(text)) ||
      ((flags & textFeature.upperLatin) !== 0 && (followsDigit(text, 'M') || followsDigit(text, 'F'))) ||
      ((flags & textFeature.hangul) !== 0 && followsDigit(text, '세'))
    ) ||
    !sexAndAgePiece.test(text)
  )
    return findings;
  sexAndAge.lastIndex = 0;
  for (let match = sexAndAge.exec(text); match !== null; match = sexAndAge.exec(text)) {
    // The marks begin after blanks, so the name ends where the match starts (a blank or a comma first, or a bracket).
    if (
      match[0].charCodeAt(0) !== 0x20 &&
      match[0].charCodeAt(0) !== 0x09 &&
      match[0].charCodeAt(0) !== 0x2c &&
      match[0].charCodeAt(0) !== 0x28
    )
      continue;
    const name = nameEndingAt(text, match.index);
    if (name !== undefined)
      findings.push({ type: 'PERSON', ...name, text: text.slice(name.start, name.end), score: 0.8, recognizer: recognizerName });
  }
  return findings;
});

/** Whether `character` follows a digit somewhere, right after it or after one blank ("58F", "45 M", "7세", "7 세"). */
function followsDigit(text: string, character: string): boolean {
  for (let at = text.indexOf(character, 1); at !== -1; at = text.indexOf(character, at + 1)) {
    let before = text.charCodeAt(at - 1);
    if (before === 0x20 || before === 0x09) before = text.charCodeAt(at - 2);
    if (before >= 0x30 && before <= 0x39) return true;
  }
  return false;
}

/** Whether a slash has M, F, 남 or 여 right before or after it, or across one blank ("M/64", "45 / 여"). */
function holdsSexBesideSlash(text: string): boolean {
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1))
    if (isSexMark(markBeside(text, at, -1)) || isSexMark(markBeside(text, at, 1))) return true;
  return false;
}

/** The character next to `at` on the side of `step` (1 or -1), or the one past it when the next is a blank. */
function markBeside(text: string, at: number, step: number): number {
  const next = text.charCodeAt(at + step);
  return next === 0x20 || next === 0x09 ? text.charCodeAt(at + 2 * step) : next;
}

/** M, F, 남 or 여. */
function isSexMark(code: number): boolean {
  return code === 0x4d || code === 0x46 || code === 0xb0a8 || code === 0xc5ec;
}

/**
 * The name that ends at `end`: a Korean full name of common given-name syllables, or a Latin name of two words or more.
 *
 * @example
 * nameEndingAt('남궁해수 M/64', 4); // { start: 0, end: 4 }
 */
export function nameEndingAt(text: string, end: number): { start: number; end: number } | undefined {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 0xac00 && text.charCodeAt(start - 1) <= 0xd7a3) start -= 1;
  if (start < end) {
    const word = text.slice(start, end);
    return word.length >= 3 && isPlausibleKoreanName(word) && hasCommonGivenName(word) ? { start, end } : undefined;
  }
  const latin = latinNameBefore(text, { end });
  return latin !== undefined && latin.wordCount >= 2 ? { start: latin.start, end: latin.end } : undefined;
}
