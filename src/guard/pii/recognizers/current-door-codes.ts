// A Korean door lock's code given later in the sentence as "the number now", after the lock was named without its value
// ("도어락 비밀번호는 퇴실 날 관리소에 알려드리면 된다고 하셨는데, 지금 번호는 739146 입니다", "현관 비번 바꿨어요. 새 번호는 0815"):
// the number is the lock's code, no phone's.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/** "지금", "현재", "바뀐", "새", "변경된" before 번호 or 비밀번호 and its particle, then four to eight digits alone. */
const currentNumber = /(?:지금|현재|바뀐|새|변경된)[ \t]*(?:비밀)?번호(?:는|가|은)?[ \t]*:?[ \t]*(\d{4,8})(?![\d-]|[ \t]\d|[.,]\d)/g;
/** A lock or a door code named before: what makes "the number now" its code. */
const doorLockWord = /도어락|번호키|현관|공동[ \t]*현관|키패드|비밀[ \t]*번호|비번|출입[ \t]*번호/;
/** How far before the number the lock may be named: the sentence, or the one before it. */
const lockReach = 120;

/**
 * The codes of `text` given as the lock's number now, each 0.8; spans in `taken` are skipped.
 *
 * @example
 * findCurrentDoorCodes('도어락 비밀번호 바꿨는데 지금 번호는 482913 입니다', []).map((code) => code.text); // ['482913']
 * findCurrentDoorCodes('제 새 번호는 010-5530-7192 입니다', []); // []
 */
export function findCurrentDoorCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  if (!text.includes('번호')) return [];
  let codes: PiiFinding[] | undefined;
  currentNumber.lastIndex = 0;
  for (let match = currentNumber.exec(text); match !== null; match = currentNumber.exec(text)) {
    const end = match.index + match[0].length;
    // A count or a unit after the digits is no code ("새 번호 4자리", "현재 번호 1234번").
    if (/^[ \t]?[자회번개원년월일시분초]/.test(text.slice(end, end + 2))) continue;
    if (!doorLockWord.test(text.slice(Math.max(0, match.index - lockReach), match.index))) continue;
    const code = createFinding({ type: 'PASSWORD', text: match[1]!, start: end - match[1]!.length, score: 0.8, recognizer });
    if (!overlapsAny(taken, code)) (codes ??= []).push(code);
  }
  return codes ?? [];
}
