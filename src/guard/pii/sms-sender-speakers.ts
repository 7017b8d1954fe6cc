// A number that speaks a chat's turns: a text message thread pasted with the sender's number as its speaker label ("[SMS]
// 02-2279-…: 보관 중입니다", "(02-2650-…) 접수되었습니다"). A landline cannot text; a number that sends a thread of
// messages from one is an office's messaging system (a police station's lost-and-found desk, a clinic's reminders), not a
// person's. The caller keeps mobiles, which people text from.
import type { PiiFinding } from './types.ts';

/**
 * A Korean landline by its area code, with its country code perhaps: elsewhere a landline and a mobile share their numbering
 * (+1), and a North American number that texts is as often a person's.
 */
const koreanLandline = /^(?:0|\+82[ -]?)(?:2|[3-6][1-5])[-. )]/;
/** What may open a speaker's line before the number: a channel's tag ("[SMS]", "[문자]") and an opening bracket. */
const speakerOpening = /^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?\(?[ \t]*$/;
/** What ends the speaker's label after the number: a colon, or the closing bracket and the message. */
const speakerEnd = /^(?:[ \t]*[:：]|\)[ \t]*[:：]?[ \t]*\S)/;
/** A thread has two turns at least: a number that labels one line only may be a list's row. */
const fewestTurns = 2;

/**
 * Whether `phone` is the speaker label of a thread's lines, with two of its lines at least opening with the same number.
 *
 * @example
 * const text = '(02-2650-7000) 접수되었습니다\n나: 네\n(02-2650-7000) 확인되었습니다';
 * labelsThreadsTurns(text, { start: 1, end: 13, text: '02-2650-7000', type: 'PHONE', score: 0.8, recognizer: 'phone' }); // true
 */
export function labelsThreadsTurns(text: string, phone: PiiFinding): boolean {
  if (!koreanLandline.test(phone.text) || !isSpeakerLabelAt(text, phone.start, phone.end)) return false;
  let turns = 0;
  for (let at = text.indexOf(phone.text); at !== -1; at = text.indexOf(phone.text, at + phone.text.length)) {
    if (isSpeakerLabelAt(text, at, at + phone.text.length)) turns += 1;
    if (turns >= fewestTurns) return true;
  }
  return false;
}

function isSpeakerLabelAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 24 || !speakerOpening.test(text.slice(lineStart, start))) return false;
  const after = text.slice(end, end + 4);
  // A bracket after the number closes the one that opened the line.
  if (after.startsWith(')') !== text.slice(lineStart, start).includes('(')) return false;
  return speakerEnd.test(after);
}
