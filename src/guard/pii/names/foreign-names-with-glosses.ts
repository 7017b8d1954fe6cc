// Finds a foreign name written in Hangul with its own spelling in brackets right after it, as Korean desks record
// foreigners: a Chinese name's characters or pinyin ("쑨하오(孙浩)", "왕샤오린 (WANG XIAOLIN)"), a Japanese name's kanji
// ("사토 유이(佐藤 結衣)"), a Latin name word for word ("아지즈 토시마토프(Aziz Toshmatov)"). Neither spelling alone is a
// name any list holds; the pair, and how it was made, are.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { soundsAlike, spellsWordForWord } from './paired-spellings.ts';

const recognizerName = 'foreign-name-with-gloss';

/** Hangul words that end right before the bracket: up to four, one blank apart. */
const hangulWordsBefore = /([가-힣]{2,6}(?: [가-힣]{1,6}){0,3})[ \t]?$/;
/** The gloss: Han characters (a Chinese name, or a Japanese one with a blank) or Latin words in capitals or title case. */
const gloss =
  /[ \t]*(?:([\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,4})|([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){1,3}))[ \t]*\)/y;
/**
 * One to three syllables of pinyin in capitals ("WANG", "XIAOLIN"): an initial, a vowel run, a final n, ng or r. Korean
 * firms' romanisations mostly fail it ("HYUNDAI", "MOBIS", "SAMSUNG").
 */
const pinyinWord = /^(?:(?:ZH|CH|SH|[BPMFDTNLGKHJQXZCSRYW])?[AEIOUV]{1,3}(?:NG|N|R)?){1,3}$/;
/**
 * What stands before the name, where a Hanja gloss of a word, a city's name or a service's could stand too ("사업(事業)",
 * "출장지: 상하이(上海)", "고객 상담 (Kim Soo)"): the colon of a field for a person (민원인, 신청자, 고객명, 가족), a
 * Japanese comma, or the word for the person ("배우자 리샤오옌(李晓燕)") or a writer's own ("저는 …", "교환학생 …", "3학년 …");
 * else a pair of two words or more fills its line.
 */
const cueBeforeName =
  /(?:[인자명객족][ \t]*[:：]|、|배우자|남편|아내|부인|동료|친구|환자|보호자|자녀|아들|딸|어머니|아버지|통역사?|저는|학생|학년|직원|근로자|연수생)[ \t]*$/;
/** How far back on its line the Hangul words and their cue are read. */
const reach = 32;

/**
 * Foreign names in Hangul with their own spelling in brackets, both spellings findings, 0.8.
 *
 * @example
 * findForeignNamesWithGlosses('민원인: 쑨하오(孙浩), 중국 국적').map((finding) => finding.text); // ['쑨하오', '孙浩']
 * findForeignNamesWithGlosses('사업(事業) 계획'); // []
 */
export const findForeignNamesWithGlosses = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    // Most brackets of a long Korean document hold neither Han characters nor a capital: the first character is read first.
    const first = text.charCodeAt(open + 1) === 0x20 ? text.charCodeAt(open + 2) : text.charCodeAt(open + 1);
    if (!(first >= 0x41 && first <= 0x5a) && !(first >= 0x4e00 && first <= 0x9fff)) continue;
    gloss.lastIndex = open + 1;
    const spelled = gloss.exec(text);
    if (spelled === null) continue;
    const lineStart = text.lastIndexOf('\n', open - 1) + 1;
    const before = text.slice(Math.max(lineStart, open - reach), open);
    const hangul = hangulWordsBefore.exec(before);
    if (hangul === null) continue;
    const hangulWords = hangul[1]!.split(' ');
    const hangulEnd = open - (hangul[0].length - hangul[1]!.length);
    const name =
      (spelled[1] !== undefined ? hangulBesideHan(hangulWords, spelled[1]) : hangulBesideLatin(hangulWords, spelled[2]!)) ??
      (spelled[1] !== undefined && selfIntroduced.test(text.slice(gloss.lastIndex, gloss.lastIndex + 8))
        ? readingAfterCue(text, { words: hangulWords, han: spelled[1], end: hangulEnd, before: open - before.length })
        : undefined);
    if (name === undefined) continue;
    const hangulStart = hangulEnd - name.length;
    if (
      !cueBeforeName.test(text.slice(open - before.length, hangulStart)) &&
      !(name.includes(' ') && fillsLine(text, { start: hangulStart, lineStart, end: gloss.lastIndex }))
    )
      continue;
    const glossText = spelled[1] ?? spelled[2]!;
    const glossStart = text.indexOf(glossText, open + 1);
    findings.push(finding(text, hangulStart, hangulEnd), finding(text, glossStart, glossStart + glossText.length));
  }
  return findings;
});

