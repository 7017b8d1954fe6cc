// A one-time code after its name, or a code the sentence says was texted, as a customer reads it out or a log keeps it
// ("OTP captured: 730184", "Your one-time passcode is 739 215", "He also made me read him the code you texted me, 604913",
// "I got a text with a code 442917 do you need it?", "문자로 온 인증번호 719305도 불러줌"): a second factor given away opens
// the account as a password does.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from './create-finding.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizer = 'credential';
/**
 * A one-time code's names ("OTP", "one-time passcode", "verification code", "SMS code", "2FA code", an authenticator's code, 인증번호, OTP 번호), and
 * the codes an app or a device issues to link, pair, activate or reset an account ("the link code it gave me is 448 291");
 * "security code" is a card's, "confirmation code" a booking's; a log's "2fa:" field. No "OTP" inside a key ("PENDING_OTP",
 * "otp_ref").
 */
const oneTimeCodeName =
  /(?:인증|OTP)[ \t]*(?:번호|코드)|(?<![\w-])(?:OTP|otp|[Oo]ne[- ]time[ \t]+(?:pass)?code|[Oo]ne[- ]time[ \t]+(?:password|PIN|pin)|(?:[Vv]erification|2FA|MFA|SMS|[Ss]ms|[Ll]ogin|[Ss]ign-in|[Aa]uthentication|[Aa]uthenticator|[Ll]ink(?:ing)?|[Pp]airing|[Aa]ctivation|[Rr]eset)[ \t]+code|(?:2FA|2fa|MFA|mfa)(?=[ \t]*[:=][ \t]*\d{6,8}(?!\d)))(?![\w-])/g;
/**
 * A bare "code" with a word before it that leaves it any code sent ("the code", "a code", "that code", "6-digit code"); any
 * other word names another code ("error code", "promo code", "booking code", "school code").
 */
const bareCode = /\b(?:the|a|that|this|same|your|my|his|her|new|\d-digit|(?:four|five|six|eight)-digit)[ \t]+codes?\b/gi;
/**
 * Words that say a code came by text ("the code you texted me", "got a text with a code", "the code they sent me"), or that
 * it is to be entered ("Enter the code 730182 (valid for 15 minutes)").
 */
const textedCue = /\btext(?:ed|s)?\b|\bSMS\b|\bsent[ \t]+(?:me|it[ \t]+to[ \t]+me|to[ \t]+my[ \t]+phone)\b|\bmessaged[ \t]+me\b|\benter\b/i;
/** A code said to have arrived ("code came through: 584 219", "the code just arrived 7731"): it was sent to its owner. */
const arrivedCode = /\bcodes?[ \t]+(?:just[ \t]+)?(?:came(?:[ \t]+through)?|arrived)\b/gi;
/**
 * The code an authenticator app shows, as its owner reads it off the screen ("OTP 앱에 지금 493017 떠 있는데", "my OTP app
 * shows 493 017").
 */
const shownByApp =
  /(?:OTP|인증)[ \t]*앱(?:에|에서|에는|엔)?[ \t]*(?:지금[ \t]*)?(\d{6,8})(?=[ \t]*(?:떠|떴|뜬|나와|나왔|나오|이라고|라고))|\b(?:OTP|[Aa]uthenticator)[ \t]+app[ \t]+(?:now[ \t]+)?(?:shows|says|is[ \t]+showing)[ \t]+(\d{6}|\d{3} \d{3})(?![\d-])/g;
