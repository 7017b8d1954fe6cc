// A word shaped as a login ("hj.ryu", "dal_ddeok2", "tadeyemi83") shortly after a login word on its line ("깃랩은
// hsbaek92 계정", "my kakao id changed → hae.won_77", "Target account: ops_kimjh"): the forms of account-names.ts name
// the frames people write a login in, and this one reaches the frames they did not list, by the word's own shape.
import { followsBusinessChannelWords } from './organisations-handles.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isInInsertColumns } from '../tables/sql-rows.ts';
import { wordsAroundAnchors } from './words-around-anchors.ts';

const recognizerName = 'account-name';

/**
 * Where a login's shape may stand: a letter or a digit on each side of a dot or an underscore, a small letter before two
 * digits, or a letter before a closing underscore. Searched first, since most words of prose hold none.
 */
const shapeAnchor = /[A-Za-z0-9][._][A-Za-z0-9]|[a-z]\d\d|[A-Za-z]_(?![\w])/g;
/**
 * The word around an anchor: letters and digits joined by dots or underscores, a word ending in an underscore, or letters
 * and two to four digits; not inside an address, a path, a mail address, an amount or a longer word.
 */
const loginShape = /^(?:[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+_?|[A-Za-z]+_|[A-Za-z]{2,}[A-Za-z0-9]*[a-z][0-9]{2,4})$/;
/** The characters of a word the anchor may sit in. */
const wordCharacter = /[A-Za-z0-9._]/;
/** Marks that put a word inside something larger: an address, a path, a mail address, a tag, an amount. */
const attachedBefore = /[@/:#$%&+\\-]/;
const attachedAfter = /[@/\\-]/;

/** The words of a login, an app's or a system's whose login a person gives, and a record's roles a login fills. */
const loginWords = String.raw`(?:\b(?:id|ID|Id|username|user ?name|User ?name|login|Login|LOGIN|user|User|USER|account|Account|acct|acc|handle|nick(?:name)?|profile|insta(?:gram)?|snap(?:chat)?|kakao|Kakao|tiktok|TikTok|discord|Discord|github|GitHub|gitlab|GitLab|slack|Slack|Teams|telegram|Telegram|SSO|VPN|AD|SAM|admin|Admin|IGN|[Rr]eporter|[Rr]eviewer|[Aa]ssignee|[Aa]pprover|[Rr]equester|[Oo]perator|[Aa]gent|on-call|paged)\b|아이디|계정|닉|부계|본계|인스타|카톡|디코|깃허브|깃랩|그룹웨어)`;
/** A login word at most 40 characters before the word, on its line; the login word ends where the search reads on. */
const loginWordBefore = new RegExp(`${loginWords}(?=[^\n]{0,40}$)`);
const loginWordAnywhere = new RegExp(loginWords);
/** Who did something, as a log or a ticket names them right before the word ("reset link sent … by m.okafor", "by noc_jkh"). */
const actedBy = /\b[Bb]y[ \t]*:?[ \t]*$/;
/** A question or a request on the lines before an answer. */
const askingWords = /\?|[Pp]lease|pls|[Ww]hat|[Ee]nter|줘|주세요|주시|알려|말씀|냐(?=\s|$)/;
/**
 * What may open a turn before an answer: a time, a speaker and a colon, a yes or an "it's" ("[14:05] 진서아: ", "Customer:
 * its ", "도윤: ㅇㅇ "), or nothing.
 */
const turnOpening = /^(?:(?:\[[^\]\n]{1,24}\][ \t]*)?[^\s:][^:\n]{0,30}:[ \t]*(?:ㅇㅇ[ \t]+|its[ \t]+|it's[ \t]+|it is[ \t]+)?)?$/;
/** A password's or a PIN's label near the word: the word may be the secret, which the credential forms read. */
const secretLabel = /pass|\bpw\b|\bPW\b|\bpin\b|\bPIN\b|비번|비밀번호|암호/;

/** A thing other than a person whose ID a bare "ID" may be: an order's, a transaction's, a device's, a booking's. */
const otherThingBeforeId =
  /(?:주문|거래|결제|상품|예약|배송|송장|가맹점|기기|단말|order|Order|transaction|Transaction|txn|device|Device|session|Session|request|Request|ticket|Ticket|booking|Booking|product|Product|item|Item|invoice|Invoice|case|Case|claim|Claim|tracking|Tracking|merchant|Merchant|event|Event|message|Message|job|Job|patient|Patient|Apple)[ \t]*$/;
/** A machine's word right before the word: it names a host or a device ("from client wlc02"). */
const machineWordBefore = /\b(?:client|host|hostname|server|device|node|router|switch)[ \t:]*$/i;

/** The endings of file names and hosts: a word with one is a file or an address, not a login. */
const fileOrHostEnding =
  /\.(?:com|net|org|io|kr|co|uk|de|jp|ai|dev|app|gov|edu|me|ly|gg|tv|in|ng|au|ca|fr|zip|pdf|png|jpe?g|gif|csv|xlsx?|docx?|pptx?|txt|json|ya?ml|js|ts|py|sh|exe|log|conf|cfg|html?|md|sql|tar|gz|apk|dmg|mp[34]|wav|ini|env|lock|xml|bak|local|internal|corp|lan)$/i;
/**
 * Abbreviations and levels that take the shape ("e.g", "Lv.87", a Dutch payee's "t.n.v."), an API's object ids
 * ("evt_01HZX4K9Q2", "req_7c1e9a22") and its error codes ("the Slack post fails with invalid_auth").
 */
const notLoginShape =
  /^(?:[a-z](?:\.[a-z]){1,3}|(?:invalid|missing|expired|not)_(?:auth|authed|token|grant|client|request|scope|credentials|signature|found|allowed)|e\.g|i\.e|a\.m|p\.m|authorized_keys|known_hosts|id_rsa|id_ed25519|Lv\.\d+|v\d.*|[A-Z][a-z]+\d+)$|^[a-z]{1,4}_(?:(?:live|test)_)?(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{8,}$/;
/** An amount after its currency's letters ("Rs.0.00", "Ksh1,250", "Rp.50.000"): a balance, no login. */
const amountWithCurrency = /^(?:Rs|Rp|Ksh|KSh|Tk|PHP|INR|NGN|KES)\.?[\d,.]+$/;

/** A line of field names only, as a table's header prints them ("user_id,username,display_name,email"). */
const headerRow = /^[ \t]*\|?[\w ]+(?:[,;\t|][\w ]+){2,}\|?[ \t]*$/;

/**
 * The login-shaped words of `text` within 40 characters after a login word on their line, or right after "by", 0.55: below every form with a
 * frame, so a value another recogniser reads wins. Not a field's key ("src_ip=", `"user_id":`), a key's value ("reason=
 * bad_password"), a header row's name, a placeholder ("{{account_number}}") or a password after its label.
 *
 * @example
 * findLoginShapedWords('깃랩은 hsbaek92 계정이라 그건 잘 됩니다').map((finding) => finding.text); // ['hsbaek92']
 * findLoginShapedWords('user_id,username,display_name,email'); // []
 */
export function findLoginShapedWords(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const { start, end } of wordsAroundAnchors(text, { anchor: shapeAnchor, wordCharacter })) {
    const word = text.slice(start, end);
    if (
      !isLoginShaped(word) ||
      amountWithCurrency.test(word) ||
      isAttached(text, start, end) ||
      isFieldName(text, start, end) ||
      isCodeIdentifier(text, start, end)
    )
      continue;
    const before = text.slice(Math.max(0, start - 48), text.charAt(start - 1) === '@' ? start - 1 : start);
    const loginWord = loginWordBefore.exec(before);
    if (loginWord === null) {
      if (!answersLoginQuestion(text, start) && !actedBy.test(before)) continue;
    } else if (secretLabel.test(before) || machineWordBefore.test(before)) continue;
    else if (/^i[dD]$|^I[dD]$/.test(loginWord[0]) && otherThingBeforeId.test(before.slice(0, loginWord.index))) continue;
    // A salon's or a clinic's own account after its channel's words ("카카오 채널 @…", "공식 인스타그램 @…") is the business's.
    if (followsBusinessChannelWords(text, text.charAt(start - 1) === '@' ? start - 1 : start)) continue;
    findings.push(createFinding({ type: 'USERNAME', text: word, start, score: 0.55, recognizer: recognizerName }));
  }
  return findings;
}

/**
 * Whether the word opens a turn that answers a login's question on the two lines before ("And your online username?\n
 * Customer: dre.castillo86 but …", "깃허브 아이디도 답장으로 줘\n[14:05] 진서아: seoa-jin").
 */
function answersLoginQuestion(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !turnOpening.test(text.slice(lineStart, start))) return false;
  const previousLine = text.lastIndexOf('\n', lineStart - 2) + 1;
  const questionFrom = previousLine === 0 ? 0 : text.lastIndexOf('\n', previousLine - 2) + 1;
  const question = text.slice(questionFrom, lineStart);
  return loginWordAnywhere.test(question) && askingWords.test(question);
}

function isLoginShaped(word: string): boolean {
  return (
    word.length >= 4 &&
    word.length <= 40 &&
    loginShape.test(word) &&
    /[a-z]/.test(word) &&
    !fileOrHostEnding.test(word) &&
    !notLoginShape.test(word)
  );
}

/** Whether the word is part of an address, a path, a mail address, a tag or an amount. */
function isAttached(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return (
    (before !== '@' && attachedBefore.test(before)) || attachedAfter.test(after) || (before === '@' && /[\w.]/.test(text.charAt(start - 2)))
  );
}

/** A line that is an SQL statement: its verb, or a "select … from" in small letters. */
const sqlStatementLine = /\b(?:SELECT|UPDATE|DELETE FROM|INSERT INTO|WHERE|JOIN)\b|\bselect\b.*\bfrom\b/;

/**
 * Whether the word at `start` is a name in code, not a login: a function it calls ("create_user(" ), an argument it
 * unpacks ("**form.cleaned_data"), or a column or a table in a line of SQL ("SELECT id, first_name", "JOIN order_items").
 *
 * @example
 * isCodeIdentifier('SELECT id, first_name FROM customers', 11, 21); // true
 */
export function isCodeIdentifier(text: string, start: number, end: number): boolean {
  // Not a log's note in brackets after a login ("session opened for user jhkwon(uid=1004)").
  if ((text.charAt(end) === '(' && !/^\(\w+=/.test(text.slice(end, end + 12))) || text.slice(Math.max(0, start - 2), start) === '**')
    return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return sqlStatementLine.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

/** A field's name: a key before its value, a key's value in a log, a placeholder, a header row's cell or an SQL column. */
function isFieldName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 3);
  if (/^["']?[ \t]*[=:]/.test(after) || after.startsWith('}}')) return true;
  if (/\w=["']?$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  // A header's names may end in a digit ("card_last4"); a row's cells hold numbers of their own.
  return (headerRow.test(line) && !/(?<![A-Za-z_])\d/.test(line)) || isInInsertColumns(text, start);
}