/**
 * The Hangul name that Han characters spell: a Japanese name's two words beside the kanji's two, or a Chinese name heard
 * and written down, with more syllables than characters ("쑨하오" for 孙浩): a Korean reading has one syllable for each,
 * and a Hanja gloss of a Korean word ("계약(契約)") is no name.
 */
function hangulBesideHan(hangulWords: readonly string[], han: string): string | undefined {
  const hanWords = han.split(/[ \u3000]/);
  if (hanWords.length === 2) return hangulWords.length >= 2 ? hangulWords.slice(-2).join(' ') : undefined;
  const last = hangulWords[hangulWords.length - 1]!;
  return last.length > han.length && last.length <= 5 && !isCommonKoreanNoun(last) ? last : undefined;
}

/** A writer's "I am" after the bracket ("류쓰위(刘思雨)입니다", "… 이에요"). */
const selfIntroduced = /^[ \t]*(?:입니다|이에요|예요|이라고|라고)/;

/**
 * A name in Hangul of as many syllables as its Han characters after a person's cue and before "입니다" ("저는 경영학과
 * 3학년 류쓰위(刘思雨)입니다"): a Chinese name heard syllable for syllable, or a Korean one with its Hanja; otherwise a
 * Hanja gloss of a word ("저는 사업(事業) 담당입니다").
 */
function readingAfterCue(text: string, at: { words: readonly string[]; han: string; end: number; before: number }): string | undefined {
  const last = at.words[at.words.length - 1]!;
  if (last.length !== at.han.length || last.length < 2 || isCommonKoreanNoun(last)) return undefined;
  return cueBeforeName.test(text.slice(at.before, at.end - last.length)) ? last : undefined;
}

/**
 * The Hangul name that Latin words spell: word for word with the same first sounds, or a Chinese name written as one
 * Hangul word beside its pinyin in capitals ("왕샤오린 (WANG XIAOLIN)").
 */
function hangulBesideLatin(hangulWords: readonly string[], latin: string): string | undefined {
  const latinWords = latin.split(/[ -]/);
  if (hangulWords.length >= latinWords.length) {
    const words = hangulWords.slice(-latinWords.length);
    if (spellsWordForWord(words, latinWords)) return words.join(' ');
  }
  const last = hangulWords[hangulWords.length - 1]!;
  const pinyin = latinWords.every((word) => pinyinWord.test(word.toUpperCase()));
  if (!pinyin || last.length < latinWords.length || last.length > 5 || !soundsAlike(last, latinWords[0]!)) return undefined;
  return last;
}

/**
 * Whether the name and its gloss fill their line, as a signature's first line does ("마츠모토 유키 (松本 由紀)"): read for a
 * name of two words or more, as a city's stands alone on a line too ("상하이(上海)").
 */
function fillsLine(text: string, at: { start: number; lineStart: number; end: number }): boolean {
  if (text.slice(at.lineStart, at.start).trim() !== '') return false;
  const lineBreak = text.indexOf('\n', at.end);
  return text.slice(at.end, lineBreak === -1 ? text.length : lineBreak).trim() === '';
}

function finding(text: string, start: number, end: number): PiiFinding {
  return { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.8, recognizer: recognizerName };
}
