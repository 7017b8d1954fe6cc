// Finds Korean names written in Latin letters with a hyphenated given name, in either order ("Min-jun Park", "Park Min-jun"):
// signatures, e-mails and records of Korean business English write them so, and no list of first names holds them all.
import type { PiiFinding } from '../types.ts';

export const romanisedKoreanNameRecognizerName = 'romanised-korean-name';

/** Korean surnames as passports and business cards romanise them. */
const koreanSurnames: ReadonlySet<string> = new Set([
  ...['Kim', 'Gim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo'],
  ...['Yoon', 'Yun', 'Jang', 'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Sin', 'Kwon', 'Hwang', 'Ahn', 'An', 'Song'],
  ...['Jeon', 'Jun', 'Chun', 'Hong', 'Yoo', 'Yu', 'Ryu', 'Ko', 'Go', 'Moon', 'Mun', 'Yang', 'Son', 'Sohn', 'Bae', 'Baek', 'Paik'],
  ...['Heo', 'Huh', 'Nam', 'Noh', 'Roh', 'No', 'Ha', 'Kwak', 'Min', 'Jin', 'Cha', 'Joo', 'Ju', 'Woo', 'Koo', 'Ku', 'Na', 'Ra'],
  ...['Do', 'Ji', 'Eom', 'Um', 'Won', 'Chae', 'Pyo', 'Byun', 'Byeon', 'Gil', 'Maeng', 'Tak', 'Sung', 'Seong', 'Hyun', 'Hyeon'],
  ...['Youn', 'Kil', 'Yeo', 'Chu', 'Ok', 'Myung', 'Bang', 'Pyeon', 'Gong', 'Kong', 'Wang', 'Yeom', 'Ma', 'Lew', 'Ryoo'],
  ...['Seol', 'Bong', 'Kye', 'Namgung', 'Hwangbo', 'Jegal', 'Dokgo', 'Sunwoo', 'Seonwoo', 'Sagong'],
]);
const longestSurname = Math.max(...[...koreanSurnames].map((surname) => surname.length));

/**
 * Whether `word` is a Korean surname as passports write it, in any case ("KWAK", "Kwak").
 *
 * @example
 * isKoreanSurnameInLatin('KWAK'); // true
 */
export function isKoreanSurnameInLatin(word: string): boolean {
  // The length first: most words asked about are longer than any surname, and skip building the lower-case copy.
  return word.length <= longestSurname && koreanSurnames.has(word.charAt(0) + word.slice(1).toLowerCase());
}

/**
 * One romanised syllable: consonants, a vowel of up to three letters, a final consonant ("jae", "hoon", "yeon", "kyung"), or
 * 아 and 오 as names write them ("Soo-ah").
 */
