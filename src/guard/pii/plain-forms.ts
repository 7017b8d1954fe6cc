// Reads disguised identifiers as the plain ones they stand for, without moving a character: fullwidth forms (what a Korean
// or Japanese input method types: "０１０-１２３４-５６７８", "jane＠example.com") and phone numbers written to slip past a
// marketplace's filter: in Korean digit words ("공일공 일이삼사 오육칠팔"), half in them ("010 일이삼사 오육칠팔"), with an O
// for a zero ("O1O-1234-5678"), with odd separators ("010ㅡ1234ㅡ5678", "010~1234~5678") or with the groups as they are
// said ("공일공에 일이삼사에 오육칠팔", "010 다시 1234 다시 5678"); and the dashes of word processors between digits
// ("900101–1234567").
import { isHangulSyllable } from './names/hangul.ts';

/** The digit each Korean digit word stands for (공 and 영 are zero, 육 and 륙 six). */
const spelledDigits = new Map<number, number>(
  [...'공영일이삼사오육륙칠팔구'].map((syllable, index) => [syllable.charCodeAt(0), [0, 0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9][index]!]),
);
/** A disguised number counts from this many digits: the shortest Korean phone number (02-123-4567) has nine. */
const shortestNumber = 9;
const syllableI = 0xc774; // 이, 2 but also the subject particle and the copula's first syllable

/**
 * Characters put between digit groups in place of a hyphen, to slip past a filter: ~, _ and *. Each is read as a hyphen
 * within a disguised number. Not /, which dates take ("04/16/2025").
 */
const disguisedSeparators: ReadonlySet<number> = new Set([0x7e, 0x5f, 0x2a]);
/**
 * The digit a Korean digit word stands for (공 and 영 are 0), or undefined for any other character.
 *
 * @example
 * spelledDigitOf('칠'.charCodeAt(0)); // 7
 */
export function spelledDigitOf(code: number): number | undefined {
  return spelledDigits.get(code);
}

/**
 * Whether `code` is a Korean digit word (일, 이, 삼 … 공, 영).
 *
 * @example
 * isSpelledDigit('삼'.charCodeAt(0)); // true
 */
export function isSpelledDigit(code: number): boolean {
  return spelledDigits.has(code);
}

/**
 * Whether `code` stands between the digit groups of a disguised number in place of a hyphen (~, _, *, or a dash).
 *
 * @example
 * isDisguisedSeparator('~'.charCodeAt(0)); // true
 */
export function isDisguisedSeparator(code: number): boolean {
  return disguisedSeparators.has(code) || isDash(code);
}

/**
 * Whether `code` is a dash other than the ASCII hyphen: those word processors and phone keyboards put in (‐ ‑ ‒ – — ―, the
 * minus sign, the small hyphen) and ㅡ, a Hangul vowel drawn like one; or a middle dot written between the groups in its
 * place (·, ㆍ, ・: "010ㆍ1234ㆍ5678"). Inside a number of nine digits or more each is read as a hyphen (`joinsNumber`:
 * "900101–1234567", "4111–1111–1111–1111"). Comparisons rather than a set: the feature pass asks at the end of every
 * numeric run.
 *
 * @example
 * isDash('–'.charCodeAt(0)); // true
 */
export function isDash(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2212 ||
    code === 0xfe63 ||
    code === 0x3161 ||
    code === 0x00b7 ||
    code === 0x318d ||
    code === 0x30fb
  );
}

/**
 * Whether the dash at `index` stands between two digits of a number of nine digits or more (counted across hyphens, dots
 * and dashes): an identifier ("900101–1234567", "123–45–6789"), not a range ("3–5영업일", "2020–2024").
 *
 * @example
 * joinsNumber('SSN 123–45–6789', 7); // true
 */
export function joinsNumber(text: string, index: number): boolean {
  if (!isDigitCode(text.charCodeAt(index - 1)) || !isDigitCode(text.charCodeAt(index + 1))) return false;
  let digits = 0;
  for (let at = index - 1; at >= 0 && isNumberCharacter(text.charCodeAt(at)); at -= 1) if (isDigitCode(text.charCodeAt(at))) digits += 1;
  for (let at = index + 1; at < text.length && isNumberCharacter(text.charCodeAt(at)); at += 1)
    if (isDigitCode(text.charCodeAt(at))) digits += 1;
  return digits >= shortestNumber;
}

function isNumberCharacter(code: number): boolean {
  return isDigitCode(code) || code === 0x2d || code === 0x2e || isDash(code);
}

