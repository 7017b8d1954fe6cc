// Finds Korean names as a passport, a ticket or a card prints them, in capitals with the surname first ("KIM MINJUN",
// "CHOI SUNG JIN", "LEE DO-HYUN"): customers copy them so into chats and forms, with no context word before them.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunStartBefore } from './hangul.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { spellsKoreanSurname } from './hangul-romanisation.ts';
import { surnameLength } from './korean-surnames.ts';

export const koreanNameInCapitalsRecognizerName = 'korean-name-in-capitals';

/**
 * Korean surnames as passports romanise them, less those that are everyday English words in capitals ("OH", "GO", "NO",
 * "DO", "MA", "UM", "SON", "WON", "BANG"): "OH HELLO" and "GO HOME" are no names.
 */
const surnamesInCapitals: ReadonlySet<string> = new Set([
  ...['KIM', 'GIM', 'LEE', 'YI', 'RHEE', 'PARK', 'PAK', 'BAK', 'CHOI', 'CHOE', 'JUNG', 'JEONG', 'CHUNG', 'KANG', 'CHO', 'JO'],
  ...['YOON', 'YUN', 'JANG', 'CHANG', 'LIM', 'IM', 'HAN', 'SEO', 'SUH', 'SHIN', 'KWON', 'HWANG', 'AHN', 'JEON', 'CHUN', 'HONG'],
  ...['YOO', 'YU', 'RYU', 'KO', 'MOON', 'MUN', 'YANG', 'SOHN', 'BAE', 'BAEK', 'PAIK', 'HEO', 'NAM', 'NOH', 'ROH', 'HA', 'KWAK'],
  ...['MIN', 'JIN', 'CHA', 'JOO', 'WOO', 'KOO', 'KU', 'NA', 'RA', 'JI', 'EOM', 'CHAE', 'PYO', 'BYUN', 'BYEON', 'GIL', 'MAENG'],
  ...['TAK', 'SUNG', 'SEONG', 'HYUN', 'HYEON', 'YEO', 'CHU', 'MYUNG', 'GONG', 'KONG', 'WANG', 'YEOM', 'SEOK', 'SUK', 'JEE'],
  ...['SONG', 'YEON', 'SEOL', 'SUL', 'BONG', 'GEUM', 'KEUM', 'SIM', 'SHIM', 'HAM', 'PI', 'GU', 'JEGAL', 'HWANGBO', 'NAMGUNG'],
  ...['SUNWOO', 'SEONWOO', 'DOKGO', 'SEOMUN', 'MOK', 'YUK', 'BIN', 'KI', 'GI', 'EO', 'CHEON', 'CHEONG', 'JUNG'],
]);
/** The surnames left out above for their English words, read where a field's value starts (after a colon, a tab or a bar). */
const surnamesThatAreWords: ReadonlySet<string> = new Set(['OH', 'GO', 'NO', 'DO', 'MA', 'UM', 'SON', 'WON', 'BANG']);

/**
 * One syllable as Korean romanisations spell it: an initial consonant or a glide, a vowel, a final n, ng, l, m, k or p
 * ("min", "jun", "hae", "un", "seong", "hyun", "woo"). English clusters ("tr", "st") and finals ("r", "s", "t") fail it.
 */
const koreanSyllable =
  /^(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[nlmkp])?$/;

/**
 * English words in capitals of two such syllables that may follow a surname in a heading or a shop's name ("PARK HOTEL",
 * "LEE SALON"); words that end in a consonant and a silent e ("LANE", "MORE", "HOME") are left out by their shape.
 */
const englishWordsOfTwoSyllables: ReadonlySet<string> = new Set([
  ...['HELLO', 'HOTEL', 'MOTEL', 'SALON', 'LEMON', 'MELON', 'MANGO', 'TANGO', 'BINGO', 'MODEL', 'PANEL', 'LABEL', 'JEWEL'],
  ...['SEOUL', 'BUSAN', 'JAPAN', 'SOLO', 'HALO', 'SUMO', 'JUDO', 'DOJO', 'YOGA', 'PIANO', 'DEMO', 'MEMO', 'MENU', 'LOGO'],
  ...['JUMBO', 'LIMO', 'HIPPO', 'PANDA', 'KIMCHI', 'GANGNAM', 'JEJU', 'INCHEON', 'DAEGU'],
]);

/** Titles a booking writes around a name ("MR KIM MINJUN", "KIM/MINJUN MR"): not a capitals heading. */
const titles: ReadonlySet<string> = new Set(['MR', 'MRS', 'MS', 'MISS', 'MSTR', 'DR', 'PROF']);

/** A surname, a blank and one or two given-name words in capitals, standing apart from other letters. */
const nameInCapitals = /(?<![A-Za-z0-9'’.&-])([A-Z]{2,7})[ \t]+([A-Z]{2,8}(?:-[A-Z]{2,4})?)(?:[ \t]+([A-Z]{2,4}))?(?![A-Za-z0-9'’&-])/g;
/** The words in capitals right before and after a match, on the same line: a heading or a shop's sign goes on there. */
const capitalsWordBefore = /([A-Z]{2,})[ \t]+$/;
const capitalsWordAfter = /[ \t]+([A-Z]{2,})(?![a-z])/y;

