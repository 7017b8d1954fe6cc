// A two-step login's backup or recovery codes after their name, one or a list ("Supplied backup codes 4827-1930 and
// 7716-0452 (valid) and 3390-2871 (already used)", "New backup codes are under Settings > Security; one of them is
// 4827-1930", "가입 시 받은 백업 복구코드: 7QK2-M9PD-4XW8"), or in the answer to a question about them ("Do you still have
// the backup codes from when you turned on 2FA?\nUser: I have one written down: 4819-2276-03"): each opens the account
// without its second factor, as a password does.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/** The codes' names: "backup codes", "recovery code", "2FA backup codes", 백업코드, 백업 복구코드, 복구코드. */
const backupCodeName =
  /\b(?:[Bb]ackup|BACKUP|[Rr]ecovery|RECOVERY)[ \t]+(?:[Cc]odes?|CODES?)\b|백업[ \t]*(?:복구[ \t]*)?코드|복구[ \t]*코드/g;
/**
 * A code as sites print them: groups of letters and digits joined by hyphens ("4827-1930", "7QK2-M9PD-4XW8",
 * "4819-2276-03", "71-403-882" in three groups), two groups of four digits joined by a blank, as Google prints them ("7301
 * 4492"), or eight to ten digits alone; read as a whole word, not inside a longer one.
 */
const codeShape =
  /(?<![\w-])([A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{2,6}){1,4}|[A-Za-z0-9]{2}(?:-[A-Za-z0-9]{2,6}){2,4}|\d{4} \d{4}|\d{8,10})(?![\w-]|[.,:/]\d| \d)/g;
/** How far after the name the first code may stand, in its sentence: "are under Settings > Security; one of them is". */
const firstCodeReach = 60;
/** Another number's words before a code ("error AUTH-409", "ticket 4819-2276", "call 0800-123-4567"). */
const otherNumberWord =
  /\b(?:order|case|claim|ref|reference|ticket|transaction|tx|booking|confirmation|policy|invoice|phone|mobile|call|error|serial|version|id|ID)\b|#|번호|전화/;
/** Between two codes of a list: a note in brackets perhaps, then a comma, a slash, "and" or "or" ("4827-1930 and 7716-0452"). */
const listJoin = /^[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[,;/&][ \t]*|(?:and|or)[ \t]+|,[ \t]*(?:and|or)[ \t]+|및[ \t]*|그리고[ \t]*)$/;

/**
 * The backup codes of `text` after their name, each 0.8; spans in `taken` are skipped.
 *
 * @example
 * findBackupCodes('Supplied backup codes 4827-1930 and 7716-0452', []).map((code) => code.text); // ['4827-1930', '7716-0452']
 * findBackupCodes('Regenerated backup codes, error AUTH-409 cleared.', []); // []
 */
export function findBackupCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  const codes = backupCodesIn(text);
  return taken.length === 0 ? codes : codes.filter((code) => !overlapsAny(taken, code));
}

const backupCodesIn = rememberLastText((text: string): PiiFinding[] => {
  let codes: PiiFinding[] | undefined;
  backupCodeName.lastIndex = 0;
  for (let name = backupCodeName.exec(text); name !== null; name = backupCodeName.exec(text)) {
    const nameEnd = name.index + name[0].length;
    let from = nameEnd;
    codeShape.lastIndex = nameEnd;
    for (let code = codeShape.exec(text); code !== null; code = codeShape.exec(text)) {
      const first = from === nameEnd;
      // A hyphened word before the first code is prose ("the sign-in page"); in a list, the end of it.
      if (!isCodeShaped(code[1]!)) {
        if (first) continue;
        break;
      }
      const between = text.slice(from, code.index);
      // The first code in the name's sentence, or on the line that answers a question about the codes; each next one
      // joined to the one before as a list.
      if (first ? !mayLeadToFirstCode(between) : !listJoin.test(between)) break;
      if (codes?.some((other) => other.start === code.index)) break;
      (codes ??= []).push(createFinding({ type: 'PASSWORD', text: code[1]!, start: code.index, score: 0.8, recognizer }));
      from = code.index + code[0].length;
    }
    for (const code of codeListAfter(text, from)) if (!codes?.some((other) => other.start === code.start)) (codes ??= []).push(code);
    backupCodeName.lastIndex = Math.max(backupCodeName.lastIndex, from);
  }
  return codes ?? [];
});

/** How far after the codes' name a list of them may stand: a few turns of a chat ("do I need backup codes?" … "oops already pasted them in my notes: …"). */
const listReach = 400;

/**
 * The lists of two codes or more of one shape after `from`, within reach, each 0.8: a list of codes printed alike
 * ("4829-1170, 6603-5521, 9184-0036", "K7QX-2M9P, 4TZR-8HWN", one a line as pasted from notes, or a sheet's numbered
 * columns) a few lines after the codes were named is those codes, where a single number there may be anything; a later
 * list of the first one's shape is more of them ("tried 4821-7730 and 9054-1186 … the next ones on my sheet are 3367-2049,
 * 7715-0832").
 */
