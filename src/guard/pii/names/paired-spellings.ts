// Finds a name that a record writes in both scripts side by side, where each spelling vouches for the other: a passenger
// list's "곽민서 / KWAK MINSEO", a signature's "Kevin Oh | 오경빈", a work permit's "NGUYEN VAN HUNG (응우옌 반 흥)".
import { namesCountryInHangul } from './countries-in-hangul.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunStartBefore } from './hangul.ts';
import { spellsKoreanSurname } from './hangul-romanisation.ts';
import { surnameLength } from './korean-surnames.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';

export const pairedSpellingRecognizerName = 'paired-spelling-name';

/**
 * A Hangul name's Latin spelling after a slash or a bracket: as a passport prints it, surname first ("/ KWAK MINSEO", "(LEE
 * DO-HYUN)"), or as its owner writes it, in either order ("(Hwang Dahye)", "(Dahye Hwang)").
 */
const passportSpellingAfter =
  /[ \t]*[/(][ \t]*(?:([A-Z]{2,})(?:[ -][A-Z]{2,}){1,2}|([A-Z][a-z]+)[ -]([A-Z]?[a-z]+)(?:-[a-z]+)?)(?![A-Za-z])/y;
/**
 * A Hangul spelling after a Latin name: after a bar or a slash (and its label, "/ 한글: 박현우") one word, or several that
 * transcribe the name's word for word, not the next field's label ("/ 은행: 국민"); in brackets up to three ("(응우옌 반 흥)"), after a Korean name's label there ("(한국명 문재원)").
 */
const hangulSpellingPattern =
  /[ \t]*(?:[|/][ \t]*(?:(?:한글|국문|한국어|한국명)(?:[ \t]*(?:성명|이름|표기))?[ \t]*[:：][ \t]*)?([가-힣]{1,8}(?: [가-힣]{1,8}){0,3})(?![가-힣]|[ \t]*[:：])|\([ \t]*(?:(?:한국명|한국[ \t]?이름|한글명)[ \t]*[:：]?[ \t]*)?([가-힣]{1,6}(?: [가-힣]{1,6}){0,2})[ \t]*\))/y;

/**
 * Hangul names followed by their passport spelling, whose first word is a Korean surname as passports write it; both
 * spellings are findings. Read at each slash and bracket.
 *
 * @example
 * findHangulNamesSpelledInLatin('1. 곽민서 / KWAK MINSEO / 여권 M38127704').map((finding) => finding.text); // ['곽민서', 'KWAK MINSEO']
 */
export const findHangulNamesSpelledInLatin = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const mark of ['/', '(']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      let end = at;
      while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
      const start = hangulRunStartBefore(text, end);
      // Three or four syllables: "가방 / LEE BAGS" is a bag.
      if (end - start < 3 || end - start > 4 || !isPlausibleKoreanName(text.slice(start, end))) continue;
      passportSpellingAfter.lastIndex = end;
      const spelling = passportSpellingAfter.exec(text);
      if (spelling === null || !spellsSurnameOf(text.slice(start, end), spelling)) continue;
      const spellingEnd = passportSpellingAfter.lastIndex;
      const spellingStart = spellingEnd - spelling[0].length + spelling[0].indexOf(spelling[1] ?? spelling[2]!);
      findings.push(finding(text, { start, end }), finding(text, { start: spellingStart, end: spellingEnd }));
    }
  }
  for (let lineStart = 0; lineStart !== -1;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const match = spellingsSideBySideAt(text, lineStart);
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
    if (match === null) continue;
    const hangul = match[1] ?? match[4]!;
    const latin = match[2] ?? match[3]!;
    if (!isPlausibleKoreanName(hangul) || !spellsSurnameBeside(hangul, latin, match[1] !== undefined)) continue;
    const hangulStart = match.index + match[0].indexOf(hangul, match[1] === undefined ? latin.length : 0);
    const latinStart = match.index + match[0].indexOf(latin);
    findings.push(
      finding(text, { start: hangulStart, end: hangulStart + hangul.length }),
      finding(text, { start: latinStart, end: latinStart + latin.length }),
    );
  }
  // A foreign name in capitals holds two words in capitals side by side, which the feature pass notes.
  if (!hasFeatures(textFeatures(text), textFeature.capitalWords)) return findings;
  for (const mark of ['(', ',', '\t', '/', '|']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      const pair = foreignNameInBothScriptsAt(text, at) ?? foreignNameInCapitalsThenHangulAt(text, at);
      // Word for word in both scripts, the whole name outweighs a part of it that a label found ("임차인: 라이언").
      if (pair !== undefined) findings.push(finding(text, pair.hangul, bothScriptsScore), finding(text, pair.latin, bothScriptsScore));
    }
  }
  for (let at = text.indexOf('한글'); at !== -1; at = text.indexOf('한글', at + 2)) {
    const pair = hangulSpellingInFieldAt(text, at);
    if (pair !== undefined) findings.push(finding(text, pair.hangul, bothScriptsScore), finding(text, pair.latin, bothScriptsScore));
  }
  return findings;
});

