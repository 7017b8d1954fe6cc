// A one-time code or a PIN given alone as a chat's reply, on the line after the other side said it sent a code or asked
// for one ("you'll get a 6-digit code by text, can you send it over?" / "Nicola: 482913", "인증번호 보내드렸습니다. 6자리
// 입력 부탁드려요." / "김현우: 583026 이요", "And the four-digit account PIN?" / "Caller: 8 0 1 9.", "it wants a confirmation
// code??" / "Mum: 472913"): the line names no code, the question before it does.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/**
 * A speaker's line that holds a code alone, perhaps after a few words that hand it over ("it's", "make it") and before a
 * Korean ending ("이요", "입니다"): four to eight digits, two groups of three ("406 218") or four to eight digits read out
 * one by one ("8 0 1 9"), after an acknowledgement perhaps ("yeah got it, 662 914"), a few Korean words ("아 이미 적음 ㅋㅋ
 * 551903"), the code's own word ("code is 447 193", "코드 918 402") or the words that read it out ("ok it says 482
 * 913", "it says 한빛 8316": a one-won deposit's sender name shows its code after the bank's), before a word that it came or a
 * check ("779204 왔어요", "the code is 731905 right?"); the speaker's name before a colon, no digit in it but a handle's ("User
 * mattyb_92: 748 213"), not a time's ("14:03"), which may open the line before the speaker ("[10:45] You: got it 417 093").
 */
const bareCodeLine =
  /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]+)?(?=[^\n:]{1,40}:)(?:[^\n:\d]|(?<=[A-Za-z_])\d+)+:[ \t]*(?:[^\n\d:]{0,30}?\b(?:it's|it’s|it is|its|make it|it was|it says|says|the code is)[ \t]+(?:[가-힣]{1,6}[ \t]+)?|(?:(?:(?:yeah|yes|ok(?:ay)?)[ \t]*,?[ \t]*)?got it|ok(?:ay)?|yes|yep|sure|here)[ \t]*[,.:!-]?[ \t]+|(?<named>(?:the[ \t]+)?code(?:'s|[ \t]+is)|코드(?:는)?)[ \t]*:?[ \t]*|[가-힣ㅋㅎㅠㅜ][가-힣ㅋㅎㅠㅜ \t]{0,15}[ \t])?(?<code>\d{4,8}|\d{3}[ -]\d{3}|\d(?: \d){3,7})(?:[ \t]*(?:이요|요|입니다|이에요|예요|왔어요|왔습니다|떴어요|이거요\??)|[ \t]+(?:right|correct)\?)?[ \t.!]*$/gm;
/**
 * A one-time code's or a PIN's name on the line before: "code", "passcode", "OTP", "PIN", 인증번호, (인증)코드, a sent 비번, or
 * the number that came by text ("방금 문자 온 숫자 6개만 알려줘", "본인인증 문자 오면 불러줄게").
 */
const codeName =
  /\b(?:code|passcode|OTP|PIN)\b|(?:인증|OTP)[ \t]*번호|코드|비번|비밀[ \t]*번호|문자[ \t]?(?:로[ \t]?)?온[ \t]?(?:숫자|번호)|인증[ \t]?문자/i;
/**
 * Words on that line that send the code, ask for it or set it ("I've texted you a code", "could you type it here?", "it
 * wants a confirmation code", "the carrier needs the account PIN", "set a new account PIN", "인증번호 보냈습니다", "가면 알려주세요", "메일로 온 코드 주세요"), or a question ending on the PIN
 * ("And the four-digit account PIN?").
 */
const codeSentOrAsked =
  /\b(?:text|texted|SMS|sent|send|sending|message|wants?|needs?|asks?|asking|type|typing|enter|entering|read|set|triggered)\b|(?:보내|보냈|발송|전송|입력|불러|알려|가면|갔을|갈[ \t]거|주세요)|\b(?:PIN|passcode)[ \t]*\?/i;
/**
 * Another value asked for on the same line: the reply is that value, not the code ("인증번호 확인 전에 생년월일 부탁드려요"); a
 * phone the code was sent to is none ("I've sent a reset code to your phone"), unless its last digits are asked.
 */
const otherValueAsked =
  /생년월일|생일|전화|우편번호|주민|birth|DOB|post ?code|zip|(?<!\bto[ \t]+(?:your|my|the)[ \t]+)phone|\blast[ \t]+(?:two|three|four|[234])\b|account(?![ \t]+(?:PIN|passcode|password))|card|IMEI/i;

/**
 * The codes given alone on the line after a line that says a code was sent, each 0.8; spans in `taken` are skipped.
 *
 * @example
 * findOneTimeCodeReplies("Agent: I've texted you a code, can you read it out?\nSam: 482913", []).map((code) => code.text); // ['482913']
 * findOneTimeCodeReplies('Agent: what is your postcode?\nSam: 48291', []); // []
 */
export function findOneTimeCodeReplies(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  // A reply needs a line before it.
  if (!text.includes('\n')) return [];
  let codes: PiiFinding[] | undefined;
  bareCodeLine.lastIndex = 0;
  for (let line = bareCodeLine.exec(text); line !== null; line = bareCodeLine.exec(text)) {
    // A line that names the code it gives may answer a line a few turns up ("it's going to send a code to my phone" / "ok
    // logging in now" / "code is 447 193").
    const turnsUp = line.groups?.['named'] === undefined ? 1 : namedCodeTurnsUp;
    let previous = lineBefore(text, line.index);
    let lineStart = previous === '' ? 0 : line.index - previous.length - 1;
    for (let turn = 1; turn < turnsUp && lineStart > 0 && !(codeName.test(previous) && codeSentOrAsked.test(previous)); turn++) {
      previous = lineBefore(text, lineStart);
      lineStart -= previous.length + 1;
    }
    if (!codeName.test(previous) || !codeSentOrAsked.test(previous) || otherValueAsked.test(previous)) continue;
    const value = line.groups!['code']!;
    const start = line.index + line[0].lastIndexOf(value);
    const code = createFinding({ type: 'PASSWORD', text: value, start, score: 0.8, recognizer });
    if (!overlapsAny(taken, code)) (codes ??= []).push(code);
  }
  return codes ?? [];
}

/** How many lines up a reply that names its code may answer the line that sent it. */
const namedCodeTurnsUp = 3;

/** The line before the one that starts at `lineStart`. */
function lineBefore(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(start, lineStart - 1);
}