// The last text and its plain form: the fast-path test reads it first and the scan after it.
let lastText: string | undefined;
let lastPlain = '';

/**
 * `text` with every fullwidth ASCII form (U+FF01–U+FF5E) made ASCII, every dash inside a number a hyphen, and every
 * disguised number made plain: a run of digits that opens a word, starts with 0 and then 1–7 (as Korean numbers do) and
 * holds nine digits or more (one blank, hyphen or dot between them), some of them Korean digit words, O for a zero, ~,
 * _, * or a dash between the groups, a comma after a group in words, or 에 or 다시 as they are said between them. Each character stays one UTF-16 unit, so offsets into the result are offsets into
 * `text`.
 *
 * @example
 * plainForms('연락처 ０１０-１２３４-５６７８'); // '연락처 010-1234-5678'
 * plainForms('전화 공일공 일이삼사 오육칠팔'); // '전화 010 1234 5678'
 * plainForms('전화 O1Oㅡ1234ㅡ5678'); // '전화 010-1234-5678'
 * plainForms('일이삼 순서로 오세요'); // unchanged: not a number
 */
export function plainForms(text: string): string {
  if (text === lastText) return lastPlain;
  let codes: Uint16Array | undefined;
  const unitsOf = () => (codes ??= Uint16Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)));
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) unitsOf()[index] = code - 0xfee0;
    else if (isDash(code) && joinsNumber(text, index)) unitsOf()[index] = 0x2d;
    else if (isZeroLike(code) && digitAt(text, index) === 0 && opensWord(text, index)) {
      const end = disguisedNumberEnd(text, index);
      if (end === -1) continue;
      const units = unitsOf();
      for (let at = index; at < end; at += 1) {
        const digit = digitAt(text, at);
        if (digit !== -1) units[at] = 0x30 + digit;
        else if (isDisguisedSeparator(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2c) units[at] = 0x2d;
        else if (spokenSeparatorUnit(text, at) !== 0) units[at] = spokenSeparatorUnit(text, at);
      }
      index = end - 1;
    }
  }
  if (text.includes('주민') || text.includes('외국인')) spelledResidentNumbers(text, unitsOf);
  if (lettersBesideDigits.test(text)) readLettersAsDigits(text, unitsOf);
  if (hanNumeralPair.test(text)) readHanNumerals(text, unitsOf);
  lastText = text;
  // A spread of the units would exceed the argument limit on a long document.
  lastPlain = codes === undefined ? text : Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  return lastPlain;
}

/**
 * The digit at `index`: an ASCII or fullwidth digit, a Korean digit word, or an O next to a digit or another O ("O1O");
 * -1 for anything else.
 */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (code === 0x4f || code === 0x6f) return isDigitOrO(text.charCodeAt(index - 1)) || isDigitOrO(text.charCodeAt(index + 1)) ? 0 : -1;
  return spelledDigits.get(code) ?? -1;
}

/** 0, O, o, 공, 영 or a fullwidth 0: a disguised number starts with one, so other characters are passed at one test. */
function isZeroLike(code: number): boolean {
  return code === 0x30 || code === 0x4f || code === 0x6f || code === 0xacf5 || code === 0xc601 || code === 0xff10;
}

function isDigitOrO(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x4f || code === 0x6f;
}

/** Not inside a word: the start of the text, or after a character that is no Hangul syllable, ASCII letter or digit. */
function opensWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  return !isHangulSyllable(before) && !isDigitOrO(before) && !((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a);
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e || isDisguisedSeparator(code);
}

/** An ASCII or fullwidth digit. */
function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Where the disguised number that starts at `start` (a zero) ends, or -1 when the run there is no Korean number (too short,
 * or not 0 and then 1–7, as 010, 02, 031 and 070 start) or holds nothing disguised (a plain number is read as it is).
 */