/**
 * Korean names in capitals, surname first, whose given name reads as two romanised syllables, in one word, hyphenated
 * or in two ("KANG HAEUN", "LEE DO-HYUN", "CHOI SUNG JIN"), outside a run of capitals ("PARK HOTEL SEOUL").
 *
 * @example
 * findKoreanNamesInCapitals('나는 KANG HAEUN\n마리아: 나는 MARIA SANTOS').map((finding) => finding.text); // ['KANG HAEUN']
 */
export const findKoreanNamesInCapitals = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameInCapitals.lastIndex = 0;
  for (let match = nameInCapitals.exec(text); match !== null; match = nameInCapitals.exec(text)) {
    const [whole, surname, given, more] = match;
    if (!surnamesInCapitals.has(surname!) && !(surnamesThatAreWords.has(surname!) && opensField(text, match.index))) {
      // The given name may be a surname itself: "MR KIM MINJUN" is read again from "KIM".
      nameInCapitals.lastIndex = match.index + surname!.length + 1;
      continue;
    }
    const givenParts = more === undefined || titles.has(more) ? [given!] : [given!, more];
    const end =
      more === undefined || titles.has(more) ? match.index + whole.lastIndexOf(given!) + given!.length : match.index + whole.length;
    if (!isGivenName(givenParts) || standsInCapitalsRun(text, { start: match.index, end })) continue;
    // "1. 최성진 CHOI SUNGJIN M12948371": a passenger list writes the Hangul name right before its passport spelling.
    const hangul = hangulNameBefore(text, { at: match.index, surname: surname! });
    if (hangul !== undefined) findings.push(finding(text, hangul));
    findings.push(finding(text, { start: match.index, end }));
  }
  return findings;
});

/** Whether a field's value starts at `start`: a colon, a tab or a bar before it, blanks between. */
function opensField(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at -= 1;
  const code = text.charCodeAt(at);
  return code === 0x3a || code === 0x09 || code === 0x7c || code === 0xff1a;
}

function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.75, recognizer: koreanNameInCapitalsRecognizerName };
}

/**
 * The Hangul name of three or four syllables that stands alone right before `at`, blanks between, whose surname the
 * capitals spell ("최성진 CHOI SUNGJIN"; not "여권엔 KIM DAHYEON", "the passport has").
 */
function hangulNameBefore(text: string, capitals: { at: number; surname: string }): { start: number; end: number } | undefined {
  const { at } = capitals;
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  if (end === at) return undefined;
  const start = hangulRunStartBefore(text, end);
  const name = text.slice(start, end);
  if (end - start < 3 || end - start > 4 || !isPlausibleKoreanName(name)) return undefined;
  if (!spellsKoreanSurname(capitals.surname, name.slice(0, surnameLength(name)))) return undefined;
  // A word must not go on before the run ("여권이름최성진" is not read).
  const before = text.charCodeAt(start - 1);
  return start === 0 || before === 0x20 || before === 0x09 || before === 0x0a || before === 0x2e ? { start, end } : undefined;
}

/** Whether the given-name words read as two romanised syllables that are no English word: "MINJUN", "DO-HYUN", "SUNG JIN". */
function isGivenName(words: readonly string[]): boolean {
  const syllables = words.length === 2 ? words : words[0]!.includes('-') ? words[0]!.split('-') : twoSyllablesOf(words[0]!);
  if (syllables === undefined || syllables.length !== 2 || syllables[0] === syllables[1]) return false;
  const joined = syllables.join('');
  if (englishWordsOfTwoSyllables.has(joined) || /[BCDFGKLMNPRSTV]E$/.test(joined)) return false;
  return syllables.every((syllable) => koreanSyllable.test(syllable.toLowerCase()));
}

/** The word split into two romanised syllables, the first split that reads so; undefined when none does. */
function twoSyllablesOf(word: string): string[] | undefined {
  const lower = word.toLowerCase();
  for (let split = 1; split < lower.length; split += 1)
    if (koreanSyllable.test(lower.slice(0, split)) && koreanSyllable.test(lower.slice(split)))
      return [word.slice(0, split), word.slice(split)];
  return undefined;
}

/**
 * Whether a word in capitals other than a title stands right before or after the name on its line: "WELCOME TO KIM
 * MINJUN" and "LEE HAEUN CLINIC" are a heading and a sign.
 */
function standsInCapitalsRun(text: string, span: { start: number; end: number }): boolean {
  const before = capitalsWordBefore.exec(text.slice(Math.max(0, span.start - 12), span.start));
  if (before !== null && !titles.has(before[1]!)) return true;
  capitalsWordAfter.lastIndex = span.end;
  const after = capitalsWordAfter.exec(text);
  return after !== null && !titles.has(after[1]!);
}