const romanisedSyllable = /^(?:[bcdghjklmnprst]{1,2})?[aeiouwy]{1,3}(?:ng|[nmlkptgb])?$|^[aeo]h$/;
/** English prefixes that a hyphen joins to a word like a given name's first syllable ("Co-op", "Re-do", "Wi-fi"). */
const englishPrefixes: ReadonlySet<string> = new Set(['co', 're', 'pre', 'non', 'ex', 'wi', 'hi', 'mid', 'bi', 'tri', 'sub']);
/** A hyphenated given name read at its capital, and a surname after it; each word's letters checked after the match. */
const givenThenSurname = /([A-Z][a-z]{0,4})-([a-z]{1,5})(?:[ \t]+([A-Z][a-z]{1,5}))?(?![A-Za-z'’-])/y;
/** A surname and the blanks before a given name that starts at the end of the slice. */
const surnameBefore = /(?<![A-Za-z'’.-])([A-Z][a-z]{0,5})[ \t]+$/;

/**
 * A hyphenated given name of two romanised syllables next to a Korean surname. Read at each hyphen, as a long document
 * holds few: a pattern run over the whole text cost knowledge documents several per cent.
 *
 * @example
 * findRomanisedKoreanNames('Technician Jae-hoon Lim will visit; cc Park Min-jun').map((finding) => finding.text);
 * // ['Jae-hoon Lim', 'Park Min-jun']
 */
export function findRomanisedKoreanNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (let hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', hyphen + 1)) {
    // Back over the first syllable to its capital, which must start a word.
    let start = hyphen - 1;
    while (start >= 0 && isLowerLatin(text.charCodeAt(start))) start -= 1;
    if (start < 0 || hyphen - start > 5 || !isUpperLatin(text.charCodeAt(start)) || (start > 0 && isNameJoiner(text.charCodeAt(start - 1))))
      continue;
    givenThenSurname.lastIndex = start;
    const match = givenThenSurname.exec(text);
    if (match === null) continue;
    const [, first, second, surnameAfter] = match;
    const given = [first!.toLowerCase(), second!];
    if (englishPrefixes.has(given[0]!) || !given.every((syllable) => romanisedSyllable.test(syllable))) continue;
    let name: { start: number; end: number } | undefined;
    if (surnameAfter !== undefined && koreanSurnames.has(surnameAfter)) name = { start, end: givenThenSurname.lastIndex };
    else {
      const before = surnameBefore.exec(text.slice(Math.max(0, start - 12), start));
      if (before !== null && koreanSurnames.has(before[1]!))
        name = { start: start - before[0].length, end: start + first!.length + 1 + second!.length };
    }
    if (name === undefined) continue;
    findings.push({
      type: 'PERSON',
      ...name,
      text: text.slice(name.start, name.end),
      score: 0.8,
      recognizer: romanisedKoreanNameRecognizerName,
    });
    hyphen = name.end;
  }
  return findings;
}

/**
 * Whether `word` is a given name of two romanised syllables written as one word ("Seoyeon", "Minjun", "Jieun"), as a
 * Korean surname before it makes it one ("Park Seoyeon").
 *
 * @example
 * isRomanisedGivenName('Seoyeon'); // true
 * isRomanisedGivenName('Avenue'); // false
 */
export function isRomanisedGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  for (let split = 2; split <= lower.length - 2; split += 1)
    if (
      romanisedSyllable.test(lower.slice(0, split)) &&
      romanisedSyllable.test(lower.slice(split)) &&
      /[aeiouwy]/.test(lower.slice(split, split + 3))
    )
      return true;
  return false;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isUpperLatin(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** [A-Za-z'’.-]: what may not come before the first word of a name. */
function isNameJoiner(code: number): boolean {
  return isLowerLatin(code) || isUpperLatin(code) || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/**
 * The same in capitalised words, in brackets, the surname perhaps in capitals: "엄하진 (Hajin Eom)", "변하린 (Harin Byun)",
 * "임도경 (Dokyung LIM)".
 */
const capitalisedRomanisationAfter = /[ \t]*\([ \t]*((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z]?[a-z]+|[A-Z]{2,})){1,2})[ \t]*[),]/y;
/** A Hangul name's romanisation after it, in brackets or after a slash: "이도현 (LEE DOHYUN)", "곽민서 / KWAK MINSEO". */
const romanisationAfter = /[ \t]*(?:\(|\/)[ \t]*([A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})(?![A-Za-z])/y;

/**
 * The romanised spelling that a form or a passenger list writes right after a Korean name found in Hangul, as a name too.
 *
 * @example
 * romanisedSpellingAfter('Name: 이도현 (LEE DOHYUN)', { start: 6, end: 9, text: '이도현', type: 'PERSON', score: 0.85, recognizer: 'korean-person-name' })?.text;
 * // 'LEE DOHYUN'
 */
export function romanisedSpellingAfter(text: string, name: PiiFinding): PiiFinding | undefined {
  romanisationAfter.lastIndex = name.end;
  let match = romanisationAfter.exec(text);
  let end = romanisationAfter.lastIndex;
  if (match === null) {
    // "엄하진 (Hajin Eom)": capitalised, as a business card writes it, with a Korean surname among the words.
    capitalisedRomanisationAfter.lastIndex = name.end;
    match = capitalisedRomanisationAfter.exec(text);
    if (match === null || !match[1]!.split(/[ -]/).some(isKoreanSurnameInLatin)) return undefined;
    end = capitalisedRomanisationAfter.lastIndex - match[0].length + match[0].indexOf(match[1]!) + match[1]!.length;
  }
  const spelled = match[1]!;
  const start = end - spelled.length;
  return { type: 'PERSON', start, end: start + spelled.length, text: spelled, score: 0.8, recognizer: romanisedKoreanNameRecognizerName };
}