function codeListAfter(text: string, from: number): PiiFinding[] {
  const lists: RegExpExecArray[][] = [];
  let list: RegExpExecArray[] = [];
  // The reach runs from the codes' name, then from the end of each list found.
  let reachEnd = from + listReach;
  const close = (): void => {
    if (list.length >= 2 && (lists.length === 0 || groupsOf(list[0]![1]!) === groupsOf(lists[0]![0]![1]!))) lists.push(list);
    list = [];
  };
  codeShape.lastIndex = from;
  for (let code = codeShape.exec(text); code !== null && code.index + code[0].length <= reachEnd; code = codeShape.exec(text)) {
    const previous = list.at(-1);
    const between = previous === undefined ? '' : text.slice(previous.index + previous[0].length, code.index);
    const joined =
      previous !== undefined && (listJoin.test(between) || listLayoutJoin.test(between)) && groupsOf(previous[1]!) === groupsOf(code[1]!);
    if (!joined) close();
    if (!isListedCodeShaped(code[1]!) || listOfOtherNumbers.test(wordsBefore(text, code.index))) {
      close();
      continue;
    }
    list.push(code);
    if (list.length >= 2) reachEnd = Math.max(reachEnd, code.index + listReach);
  }
  close();
  return lists.flat().map((code) => createFinding({ type: 'PASSWORD', text: code[1]!, start: code.index, score: 0.8, recognizer }));
}

/**
 * Between two codes of a printed or pasted list: a line break, or a sheet's column gap, before the next code's number in
 * the list perhaps ("   1. 4182 7730        6. 9021 5548\n   2. 3365 0917").
 */
const listLayoutJoin = /^[ \t]*(?:\n[ \t]*)?(?:\d{1,2}[.)][ \t]+)?$|^[ \t]{2,}\d{1,2}[.)][ \t]+$/;

/** The forty characters before `at`, less a word cut at their start ("said" read from its "id"). */
function wordsBefore(text: string, at: number): string {
  const start = Math.max(0, at - 40);
  const words = text.slice(start, at);
  return start > 0 && /\w/.test(text.charAt(start - 1)) ? words.replace(/^\w+/, '') : words;
}

/** Another number's word before a list, in any case and number ("Orders 2024-118, 2024-119", "call 0800-…"). */
const listOfOtherNumbers =
  /\b(?:orders?|cases?|claims?|refs?|tickets?|invoices?|polic(?:y|ies)|phones?|mobiles?|call|tel|fax|errors?|serials?|versions?|ids?|batch(?:es)?|lots?|parts?|shipments?|bookings?)\b|#|번호|전화/i;

/**
 * A listed code: hyphened, a digit in each group, not a date; or eight digits, in two groups of four perhaps ("4182 7730",
 * "40917265"), not a date ("20240527"); and neither a phone's digits (ten or more, all digits) nor a year's reference
 * ("2024-118").
 */
function isListedCodeShaped(code: string): boolean {
  if (/^\d{4} ?\d{4}$/.test(code)) return isCodeShaped(code);
  if (!code.includes('-') || !isCodeShaped(code)) return false;
  if (/^[\d-]+$/.test(code) && (code.replace(/-/g, '').length >= 10 || /^(?:19|20)\d\d-/.test(code))) return false;
  return true;
}

/** A code's groups by their lengths ("4829-1170" → "4-4", "7301 4492" → "4-4"): the codes of one list are printed alike. */
function groupsOf(code: string): string {
  return code
    .split(/[- ]/)
    .map((group) => group.length)
    .join('-');
}

/**
 * Whether the words from the name to the first code keep it the name's: no other number's word or number, and the name's
 * sentence still, or its question's answer on the next line ("…the backup codes from when you turned on 2FA?\nUser: I have
 * one written down: 4819-2276-03").
 */
function mayLeadToFirstCode(between: string): boolean {
  if (otherNumberWord.test(between) || /\d{3}/.test(between)) return false;
  const lineBreak = between.indexOf('\n');
  if (lineBreak === -1) return between.length <= firstCodeReach && !/[.!?](?:[ \t]|$)/.test(between);
  // A question's line, then the answer's line: no third line, no sentence ended before the question mark.
  const questionLine = between.slice(0, lineBreak);
  return /\?[ \t]*$/.test(questionLine) && !/[.!?][ \t]/.test(questionLine) && !between.slice(lineBreak + 1).includes('\n');
}

/**
 * A code, not a date or a word: a digit in every group ("7QK2-M9PD-4XW8"; not "AUTH-409" or "sign-in"), and not a date's
 * shape ("2025-08-04", "04-08-2025", "20250804", "2025 0804").
 */
function isCodeShaped(code: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{4}$|^(?:19|20)\d\d ?(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/.test(code)) return false;
  return code.split('-').every((group) => /\d/.test(group));
}
