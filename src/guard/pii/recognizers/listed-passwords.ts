// Passwords listed after one label ("기억나는 예전 비밀번호: sunbreaker!23, Hwang0505@@, tyh2024rb", "old passwords: …, …"),
// as a recovery form asks for every password the owner remembers, and a password in brackets right after its label
// ("기존 비밀번호(starlight_hy95)를 적어 보냄", "old password (maple_tree88) no longer works", a door's "현관 비밀번호(7·3·0·1·9)로
// 출입"): each opens the account or the door.
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
const labelWords = characterPairWords('비밀번호', '비번', 'password');
/**
 * A password's label, then a colon before a list, a few words perhaps between ("Old passwords I remember: …"), or an
 * opening bracket before one password.
 */
const labelThenValues = /(?:비밀[ \t]?번호|비번|[Pp]asswords?|PASSWORDS?)(?:(?:[ \t]+[A-Za-z가-힣]{1,10}){0,3}[ \t]*([:：])|(\())[ \t]*/g;
/** One password: a word of printable ASCII without a comma or a bracket, six to thirty-two characters. */
const passwordWord = /[!-'*+\--~]{6,32}/y;
/** Between two passwords of a list: a comma or a slash and blanks. */
const listJoin = /[ \t]*[,/][ \t]*/y;

/**
 * Whether `value` has a password's mix: letters and digits, or a mark besides them; not a web address, an e-mail, a date
 * or a word alone.
 */
function isPasswordShaped(value: string): boolean {
  if (/^(?:https?:|www\.)|@[\w-]+\.[a-z]|^\d[\d./-]*$/i.test(value)) return false;
  return /[A-Za-z]/.test(value) && (/\d/.test(value) || /[^A-Za-z0-9]/.test(value));
}

/**
 * The passwords listed after one label (two or more), or bracketed right after it, each 0.8.
 *
 * @example
 * findListedPasswords('예전 비밀번호: sunbreaker!23, tyh2024rb').map((found) => found.text); // ['sunbreaker!23', 'tyh2024rb']
 * findListedPasswords('비밀번호(8자 이상) 입력'); // []
 */
export function findListedPasswords(text: string): PiiFinding[] {
  if (!mayHoldAnyWord(text, labelWords)) return [];
  let found: PiiFinding[] | undefined;
  labelThenValues.lastIndex = 0;
  for (let label = labelThenValues.exec(text); label !== null; label = labelThenValues.exec(text)) {
    const values = label[2] === undefined ? listAt(text, labelThenValues.lastIndex) : bracketedAt(text, labelThenValues.lastIndex);
    for (const value of values) (found ??= []).push(value);
  }
  return found ?? [];
}

/** Two passwords or more in a list at `at`, ending its line or its sentence; none where fewer are listed. */
function listAt(text: string, at: number): PiiFinding[] {
  const values: PiiFinding[] = [];
  let from = at;
  for (;;) {
    passwordWord.lastIndex = from;
    const word = passwordWord.exec(text);
    if (word === null) break;
    const value = word[0].replace(/[.;:]+$/, '');
    if (!isPasswordShaped(value)) return [];
    values.push(createFinding({ type: 'PASSWORD', text: value, start: word.index, score: 0.8, recognizer }));
    listJoin.lastIndex = passwordWord.lastIndex;
    if (!listJoin.test(text)) break;
    from = listJoin.lastIndex;
  }
  // The list ends its line or its sentence ("…, tyh2024rb\n"); a clause going on is prose.
  const last = values.at(-1);
  if (values.length < 2 || last === undefined || !/^[ \t.]*(?:\n|$)/.test(text.slice(last.end, last.end + 4))) return [];
  return values;
}

/**
 * A door's code in brackets: four to eight digits, a keypad's star or hash perhaps, or its digits one by one between dots
 * ("현관 비밀번호(7·3·0·1·9)").
 */
const bracketedDigits = /[#*]?\d{4,8}[#*]?|\d(?:[·.][ \t]?\d){3,7}/y;

/** The password bracketed at `at` ("(starlight_hy95)", "(7·3·0·1·9)"), the bracket closing right after it. */
function bracketedAt(text: string, at: number): PiiFinding[] {
  bracketedDigits.lastIndex = at;
  const digits = bracketedDigits.exec(text);
  if (digits !== null && text.charAt(bracketedDigits.lastIndex) === ')')
    return [createFinding({ type: 'PASSWORD', text: digits[0], start: at, score: 0.8, recognizer })];
  passwordWord.lastIndex = at;
  const word = passwordWord.exec(text);
  if (word === null || text.charAt(passwordWord.lastIndex) !== ')' || !isPasswordShaped(word[0])) return [];
  return [createFinding({ type: 'PASSWORD', text: word[0], start: word.index, score: 0.8, recognizer })];
}
