// A Korean full name written with a blank between its syllables, as speech-to-text and scanned forms write one: "고객: 배 성 철
// 이요 배성철", "정형외과 전문의  한 재 욱  (인)", "…,곽 동 희,010 7703 2916". Three lone syllables are common in spoken
// Korean ("이 거 봐"), so the name must say it is one: written again without the blanks, answered with 이요 or signed with
// (인), or filling a person's field or a cell.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isHangulSyllable } from './hangul.ts';
import { singleSyllableSurnames } from './korean-surnames.ts';
import { placeEndings } from './korean-name-words.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';

const recognizerName = 'spaced-korean-name';

/** An answer's ending, a polite name word, or the seal mark a signature carries. */
const answeredAfter = /^ {0,3}(?:이요|요|이구요|이고요|입니다|이에요|예요|고객님|님|씨|\(인\))/;

/** A person's field or role before the name on its line ("성 명", "받는분", "손해사정사", "고객:"). */
const personFieldBefore =
  /(?:[Nn]ame|성\s?명|이\s?름|받는\s?분|보내는\s?분|예금주|고객|환자|보호자|계약자|피보험자|수취인|담당자?|전문의|의사|손해사정사|공장장|원장|대표)\s*[:：]?\s*$/;

/** The last syllable of a paper's title: a statement, a letter, a certificate ("진정서", "고소장", "확인증"). */
const titleEndings: ReadonlySet<number> = new Set([...'서장증'].map((syllable) => syllable.charCodeAt(0)));

/** Whether the spaced syllables are the whole first line of the text and end as a paper's title does. */
function isSpacedTitle(text: string, span: { start: number; end: number; joined: string }): boolean {
  if (!titleEndings.has(span.joined.charCodeAt(2)) || text.slice(0, span.start).trim() !== '') return false;
  const lineBreak = text.indexOf('\n', span.end);
  return text.slice(span.end, lineBreak === -1 ? text.length : lineBreak).trim() === '';
}

/** A cell's edges: a comma, a bar or a tab, or a line's start or end. */
const cellBefore = /(?:^|[,|\t])[ \t]*$/;
const cellAfter = /^[ \t]*(?:[,|\t/]|$)/;

/**
 * The spaced full names of `text`, 0.8, and the same names written without their blanks.
 * Remembered for the last text.
 *
 * @example
 * findSpacedKoreanNames('고객: 배 성 철 이요').map((finding) => finding.text); // ['배 성 철']
 * findSpacedKoreanNames('이 거 봐').length; // 0
 */
export const findSpacedKoreanNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // Found by the blank before the middle syllable: a class of surnames tried at every syllable cost long Korean documents
  // a few per cent, and a pattern that opens with a blank is the cheapest search.
  middleSyllable.lastIndex = 0;
  for (let match = middleSyllable.exec(text); match !== null; match = middleSyllable.exec(text)) {
    const blank = match.index;
    const start = blank - 1;
    // The next candidate's blank is two characters on ("제 이름은 배 성 철": " 배 성" fails, " 성 철" may not).
    middleSyllable.lastIndex = blank + 2;
    if (!isLoneSyllableAt(text, start) || !surnameCodes.has(text.charCodeAt(start))) continue;
    const end = blank + 4;
    // Not inside a longer run of lone syllables: one before, or one after that is no 요 ("이 거 봐 정 말 요").
    if (text.charCodeAt(start - 1) === 0x20 && isLoneSyllableAt(text, start - 2)) continue;
    const glued = isHangulSyllable(text.charCodeAt(end));
    const loneAfter =
      text.charCodeAt(end) === 0x20 && isHangulSyllable(text.charCodeAt(end + 1)) && !isHangulSyllable(text.charCodeAt(end + 2));
    if (loneAfter && text[end + 1] !== '요') continue;
    const joined = text[start]! + text[blank + 1]! + text[blank + 3]!;
    // A letterhead spaces its district's or office's name as it does a person's ("은 평 구", "교 육 청").
    if (!isPlausibleKoreanName(joined) || placeEndings.has(joined.charCodeAt(2)) || districtEndings.has(joined.charCodeAt(2))) continue;
    // … and a paper its title on the first line ("진 정 서", "각 서"): a petition's, a pledge's or a certificate's.
    if (isSpacedTitle(text, { start, end, joined })) continue;
    middleSyllable.lastIndex = end;
    // The last syllable may carry the ending the name would ("엄 태 준이고요"), where the text writes the name again.
    if (glued ? !(endingAfterName.test(text.slice(end, end + 3)) && text.includes(joined)) : !vouchedOrPlaced(text, { start, end, joined }))
      continue;
    findings.push({ type: 'PERSON', start, end, text: text.slice(start, end), score: 0.8, recognizer: recognizerName });
    // The same name written without its blanks, where no longer Hangul word holds it ("배 성 철 이요 배성철").
    for (let at = text.indexOf(joined); at !== -1; at = text.indexOf(joined, at + 1))
      if (!isHangulSyllable(text.charCodeAt(at - 1)) && !findings.some((known) => known.start === at))
        findings.push({ type: 'PERSON', start: at, end: at + 3, text: joined, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});

/** A district's, a city's or a county's last syllable, which a letterhead spaces out ("은 평 구"). */
const districtEndings: ReadonlySet<number> = new Set([...'구시군'].map((syllable) => syllable.charCodeAt(0)));

const surnameCodes: ReadonlySet<number> = new Set([...singleSyllableSurnames].map((surname) => surname.charCodeAt(0)));

/** A blank, a lone syllable, a blank and a syllable: the middle of three syllables written apart. */
const middleSyllable = / [가-힣] [가-힣]/g;

/** The endings a name takes glued to its last syllable in an answer ("…준이고요", "…준입니다", "…준님"). */
const endingAfterName = /^(?:이고|이구|이요|이에|입니|님|씨)/;

/** Whether a Hangul syllable stands at `at` with no Hangul syllable right before it. */
function isLoneSyllableAt(text: string, at: number): boolean {
  return isHangulSyllable(text.charCodeAt(at)) && !isHangulSyllable(text.charCodeAt(at - 1));
}

/**
 * Whether a name not glued to an ending is vouched for (written again, or answered with 이요 or a seal) or placed (a person's
 * field or a cell) with its syllables a name's common ones: "한 번 더 고객님께" is no name.
 */
function vouchedOrPlaced(text: string, at: { start: number; end: number; joined: string }): boolean {
  if (isLikelyKoreanFullName(at.joined) && answeredOrPlaced(text, at)) return true;
  return text.includes(at.joined);
}

function answeredOrPlaced(text: string, at: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const lineBreak = text.indexOf('\n', at.end);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  const before = text.slice(Math.max(lineStart, at.start - 24), at.start);
  const after = text.slice(at.end, Math.min(lineEnd, at.end + 12));
  return answeredAfter.test(after) || personFieldBefore.test(before) || (cellBefore.test(before) && cellAfter.test(after));
}
