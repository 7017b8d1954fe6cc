// A name changed to another, as a change's record writes it: "수령인: 윤태오 → 윤세라", "받는분 변경: 도은채 → 권태식",
// "Named driver: Kevin Doyle -> Aoife Doyle". The name before the arrow is found; the one after it takes its place, so it
// is a person too, where alone it would only be a word of a name's shape.
import { hangulRunEndAfter } from './names/hangul.ts';
import { isLikelyKoreanFullName } from './names/korean-names.ts';
import { isListedLatinName, latinNameAfter } from './names/latin-name.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'name-after-arrow';

/** The arrow after a name and the blanks around it: →, ⇒, ->, =>, ▶. */
const arrowAfter = /[ \t]*(?:→|⇒|->|=>|▶)[ \t]*/y;
const labelColon = /^[ \t]?[:：]/;
/** What may close a Korean name after the arrow: nothing, 님 or 씨, a particle of direction or a copula. */
const endingsAfterKoreanName: ReadonlySet<string> = new Set(['', '님', '씨', '로', '으로', '로요', '으로요', '이요', '입니다']);

/** The name right after the arrow that follows `name`, if one stands there. */
function nameAfterArrow(text: string, name: PiiFinding): PiiFinding | undefined {
  arrowAfter.lastIndex = name.end;
  if (!arrowAfter.test(text)) return undefined;
  const start = arrowAfter.lastIndex;
  const runEnd = hangulRunEndAfter(text, start);
  // "작성자: 엄태규 → 인수자: 봉수진": a field's label after the arrow, the next name after it.
  if (labelColon.test(text.slice(runEnd, runEnd + 2))) return undefined;
  if (runEnd > start) {
    for (let end = Math.min(runEnd, start + 4); end >= start + 3; end -= 1) {
      if (!endingsAfterKoreanName.has(text.slice(end, runEnd)) || !isLikelyKoreanFullName(text.slice(start, end))) continue;
      return { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.7, recognizer: recognizerName };
    }
    return undefined;
  }
  const latin = latinNameAfter(text, { start });
  if (latin === undefined || (latin.wordCount < 2 && !latin.knownFirstName) || !isListedLatinName(text.slice(latin.start, latin.end)))
    return undefined;
  return { type: 'PERSON', start, end: latin.end, text: text.slice(start, latin.end), score: 0.7, recognizer: recognizerName };
}

/**
 * Adds to `candidates` the names that stand right after an arrow after a name among them, 0.7; none where a candidate
 * already covers the name.
 *
 * @example
 * const text = '수령인: 윤태오 → 윤세라';
 * const candidates = [{ type: 'PERSON', start: 5, end: 8, text: '윤태오', score: 0.8, recognizer: 'person-name' }];
 * addNamesAfterArrows(text, candidates);
 * candidates[1]?.text; // '윤세라'
 */
export function addNamesAfterArrows(text: string, candidates: PiiFinding[]): void {
  const found: PiiFinding[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'PERSON') continue;
    const next = nameAfterArrow(text, candidate);
    if (next !== undefined && !overlapsAny(candidates, next)) found.push(next);
  }
  for (const finding of found) candidates.push(finding);
}