/**
 * A form's field for the Hangul spelling of a name given in Latin letters ("한글 표기: 타망 비카스", "(한글성명): 구룽 비카스").
 */
const hangulSpellingField = /한글[ \t]*(?:성명|표기|이름|명)?[ \t]*\)?[ \t]*[:：][ \t]*([가-힣]{1,8}(?: [가-힣]{1,8}){0,3})(?![가-힣])/y;
/** Latin words in capitals, two to four, as the field before gives the name ("성명(영문): TAMANG BIKASH"). */
const capitalWordsAnywhere = /(?<![A-Za-z])[A-Z]{2,}(?:[ -][A-Z]{2,}){1,3}(?![A-Za-z])/g;
/** How far before the Hangul field its Latin name may stand: the field or the line before. */
const latinNameReach = 120;

/**
 * The Hangul spelling field at `at` and the name in capitals shortly before it that it transcribes word for word ("성명(영문):
 * SOK CHANTHA   한글: 속 찬타", "근로자 성명(영문): TAMANG BIKASH\n한글 표기: 타망 비카스").
 */
function hangulSpellingInFieldAt(text: string, at: number): NameInBothScripts | undefined {
  hangulSpellingField.lastIndex = at;
  const field = hangulSpellingField.exec(text);
  if (field === null) return undefined;
  const hangulWords = field[1]!.split(' ');
  const reachStart = Math.max(0, at - latinNameReach);
  let latin: NameInBothScripts['latin'] | undefined;
  const reach = text.slice(reachStart, at);
  capitalWordsAnywhere.lastIndex = 0;
  for (let match = capitalWordsAnywhere.exec(reach); match !== null; match = capitalWordsAnywhere.exec(reach))
    if (spellsWordForWord(hangulWords, match[0].split(/[ -]/)))
      latin = { start: reachStart + match.index, end: reachStart + match.index + match[0].length };
  if (latin === undefined) return undefined;
  const hangulEnd = hangulSpellingField.lastIndex;
  return { hangul: { start: hangulEnd - field[1]!.length, end: hangulEnd }, latin };
}

/** A foreign name word for word in both scripts: above a label's reading of its first word alone (0.85). */
const bothScriptsScore = 0.86;

/**
 * A Hangul name and its Latin spelling apart by blanks, on a line of their own but for a closing word or a title after them,
 * or opening a row before a slash or a bar: a signature's "정유라 Yura Jeong", "Sarah Jang 장서라", "박세린 Serin Park 드림", a
 * passenger list's "- 편채원 PYEON CHAEWON / 여권 …".
 */
const spellingsSideBySide =
  /(?:[-•·*][ \t]*)?(?:([가-힣]{3,4})[ \t]+([A-Z][a-z]+[ -][A-Z][a-z]+|[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})|([A-Z][a-z]+[ \t]+[A-Z][a-z]+)[ \t]+([가-힣]{3,4}))(?=[ \t]*(?:드림|\((?:Mr|Ms|Mrs|Dr)\.?\))?[ \t]*(?:\r?\n|$|[/|]))/y;

