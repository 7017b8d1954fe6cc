// Finds passwords, PINs, card security codes and expiry dates, and usernames, where a customer types them after their label
// ("비밀번호는 1234예요", "password: Summer2024!", "CVC 123", "유효기간 12/27"): they exist only there, and must never reach a
// remote model.
import { followsBusinessChannelWords } from './organisations-handles.ts';
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';
import { textFeatures, textTrigger } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { isCodeIdentifier } from './login-shaped-words.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { isAsciiLetter } from '../feature-characters.ts';
import { isAsciiDigit } from './digit-boundaries.ts';
import { expiryAfter, expiryLabelSource, restatedExpiryAfter } from './card-expiry.ts';
import { findPasswordShapedWords } from './password-shaped-words.ts';
import { isEverydayWording, isEverydayWordsJoined } from './everyday-wording.ts';
import { findAccessCodes } from './access-codes.ts';
import { findOneTimeCodes, mayHoldCodeName } from './one-time-codes.ts';
import { findBackupCodes } from './backup-codes.ts';
import { findOneTimeCodeReplies } from './one-time-code-replies.ts';
import { findSecurityCardCodes } from './security-card-codes.ts';
import { findListedPasswords } from './listed-passwords.ts';
import { findPortingCodes } from './porting-codes.ts';
import { findWifiKeysAfterNames, mayHoldWifiKey } from './wifi-keys-after-names.ts';
import { findCurrentDoorCodes } from './current-door-codes.ts';
import { cardCodeAfterExpiry } from './card-codes-after-expiry.ts';
import { followsSpelledCardNumber, spelledValueAt } from './spelled-card-values.ts';
import { findComboListPasswords } from './combo-list-passwords.ts';
import { findIssuedAccessCodes, mayHoldIssuedCodeName } from './issued-access-codes.ts';

const name = 'credential';
// Each group is a kind of value: a password or PIN, a card security code, a username, a card's expiry date. The English
// labels are spelled in the cases the feature pass's pairs see ("pin" only after a blank: "shipping" and "opinion" hold it
// too). No alternative opens with a look-behind or a blank, which would be tried at every position or every blank of a
// long text; the character before a label is checked in code instead.
const labelSearch = new RegExp(
  [
    // A door's, a gate's, a key safe's, a key box's or an alarm's code (after a door's or a key safe's on its line: "key safe
    // code is 7302. alarm is 1948"; an alarm clock's time is none), a padlock's combination ("combo is 3-9-1-7"), a Wi-Fi key
    // and a SIM's PUK are passwords too; so are a room's lock and a locker's combination ("Room lock: 7742",
    // "Combination: 4-0-7-2"); so are French listings' "mot de passe" and "boîte à clés" ("Boîte à clés (sous les boîtes aux lettres) : 2806").
    String.raw`([Pp]ass(?:word|wd|code)|[Mm]ot[ \t]+de[ \t]+passe|[Bb]o[îi]te[ \t]+[àa][ \t]+cl[ée]s?|PASS(?:WORD|WD|CODE)|PASS(?=[ \t]*[=:])|pass(?=[ \t]*=)|pwd?|PWD?|Pwd?|PIN|Pin|pin|PUK|(?:[Dd]oor|[Gg]ate|[Kk]ey ?safe|[Kk]ey ?box|[Ll]ockbox|[Aa]larm|[Ee]ntry|[Bb]uzzer|[Ll]obby)[ \t]+code|[Aa]larm(?<=\b(?:code|door|safe|key|keys|lock)\b[^\n]{0,60}[Aa]larm)(?=[ \t]+is[ \t]+\d{4,8}\b)|[Cc]ombo(?=[ \t]+(?:is[ \t]+)?\d{1,2}(?:-\d{1,2}){2,5}(?![\d-]))|(?:DOOR|GATE|ENTRY|BUZZER|LOBBY|ALARM)[ \t]+CODE|[Dd]oor[ \t]+lock|[Rr]oom[ \t]+lock|[Ll]ocker[ \t]+(?:code|combination)|[Cc]ombination(?=[ \t]*[:：][ \t]*\d)|[Dd]igicode|[Kk]ey ?safe|[Kk]ey ?box|[Ll]ockbox|(?:Wi-?Fi|WiFi|wifi|WIFI|WLAN|WPA2?(?:-PSK)?)[ \t]+(?:[Kk]ey|KEY)|[Kk]ennwort)(?:[ \t]*(?:number|code|no\.?)|\d(?=["'][ \t]*[:=]))?(?![A-Za-z])`,
    // A card's code by its names ("CVV", "CVN", "card verification value", Australian banks' "CCV"); 번호 may follow the
    // label ("CVC 번호는 123"). Where it is printed ("the 3 digits on the back") is read by `codesOnTheBack`.
    String.raw`(CV[VC]2?|CCV|[Cc]v[vc]2?|CVN|[Cc]ard [Vv]erification (?:[Vv]alue|[Cc]ode|[Nn]umber))(?:[ \t]*(?:번호|[Nn]umber|[Cc]ode|no\.?|#))?(?![A-Za-z])`,
    // A keypad's, a key box's or an alarm's code too ("대문 키패드 4096 누르고", "키박스 번호 0-7-3-1", "경보기는 … 9514 입력"); a
    // digital lock's (번호키, "대문 번호키 2580 누르고") and a padlock's ("LOTO 자물쇠 번호: 0417").
    String.raw`(비밀[ \t]*번호|비번|암호|핀[ \t]*번호|도어락(?:[ \t]*(?:비밀)?번호)?|키[ \t]*패드(?:[ \t]*번호)?|키[ \t]*박스(?:[ \t]*(?:비밀)?번호)?|경보기(?:[ \t]*(?:비밀)?번호)?|(?:공동[ \t]*)?현관(?:문)?(?:[ \t]*(?:출입|비밀)?[ \t]*번호|[ \t]*(?:code|password|pw))?|출입[ \t]*(?:비밀)?번호|번호키|자물쇠(?:[ \t]*(?:비밀)?번호)?)`,
    // Where a Korean card's code is printed: 뒷면 번호, 뒤에 3자리, 뒷면에 있는 숫자 세 개, 뒷자리 세 개, an American Express
    // card's 앞면 4자리; its 보안번호.
    String.raw`(보안[ \t]*코드|(?:카드[ \t]*)?보안[ \t]*번호|앞면[ \t]*(?:4|네)[ \t]*자리|(?:카드[ \t]*)?(?:뒷면|뒷[ \t]*자리|뒤(?:에|의|쪽)?)(?:에[ \t]*있는)?[ \t]*(?:(?:번호|숫자)[ \t]*)?(?:(?:3|세)[ \t]*(?:자리|개)(?:[ \t]*(?:번호|숫자))?|번호))`,
    // A card's code by other names, an American Express card's CID among them; each needs a card word near, as a door or an
    // alarm has a security code too.
    String.raw`([Ss]ecurity[ \t]+(?:[Cc]ode|[Nn]umber)|[Ss]ec\.?[ \t]+[Cc]ode|CSC|CID|[Cc]ard[ \t]+[Cc]ode|[Ss]ignature[ \t]+(?:strip|panel)|the[ \t]+(?:3|three)[ \t-]digits?)(?![A-Za-z])`,
    // Usernames and social handles: the account a customer names to be found; a player's in-game name ("IGN: Zeph") and game
    // account ("the game account that was charged is 'frostfox_21'") too, and a game character's name (캐릭터명, 캐릭터
    // 닉네임; a bare 캐릭터 is followed by its level as often, "캐릭터 Lv.87").
    // LOGIN in capitals is a key only before its colon or equals sign ("CHANNEL_OWNER_LOGIN=ttoki_vlog"); an audit log's
    // event is none ("LOGIN\tFAIL_2FA").
    String.raw`((?:[Uu]ser[ \t]?(?:[Nn]ame|IDs?|[Ii]d)|user(?=[ \t]*[:：=][ \t]*[A-Za-z0-9-]*(?:[._][A-Za-z0-9]|\d))|USER[ \t]?(?:NAME|ID)|USER(?=["']?[ \t]*[:=][ \t]*["']?[A-Za-z0-9-]*(?:[._][A-Za-z0-9]|\d))|[Ll]ogin(?:[ \t]?(?:ID|id|name))?|LOGIN(?:[ \t]?(?:ID|NAME))?(?=["']?[ \t]*[:=])|IGN(?=[ \t]*[:：'"‘“])|[Aa]ccount[ \t]name|[Gg]ame[ \t]+account|account[ \t]+in[ \t]+the[ \t]+game|s[Aa][Mm]_?[Aa]ccount(?:_?[Nn]ame)?|ID|[Mm]y[ \t]id(?=[ \t]+is\b)|[Kk]akao(?:[Tt]alk|[ \t][Tt]alk)?|[Ii]nstagram|(?:ig|[Ss]nap)(?=[ \t]*[:：]|[ \t]+is[ \t])|[Tt]witter|[Tt]elegram|[Tt]ik[Tt]ok|[Ss]napchat|[Dd]iscord|[Vv]enmo|Git[Hh]ub|Git[Ll]ab)(?![A-Za-z])|아이디|계정(?:[ \t]*(?:명|이름))?|닉네임|캐릭터[ \t]*(?:명|이름|닉네임)|인스타(?:그램)?|트위터|텔레그램|틱톡|카카오톡|카톡|디코|디스코드|위챗)`,
    // A card's expiry date.
    `(${expiryLabelSource})`,
  ].join('|'),
  'g',
);
/**
 * Between a label and its value: a note in brackets perhaps ("CVV (3 digits on back): 417", "게임 ID(로그인): …"), where
 * it is used or who agreed it before a colon ("Username on service: …", "Password for wifi: …", "Collection password
 * agreed with family: …"), a
 * table's bar ("| 인스타그램 | seoyun.draws"), a colon or an equals sign (quoted as a JSON key and value are, `"username":"tolu_bakes"`),
 * "is" or "was", "to" after a change ("reset the password to …"), "still" ("is the gate code still 4471?"), a Korean particle and a word of change or keeping ("비번
 * 바꿨어 …", "비번은 그대로 …"), blanks.
 */