function disguisedNumberEnd(text: string, start: number): number {
  let digits = 0;
  let disguised = false;
  let end = start;
  // The state before the last separator, to drop the group after it when that group turns out to be a word.
  let groupStart = start;
  let endBeforeGroup = start;
  let digitsBeforeGroup = 0;
  let disguisedBeforeGroup = false;
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const digit = digitAt(text, index);
    if (digit !== -1) {
      if (digits === 1 && (digit < 1 || digit > 7)) return -1;
      const spelled = code >= 0xac00;
      // "오육칠팔이에요": 이 before more Hangul is the particle or the copula; "5678영", "3일" end at the number.
      if (isParticleAt(text, index)) break;
      if (spelled && isAsciiDigit(text.charCodeAt(index - 1)) && !continuesAt(text, index + 1)) break;
      if (code > 0x39 && (code < 0xff10 || code > 0xff19)) disguised = true;
      digits += 1;
      end = index + 1;
    } else if (end === index && spokenSeparatorEnd(text, index) !== -1) {
      // "공일공에 일이삼사에 오육칠팔", "010 다시 1234 다시 5678": groups as they are said.
      [endBeforeGroup, digitsBeforeGroup, disguisedBeforeGroup] = [end, digits, disguised];
      disguised = true;
      index = spokenSeparatorEnd(text, index) - 1;
      groupStart = index + 1;
    } else if (end === index && isSeparator(code) && digitAt(text, index + 1) !== -1) {
      [endBeforeGroup, digitsBeforeGroup, disguisedBeforeGroup] = [end, digits, disguised];
      if (isDisguisedSeparator(code)) disguised = true;
      groupStart = index + 1;
    } else if (end === index && isSpokenComma(text, index)) {
      // "공일공, 칠삼팔이, 공사일육": a pause written as a comma between groups said in words.
      [endBeforeGroup, digitsBeforeGroup, disguisedBeforeGroup] = [end, digits, disguised];
      index += 1;
      groupStart = index + 1;
    } else break;
  }
  // "010-1234-5678 이영희": digit words glued to a syllable no number ends with are a word (a name here), not a group.
  if (groupStart > start && isSpelledGroup(text, groupStart, end) && isGluedToWord(text, end)) {
    [end, digits, disguised] = [endBeforeGroup, digitsBeforeGroup, disguisedBeforeGroup];
  }
  return digits >= shortestNumber && disguised ? end : -1;
}

/** A comma and a blank between a group said in digit words and the next one. */
function isSpokenComma(text: string, index: number): boolean {
  return (
    text.charCodeAt(index) === 0x2c &&
    text.charCodeAt(index + 1) === 0x20 &&
    text.charCodeAt(index - 1) >= 0xac00 &&
    spelledDigits.has(text.charCodeAt(index + 2))
  );
}

/** Syllables that may follow a number said in digit words: particles, copulas and 번 ("…오육칠팔이에요", "…팔번으로", "…팔입니다"). */
const syllablesAfterSpelledNumber: ReadonlySet<number> = new Set(
  [...'이에요입으로번인예은는을를과와도만까라야고랑하임'].map((syllable) => syllable.charCodeAt(0)),
);

function isSpelledGroup(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (text.charCodeAt(index) < 0xac00) return false;
  return end > start;
}

function isGluedToWord(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return isHangulSyllable(code) && digitAt(text, end) === -1 && !syllablesAfterSpelledNumber.has(code);
}

const syllableE = 0xc5d0; // 에
const syllableDa = 0xb2e4; // 다
const syllableSi = 0xc2dc; // 시

/**
 * Where a group separator as Koreans say it ends, when one starts at `index` and a digit follows: 에 ("공일공에 일이삼사")
 * or 다시 (a spoken hyphen: "010 다시 1234"), with a blank on either side allowed; -1 otherwise.
 */
function spokenSeparatorEnd(text: string, index: number): number {
  let at = text.charCodeAt(index) === 0x20 ? index + 1 : index;
  const code = text.charCodeAt(at);
  if (code === syllableE) at += 1;
  else if (code === syllableDa && text.charCodeAt(at + 1) === syllableSi) at += 2;
  else return -1;
  if (text.charCodeAt(at) === 0x20) at += 1;
  return digitAt(text, at) === -1 ? -1 : at;
}

/**
 * The plain form of a spoken separator's character: 에 and the 다 of 다시 a hyphen, the 시 a blank ("010-  1234" keeps its
 * length); 0 for any other character.
 */
function spokenSeparatorUnit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === syllableE || code === syllableDa) return 0x2d;
  return code === syllableSi ? 0x20 : 0;
}