/** The side-by-side spellings on the line at `lineStart`, read only where it opens with Hangul, a capital or a bullet. */
function spellingsSideBySideAt(text: string, lineStart: number): RegExpExecArray | null {
  let at = lineStart;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  const code = text.charCodeAt(at);
  if (
    !(code >= 0xac00 && code <= 0xd7a3) &&
    !(code >= 0x41 && code <= 0x5a) &&
    code !== 0x2d &&
    code !== 0x2022 &&
    code !== 0xb7 &&
    code !== 0x2a
  )
    return null;
  spellingsSideBySide.lastIndex = at;
  return spellingsSideBySide.exec(text);
}

/**
 * Whether the Latin name beside a Hangul one spells its surname: the first word in capitals, either word as its owner writes
 * it after the Hangul, the last before it ("Sarah Jang 장서라").
 */
function spellsSurnameBeside(hangul: string, latin: string, hangulFirst: boolean): boolean {
  const surname = hangul.slice(0, surnameLength(hangul));
  const words = latin.split(/[ \t-]+/);
  // "LEE MART" is a shop; "Serin Park" a person, whose surname is also a place's word.
  if (words.some((word) => wordsOfPlacesAndFirms.has(word.toUpperCase()) && !spellsKoreanSurname(word, surname))) return false;
  if (!hangulFirst) return spellsKoreanSurname(words[words.length - 1]!, surname);
  if (/^[A-Z]+$/.test(words[0]!)) return spellsKoreanSurname(words[0]!, surname);
  return words.some((word) => spellsKoreanSurname(word, surname));
}

/**
 * Whether the Latin spelling holds the Hangul name's surname: first in capitals, or, written by its owner, first or last
 * with the same first sound ("황다혜(Hwang Dahye)").
 */
function spellsSurnameOf(name: string, spelling: RegExpExecArray): boolean {
  if (spelling[1] !== undefined) return isKoreanSurnameInLatin(spelling[1]);
  const surname = [spelling[2]!, spelling[3]!].find((word) => /^[A-Z]/.test(word) && isKoreanSurnameInLatin(word));
  if (surname !== undefined) return soundsAlike(name, surname);
  // A rarer surname the list lacks, spelled as its syllable reads ("기수정 (Sujeong Ki)", "용석진 (Seokjin Yong)").
  const hangulSurname = name.slice(0, surnameLength(name));
  return hangulSurname !== '' && [spelling[2]!, spelling[3]!].some((word) => spellsKoreanSurname(word, hangulSurname));
}

/** Latin words in capitals after a mark, as a passport or a roster spells a foreign name ("(TRAN THI HUONG)", ",SAKAMOTO YUI"). */
const capitalWordsAfter = /[ \t]*([A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})(?![A-Za-z])/y;
/** Hangul words before a mark: two to four words of one to six syllables, one blank between. */
const hangulWordsBefore = /(?:^|[^가-힣 \t])[ \t]*([가-힣]{1,6}(?: [가-힣]{1,6}){1,3})[ \t]*$/;
/** Words of a place's, a branch's or a firm's name, which a sign writes in both scripts as a person's name is ("강남 센터 (GANGNAM CENTER)"). */
const wordsOfPlacesAndFirms: ReadonlySet<string> = new Set([
  ...['CENTER', 'CENTRE', 'OFFICE', 'BRANCH', 'HQ', 'STORE', 'SHOP', 'HOTEL', 'HOSPITAL', 'CLINIC', 'BANK', 'TOWER', 'PLAZA'],
  ...['MALL', 'STATION', 'PARK', 'SCHOOL', 'UNIVERSITY', 'CO', 'LTD', 'INC', 'CORP', 'GROUP', 'TEAM', 'CAFE', 'APT', 'BLDG'],
  ...['BUILDING', 'ELECTRONICS', 'MOTORS', 'HALL', 'ROAD', 'STREET', 'CITY', 'TOWN', 'VILLAGE', 'MARKET', 'FOODS', 'LAB'],
  ...['MART', 'PRODUCT', 'SERVICE', 'SHOW', 'CARD', 'PAY', 'LIFE', 'INSURANCE', 'CAPITAL', 'SECURITIES', 'SOLUTIONS'],
  ...['SYSTEMS', 'TECH', 'MOBILE', 'AIR', 'AIRLINES', 'ENERGY', 'CHEMICAL', 'STEEL', 'LOGISTICS', 'EXPRESS', 'FINANCE'],
]);