const separator =
  /(?:[ \t]*\((?![\d \t]+\))[^()\n]{1,60}\))?(?:[ \t]*\b(?:(?:(?:we|I)[ \t]+)?agreed[ \t]+with|on|for|at)[ \t]+(?:the[ \t]+)?[A-Za-z][A-Za-z-]{1,20}(?=[ \t]*[:：=]))?(?:[은는이가]?요[?.]?(?=[ \t]))?[ \t]*(?:["']?[ \t]*[:：=][ \t]*["']?|[-–→|][ \t]+|(?:is|was|are|will[ \t]+be|should[ \t]+be|says|reads)[ \t]+(?:now[ \t]+)?|(?:(?:is|was)[ \t]+)?(?:now|still|changed[ \t]+to|set[ \t]+to|to)[ \t]+|[ \t]+I[ \t]+(?:put|used|set|entered|chose|picked)(?:[ \t]+in)?[ \t]+(?:was|is)[ \t]+|[은는이가을를도]?[ \t]*(?:그대로|바꿨(?:어요|어|습니다|다)?|변경(?:했어요|했어|됨|했습니다)|새로)[ \t]+(?:[→:-][ \t]*)?|[은는이가을를도][ \t]*|[ \t])/iy;
/** Digits alone in brackets, a code given so. */
const bracketedDigits = /^\(\d{3,8}\)/;
/** A password as typed: printable ASCII without blanks. */
const passwordValue = /[!-~]{4,64}/y;
// A code read out digit by digit ("CVV 5 2 9") keeps its blanks.
const codeValue = /\d{3,4}(?!\d)|\d(?: \d){2,3}(?! ?\d)/y;
const digitGroupsKey = /\d{4}(?: \d{4}){3,7}(?! ?\d)/y;
/** Two to four groups of two to four digits, not a count's ("PIN 4821 12 attempts"). */
const pinGroups = /\d{2,4}(?: \d{2,4}){1,3}(?![ \t]?\d|[ \t]+(?:attempts?|times|tries|digits?|mins?|minutes|hours?|days?)\b)/y;
/** Four to eight digits, each apart by a blank, up to the line's end or a sentence's mark. */
const spacedDigitsCode = /\d(?: \d){3,7}(?=[ \t]*(?:[\r\n.,;)]|$))/y;
/** Syllables that make a number a count after a password's label ("4자리", "5회", "2024년"), not the value. */
const countSyllables: ReadonlySet<number> = new Set([...'자글년월일회번개원시분초차명'].map((syllable) => syllable.charCodeAt(0)));

const noFindings: PiiFinding[] = [];

/**
 * The passwords, PINs and card security codes after their labels in `text`; remembered for the last text, since the
 * fast-path test asks first and the recogniser after it.
 *
 * @example
 * findCredentials('비밀번호는 1234예요').map((finding) => finding.text); // ['1234']
 * findCredentials('비밀번호 재설정 메일이 안 와요'); // []
 * findCredentials('my password is wrong'); // []
 */
export const findCredentials = rememberLastText((text: string): PiiFinding[] => {
  let findings = /(?:on|at) (?:the )?(?:back|reverse)|on (?:the )?front/.test(text) ? codesOnTheBack(text) : noFindings;
  const pairs = loginPairs(text);
  if (pairs.length > 0) findings = findings === noFindings ? pairs : [...findings, ...pairs];
  labelSearch.lastIndex = 0;
  for (let label = labelSearch.exec(text); label !== null; label = labelSearch.exec(text)) {
    // "Superpassword", "APIN", "RES-PWD-RESET": an English label inside a longer word or a code is none; "pin" in lower case
    // only after a blank, or as a log's key ("new_pin=482915").
    const before = text.charCodeAt(label.index - 1);
    // A data key's last word in camel case names its value ("transferPin": "508813", "userPassword=…", "adLogin": "…",
    // "cardExp=2703").
    const labelEnd = label.index + label[0].length;
    const camelKey =
      before >= 0x61 &&
      before <= 0x7a &&
      (/^P[a-z]/.test(label[1] ?? '') || /^(?:Login|User)/.test(label[6] ?? '') || /^Exp/.test(label[7] ?? '')) &&
      /^["']?[ \t]*[:=]/.test(text.slice(labelEnd, labelEnd + 4));
    if (
      !camelKey &&
      (label[1] === 'pin'
        ? before !== 0x20 && !(before === 0x5f && /^["']?[ \t]*[:=]/.test(text.slice(labelEnd, labelEnd + 3)))
        : (label[1] ?? label[2] ?? label[5] ?? label[6] ?? label[7]) !== undefined &&
          isAsciiLetter(label[0].charCodeAt(0)) &&
          // German compounds end in Kennwort ("Kundenkennwort").
          !/^[Kk]ennwort/.test(label[0]) &&
          // "1Password" is a password manager.
          (isAsciiLetter(before) || before === 0x2d || isAsciiDigit(before)))
    )
      continue;
    // A template's placeholder names no value ("postgres://app:<password>@localhost", "${PASSWORD}"), nor does a key's value
    // ("DOOR_OPEN method=PIN member=GF-8841": how the door was opened).
    if (before === 0x3c || before === 0x7b || before === 0x3d) continue;
    // A PhilHealth member's "PIN 19-201847392-4" is their health insurance number, no secret.
    if (label[1] !== undefined && /^pin$/i.test(label[1]) && philHealthNumberAfter.test(text.slice(labelEnd, labelEnd + 36))) continue;
    // An airline's code before a flight's number ("FLIGHT PW 1126", "flight PW 1126": Precision Air's designator).
    if (label[1] !== undefined && label[1].length <= 3 && /\bflight[ \t]+$/i.test(text.slice(Math.max(0, label.index - 8), label.index)))
      continue;
    // "PW0938215" is a passport's number, "PIN4471" a code: a short label with a digit right after it is none.
    if (label[1] !== undefined && label[1].length <= 3 && isAsciiDigit(text.charCodeAt(labelEnd))) continue;
    // A key's part names no value ("event=password_reset_sent", "reason=bad_password attempts=3"); a key that ends in the
    // label does ("db_password=…").
    if (text.charCodeAt(labelEnd) === 0x5f || (before === 0x5f && !/^["']?[:=]/.test(text.slice(labelEnd, labelEnd + 2)))) continue;
    // "Security code" is a card's only beside a card word ("card security code", "on the back"): a door or an alarm has one
    // too; so is an expiry date, or a card number, CVC or the card's brand ("유효기간 12/27" alone may be a coupon's).
    // "뒤 3자리" and "뒷자리" are any number's last digits ("계좌 뒤 3자리"), a card's code only beside a card word.
    // The card word may open the label itself ("카드 보안번호").
    if (
      label[4] !== undefined &&
      /^(?:뒤(?![에의쪽])|뒷[ \t]*자|보안[ \t]*번|앞면)/.test(label[4]) &&
      !nearCardWord(text, label.index, labelEnd)
    )
      continue;
    if (label[5] !== undefined && !/^[Cc]ard|^[Ss]ignature/.test(label[5]) && !nearCardWord(text, label.index, labelEnd)) continue;
    // A card's number read out in words right before the label is a card spoken of too.
    if (
      label[7] !== undefined &&
      !hasContextAround(text, { start: label.index, end: labelEnd, pattern: cardContext }) &&
      !followsSpelledCardNumber(text, label.index)
    )
      continue;
    const cardCode = label[2] !== undefined || label[4] !== undefined || label[5] !== undefined;
    const found =
      label[7] !== undefined
        ? expiryAfter(text, { labelStart: label.index, labelEnd })
        : label[6] !== undefined
          ? label[6] === 'ID'
            ? ownIdAfter(text, { labelStart: label.index, labelEnd })
            : label[6] === 'IGN'
              ? inGameNameAfter(text, labelEnd)
              : usernameAfter(text, labelEnd, { hangulNickname: /^(?:닉네임|캐릭터)/.test(label[6]), appName: appNameLabel.test(label[6]) })
          : label[3] !== undefined && firstDigitsAskedAt(text, labelEnd) !== -1
            ? firstDigitsAfter(text, firstDigitsAskedAt(text, labelEnd))
            : label[3] !== undefined && bareDoor.test(label[3])
              ? keyedCodeLaterOnLine(text, labelEnd)
              : (valueAfter(text, { labelEnd, type: cardCode ? 'CARD_CVV' : 'PASSWORD', pin: /^pin$/i.test(label[1] ?? '') }) ??
                (cardCode
                  ? // A code read out in words ("expiry zero eight twenty-seven, CVV nine oh two").
                    (cardCodeLaterOnLine(text, labelEnd) ?? spelledCodeAfter(text, labelEnd))
                  : label[3] !== undefined
                    ? codeLaterOnLine(text, labelEnd)
                    : label[1] !== undefined && keyHolder.test(label[1])
                      ? keyHolderCodeLaterOnLine(text, labelEnd)
                      : undefined));
    if (found === undefined) continue;
    (findings === noFindings ? (findings = []) : findings).push(found);
    const changedTo =
      found.type === 'PASSWORD'
        ? codeChangedTo(text, found.end)
        : found.type === 'CARD_EXPIRY'
          ? (restatedExpiryAfter(text, found.end) ?? cardCodeAfterExpiry(text, found.end))
          : undefined;
    if (changedTo !== undefined) findings.push(changedTo);
    labelSearch.lastIndex = changedTo?.end ?? found.end;
  }
  const keyed = keyedCodesAnywhere(text, findings);
  if (keyed.length > 0) findings = [...findings, ...keyed];
  const accessCodes = findAccessCodes(text, findings);
  if (accessCodes.length > 0) findings = [...findings, ...accessCodes];
  // Each search is told the findings before this group's, and the group's are joined only where one found any: most
  // texts find none, and make no array.
  const oneTimeCodes = findOneTimeCodes(text, findings);
  const backupCodes = findBackupCodes(text, findings);
  const portingCodes = findPortingCodes(text, findings);
  const cardCodes = findSecurityCardCodes(text, findings);
  const issuedCodes = mayHoldIssuedCodeName(text) ? findIssuedAccessCodes(text, findings) : noFindings;
  if (oneTimeCodes.length + backupCodes.length + portingCodes.length + cardCodes.length + issuedCodes.length > 0)
    findings = [...findings, ...oneTimeCodes, ...backupCodes, ...portingCodes, ...cardCodes, ...issuedCodes];
  const replies = findOneTimeCodeReplies(text, findings);
  if (replies.length > 0) findings = [...findings, ...replies];
  const wifiKeys = findWifiKeysAfterNames(text, findings);
  const doorCodes = findCurrentDoorCodes(text, findings);
  if (wifiKeys.length + doorCodes.length > 0) findings = [...findings, ...wifiKeys, ...doorCodes];
  const combos = text.includes('@') ? findComboListPasswords(text).filter((combo) => !overlapsAny(findings, combo)) : noFindings;
  if (combos.length > 0) findings = [...findings, ...combos];
  const shaped = findPasswordShapedWords(text, findings);
  if (shaped.length > 0) findings = [...findings, ...shaped];
  const listed = findListedPasswords(text).filter((password) => !overlapsAny(findings, password));
  if (listed.length > 0) findings = [...findings, ...listed];
  return text.includes('WIFI:') ? [...findings, ...wifiPasswords(text)] : findings;
});

/** A Wi-Fi QR code's payload and its password field ("WIFI:T:WPA;S:Casa_5G;P:Terraza-azul-2291;H:false;;"). */
const wifiPayloadPassword = /WIFI:(?:[^;\n]*;)*?P:((?:\\.|[^;\\\n]){4,64});/g;

/** The passwords of the Wi-Fi QR payloads in `text`, 0.9: the network's key, which the payload gives to anyone who scans it. */
function wifiPasswords(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  wifiPayloadPassword.lastIndex = 0;
  for (let payload = wifiPayloadPassword.exec(text); payload !== null; payload = wifiPayloadPassword.exec(text)) {
    const start = payload.index + payload[0].length - 1 - payload[1]!.length;
    findings.push(createFinding({ type: 'PASSWORD', text: payload[1]!, start, score: 0.9, recognizer: name }));
  }
  return findings;
}

/** A door's words in Korean: a code keyed anywhere in a text that speaks of one is the door's. */
const koreanDoorWord = /공동[ \t]*현관|현관|도어락|출입문|키[ \t]*패드|키[ \t]*박스|경보기/;
/** A code and the keypad's verb after it ("네네 3719 누르고 호출 누르시면 돼요", "#2580* 누르시면 돼요"). */
const keyedCode = /(?<![\d.:/-])([#*]?\d{4,8}[#*]?)(?![\d.:/-])[ \t]*(?:을|를)?[ \t]*(?:누르|눌러|치시|치면|치고|입력)/g;
/** A code after the key pressed before it, as an answer gives it ("호출 누르고 1928 이요", "종 모양 누른 다음 3719"). */
const codeAfterKeyPress =
  /(?:누르고|누른[ \t]*(?:다음|뒤|후)(?:에)?)[ \t]+([#*]?\d{4,8}[#*]?)(?![\d.:/-])(?![ \t]*(?:을|를)?[ \t]*(?:누르|눌러))/g;
/** "1203# 누르고 비번 7741": a flat's number keyed first calls that flat; the password is the code after it. */
const unitCallThenPassword = /^[가-힣]{0,3}[ \t,]*(?:비번|비밀[ \t]*번호|비밀번호는)/;
/** Another number's label right before the code: an order's or a member's number keyed into a form is no door's. */
const otherNumberBefore = /(?:주문|회원|고객|접수|예약|송장|운송장|계좌|전화)[ \t]*번호[ \t]*(?:은|는|:)?[ \t]*$/;

/**
 * Codes keyed on a door's keypad that no label's search read: an answer on the line after the question ("[기사님] 공동현관
 * 번호 알 수 있을까요?\n[나] 네네 3719 누르고 호출 누르시면 돼요").
 */
function keyedCodesAnywhere(text: string, found: readonly PiiFinding[]): PiiFinding[] {
  if (!text.includes('누르') && !text.includes('눌러') && !text.includes('치')) return noFindings;
  if (!koreanDoorWord.test(text)) return noFindings;
  const codes: PiiFinding[] = [];
  keyedCode.lastIndex = 0;
  for (let match = keyedCode.exec(text); match !== null; match = keyedCode.exec(text)) {
    const start = match.index;
    if (found.some((finding) => finding.start <= start && start < finding.end)) continue;
    if (otherNumberBefore.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (unitCallThenPassword.test(text.slice(keyedCode.lastIndex, keyedCode.lastIndex + 16))) continue;
    codes.push(createFinding({ type: 'PASSWORD', text: match[1]!, start, score: 0.8, recognizer: name }));
  }
  codeAfterKeyPress.lastIndex = 0;
  for (let match = codeAfterKeyPress.exec(text); match !== null; match = codeAfterKeyPress.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (found.some((finding) => finding.start <= start && start < finding.end) || codes.some((code) => code.start === start)) continue;
    if (countSyllables.has(text.charCodeAt(start + match[1]!.length))) continue;
    codes.push(createFinding({ type: 'PASSWORD', text: match[1]!, start, score: 0.8, recognizer: name }));
  }
  return codes.length === 0 ? noFindings : codes;
}

const cardWord = /card|카드|visa|master|amex|american express|on the back|유효기간|expir|valid\s*thru|\bexp\b|\d{4}[ -]?\d{4}[ -]?\d{4}/i;
/**
 * A card spoken of around an expiry date: a card word, its security code's label or where the code is printed, or a card
 * number's first twelve digits.
 */
const cardContext = /card|카드|visa|master|amex|jcb|cv[vc]|보안[ \t]*코드|뒷면|on the back|\d{4}[ -]?\d{4}[ -]?\d{4}/i;
const cardWordWindow = 40;

function nearCardWord(text: string, labelStart: number, labelEnd: number): boolean {
  return hasContextAround(text, { start: labelStart, end: labelEnd, pattern: cardWord });
}

/** Whether `pattern` matches within `cardWordWindow` characters before a label or 20 after it. */
function hasContextAround(text: string, around: { start: number; end: number; pattern: RegExp }): boolean {
  const { start, end, pattern } = around;
  return pattern.test(text.slice(Math.max(0, start - cardWordWindow), start)) || pattern.test(text.slice(end, end + 20));
}

const philHealthNumberAfter = /^[^\d\n]{0,20}\d{2}-\d{9}-\d(?![\d-])/;
/** "앞 2자리는", "앞 두 자리": a card PIN's first two digits, which Korean card payments ask for instead of the whole PIN. */
const firstDigitsAsked = /[ \t]*(?:의[ \t]*)?앞[ \t]*(?:2|두)[ \t]*자리(?:는|가|요)?[ \t]*(?:[:：=][ \t]*)?/y;
const twoDigits = /\d{2}(?!\d)/y;

/** Where the value after "앞 2자리" starts, or -1 when the label is not followed by it. */
function firstDigitsAskedAt(text: string, labelEnd: number): number {
  firstDigitsAsked.lastIndex = labelEnd;
  return firstDigitsAsked.test(text) ? firstDigitsAsked.lastIndex : -1;
}

function firstDigitsAfter(text: string, start: number): PiiFinding | undefined {
  twoDigits.lastIndex = start;
  const match = twoDigits.exec(text);
  if (match === null || countSyllables.has(text.charCodeAt(start + 2))) return undefined;
  return createFinding({ type: 'PASSWORD', text: match[0], start, score: 0.85, recognizer: name });
}

/** Where a card's code is, said between its label and the value ("the CVV on the back is 123"). */
const onTheBack = /[ \t]+on (?:the back(?: of (?:the|my|your) card)?|(?:the|my|your) card)/iy;

/** A password's kind said before it, when a value with a digit follows ("temporary Tmp-8842-Qz", "new Rk!2290aa"). */
const passwordKindWord = /(?:temporary|temp|new|initial|one-time|default)[ \t]+(?=[!-~]*\d)/iy;

/** How many digits the value has, said between the label and it ("비번 4자리 1234", "PIN (4 digits): 1234"). */
const digitCount = /\(?\d{1,2}[ \t]*(?:자리|digits?)\)?(?:는|가|요|은)?[ \t]*(?:[:：=][ \t]*)?/y;

/**
 * What a code's label may say of it before "is" or a colon: whose door or which it opens ("Door code for the communal
 * entrance is 5290", "Key safe by the door: 7193", "PIN for the safe is 4432"), where it came from or who gave it
 * ("transfer PIN from the old carrier is 604418", "account PIN given by customer: 2906"), whose it is ("the PIN for Mila's
 * lunch account is 2958"), a form's code ("The IP PIN on my CP01A is 482917"), a French door's ("Digicode de la rue :
 * 47B19"), who shared it and what for ("PIN given to staff for the data transfer: 250625", "passcode shared with colleague
 * for the migration: 041196", "the transfer PIN you gave us (802246)"), or where ("Account PIN there is 5521").
 */
const labelQualifier =
  /(?:[ \t]+(?:for|of|by|on|at|to|from|de|du|(?:chosen|set|picked|created|given|issued|provided|shared|supplied|used)(?:[ \t]+(?:in|at|on|by|with))?)[ \t]+(?:(?:the|my|your|our)[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,5}|[ \t]+(?:you|they|he|she|I|we)[ \t]+(?:gave|sent|set|chose)(?:[ \t]+(?:us|me|you|him|her|them))?|[ \t]+there)(?=[ \t]*(?:[:：=]|is[ \t]|\(\d))/y;

function valueAfter(text: string, label: { labelEnd: number; type: PiiType; pin?: boolean }): PiiFinding | undefined {
  onTheBack.lastIndex = label.labelEnd;
  labelQualifier.lastIndex = label.labelEnd;
  const labelEnd =
    label.type === 'CARD_CVV' && onTheBack.test(text)
      ? onTheBack.lastIndex
      : label.type === 'PASSWORD' && labelQualifier.test(text)
        ? labelQualifier.lastIndex
        : label.labelEnd;
  separator.lastIndex = labelEnd;
  let start = separator.test(text) ? separator.lastIndex : labelEnd;
  // "reset password to temporary Tmp-8842-Qz": what kind of password it is, before it.
  passwordKindWord.lastIndex = start;
  if (label.type === 'PASSWORD' && passwordKindWord.test(text)) start = passwordKindWord.lastIndex;
  // The code in brackets after its label ("CVC 번호(271)를 불러줌").
  if (text.charCodeAt(start) === 0x28 && bracketedDigits.test(text.slice(start, start + 11))) start += 1;
  digitCount.lastIndex = start;
  if (digitCount.test(text) && digitCount.lastIndex < text.length) start = digitCount.lastIndex;
  // A key printed in groups of digits, as routers' stickers print theirs ("WLAN key: 7731 4095 2268 1143").
  digitGroupsKey.lastIndex = start;
  const groupedKey = label.type === 'PASSWORD' ? digitGroupsKey.exec(text) : null;
  if (groupedKey !== null) return createFinding({ type: 'PASSWORD', text: groupedKey[0], start, score: 0.85, recognizer: name });
  // A PIN printed in groups, as a terminal's container release PIN is ("PIN 83 61 29 04", "PIN 7205 1188").
  pinGroups.lastIndex = start;
  const groupedPin = label.pin === true ? pinGroups.exec(text) : null;
  if (groupedPin !== null && groupedPin[0].replace(/ /g, '').length <= 12)
    return createFinding({ type: 'PASSWORD', text: groupedPin[0], start, score: 0.85, recognizer: name });
  // A keypad's code read out digit by digit ("Door lock PIN (valid 14–28 Feb): 7 3 1 9 4 6").
  spacedDigitsCode.lastIndex = start;
  const spacedCode = label.type === 'PASSWORD' ? spacedDigitsCode.exec(text) : null;
  if (spacedCode !== null) return createFinding({ type: 'PASSWORD', text: spacedCode[0], start, score: 0.85, recognizer: name });
  const pattern = label.type === 'CARD_CVV' ? codeValue : passwordValue;
  pattern.lastIndex = start;
  let match = pattern.exec(text);
  // A word with a colon names the value that follows ("reset the password to temporary: Tulip-Harbour-62!").
  if (match !== null && /^[A-Za-z]+:$/.test(match[0])) {
    start = pattern.lastIndex + (/^[ \t]*/.exec(text.slice(pattern.lastIndex))?.[0].length ?? 0);
    pattern.lastIndex = start;
    match = pattern.exec(text);
  }
  // A bracket opens a note on the label ("Account PIN (bill pay only): n/a"), not the value.
  if (match === null || match[0].startsWith('(')) return undefined;
  // Sentence punctuation after the value is not part of it ("PIN is 1234."), nor the quote that closes a quoted one
  // (`"db_password": "Qw8#mLp2!vTz"}`).
  const quote = text.charAt(start - 1);
  const quoted = quote === '"' || quote === "'" ? match[0].split(quote)[0]! : match[0];
  const value = quoted.replace(/[.,;)?]+$/u, '');
  const end = start + value.length;
  // "the password is case-sensitive" says how it is.
  if (countSyllables.has(text.charCodeAt(end)) || isEverydayWordsJoined(value)) return undefined;
  // A label that is a cell of its own: a CSV row's method ("…,PIN,PF118-17730,…") or a header row's next column
  // ("SIP password | Handset MAC").
  if (value.startsWith(',') || (/^[A-Za-z]+$/.test(value) && /\|[ \t]*$/.test(text.slice(labelEnd, start)))) return undefined;
  if (!looksLikeCredential(value) && !(label.type === 'PASSWORD' && isPassphraseAfterColon(text, { labelEnd, start, value })))
    return undefined;
  // A PIN holds digits: a word after its label says how it was set ("New card PIN: chosen by the director on the keypad").
  if (label.pin === true && /^[a-z]+$/.test(value)) return undefined;
  return createFinding({ type: label.type, text: value, start, score: 0.85, recognizer: name });
}

/**
 * A code changed to another after an arrow ("출입 비밀번호: 2580 → 7294로 변경", "PIN 1234 -> 5678"), or the code it
 * replaced in a note right after it ("Account PIN: 0920 (changed in store today, was 1188)", "(changed from 5522 at
 * customer's request)", "(asked to change it from 1990)", "(기존 3816)", "(예전 2580 아님!)"; not "(valid from 2024)"), or the code said instead of it ("#2580*
 * 아니고 지금은 *4719#"), or the reply on the next line that it changed ("door code is still 1208 right" / "hyejin: changed
 * it to 4471 last week"): an old code is often used again, and as secret as the new one.
 */
const otherCodeAfter = new RegExp(
  String.raw`[ \t]*(?:(?:이에요|예요|입니다|이요)[ \t]*)?(?:(?:→|->|=>|에서(?=[ \t]*[#*]?\d{4,8}[#*]?[ \t]*(?:으로|로)[ \t]*(?:변경|바뀝|바뀌|바꿉)))|\((?:[^()\n]{0,40}?(?:\b(?:change[ds]?|updated|reset|switched)\b[^()\n]{0,30}?\bfrom|(?<=[(,;][ \t]{0,2})was|\bpreviously|\bformerly|\bused to be|\bold(?: one)?:?)|[^()\n]{0,20}?(?:기존|이전|예전|변경[ \t]*전)[ \t]*:?)|[ \t]*아니고[ \t]*(?:지금은|이제는?|현재는?|새로)?|[^\n]{0,40}\n[^\n:]{1,30}:[ \t]*(?:no[,.!]*[ \t]*)?(?:changed(?:[ \t]+it)?(?:[ \t]+today)?[ \t]*(?:to|→|->|:)|(?:it's|its)[ \t]+now))[ \t]*([#*]?\d{4,8}[#*]?)(?![\d:/-]|\.\d)`,
  'y',
);

function codeChangedTo(text: string, end: number): PiiFinding | undefined {
  otherCodeAfter.lastIndex = end;
  const match = otherCodeAfter.exec(text);
  if (match === null) return undefined;
  return createFinding({
    type: 'PASSWORD',
    text: match[1]!,
    start: otherCodeAfter.lastIndex - match[1]!.length,
    score: 0.8,
    recognizer: name,
  });
}

/**
 * A door's code a few words after its Korean label, as a host says how to open it ("현관 비번은 별표 누르고 4719 입니다"):
 * four to eight digits, with the star or the hash the keypad takes, after a blank on the label's line.
 */
const codeSaidLater = /[^\n\d]{1,16}?[ \t]([#*]?\d{4,8}[#*]?)(?![\d.:/-])/y;

/**
 * A card's code a few words after its label on the label's line ("cvc would be 123", "cvc 는 뒤에 123 이요", "보안코드
 * 세자리는 123", "cvv: (back) 123"): the first three or four digits standing alone, with no other number before them.
 */
const cardCodeSaidLater = /[^\n\d]{1,20}?(?<![\w.,/:-])(\d{3,4})(?![\d.,/:-]|[ \t]?\d)/y;

function cardCodeLaterOnLine(text: string, labelEnd: number): PiiFinding | undefined {
  cardCodeSaidLater.lastIndex = labelEnd;
  const match = cardCodeSaidLater.exec(text);
  if (match === null || countSyllables.has(text.charCodeAt(cardCodeSaidLater.lastIndex))) return undefined;
  const start = cardCodeSaidLater.lastIndex - match[1]!.length;
  return createFinding({ type: 'CARD_CVV', text: match[1]!, start, score: 0.75, recognizer: name });
}

/** A code changed from one to another further on the label's line ("비밀번호가 6월 3일(월)부터 2580* 에서 7193* 으로 변경"). */
const codeChangedLater =
  /[^\n]{1,30}?[ \t]([#*]?\d{4,8}[#*]?)(?=[ \t]*에서[ \t]*[#*]?\d{4,8}[#*]?[ \t]*(?:으로|로)[ \t]*(?:변경|바뀝|바뀌|바꿉))/y;

function codeLaterOnLine(text: string, labelEnd: number): PiiFinding | undefined {
  codeSaidLater.lastIndex = labelEnd;
  const match = codeSaidLater.exec(text) ?? ((codeChangedLater.lastIndex = labelEnd), codeChangedLater.exec(text));
  if (match === null || countSyllables.has(text.charCodeAt(match.index + match[0].length))) return undefined;
  const start = match.index + match[0].length - match[1]!.length;
  return createFinding({ type: 'PASSWORD', text: match[1]!, start, score: 0.8, recognizer: name });
}

/**
 * A login and its password given as a pair without colons, as people paste them into a chat ("user xXkaiXx_99 pass
 * Mochi!2024", "계정 hyungjun 비번 Nas!2580kk"), on one line or two ("user stg_admin\npw Wd9!rKe2#pLq", "id: dev_hoon\npw:
 * Wq7!mZ2r#Kd9", "user ID rmenon and temporary password Welcome#1", a phishing kit's log "user: lilmochi_ | pass:
 * Mochi0502"): the password's label after the login makes both.
 */
const loginPair =
  /(?<![A-Za-z])(?:user(?:name)?(?:[ \t]?id)?|login(?:[ \t]?id)?|id|계정|아이디)(?:[ \t]*[:：=][ \t]*|[ \t]+)([A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9_])[ \t]*(?:[/,|]?[ \t]*|\r?\n[ \t]*)(?:and[ \t]+(?:(?:the|a|your)[ \t]+)?)?(?:(?:temporary|temp|initial|one-time|new)[ \t]+)?(?:pass(?:word)?|pw|pwd|비번|비밀번호)(?:[ \t]*[:：=][ \t]*|[ \t]+)([!-~]{4,64})/dgi;

/**
 * A login before a slash and the password's label, as a handover note lists an account ("DB 관리자: admin_pg / 비밀번호
 * Qm7!vR2t#Lp9", "svc_backup / password …"): the login holds a digit, a dot or an underscore.
 */
const loginBeforePasswordLabel =
  /(?<![\w.@-])([A-Za-z][\w.-]{1,30}[A-Za-z0-9])[ \t]*\/[ \t]*(?:비밀번호|비번|[Pp]assword|PASSWORD|pw|PW)(?![A-Za-z])/g;

const wirelessWordBefore = /wi-?fi|wlan|ssid|network|와이파이|네트워크|공유기|인터넷/i;

function loginPairs(text: string): PiiFinding[] {
  if (!/pass|pw|비번|비밀번호/i.test(text)) return noFindings;
  let found = noFindings;
  loginBeforePasswordLabel.lastIndex = 0;
  for (let match = loginBeforePasswordLabel.exec(text); match !== null; match = loginBeforePasswordLabel.exec(text)) {
    // A Wi-Fi network's name before its password is no login ("와이파이 HanokStay_5G / 비번 …").
    if (!/[\d._]/.test(match[1]!) || wirelessWordBefore.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) continue;
    if (found === noFindings) found = [];
    found.push(createFinding({ type: 'USERNAME', text: match[1]!, start: match.index, score: 0.8, recognizer: name }));
  }
  loginPair.lastIndex = 0;
  for (let match = loginPair.exec(text); match !== null; match = loginPair.exec(text)) {
    const password = match[2]!.replace(/[.,;)]+$/u, '');
    if (!looksLikeCredential(password)) continue;
    if (found === noFindings) found = [];
    found.push(createFinding({ type: 'USERNAME', text: match[1]!, start: match.indices![1]![0], score: 0.8, recognizer: name }));
    found.push(createFinding({ type: 'PASSWORD', text: password, start: match.indices![2]![0], score: 0.85, recognizer: name }));
  }
  return found;
}

/** The front door or the building's entrance without 번호: its code counts only where a key is pressed after it. */
const bareDoor = /현관(?:문)?$/;
/**
 * "공동현관에서 열쇠 버튼 누르고 5180 치시면 열려요", "공동현관은 열쇠 모양 누르고 2580, 현관 도어락은 …", "공동현관 #4417*":
 * the code a few words on, then the keypad's verb, or a key pressed before it, or the keypad's star or hash around it.
 */
const keyedCodeSaidLater =
  /([^\n\d]{0,24}?)[ \t]([#*]?\d{4,8}[#*]?)(?![\d.:/-])([ \t]*(?:을|를)?[ \t]*(?:누르|눌러|치시|치면|치고|입력|하시면|하면))?/y;

function keyedCodeLaterOnLine(text: string, labelEnd: number): PiiFinding | undefined {
  keyedCodeSaidLater.lastIndex = labelEnd;
  const match = keyedCodeSaidLater.exec(text);
  if (match === null) return undefined;
  const [, between, code, verb] = match;
  if (verb !== undefined && unitCallThenPassword.test(text.slice(keyedCodeSaidLater.lastIndex, keyedCodeSaidLater.lastIndex + 16)))
    return undefined;
  // A delivery note gives the building's code right after 공동현관, nothing between ("공동현관 3719 | 문 앞에"); not a floor's or
  // a flat's number ("공동현관 1층").
  const rightAfterEntrance =
    between === '' &&
    /공동[ \t]*현관$/.test(text.slice(Math.max(0, labelEnd - 6), labelEnd)) &&
    !/^[ \t]?[층호동]/.test(text.slice(keyedCodeSaidLater.lastIndex, keyedCodeSaidLater.lastIndex + 2));
  if (verb === undefined && !rightAfterEntrance && !/[#*]/.test(code!) && !/누르고|누른\s*(?:다음|뒤|후)/.test(between!)) return undefined;
  if (verb === undefined && countSyllables.has(text.charCodeAt(keyedCodeSaidLater.lastIndex))) return undefined;
  const start = match.index + between!.length + 1;
  return createFinding({ type: 'PASSWORD', text: code!, start, score: 0.8, recognizer: name });
}

/** A key safe, a key box or a lockbox, whose code a host often gives after where it hangs. */
const keyHolder = /^(?:[Kk]ey ?(?:safe|box)|[Ll]ockbox)$/;
/** "Key safe is by the back door, code is 7391", "key safe by side door, code 2580": "code" later on the label's line. */
const keyHolderCodeSaidLater = /[^\n]{0,48}?\bcode(?:[ \t]+is)?[ \t]*[:：]?[ \t]*([#*]?\d{4,8}[#*]?)(?![\d:/-]|\.\d)/y;

function keyHolderCodeLaterOnLine(text: string, labelEnd: number): PiiFinding | undefined {
  keyHolderCodeSaidLater.lastIndex = labelEnd;
  const match = keyHolderCodeSaidLater.exec(text);
  if (match === null) return undefined;
  const start = keyHolderCodeSaidLater.lastIndex - match[1]!.length;
  return createFinding({ type: 'PASSWORD', text: match[1]!, start, score: 0.8, recognizer: name });
}

/**
 * A card's code named by where it is printed: "the 3 digits on the back are 123", "code at the back 4821", "numbers on
 * the reverse: 318", an American Express card's "code on front 5712".
 */
const onTheBackLabel =
  /\b(?:(?:3|4|three|four)[ -]digits?(?: code)?|code|three|numbers?) (?:on|at) (?:the )?(?:back|reverse)(?: of (?:the|my|your) card)?|\bcode on (?:the )?front/g;

function codesOnTheBack(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  onTheBackLabel.lastIndex = 0;
  for (let label = onTheBackLabel.exec(text); label !== null; label = onTheBackLabel.exec(text)) {
    const labelEnd = label.index + label[0].length;
    const found = valueAfter(text, { labelEnd, type: 'CARD_CVV' }) ?? spelledCodeAfter(text, labelEnd);
    if (found !== undefined) findings.push(found);
  }
  return findings.length === 0 ? noFindings : findings;
}

/** A card's code read out in words after where it is printed ("code on the back two one eight"). */
function spelledCodeAfter(text: string, labelEnd: number): PiiFinding | undefined {
  const start = labelEnd + (/^[ \t]*(?:(?:is|are|was)[ \t]+|[:：][ \t]*)?/.exec(text.slice(labelEnd, labelEnd + 9))?.[0].length ?? 0);
  const spelled = spelledValueAt(text, start, { fewest: 3, most: 4 });
  if (spelled === undefined) return undefined;
  return createFinding({ type: 'CARD_CVV', text: spelled.text, start, score: 0.8, recognizer: name });
}

/** A username or a handle as typed: an optional @, then letters, digits, dots, underscores and hyphens. */
const usernameValue = /@?[A-Za-z0-9][A-Za-z0-9._-]{2,29}(?![A-Za-z0-9._-]*[A-Za-z0-9])/y;
/** What may stand between a username's label and it: the separator, or ID or "handle" after an app's name ("카톡 아이디는"). */
const usernameLabelTail = /[ \t]*(?:아이디|계정|ID|id|handle)?/y;
/** An app's name, after which a comma may set its handle apart ("it's all on his Instagram, jeroen_dv_sails"). */
const appNameLabel = /^(?:[Ii]nstagram|[Tt]witter|[Tt]ik[Tt]ok|[Ss]napchat|[Tt]elegram|[Dd]iscord|Git[Hh]ub|Git[Ll]ab)$/;

/** How far after an app's name a handle may follow on its line ("인스타 새로 팠어 @yoonah.film"). */
const handleReach = 24;

/** An @handle a few words after the label, on the same line; null when none. */
function handleLaterOnLine(text: string, start: number): RegExpExecArray | null {
  const at = text.indexOf('@', start);
  if (at === -1 || at - start > handleReach || text.slice(start, at).includes('\n')) return null;
  // Not an e-mail's @, which follows a word.
  if (at > 0 && /[A-Za-z0-9._-]/.test(text.charAt(at - 1))) return null;
  usernameValue.lastIndex = at;
  return usernameValue.exec(text);
}

function usernameAfter(text: string, labelEnd: number, label?: { hangulNickname: boolean; appName: boolean }): PiiFinding | undefined {
  usernameLabelTail.lastIndex = labelEnd;
  usernameLabelTail.test(text);
  // The comma after an app's name, where a handle with a digit, a dot or an underscore follows (tested below).
  if (label?.appName === true && text.charCodeAt(usernameLabelTail.lastIndex) === 0x2c) usernameLabelTail.lastIndex += 1;
  separator.lastIndex = usernameLabelTail.lastIndex;
  const start = separator.test(text) ? separator.lastIndex : usernameLabelTail.lastIndex;
  usernameValue.lastIndex = start;
  const match = usernameValue.exec(text) ?? handleLaterOnLine(text, start);
  if (match === null)
    return (
      hangulHandleAt(text, start) ??
      (label?.hangulNickname === true ? hangulNicknameAt(text, start) : undefined) ??
      usernameSaidLater(text, start)
    );
  const value = match[0].replace(/[._-]+$/u, '');
  // "my username is wrong", "아이디 찾기": a handle, or a name with a digit or a mark, not a word; after a form's colon a
  // login in lower case or in capitals too ("User ID: dkowalczyk", "SAP user ID: KASANTEM"), but not a field's note
  // ("Username: required").
  const formValue =
    hasColonBetween(text, labelEnd, start) && /^(?:[a-z]{4,}|[A-Z]{4,12})$/u.test(value) && !fieldNotes.has(value.toLowerCase());
  // After an app's name and ID a login in small letters too ("KakaoTalk ID haeunfp"): the ID says a login follows.
  const appsIdValue =
    /^[ \t]*(?:ID|아이디)$/.test(text.slice(labelEnd, usernameLabelTail.lastIndex)) &&
    /^[a-z]{4,20}$/.test(value) &&
    !isEverydayWording(value) &&
    !fieldNotes.has(value);
  // A creator's handle with its audience in brackets after it ("Instagram rizkyprtm (팔로워 640K)").
  const withAudience = audienceAfter.test(text.slice(match.index + value.length, match.index + value.length + 32));
  if (!value.startsWith('@') && !/[0-9._-]/u.test(value) && !formValue && !appsIdValue && !withAudience)
    return usernameSaidLater(text, start);
  // "Last login: 10-03-2026 21:44" is a time, "POST /v2/login 200" a reply's status; "the username is case-sensitive" how
  // it is.
  if (/^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}$|^\d{3}$/u.test(value) || isEverydayWordsJoined(value)) return undefined;
  if (isSiteAddress(value) || isCodeIdentifier(text, match.index, match.index + value.length)) return undefined;
  // A repository's or a package's name before its version ("사내 GitLab clip-bot v2.3.1") is a project, no login.
  if (versionAfter.test(text.slice(match.index + value.length, match.index + value.length + 12))) return undefined;
  // A salon's or a clinic's own account ("공식 인스타그램 @…", "Kakao channel @…") is the business's, as its desk line is.
  if (followsBusinessChannelWords(text, match.index)) return undefined;
  return createFinding({ type: 'USERNAME', text: value, start: match.index, score: 0.8, recognizer: name });
}

/**
 * A player's in-game name after "IGN:" or in quotes after "IGN", one word as the game shows it, capitalised as often as not
 * ("IGN: Zeph", "IGN 'xXFrostbiteXx'").
 */
const inGameName = /[ \t]*(?:[:：][ \t]*['"‘“]?|['"‘“])([A-Za-z0-9][\w.-]{1,23}[A-Za-z0-9])(?![\w@.-]|[ \t][a-z])/y;

/** "Marco Santiago (IGN: Zeph) — PH passport …": the name after the label, not a sentence's word ("IGN: the site"). */
function inGameNameAfter(text: string, labelEnd: number): PiiFinding | undefined {
  inGameName.lastIndex = labelEnd;
  const match = inGameName.exec(text);
  // A word of the sentence in small letters ("IGN: pending") is none; a short name is a name ("IGN: Zeph", "IGN: kiwi").
  if (match === null || (/^[a-z]{5,}$/.test(match[1]!) && isEverydayWording(match[1]!))) return undefined;
  const start = inGameName.lastIndex - match[1]!.length;
  return createFinding({ type: 'USERNAME', text: match[1]!, start, score: 0.8, recognizer: name });
}

/** An audience's count in brackets after a handle ("(팔로워 640K)", "(41.2K followers)", "(구독자 2.1만)"). */
const audienceAfter =
  /^[ \t]*\((?:(?:팔로워|구독자|followers|subscribers)[ \t]*\d[\d.,]*[ \t]?[KkMm만천]?|\d[\d.,]*[ \t]?[KkMm만천](?:[ \t]*(?:followers|subscribers|팔로워|구독자))?|\d[\d.,]*[ \t]+(?:followers|subscribers|팔로워|구독자))\)/;

/** A release's version right after a name ("clip-bot v2.3.1", "parser 1.4.0"). */
const versionAfter = /^[ \t@]v?\d+\.\d+(?:\.\d+)?(?![\d.])/;

/** A Korean nickname with digits after its words ("닉네임 애플조아77 이고"), standing alone: a login made of Hangul, quoted or not. */
const hangulHandle = /['"‘“]?([가-힣]{1,10}\d{1,6})(?![\w가-힣])/y;

/**
 * A nickname or a game character's name of Hangul alone after its label ("캐릭터명: 검은달빛도윤 (서버 …)", "닉네임: 겜덕후삼촌 /
 * 판매자 ID …"), quoted or not: one word that ends the phrase, before a bracket, a slash, a comma or the line's end; a
 * sentence's word goes on ("닉네임 바꿨는데 …") or ends as a verb does ("… 변경했어요").
 */
const hangulNickname = /['"‘“]?([가-힣]{2,10})['"’”]?(?=[ \t]*(?:[(/,|\n]|$))/y;
/** What a form writes in a nickname's field that is no nickname. */
const nicknameFieldNotes: ReadonlySet<string> = new Set([
  '없음',
  '미정',
  '비공개',
  '모름',
  '동일',
  '변경',
  '미등록',
  '확인중',
  '확인',
  '미기재',
]);

function hangulNicknameAt(text: string, start: number): PiiFinding | undefined {
  hangulNickname.lastIndex = start;
  const match = hangulNickname.exec(text);
  if (match === null) return undefined;
  const value = match[1]!;
  if (nicknameFieldNotes.has(value) || /(?:요|다|까|죠|음|함|됨|임)$/.test(value)) return undefined;
  // A table's header row names the next column, not the nickname ("| 닉네임 | 생년월일 |", "닉네임 | 디코 | 실명").
  if (/[|\t][ \t]*$/.test(text.slice(Math.max(0, start - 4), start)) && isColumnHeading(value)) return undefined;
  const valueStart = start + match[0].indexOf(value);
  return createFinding({ type: 'USERNAME', text: value, start: valueStart, score: 0.75, recognizer: name });
}

/** The headings of a roster's or a member list's other columns. */
function isColumnHeading(value: string): boolean {
  return /(?:생년월일|생일|실명|이름|성명|연락처|전화|번호|계좌|주소|비고|메모|디코|디스코드|포지션|직책|역할|분류|신고자)$/.test(value);
}

function hangulHandleAt(text: string, start: number): PiiFinding | undefined {
  hangulHandle.lastIndex = start;
  const match = hangulHandle.exec(text);
  if (match === null) return undefined;
  // A quoted nickname ("번개장터 닉네임 '직거래왕88'") without its quote.
  return createFinding({
    type: 'USERNAME',
    text: match[1]!,
    start: hangulHandle.lastIndex - match[1]!.length,
    score: 0.75,
    recognizer: name,
  });
}

/**
 * A site's address is no login ("사내 GitLab: gitlab.corp-nexa.io", "the login page is portal.example.com"); a host name
 * holds no underscore, which a handle may ("daily_yuna.kr").
 */
function isSiteAddress(value: string): boolean {
  return !value.includes('_') && /\.(?:com|net|org|io|co|kr|uk|au|gov|edu|dev|app|html?)$/iu.test(value);
}

/**
 * A login said a few words after its label, after "it's" or "is" ("says my username doesnt exist. its rebecca.hartigan91"):
 * one holding a digit, a dot or an underscore, on the label's line.
 */
const saidLater =
  /[^\n]{0,48}?(?<![A-Za-z])(?:it'?s|it’s|it is|is|was)[ \t]+(?:['‘"]?@?(?=[A-Za-z0-9._-]*[0-9._])([A-Za-z][A-Za-z0-9._-]{2,29}))(?![A-Za-z0-9@])/y;

function usernameSaidLater(text: string, start: number): PiiFinding | undefined {
  saidLater.lastIndex = start;
  const match = saidLater.exec(text);
  if (match === null) return undefined;
  const value = match[1]!.replace(/[._-]+$/u, '');
  if (!/[0-9._]/u.test(value) || isSiteAddress(value)) return undefined;
  const valueStart = match.index + match[0].length - match[1]!.length;
  return createFinding({ type: 'USERNAME', text: value, start: valueStart, score: 0.8, recognizer: name });
}

/** What a form writes in a login's field that is no login, and the documents an "ID:" field names ("ID: passport (BRA) …"). */
const fieldNotes: ReadonlySet<string> = new Set([
  ...['required', 'optional', 'none', 'unknown', 'null', 'undefined', 'same', 'empty', 'blank'],
  ...['passport', 'licence', 'license', 'visa', 'national', 'driving', 'residence', 'student', 'employee'],
]);

function hasColonBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return between.includes(':') || between.includes('：') || between.includes('=');
}

/**
 * The words that make a bare "ID" the customer's own login ("제 ID는", "my ID is", "회원 ID:"), or nothing before it but
 * the start of a line or a mark; after any other word it is an order's, a device's or a booking's ("주문 ID", "Apple ID").
 */
const ownIdOwner =
  /(?:^|[\n:,.!?(/\]|]|(?:^|\n)[ \t]*[-•*])[ \t]*(?:(?:제|내|저의|나의|로그인|회원|사용자|상담사|상담원|직원|my|My|MY|your|Your|[Aa]gent|[Ss]taff|[Ee]mployee)[ \t]*)?$/;

/**
 * The systems whose logins a form's "ID" field holds: a groupware's, a portal's, a network's, a staff member's, a game's,
 * an app's or a marketplace's ("eBay ID: minseo_vinyl_kr").
 */
const systemBeforeId =
  /(?:그룹웨어|사내|포털|시스템|사이트|홈페이지|직원|사원|메일|게임|앱|뱅킹|portal|Portal|system|System|employee|Employee|staff|Staff|network|Network|domain|Domain|[Bb]anking|AD|VPN|SSO|Windows|LDAP|ERP|SAP|메신저|[Aa]pp|[Mm]essenger|eBay|Amazon|PayPal|Coupang|쿠팡|Naver|네이버|Kakao|카카오|Nexon|넥슨|Etsy|Shopee|당근|번개장터)\)?[ \t]*$/;

/** A username after a bare "ID" that names the customer's own: typed in lower case first ("minsu1234"), as logins are. */
/** A field's colon after a bare "ID", a note in brackets perhaps between ("게임 ID(로그인): …"), or a topic's 는 or "is". */
const fieldColonAfter = /^(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*(?:[:：]|[은는](?=[ \t])|is\b)/;

function ownIdAfter(text: string, label: { labelStart: number; labelEnd: number }): PiiFinding | undefined {
  const before = text.slice(Math.max(0, label.labelStart - 12), label.labelStart);
  const fieldColon = fieldColonAfter.test(text.slice(label.labelEnd, label.labelEnd + 28));
  // A form's field of a system's or a person's login ("그룹웨어 ID: nykwon", "VPN ID: jkim", "SAP 사용자 ID: YEOSW01"), with
  // its colon.
  const namedField = fieldColon && (systemBeforeId.test(before) || ownerWordBeforeId.test(before));
  if (!namedField && !ownIdOwner.test(before)) return undefined;
  const found = usernameAfter(text, label.labelEnd);
  if (found === undefined) return undefined;
  const first = found.text.charCodeAt(found.text.startsWith('@') ? 1 : 0);
  if (first >= 0x61 && first <= 0x7a) return found;
  // A company's login in capitals and digits in a named field ("사용자 ID: MSJ0417"); a bare "ID:" holds an order's or a
  // ticket's code as often.
  return namedField && /^[A-Z]{2,8}[0-9]{2,8}$/u.test(found.text) ? found : undefined;
}

/**
 * An owner's word right before a bare "ID" ("사용자 ID", "회원 ID", "조회자 ID", "주문자 ID", "my ID"), not the start of a line
 * alone.
 */
const ownerWordBeforeId =
  /(?:제|내|저의|나의|로그인|회원|사용자|직원|조회자|신청|신청자|주문자|예약|구매자|판매자|작성자|my|My|MY|[Ss]taff|[Ee]mployee|[Bb]uyer|[Ss]eller)[ \t]*$/;

/** A digit, a sign or both cases ("1234", "hunter2", "Summer!"), and not a mask ("****", "xxxx"): "wrong" and "reset" are words. */
function looksLikeCredential(value: string): boolean {
  // A mask, or a template's placeholder ("<smtp-password>", "{{db_password}}", "${SMTP_PASSWORD}").
  if (value.length < 3 || /^[*x•]+$/iu.test(value) || /^(?:<[^<>]*>|\$?\{\{?[^{}]*\}\}?)$/u.test(value)) return false;
  // A key shown with its tail masked ("sk_live_7Hq2****"), and a reference's hyphened tail after a label's letters
  // ("confirmation is PW-55821904").
  if (/[*•]{3,}$/u.test(value) || value.startsWith('-')) return false;
  // A password shown with its middle masked ("qw****21"), and a markup's tags after an element's name
  // ("<wsse:Password>********</wsse:Password>").
  if (/[*•]{3,}/u.test(value) || /^[<>]/u.test(value)) return false;
  // A contraction goes on with the sentence ("If the gate code doesn't work").
  if (/^[A-Za-z]+['’][a-z]{1,2}$/u.test(value)) return false;
  // A sentence's last word and its mark ("Please don't share your password here!", "…your PIN now.").
  if (/^(?:here|there|now|again|today|please|anymore|online|first)[.!?,]+$/u.test(value)) return false;
  // A release's version ("can someone pin 2.7.9 for the release branch") is none.
  if (/^v?\d+(?:\.\d+){1,3}$/u.test(value)) return false;
  // A working directory after sudo's PWD= ("PWD=/srv/checkout") is a path.
  if (/^~?\/[\w.-]+\//u.test(value) || /^\/[\w.-]+$/u.test(value)) return false;
  return /[0-9]|[^A-Za-z0-9]/u.test(value) || (/[a-z]/u.test(value) && /[A-Z]/u.test(value) && value.length >= 6);
}

/** Words a form writes after a password's colon to say how it is or where, not what ("Password: unknown"). */
const passwordStatusWords: ReadonlySet<string> = new Set([
  ...['unknown', 'forgotten', 'withheld', 'redacted', 'provided', 'supplied', 'default', 'temporary', 'none', 'nothing'],
  ...['sent', 'see', 'same', 'below', 'above', 'attached', 'separately', 'unchanged', 'pending', 'requested', 'verbal'],
]);

/**
 * A word of letters alone after a password's colon or equals sign: a passphrase ("Password for callers: bluebell",
 * "Collection password: BLUEBERRY", "Wireless password (on sticker): xpqmtvdkrhwa"), unless it says how the password is.
 * After "is" such a word is too often the sentence's ("the password is long").
 */
function isPassphraseAfterColon(text: string, at: { labelEnd: number; start: number; value: string }): boolean {
  if (!/^[A-Za-z]{6,32}$/.test(at.value) || !/[:：=]/.test(text.slice(at.labelEnd, at.start))) return false;
  const lower = at.value.toLowerCase();
  return !isEverydayWording(lower) && !passwordStatusWords.has(lower);
}

/**
 * Whether `triggers` hold a credential label's pair and `text` a value after one.
 *
 * @example
 * holdsCredential('PIN 4321', textFeatures('PIN 4321').triggers); // true
 */
export function holdsCredential(text: string, triggers: number): boolean {
  if ((triggers & textTrigger.credentialLabel) !== 0 || text.includes('WIFI:') || mayHoldWifiKey(text))
    return findCredentials(text).length > 0;
  if (text.includes('@') && findComboListPasswords(text).length > 0) return true;
  if (mayHoldIssuedCodeName(text) && findIssuedAccessCodes(text, noFindings).length > 0) return true;
  if (findSecurityCardCodes(text, noFindings).length > 0) return true;
  // A bare "code" or "keypad" alone, or a one-time or backup code's name: those codes' searches, not every label's.
  if ((triggers & textTrigger.accessCode) === 0 && !mayHoldCodeName(text)) return false;
  return (
    findAccessCodes(text, noFindings).length > 0 ||
    findOneTimeCodes(text, noFindings).length > 0 ||
    findBackupCodes(text, noFindings).length > 0 ||
    findPortingCodes(text, noFindings).length > 0 ||
    findOneTimeCodeReplies(text, noFindings).length > 0
  );
}

/**
 * @example
 * credentialRecognizer.find('카드 비밀번호 앞자리 말고 CVC 123 이요', {}).map((finding) => finding.type); // ['CARD_CVV']
 */
export const credentialRecognizer: PiiRecognizer = {
  name,
  types: ['PASSWORD', 'CARD_CVV', 'USERNAME', 'CARD_EXPIRY'],
  mightMatch: (text) => holdsCredential(text, textFeatures(text).triggers),
  find: (text) => findCredentials(text),
};
