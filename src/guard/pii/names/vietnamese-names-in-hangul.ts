// Vietnamese names as Korean writes them in Hangul, three words apart: a surname, 반 or 티 (Văn, Thị) and the given name
// ("응우옌 반 투안", "쩐 티 마이", "레 티 흐엉"). A worker's, a patient's or a customer's name in Korean forms and chats; the
// surnames' spellings are no Korean words, so no context word is needed, as for "Nguyen Thi Lan" in Latin letters.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hangulRunEndAfter } from './hangul.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'vietnamese-name-in-hangul';

/**
 * The commonest Vietnamese surnames as Korean spells them. Those that stand alone as Korean words (도 "also", 호 "unit",
 * 부, 보, 당, 판, 하) are left out: "30 도 반 정도" is a temperature.
 */
const surname = '(?:응우옌|응웬|뉴엔|쩐|짠|트란|레|팜|호앙|후인|부이|응오|즈엉|브엉|딘|찐|럼|르엉|루엉|까오)';
/** The surname, the middle name and where the given name starts, apart by blanks; the surname is a word of its own. */
const nameStart = new RegExp(String.raw`(?<![가-힣])${surname} +[반티] +(?=[가-힣])`, 'g');
/**
 * The name written as one word ("응우옌반득", "쩐티마이"), as many workers write their own: only after the surnames that
 * open no Korean word before 반 or 티 (레 does: 레티놀).
 */
const joinedNameStart = /(?<![가-힣])(?:응우옌|응웬|뉴엔|쩐|호앙|후인|즈엉|르엉|루엉)[반티](?=[가-힣])/g;
/**
 * 레 and 팜 joined to 반 or 티 ("레반투언", "팜티란") open Korean words too (레티놀), so only with a person's word beside the
 * name: 씨 or 님 after it, or a worker's, an interpreter's, a relative's word or 베트남 right before it ("베트남 근로자
 * 레반투언", "형 레반흥", "팜티란 씨").
 */
const cuedJoinedNameStart =
  /(?<=(?:베트남|근로자|노동자|직원|통역사?|연수생|형|오빠|누나|언니|동생|남편|아내|부인|엄마|아빠)[ \t]*)(?:레|팜)[반티](?=[가-힣])/g;
const leOrPhamJoinedStart = /(?<![가-힣])(?:레|팜)[반티](?=[가-힣])/g;
/**
 * A surname alone before 씨 or 님, as a workplace calls its Vietnamese workers ("응우옌 씨 폰은 …", "호앙 님께"): only the
 * spellings that are no Korean word or a word's start.
 */
const surnameBeforeHonorific = /(?<![가-힣])(?:응우옌|응웬|뉴엔|호앙|후인|즈엉|르엉|루엉)(?=[ \t]?(?:씨|님))/g;
const honorificAfter = /^[ \t]*(?:씨|님)(?:[가는이을를의도께에와과]|에게|한테|께서|이랑|하고)?(?![가-힣])/;
/** What may follow the given name inside its word: a particle, a copula, an honorific. */
const endings: ReadonlySet<string> = new Set([
  ...['님', '씨', '도', '는', '은', '를', '을', '의', '와', '과', '에게', '한테', '께', '께서', '이고', '이에요', '입니다', '예요'],
]);

const vietnameseMiddleNames = characterPairWords('반', '티');
/** The last syllables of the surnames (`surname`, which holds every other list's): 옌 of 응우옌, 쩐, 레 … */
const surnameEnds: ReadonlySet<number> = new Set(
  surname
    .slice(3, -1)
    .split('|')
    .map((name) => name.charCodeAt(name.length - 1)),
);

/**
 * Whether the text may hold such a name: 반 or 티 right after a surname's last syllable or after it and blanks, as every
 * pattern below but `surnameBeforeHonorific` needs.
 */
function mayHoldVietnameseNameInHangul(text: string): boolean {
  return mayHoldAnyWord(text, vietnameseMiddleNames) && (hasMiddleNameAfterSurname(text, '반') || hasMiddleNameAfterSurname(text, '티'));
}

function hasMiddleNameAfterSurname(text: string, middleName: string): boolean {
  for (let at = text.indexOf(middleName, 1); at !== -1; at = text.indexOf(middleName, at + 1)) {
    let before = at - 1;
    while (before > 0 && text.charCodeAt(before) === 0x20) before -= 1;
    if (surnameEnds.has(text.charCodeAt(before))) return true;
  }
  return false;
}