/**
 * A foreign name in Hangul words and, after a bracket, a comma, a tab, a slash or a bar, in Latin capitals, word for word
 * with the same first sounds ("트란 티 흐엉 (TRAN THI HUONG)", "사카모토 유이,SAKAMOTO YUI"): "서울 본사 (SEOUL HQ)" and
 * "삼성 전자 (SAMSUNG ELECTRONICS)" part at the second word.
 */
function foreignNameInBothScriptsAt(text: string, at: number): NameInBothScripts | undefined {
  capitalWordsAfter.lastIndex = at + 1;
  const latin = capitalWordsAfter.exec(text);
  if (latin === null) return undefined;
  const hangul = hangulWordsBefore.exec(text.slice(Math.max(0, at - 24), at));
  if (hangul === null) return undefined;
  const latinWords = latin[1]!.split(/[ -]/);
  // A label's words may stand before the name on its line ("성명 토시마토프 자수르 / TOSHMATOV JASUR").
  const hangulWords = hangul[1]!.split(' ').slice(-latinWords.length);
  if (!spellsWordForWord(hangulWords, latinWords)) return undefined;
  const hangulEnd = blanksStartBefore(text, at);
  const latinEnd = capitalWordsAfter.lastIndex;
  return {
    hangul: { start: hangulEnd - hangulWords.join(' ').length, end: hangulEnd },
    latin: { start: latinEnd - latin[1]!.length, end: latinEnd },
  };
}

interface NameInBothScripts {
  hangul: { start: number; end: number };
  latin: { start: number; end: number };
}

/** Latin words in capitals before a mark, two to four ("GURUNG SANJIV /"). */
const capitalWordsBefore = /(?:^|[^A-Za-z])([A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})[ \t]*$/;
/** Hangul words after a mark, up to four, one blank between. */
const hangulWordsAfter = /[ \t]*([가-힣]{1,8}(?: [가-힣]{1,8}){0,3})(?![가-힣])/y;

/**
 * The same name the other way round: in capitals, then after the mark in Hangul words, word for word ("GURUNG SANJIV / 구룽
 * 산지브", "SANTOS MARIA CRISTINA (산토스 마리아 크리스티나)").
 */
function foreignNameInCapitalsThenHangulAt(text: string, at: number): NameInBothScripts | undefined {
  const latin = capitalWordsBefore.exec(text.slice(Math.max(0, at - 48), at));
  if (latin === null) return undefined;
  hangulWordsAfter.lastIndex = at + 1;
  const hangul = hangulWordsAfter.exec(text);
  if (hangul === null) return undefined;
  // As many words in each script: "DELA CRUZ, MARIA ANGELICA (마리아 안젤리카 델라크루즈)" is one name, not two words of it.
  const latinWords = latin[1]!.split(/[ -]/);
  const hangulWords = hangul[1]!.split(' ');
  if (!spellsWordForWord(hangulWords, latinWords)) return undefined;
  const latinEnd = blanksStartBefore(text, at);
  const hangulStart = hangulWordsAfter.lastIndex - hangul[1]!.length;
  return {
    hangul: { start: hangulStart, end: hangulStart + hangulWords.join(' ').length },
    latin: { start: latinEnd - latin[1]!.length, end: latinEnd },
  };
}

/**
 * Whether Hangul words transcribe Latin words one for one, each with the same first sound, and no Latin word is a place's
 * or a firm's: "서울 본사 (SEOUL HQ)" and "삼성 전자 (SAMSUNG ELECTRONICS)" are none.
 */
export function spellsWordForWord(hangulWords: readonly string[], latinWords: readonly string[]): boolean {
  return (
    hangulWords.length === latinWords.length &&
    !latinWords.some((word) => wordsOfPlacesAndFirms.has(word.toUpperCase())) &&
    hangulWords.every((word, index) => soundsAlike(word, latinWords[index]!.toUpperCase()))
  );
}