/** A digit at `index`, or a separator and a digit after it: the number goes on. */
function continuesAt(text: string, index: number): boolean {
  return digitAt(text, index) !== -1 || (isSeparator(text.charCodeAt(index)) && digitAt(text, index + 1) !== -1);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A resident or foreigner number's label: the number may follow within this many characters ("주민등록번호는요: "). */
const residentLabel = /주민|외국인/g;
const residentLabelReach = 12;

/**
 * Writes into `units` the plain form of each resident or foreigner number spelled in Korean digit words after its label
 * ("주민번호 구공공일공일 다시 일이삼사오육칠", "주민번호는 팔오일이일오에 일이삼사오육칠이요"): six digits, a blank, a hyphen or a
 * spoken separator, seven digits, some of them digit words. Any year may open one, so only a label makes the run a number.
 */
function spelledResidentNumbers(text: string, unitsOf: () => Uint16Array): void {
  residentLabel.lastIndex = 0;
  for (let label = residentLabel.exec(text); label !== null; label = residentLabel.exec(text)) {
    const reach = Math.min(text.length, label.index + label[0].length + residentLabelReach);
    for (let start = label.index + label[0].length; start < reach; start += 1) {
      if (digitAt(text, start) === -1 || !opensWord(text, start)) continue;
      const number = spelledResidentNumberAt(text, start);
      if (number === undefined) break;
      const units = unitsOf();
      for (let at = start; at < number.end; at += 1) {
        const digit = digitAt(text, at);
        if (digit !== -1) units[at] = 0x30 + digit;
        else if (isDisguisedSeparator(text.charCodeAt(at))) units[at] = 0x2d;
        else if (spokenSeparatorUnit(text, at) !== 0) units[at] = spokenSeparatorUnit(text, at);
      }
      residentLabel.lastIndex = number.end;
      break;
    }
  }
}

/** The six and seven digits from `start`, with what may stand between them, when some are digit words; or undefined. */
function spelledResidentNumberAt(text: string, start: number): { end: number } | undefined {
  let spelled = false;
  let at = start;
  const readDigits = (count: number): boolean => {
    for (let read = 0; read < count; read += 1, at += 1) {
      if (digitAt(text, at) === -1) return false;
      if (text.charCodeAt(at) >= 0xac00) spelled = true;
    }
    return true;
  };
  if (!readDigits(6)) return undefined;
  const spoken = spokenSeparatorEnd(text, at);
  if (spoken !== -1) at = spoken;
  else if (isSeparator(text.charCodeAt(at)) && digitAt(text, at + 1) !== -1) at += 1;
  if (!readDigits(7) || (digitAt(text, at) !== -1 && !isParticleAt(text, at))) return undefined;
  return spelled ? { end: at } : undefined;
}

/** 이 right before more Hangul is a particle or the copula's first syllable ("…육칠이에요"), no eighth digit. */
function isParticleAt(text: string, index: number): boolean {
  return text.charCodeAt(index) === syllableI && isHangulSyllable(text.charCodeAt(index + 1)) && digitAt(text, index + 1) === -1;
}

/** A letter that scans and hurried typing put for a digit, right beside a digit: the cheap test before the search. */
const lettersBesideDigits = /[0-9][OolISZB]|[OolISZB][0-9]/;
/**
 * Runs of words that each hold a digit, one separator between them ("9l0722-2545BO1", "5O4 49O 277", "l9/O7/1986"); not
 * a name's O with its apostrophe ("12O'Street").
 */
const numberRun = /(?<![A-Za-z0-9'’])[A-Za-z]*[0-9][A-Za-z0-9]*(?:[-./ ][A-Za-z]*[0-9][A-Za-z0-9]*)*(?![A-Za-z0-9'’])/g;
const runWord = /[A-Za-z0-9]+/g;
/** The digit each such letter stands for. */
const digitOfLetter: Readonly<Record<string, number>> = { O: 0, o: 0, l: 1, I: 1, S: 5, Z: 2, B: 8 };

/**
 * Writes into `units` the digits that letters stand for in a number a scan or a hurried typist wrote with them
 * ("9l0722-2545BO1", "0l0-4872-33O6", "5O4 49O 277", "l9/O7/1986", passport "B5O2l8473"): O and o for 0, l and I for 1
 * beside a digit or a letter so read, S, Z and B for 5, 2 and 8 between two of them in a run of six digits or more and not
 * in a code that opens with capitals, since they open and fill passports, plates, postcodes, lots and flights ("B5O2…",
 * "L6Z 4B1", "LT2507B02", "OZ102"). The run's words hold as many real digits as such letters at least, and no other
 * letter but capitals that open a word ("TZ1O48273", "NO66 8601 …").
 */
function readLettersAsDigits(text: string, unitsOf: () => Uint16Array): void {
  numberRun.lastIndex = 0;
  for (let run = numberRun.exec(text); run !== null; run = numberRun.exec(text)) {
    const words: { body: string; start: number; coded: boolean }[] = [];
    let digits = 0;
    let letters = 0;
    runWord.lastIndex = 0;
    for (let word = runWord.exec(run[0]); word !== null; word = runWord.exec(run[0])) {
      // Capitals before the first digit stay letters when one of them is no digit's look-alike ("TZ1O…", "NO66").
      const capitals = /^[A-Z]*/.exec(word[0])![0];
      const start = /[^OISZB]/.test(capitals) ? capitals.length : 0;
      const body = word[0].slice(start);
      if (!/^[0-9OolISZB]*$/.test(body)) continue;
      digits += body.replace(/[^0-9]/g, '').length;
      letters += body.replace(/[0-9]/g, '').length;
      words.push({ body, start: run.index + word.index + start, coded: start > 0 });
    }
    if (letters === 0 || digits < 2 || digits < letters) continue;
    const units = unitsOf();
    for (const word of words)
      for (const [at, digit] of lettersReadAsDigits(word.body, digits >= 6 && !word.coded)) units[word.start + at] = 0x30 + digit;
  }
}

/**
 * The letters of a word that stand for digits, with their digits: O, o, l and I beside a digit or beside one of them so
 * read, over and over; S, Z and B between two, when `readsSZB`.
 */
function lettersReadAsDigits(word: string, readsSZB: boolean): Map<number, number> {
  const read = new Map<number, number>();
  const isDigit = (at: number): boolean => /[0-9]/.test(word[at] ?? '') || read.has(at);
  for (let changed = true; changed;) {
    changed = false;
    for (let at = 0; at < word.length; at += 1) {
      const digit = digitOfLetter[word[at]!];
      if (digit === undefined || read.has(at)) continue;
      const reads = digit <= 1 ? isDigit(at - 1) || isDigit(at + 1) : readsSZB && isDigit(at - 1) && isDigit(at + 1);
      if (reads) {
        read.set(at, digit);
        changed = true;
      }
    }
  }
  return read;
}

/** The digit each Han numeral stands for (〇 and 零 are zero). */
const hanNumerals = new Map<number, number>(
  [...'〇零一二三四五六七八九'].map((numeral, index) => [numeral.charCodeAt(0), [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][index]!]),
);
/**
 * Whether `code` is a Han numeral of a digit (〇, 零, 一 … 九).
 *
 * @example
 * isHanNumeral('八'.charCodeAt(0)); // true
 */
export function isHanNumeral(code: number): boolean {
  return hanNumerals.has(code);
}
/** Two Han numerals side by side, the cheap test before the search. */
const hanNumeralPair = /[〇零一二三四五六七八九]{2}/;
/** The units of a date after which one Han numeral is a digit ("五月", "二日"). */
const dateUnits: ReadonlySet<number> = new Set([...'年月日'].map((unit) => unit.charCodeAt(0)));

/**
 * Writes into `units` the digits of numbers written in Han numerals digit by digit ("八八〇九二三-六一七四〇二九", "〇一〇-
 * 三八七二-五五一九", "一九九三年 五月 二日"): a run of two numerals or more, or one before a date's unit. A single
 * numeral elsewhere is a word or a name's ("三郎"), and counting with 十 or 百 is no digit string.
 *
 * @example
 * // plainForms('生年月日 一九九三年 五月 二日') === '生年月日 1993年 5月 2日'
 */
function readHanNumerals(text: string, unitsOf: () => Uint16Array): void {
  for (let index = 0; index < text.length; index += 1) {
    if (!isHanNumeral(text.charCodeAt(index))) continue;
    let end = index;
    while (end < text.length && isHanNumeral(text.charCodeAt(end))) end += 1;
    const counted = isHanCountingNumeral(text.charCodeAt(index - 1)) || isHanCountingNumeral(text.charCodeAt(end));
    if (!counted && (end - index >= 2 || dateUnits.has(text.charCodeAt(end)))) {
      const units = unitsOf();
      for (let at = index; at < end; at += 1) units[at] = 0x30 + hanNumerals.get(text.charCodeAt(at))!;
    }
    index = end;
  }
}

/** 十, 百, 千 and 万, with which a number is counted rather than spelled digit by digit ("二十三"). */
function isHanCountingNumeral(code: number): boolean {
  return code === 0x5341 || code === 0x767e || code === 0x5343 || code === 0x4e07;
}