function mayHoldJoinedName(text: string): boolean {
  return (
    (text.includes('반') || text.includes('티')) &&
    (text.includes('응') ||
      text.includes('쩐') ||
      text.includes('엉') ||
      text.includes('호앙') ||
      text.includes('후인') ||
      text.includes('뉴엔'))
  );
}

/**
 * The Vietnamese names of `text` in Hangul, 0.8; the given name is one or two syllables, a particle or an honorific may
 * follow it in its word. Remembered for the last text.
 *
 * @example
 * findVietnameseNamesInHangul('같은 라인 쩐 티 마이도 통장 바꿨습니다').map((finding) => finding.text); // ['쩐 티 마이']
 * findVietnameseNamesInHangul('피자 한 판 반 더 주세요'); // []
 */
export const findVietnameseNamesInHangul = rememberLastText((text: string): readonly PiiFinding[] => {
  const surnamesAlone = mayHoldSurnameBeforeHonorific(text) ? surnamesBeforeHonorifics(text) : [];
  if (!mayHoldVietnameseNameInHangul(text)) return surnamesAlone;
  const findings: PiiFinding[] = [];
  for (const surnameAlone of surnamesAlone) findings.push(surnameAlone);
  addNames(text, findings, { pattern: nameStart });
  if (mayHoldJoinedName(text)) addNames(text, findings, { pattern: joinedNameStart });
  if (text.includes('레') || text.includes('팜')) {
    addNames(text, findings, { pattern: cuedJoinedNameStart });
    addNames(text, findings, { pattern: leOrPhamJoinedStart, accepts: (end) => honorificAfter.test(text.slice(end, end + 4)) });
  }
  return findings.length > 1 ? findings.sort((first, second) => first.start - second.start) : findings;
});

const honorificWords = characterPairWords('씨', '님');
const surnamesBeforeHonorificWords = characterPairWords('응우옌', '응웬', '뉴엔', '호앙', '후인', '즈엉', '르엉', '루엉');

function mayHoldSurnameBeforeHonorific(text: string): boolean {
  return mayHoldAnyWord(text, honorificWords) && mayHoldAnyWord(text, surnamesBeforeHonorificWords);
}

/** The surnames alone before 씨 or 님 (`surnameBeforeHonorific`), whose honorific ends its word or takes a particle. */
function surnamesBeforeHonorifics(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  surnameBeforeHonorific.lastIndex = 0;
  for (let match = surnameBeforeHonorific.exec(text); match !== null; match = surnameBeforeHonorific.exec(text)) {
    const end = match.index + match[0].length;
    if (!honorificAfter.test(text.slice(end, end + 8))) continue;
    findings.push({ type: 'PERSON', start: match.index, end, text: match[0], score: 0.75, recognizer: recognizerName });
  }
  return findings;
}

/** Adds the name whose start each match of `pattern` marks, where its given name ends the word or an ending follows it. */
function addNames(text: string, findings: PiiFinding[], search: { pattern: RegExp; accepts?: (end: number) => boolean }): void {
  const { pattern, accepts } = search;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const givenStart = match.index + match[0].length;
    const wordEnd = hangulRunEndAfter(text, givenStart);
    const end = givenNameEnd(text, givenStart, wordEnd);
    if (end === undefined || (accepts !== undefined && !accepts(end)) || findings.some((known) => known.start === match.index)) continue;
    findings.push({ type: 'PERSON', start: match.index, end, text: text.slice(match.index, end), score: 0.8, recognizer: recognizerName });
    pattern.lastIndex = wordEnd;
  }
}

/** Where the given name of the word from `start` to `wordEnd` ends: the word itself, or the word before its ending. */
function givenNameEnd(text: string, start: number, wordEnd: number): number | undefined {
  // A word that runs on into Latin letters or digits is no name's.
  if (wordEnd < text.length && isAsciiLetterOrDigit(text.charCodeAt(wordEnd))) return undefined;
  for (let length = 1; length <= 2 && start + length <= wordEnd; length += 1)
    if (start + length === wordEnd || endings.has(text.slice(start + length, wordEnd))) return start + length;
  return undefined;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