/**
 * Whether Hangul words transcribe a foreign name's Latin words (in capitals): word for word, each word's first sound one of
 * the name's in any order, as a surname moves ("TEN VALERIY … 텐 발레리"); one word of a syllable or more for each Latin
 * word, as Chinese, Vietnamese and Burmese names run together ("CHEN YI-CHUN … 천이쥔", "LE THI HONG NHUNG … 레티홍늉");
 * or, with `middleNameLeftOut`, fewer words each sounding like one of the name's ("DINESH PRASANNA PERERA … 디네시 페레라").
 *
 * @example
 * transcribesLatinName(['천이쥔'], ['CHEN', 'YI', 'CHUN']); // true
 */
export function transcribesLatinName(
  hangulWords: readonly string[],
  latinWords: readonly string[],
  options: { middleNameLeftOut?: boolean } = {},
): boolean {
  const first = hangulWords[0]!;
  if (hangulWords.length === 1 && latinWords.length >= 2) return first.length >= latinWords.length && soundsAlike(first, latinWords[0]!);
  const counted = options.middleNameLeftOut === true ? hangulWords.length <= latinWords.length : hangulWords.length === latinWords.length;
  return counted && hangulWords.every((word) => latinWords.some((latin) => soundsAlike(word, latin)));
}

/** The Latin letters each initial consonant of a Hangul syllable transcribes, in the order of the 19 initials. */
const lettersOfInitial = [
  'GKCQ',
  'GK',
  'N',
  'DT',
  'DT',
  'RL',
  'M',
  // ㅂ also for a German W ("베버" for WEBER).
  'BPVFW',
  'BP',
  'SCXZT',
  // ㅆ and ㅉ: Vietnamese X and Khmer Ch ("쑤언" for XUAN, "짠 소카" for CHAN SOKHA).
  'SX',
  'AEIOUWYNHG',
  'JZGC',
  'JZC',
  'CTJ',
  'KCQ',
  'T',
  'PF',
  'HF',
];

/** Whether the Hangul word's first consonant transcribes the Latin word's first letter ("흐엉" and "HUONG", "반" and "VAN"). */
export function soundsAlike(hangulWord: string, latinWord: string): boolean {
  const initial = Math.floor((hangulWord.charCodeAt(0) - 0xac00) / 588);
  return lettersOfInitial[initial]!.includes(latinWord.charAt(0));
}

/**
 * The Hangul spelling written right after a Latin name already found ("Kevin Oh | 오경빈"), as a name too.
 *
 * @example
 * hangulSpellingAfter('Kevin Oh | 오경빈', { type: 'PERSON', start: 0, end: 8, text: 'Kevin Oh', score: 0.8, recognizer: 'x' })?.text; // '오경빈'
 */
export function hangulSpellingAfter(text: string, name: PiiFinding): PiiFinding | undefined {
  hangulSpellingPattern.lastIndex = name.end;
  const match = hangulSpellingPattern.exec(text);
  if (match === null) return undefined;
  const spelled = match[2] ?? slashedSpelling(match[1]!, name.text);
  if (spelled === undefined) return undefined;
  // "LKHAGVA BATBAYAR (서명)": where a form is signed, the bracket holds the signature's place; "TRAN THI MAI (배우자)" a
  // relation, as "Olivia Chae(모)" is one in a syllable, which no name is.
  if (spelled.length < 2 || signatureNotes.has(spelled) || isCommonKoreanNoun(spelled)) return undefined;
  // "Obinna Eze (나이지리아)", "Adaeze Okafor (나이지리아 교환학생)": where the person is from; "Enkhjargal (몽골어)": the
  // language an interpreter speaks.
  if (namesCountryInHangul(spelled.split(/[ \t]/))) return undefined;
  // "Dr. Somchai Wongsakul (정형외과)", "Ravi Kumar (품질팀)": the doctor's department, the worker's team or clinic.
  if (departmentEnding.test(spelled)) return undefined;
  // In brackets a transliteration of any name is meant, word for word, or a Korean name ("Kevin Oh (오경빈)", "Daniel
  // Kwon(권대니얼)"), not a note ("Ravi Kumar(생산기술)", "WANG LI (중국 여권)"): words of a full name sound alike.
  const hangulWords = spelled.split(' ');
  const latinWords = name.text.split(/[ \t]+/);
  const wordForWord = hangulWords.length === latinWords.length && (latinWords.length === 1 || spellsWordForWord(hangulWords, latinWords));
  if (match[2] !== undefined && !wordForWord && !isPlausibleKoreanName(spelled) && surnameLength(spelled) === 0) return undefined;
  const start = text.indexOf(spelled, name.end);
  return finding(text, { start, end: start + spelled.length });
}

