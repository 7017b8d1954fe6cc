// A word shaped as a chosen password, letters, digits and a symbol together ("Koala!Sunset22", "sunny1963!", "ds@2025staff"),
// a little after a password's word on its line or the line before ("do u need my password, its Koala!Sunset22", "와이파이
// 비번도 혹시 몰라서 kimfam2024!! 로 바꿨어요"), or after a mail address given as a login and a slash ("the shared Overleaf
// login is cs341grp7@gmail.com / Overleaf!Grp7_2024"), or a second try at a password given before ("try Fiorentina!1979"): so mixed a word beside that word is the secret, in whatever frame it
// stands.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';
import { wordsAroundAnchors } from './words-around-anchors.ts';

const recognizerName = 'credential';

/** The characters a password is typed with. */
const typedCharacter = /[\w!@#$%^&*.+=?~-]/;
/** A symbol a password is asked to hold; a plus or an equals sign is as often a model's or a key=value log's. */
const passwordSymbol = /[!@#$%^&*?~]/;
/**
 * A symbol with a letter or a digit beside it: where a password may stand, searched first since prose holds few. The
 * symbol opens the pattern, so the search skips to it rather than trying every letter (a fifth of the time on a Korean
 * document); the word read out around it is the same.
 */
const symbolAnchor = /[!@#$%^&*?~](?:(?<=[A-Za-z0-9].)|(?=[A-Za-z0-9]))/g;
/** A password's, a key's or a Wi-Fi network's word, on the word's line or the line before. */
const passwordWord = /password|passwd|passcode|\bpw\b|\bpwd\b|\bpass\b|wi-?fi|\bwlan\b|\bkey\b|비번|비밀번호|암호|와이파이|접속키/i;
/** How far back the word may stand: the rest of the line, and the line before. */
const passwordWordReach = 120;
/** A mail address right before the word, then a slash or a bar: the account's login, given with its password after it. */
const mailLoginBefore = /[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[ \t]*[/|][ \t]*$/;
/** A login's word on the line before the address, which makes the address a login and not a contact. */
const loginWord = /\b(?:log[ -]?in|sign[ -]?in|account|acct|creds|credentials|username|user)\b|로그인|계정|아이디/i;

/**
 * The password-shaped words of `text` after a password's word, 0.7; `taken` spans are skipped.
 *
 * @example
 * findPasswordShapedWords('do u need my password, its Koala!Sunset22', []).map((finding) => finding.text); // ['Koala!Sunset22']
 * findPasswordShapedWords('mail me at jo.kim2024@example.com, password reset done', []); // []
 */
export function findPasswordShapedWords(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const { start, end } of wordsAroundAnchors(text, { anchor: symbolAnchor, wordCharacter: typedCharacter })) {
    const word = text.slice(start, end);
    if (word.length < 6 || word.length > 32 || !isPasswordShaped(word) || overlapsAny(taken, { start, end })) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const previousLine = lineStart === 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    const before = text.slice(Math.max(previousLine, start - passwordWordReach), start);
    if (
      !passwordWord.test(before) &&
      !afterMailLogin(text.slice(Math.max(lineStart, start - passwordWordReach), start)) &&
      !isVariantOfPassword(word, taken) &&
      !typedAtLogin.test(text.slice(Math.max(lineStart, start - passwordWordReach), start))
    )
      continue;
    findings.push(createFinding({ type: 'PASSWORD', text: word, start, score: 0.7, recognizer: recognizerName }));
  }
  return findings;
}

/**
 * A user saying what they type to log in, on the word's line ("cant log in, I type akowal.tr and Warsaw#2019"): what they
 * type is their login and their password.
 */
const typedAtLogin = /\blog[ -]?in\b[^\n]{0,40}\bI[ \t]+(?:type|typed|enter|entered|put[ \t]+in)\b/i;

/** How many first characters a retried password shares with the one given before it. */
const variantStem = 5;

/**
 * Whether `word` opens as a password found in the text does ("pw is Fiorentina!79" / "didn't work" / "try
 * Fiorentina!1979"): a second try at the same password, as secret as the first.
 */
function isVariantOfPassword(word: string, taken: readonly PiiFinding[]): boolean {
  const stem = word.slice(0, variantStem).toLowerCase();
  return taken.some(
    (found) => found.type === 'PASSWORD' && found.text.length >= variantStem && found.text.slice(0, variantStem).toLowerCase() === stem,
  );
}

/**
 * A letter, a digit and a symbol, and no mail address's or host's shape ("jo.kim2024@example.com"), no key=value pair
 * ("attempt=3"), no reference after a hash ("#RC-5529017"), no mask's run of stars.
 */
function isPasswordShaped(word: string): boolean {
  return (
    /[A-Za-z]/.test(word) &&
    /\d/.test(word) &&
    passwordSymbol.test(word) &&
    !word.includes('=') &&
    !word.startsWith('#') &&
    !/@[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(word) &&
    // A password shown masked ("qw****21") hides it.
    !/[*•]{3,}/.test(word)
  );
}

/** Whether `lineBefore` (the word's line up to it) ends in a mail address and a slash, with a login's word before them. */
function afterMailLogin(lineBefore: string): boolean {
  const address = mailLoginBefore.exec(lineBefore);
  return address !== null && loginWord.test(lineBefore.slice(0, address.index));
}
