// A Korean full name written with a blank between its syllables, as speech-to-text and scanned forms write one: "고객: 배 성 철
// 이요 배성철", "정형외과 전문의  한 재 욱  (인)", "…,곽 동 희,010 7703 2916". Three lone syllables are common in spoken
// Korean ("이 거 봐"), so the name must say it is one: written again without the blanks, answered with 이요 or signed with
// (인), or filling a person's field or a cell.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isHangulSyllable } from './hangul.ts';
import { singleSyllableSurnames } from './korean-surnames.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';

const recognizerName = 'spaced-korean-name';

// Not inside a longer run of lone syllables on either side; 요 alone may follow ("정 민 호 요").
const spacedName = new RegExp(
  String.raw`(?<![가-힣]|(?:^|[^가-힣])[가-힣] )([${[...singleSyllableSurnames].join('')}]) ([가-힣]) ([가-힣])(?![가-힣]| [가-힣](?![가-힣])(?<!요))`,
  'gm',
);

/** An answer's ending, a polite name word, or the seal mark a signature carries. */
const answeredAfter = /^ {0,3}(?:이요|요|이구요|이고요|입니다|이에요|예요|고객님|님|씨|\(인\))/;

/** A person's field or role before the name on its line ("성 명", "받는분", "손해사정사", "고객:"). */
const personFieldBefore =
  /(?:[Nn]ame|성\s?명|이\s?름|받는\s?분|보내는\s?분|예금주|고객|환자|보호자|계약자|피보험자|수취인|담당자?|전문의|의사|손해사정사|공장장|원장|대표)\s*[:：]?\s*$/;

/** A cell's edges: a comma, a bar or a tab, or a line's start or end. */
const cellBefore = /(?:^|[,|\t])[ \t]*$/;
const cellAfter = /^[ \t]*(?:[,|\t/]|$)/;

/**
 * The spaced full names of `text`, scored 0.8 where the text vouches for them and 0.75 where a field or a cell holds them.
 * Remembered for the last text.
 *
 * @example
 * findSpacedKoreanNames('고객: 배 성 철 이요').map((finding) => finding.text); // ['배 성 철']
 * findSpacedKoreanNames('이 거 봐').length; // 0
 */
export const findSpacedKoreanNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  spacedName.lastIndex = 0;
  for (let match = spacedName.exec(text); match !== null; match = spacedName.exec(text)) {
    const joined = match[1]! + match[2]! + match[3]!;
    if (!isPlausibleKoreanName(joined)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
    const before = text.slice(Math.max(lineStart, start - 24), start);
    const after = text.slice(end, Math.min(lineEnd, end + 12));
    // Its syllables must be a name's common ones unless the text writes the name again ("한 번 더 고객님께" is no name).
    const likely = isLikelyKoreanFullName(joined);
    const vouched = text.includes(joined) || (likely && answeredAfter.test(after));
    const placed = likely && (personFieldBefore.test(before) || (cellBefore.test(before) && cellAfter.test(after)));
    if (!vouched && !placed) continue;
    findings.push({ type: 'PERSON', start, end, text: match[0], score: vouched ? 0.8 : 0.75, recognizer: recognizerName });
    // The same name written without its blanks, where no longer Hangul word holds it ("배 성 철 이요 배성철").
    for (let at = text.indexOf(joined); at !== -1; at = text.indexOf(joined, at + 1))
      if (!isHangulSyllable(text.charCodeAt(at - 1)) && !findings.some((known) => known.start === at))
        findings.push({ type: 'PERSON', start: at, end: at + 3, text: joined, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