/**
 * The spelling after a bar or a slash: the Hangul words that transcribe the Latin name word for word ("Nurlan ABDRAKHMANOV
 * / 누를란 압드라흐마노프"), or else a first word of two to four syllables that reads as a Korean name ("Kevin Oh | 오경빈").
 */
function slashedSpelling(words: string, latinName: string): string | undefined {
  const hangulWords = words.split(' ');
  const latinWords = latinName.split(/[ \t]+/);
  if (hangulWords.length >= latinWords.length && latinWords.length > 1) {
    const transcribed = hangulWords.slice(0, latinWords.length);
    if (spellsWordForWord(transcribed, latinWords)) return transcribed.join(' ');
  }
  const first = hangulWords[0]!;
  // A word of two syllables with more words after it opens a table's next cell or a note ("| 배관 보온 마감"), not a name.
  const shortest = hangulWords.length > 1 ? 3 : 2;
  return first.length >= shortest && first.length <= 4 && isPlausibleKoreanName(first) ? first : undefined;
}

/** Two to four Hangul words right before an opening bracket, at the end of the slice. */
const hangulWordsBeforeBracket = /(?<![가-힣])([가-힣]{1,6}(?: [가-힣]{1,6}){1,3})[ \t]*[(（][ \t]*$/;

/**
 * The Hangul spelling written before a Latin name that follows it in brackets, word for word ("임대인: 클라우스 베버 (Klaus
 * Weber)", "게스트 | 크리스티나 로페스 (Cristina López)"): two words at least, since one Hangul word before a bracket is as
 * often a role.
 *
 * @example
 * hangulSpellingBefore('클라우스 베버 (Klaus Weber)', { type: 'PERSON', start: 8, end: 19, text: 'Klaus Weber', score: 0.8, recognizer: 'x' })?.text; // '클라우스 베버'
 */
export function hangulSpellingBefore(text: string, name: PiiFinding): PiiFinding | undefined {
  const latinWords = name.text.split(/[ \t]+/);
  if (latinWords.length < 2) return undefined;
  const from = Math.max(0, name.start - 40);
  const match = hangulWordsBeforeBracket.exec(text.slice(from, name.start));
  if (match === null) return undefined;
  const hangulWords = match[1]!.split(' ');
  if (hangulWords.length < latinWords.length) return undefined;
  const spelled = hangulWords.slice(-latinWords.length);
  const plain = latinWords.map((word) => withoutAccents(word).toUpperCase());
  if (!spellsWordForWord(spelled, plain) || !spelled.every((word, index) => transcribes(word, plain[index]!))) return undefined;
  const end = from + match.index + match[0].indexOf(match[1]!) + match[1]!.length;
  const start = end - spelled.join(' ').length;
  return finding(text, { start, end });
}

/**
 * Whether each syllable's first consonant (ㅇ aside) stands in the Latin word in turn: "클라우스" in KLAUS (K, L, S), "고객"
 * not in KIM (a second K is wanting).
 */
function transcribes(hangulWord: string, latinWord: string): boolean {
  let at = 0;
  for (let index = 0; index < hangulWord.length; index += 1) {
    const initial = Math.floor((hangulWord.charCodeAt(index) - 0xac00) / 588);
    if (initial === 11) continue; // ㅇ: silent, or the final ng
    const letters = lettersOfInitial[initial]!;
    while (at < latinWord.length && !letters.includes(latinWord.charAt(at))) at += 1;
    if (at === latinWord.length) return false;
    at += 1;
  }
  return true;
}

/** "López" as "Lopez": the transcription compares plain letters. */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The last syllables of a hospital's department, a firm's team, a centre or a clinic, which no name ends in. */
const departmentEnding = /(?:외과|내과|의학과|소아과|[가-힣]과|팀|센터|병원|의원|약국)$/;

/** The notes a form writes in brackets after a name for its signature or seal. */
const signatureNotes: ReadonlySet<string> = new Set([
  ...['서명', '인', '인감', '날인', '직인', '사인', '자필', '서명날인', '본인'],
  // How an interpreter or a volunteer takes part, in the bracket after the name ("통역: Sreymom (원격)").
  ...['원격', '대면', '화상', '전화', '현장', '동행'],
]);

/** A name in Chinese characters in brackets right after it ("Wei Zhang (张伟)", "박지훈 (朴智勳)"), as a Chinese or Japanese name is given. */
const hanSpellingAfterPattern = /[ \t]*[(（][ \t]*([\u3400-\u9fff]{2,4}(?:[ \t][\u3400-\u9fff]{1,3})?)[ \t]*[)）]/y;
/** …or before it and a slash ("田中 美咲 / Misaki Tanaka"). */
const hanSpellingBeforePattern = /(?:^|[\s(])([\u3400-\u9fff]{1,3}(?:[ \t][\u3400-\u9fff]{1,3})?)[ \t]*[/|][ \t]*$/;

/**
 * The spelling in Chinese characters written beside a name already found, as a name too.
 *
 * @example
 * hanSpellingBeside('Wei Zhang (张伟)', { type: 'PERSON', start: 0, end: 9, text: 'Wei Zhang', score: 0.8, recognizer: 'x' })?.text; // '张伟'
 */
export function hanSpellingBeside(text: string, name: PiiFinding): PiiFinding | undefined {
  hanSpellingAfterPattern.lastIndex = name.end;
  const after = hanSpellingAfterPattern.exec(text);
  if (after !== null) {
    const start = text.indexOf(after[1]!, name.end);
    return finding(text, { start, end: start + after[1]!.length });
  }
  const before = hanSpellingBeforePattern.exec(text.slice(Math.max(0, name.start - 12), name.start));
  if (before === null) return undefined;
  const start = name.start - (before[0].length - before[0].indexOf(before[1]!));
  return finding(text, { start, end: start + before[1]!.length });
}

/** A form's field of the name in Chinese characters ("(한자) 朴智勳", "한자 성명: 金敏秀"). */
const hanNameField = /(?:\(한자\)|한자[ \t]*(?:성명|이름)?[ \t]*[:：]|漢字)[ \t]*([\u3400-\u9fff]{2,4})(?![\u3400-\u9fff])/g;

/**
 * Whether `text` may hold a field of a name in Chinese characters: the cheap look before the search.
 *
 * @example
 * mayHoldHanNameField('(한자) 朴智勳'); // true
 */
export function mayHoldHanNameField(text: string): boolean {
  return text.includes('한자') || text.includes('漢字');
}

/**
 * The names a Korean form writes in Chinese characters under their own label.
 *
 * @example
 * findHanNamesInFields('성명(한글) 박지훈   (한자) 朴智勳').map((found) => found.text); // ['朴智勳']
 */
export function findHanNamesInFields(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  hanNameField.lastIndex = 0;
  for (let match = hanNameField.exec(text); match !== null; match = hanNameField.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    findings.push(finding(text, { start, end: start + match[1]!.length }));
  }
  return findings;
}

function finding(text: string, span: { start: number; end: number }, score = 0.8): PiiFinding {
  return { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score, recognizer: pairedSpellingRecognizerName };
}

/** Where the blanks and line breaks right before `at` start (`at` itself when there are none). */
function blanksStartBefore(text: string, at: number): number {
  return text.slice(0, at).trimEnd().length;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