/** How far after "code" the sentence may say it was texted ("the code you texted me"). */
const textedCueReach = 30;
/**
 * The code within a few words after its name in the same sentence, with no other number before it ("OTP captured: 730184",
 * "the code you texted me, 604913", "one-time passcode is 739 215"): four to eight digits, or two groups of three; not a
 * group of a longer number ("OTP sent to 07384 226 519"), a time or a phone's part. Korean may stand between only as a
 * particle ("인증번호는 719305", "인증번호: 719305") or as the word of its entry ("3DS 인증번호 입력 → 771046"), not as another word
 * ("OTP 일련번호 끝 네자리 3307" is a token's serial), nor may a number, but an aside in brackets may ("양도 확인 인증번호 (양도인
 * 휴대폰으로 수신): 482913"); an SMS brackets it ("[Web발신] 결제 인증번호 [482913]"), and so does a note ("read the one-time code back to me (492817)"). How long the code
 * lasts may stand between ("use this one-time code within 15 minutes: 739 205").
 */
const codeSaidAfter =
  /(?:[은는이가]|입력|\([^()\n\d]{1,30}\)|[^\n\d.?!가-힣[(]|(?<=within[ \t]|for[ \t])\d{1,2}[ \t]?(?:minutes|mins?|hours?)\b){0,40}?[[(]?(?<![\w.,/:#*$£€+-])(\d{4,8}|\d{3}[ -]\d{3})(?![\w@]|[.,:/-]\d|[ \t]?\d)/y;
/** Another number's words between the name and the digits ("the OTP goes to the number ending 4471", "code for order 44120"). */
const otherNumberWord =
  /\b(?:order|case|claim|ref|reference|ticket|transaction|tx|booking|confirmation|account|acct|policy|invoice|number|no|ending|ends|phone|mobile|call|ext|extension|error|serial|version|step|attempt)\b|#|번호/i;
/** Units, counts and a year's words after a number: no code ("code 4096 items", "인증번호 3회", "since 2024"). */
const countAfter = /^[ \t]?(?:am|pm|hrs?|mins?|minutes|seconds|secs?|days?|items?|times|years?|digits?|%|자리|회|번|분|초|원|년|개)/i;
/** A year after a preposition ("texted me the code in 2024"): a date, not a code. */
const yearAfterPreposition = /\b(?:in|since|by|from|until|of|for|to)[ \t]+$/i;

/**
 * The one-time codes of `text` after their names, or after "code" where the sentence says it was texted, each 0.8; spans in
 * `taken` are skipped. Remembered for the last text, since the fast-path test asks first and the recogniser after it.
 *
 * @example
 * findOneTimeCodes('OTP captured: 730184', []).map((code) => code.text); // ['730184']
 * findOneTimeCodes('error code 4096 again', []); // []
 */
export function findOneTimeCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  const codes = oneTimeCodesIn(text);
  return taken.length === 0 ? codes : codes.filter((code) => !overlapsAny(taken, code));
}

const oneTimeCodesIn = rememberLastText((text: string): PiiFinding[] => {
  const codes: PiiFinding[] = [];
  oneTimeCodeName.lastIndex = 0;
  for (let name = oneTimeCodeName.exec(text); name !== null; name = oneTimeCodeName.exec(text))
    addCode(codes, codeAfter(text, name.index + name[0].length));
  loggedCode.lastIndex = 0;
  for (let line = loggedCode.exec(text); line !== null; line = loggedCode.exec(text)) {
    const start = line.index + line[0].length - line[1]!.length;
    addCode(codes, createFinding({ type: 'PASSWORD', text: line[1]!, start, score: 0.8, recognizer }));
  }
  arrivedCode.lastIndex = 0;
  for (let code = arrivedCode.exec(text); code !== null; code = arrivedCode.exec(text))
    addCode(codes, codeAfter(text, code.index + code[0].length));
  shownByApp.lastIndex = 0;
  for (let shown = shownByApp.exec(text); shown !== null; shown = shownByApp.exec(text)) {
    const value = shown[1] ?? shown[2]!;
    addCode(
      codes,
      createFinding({ type: 'PASSWORD', text: value, start: shown.index + shown[0].lastIndexOf(value), score: 0.8, recognizer }),
    );
  }
  if (textedCue.test(text)) {
    bareCode.lastIndex = 0;
    for (let code = bareCode.exec(text); code !== null; code = bareCode.exec(text)) {
      const end = code.index + code[0].length;
      if (textedCue.test(text.slice(sentenceStart(text, code.index), end + textedCueReach))) addCode(codes, codeAfter(text, end));
    }
  }
  return codes;
});

/**
 * Adds a code found unless one found before starts at the same place. A module's function, not a closure made on every
 * call: most texts find none, and a closure per call cost more than the searches.
 */
function addCode(codes: PiiFinding[], code: PiiFinding | undefined): void {
  if (code !== undefined && !codes.some((other) => other.start === code.start)) codes.push(code);
}

/** The code said a few words after `wordEnd`, or undefined where another number's word, a count or a year stands there. */
function codeAfter(text: string, wordEnd: number): PiiFinding | undefined {
  codeSaidAfter.lastIndex = wordEnd;
  const said = codeSaidAfter.exec(text);
  if (said === null) return undefined;
  const value = said[1]!;
  const end = codeSaidAfter.lastIndex;
  const start = end - value.length;
  const between = text.slice(wordEnd, start);
  if (otherNumberWord.test(between) || countAfter.test(text.slice(end, end + 8))) return undefined;
  // A bracketed code in the SMS as delivered, its banner opening the line, is the service's message to its owner; the
  // same SMS relayed after a speaker's name or in quotes gives the code away.
  if (text.charAt(start - 1) === '[' && text.charAt(text.lastIndexOf('\n', wordEnd - 1) + 1) === '[') return undefined;
  if (/^(?:19|20)\d\d$/.test(value) && yearAfterPreposition.test(between)) return undefined;
  return createFinding({ type: 'PASSWORD', text: value, start, score: 0.8, recognizer });
}

/**
 * A log line of a one-time code's event and the code its "code=" key keeps ("event=OTP_OK user=… code=619084",
 * "otp_verified user=… code=604218").
 */
const loggedCode = /(?<![A-Za-z])(?:OTP|otp)(?![A-Za-z])[^\n]*?[ \t,](?:code|otp_code|otpCode)=(\d{4,8})(?![\w.-])/g;

/** Where the sentence holding `at` starts: after the last full stop, question or exclamation mark or line break before it. */
function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[.?!\n]/.test(text.charAt(start - 1))) start -= 1;
  return start;
}

const codeNames = characterPairWords('otp', '인증', '코드', 'pac', 'stac', '2fa', 'mfa');
const otpName = characterPairWords('otp');
const certificationName = characterPairWords('인증');
const codeName = characterPairWords('코드');
const pacName = characterPairWords('pac');
const stacName = characterPairWords('stac');
const factorNames = characterPairWords('2fa', 'mfa');

/**
 * Whether `text` holds a code's name that no credential label's trigger sees ("OTP", 인증번호, 백업코드, 복구코드, a porting
 * code's "PAC" or "STAC", a log's "2fa:"): a cheap
 * test before the searches. An English "code" sets the access codes' trigger.
 *
 * @example
 * mayHoldCodeName('OTP captured: 730184'); // true
 */
export function mayHoldCodeName(text: string): boolean {
  if (!mayHoldAnyWord(text, codeNames)) return false;
  // A word's literal is read only where its own pairs are there: a fifth of the texts hold some name's pairs ("pa" and "ac"
  // of "package"), few hold the whole of one, and each literal holds its own pairs.
  return (
    (mayHoldAnyWord(text, otpName) && (text.includes('OTP') || text.includes('otp'))) ||
    (mayHoldAnyWord(text, certificationName) && text.includes('인증')) ||
    (mayHoldAnyWord(text, codeName) && text.includes('코드')) ||
    (mayHoldAnyWord(text, pacName) && text.includes('PAC')) ||
    (mayHoldAnyWord(text, stacName) && text.includes('STAC')) ||
    (mayHoldAnyWord(text, factorNames) && /2FA|2fa|MFA|mfa/.test(text))
  );
}
