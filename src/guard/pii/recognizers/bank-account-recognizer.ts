// Finds Korean bank account numbers, only next to banking words: bank-specific digit groupings, or bare digits after a label.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures } from '../text-features.ts';
import { characterCodes, hasContextBefore, mayEndWithLabel } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isLifelongAccount, namesPhoneOfAccount } from './phone-of-account.ts';
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { isAsciiLetter } from '../feature-characters.ts';
import { digitGroupsOf, gapAfter, groupLength, hasGroupShape, type DigitGroups } from './digit-groups.ts';
import { isValidIban } from './iban-checksum.ts';
import { isJapaneseAccountAt, japaneseAccountDigits, mayHoldJapaneseAccount } from './japanese-accounts.ts';
import { brokerageAndPensionAccounts, mayHoldBrokerageOrPensionAccount } from './brokerage-and-pension-accounts.ts';

const name = 'bank-account';

/** Digit groupings banks print on passbooks (e.g. 국민 6-2-6, 신한 3-3-6, 카카오뱅크 4-2-7, 토스뱅크 4-4-4). */
export const bankAccountGroupings: ReadonlySet<string> = new Set([
  '6-2-6', // 국민, 농협 (new), 우체국
  '3-2-4-3', // 국민 (old)
  '4-2-4-3', // 국민 (old, 14 digits)
  '3-3-6', // 신한, 케이뱅크
  '3-2-6', // 신한 (old), SC제일, 수협
  '4-3-6', // 우리
  '3-6-2-3', // 우리 (old), 기업
  '3-6-5', // 하나
  '3-6-3', // 하나 (old), 씨티
  '3-4-4-2', // 농협
  '3-2-6-1', // 대구, 경남
  '3-3-6-1', // 부산, 광주
  '4-2-7', // 카카오뱅크
  '4-4-4', // 토스뱅크
  '4-4-4-1', // 새마을금고 (9xxx-…)
  '4-4-5', // 새마을금고, as customers write it
  '4-2-6-1', // 새마을금고
  '3-4-4-1', // 새마을금고 (old)
  '3-3-3-3', // 신협
  '2-6-6', // 산업
  '2-4-7-2', // New Zealand: bank, branch, account, suffix
  '2-4-7-3',
]);

// "우리", "하나", "기업" and "국민" are everyday words, so banks count only with 은행/뱅크 or their short English names, as
// statements and payslips write banks at home and abroad ("KEB Hana", "FNB", "GTBank", "HDFC").
const bankingContext =
  /계좌|입금|예금주|이체|송금|환불\s*받|은행|뱅크|농협|신한|우체국|새마을|수협|신협|[카케토]뱅|account|acct|bank|deposit|wire|pay(?:ment)?\s+(?:to|into)|\b(?:kb|ibk|nh|sc|bsb|ifsc|keb|hana|woori|shinhan|kookmin|fnb|absa|nedbank|capitec|gtbank|maybank|cimb|hsbc|bdo|bpi|bbva|santander|barclays|lloyds|natwest|hdfc|icici|sbi|kcb|dbs|ocbc|uob)\b/i;
// Bare digits or an unusual grouping count only straight after an account label.
// "acc", "A/c No." (India, Pakistan), a US "checking" ("checking no. …"), a "savings" and a "cheque" account ("FNB Cheque") are labels too; a
// cheque alone has a number of its own, a Canadian "Chequing" none ("Institution 004 / Transit 94212 / Chequing 6391047").
const accountLabelAtEnd =
  /(?:계좌\s*(?:번호)?|통장\s*번호|account,?\s*(?:number|no\.?|#)?|acc(?:t)?\.?\s*(?:no\.?|#)?|a\/c\s*(?:no\.?|#)?|(?:checking|savings|chequing)(?:\s*account)?(?:\s*(?:number|no\.?|#))?|cheque\s*account|(?:fnb|absa|nedbank|capitec)\s+cheque|beneficiary|cbu|cvu|clabe|konto(?:-?nr\.?|nummer)?|conta(?:\s*(?:corrente|poupan[çc]a))?|c\/c|nuban|은행|뱅크)["']?\s*(?:은|는|:|：|,|is)?\s*["']?$/i;
// A bank's name right before the digits ("받는 계좌: 농협 6790960183180") labels them as well as 계좌 does; so do the short
// names customers type ("카뱅 3333-01-1234567", "KB 123456-01-123456").
const bankNames = [
  ...['농협', '신한', '국민', '우리', '하나', '기업', '우체국', '새마을금고', '수협', '신협', '카카오뱅크', '토스뱅크', '케이뱅크'],
  ...['카뱅', '케뱅', '토뱅', '토스', 'SC제일', '씨티', '산업', '부산', '대구', '경남', '광주', '전북', '제주'],
];
const koreanBankNames: ReadonlySet<string> = new Set(bankNames);

/**
 * Whether `text.slice(start, end)` is a Korean bank's name with a number after it, as a customer gives an account ("신한
 * 110-482-917305", "신한 외화통장 180-012-447391"): what a name's search must not take for a person.
 *
 * @example
 * isBankNameBeforeNumber('고객: 신한 110-482-917305', { start: 4, end: 6 }); // true
 */
export function isBankNameBeforeNumber(text: string, span: { start: number; end: number }): boolean {
  if (!koreanBankNames.has(text.slice(span.start, span.end))) return false;
  accountWordAfterBank.lastIndex = span.end;
  const at = span.end + (accountWordAfterBank.exec(text)?.[0].length ?? 0);
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/** Blanks, and the kind of account between a bank's name and its number ("외화통장", "입출금 계좌", "적금"). */
const accountWordAfterBank = /[ \t]*(?:[가-힣]{0,4}(?:통장|계좌|예금|적금)(?:[ \t]*번호)?[ \t]*(?:은|는|:)?[ \t]*)?/y;
const latinBankNames = ['KB', 'IBK', 'NH', 'SC'];
const bankNameAtEnd = new RegExp(`(?:${bankNames.join('|')}|\\b(?:${latinBankNames.join('|')}))(?:은행)?\\s*[,|]?\\s*$`);
/** How far back a bank's name may end before the number it labels ("신한 110-…", "농협은행: 302-…"). */
const bankNameWindow = 12;
const argentineAccountLabel = /\b(?:CBU|CVU)\b\s*(?:[:#]|is)?\s*$/i;
const argentineAccountWord = /\b(?:CBU|CVU)\b/i;
const clabeWord = /\bCLABE\b/i;
/** A Polish account number as its bank prints it: the two check digits, then six groups of four. */
const polishAccountGroups: readonly number[] = [2, 4, 4, 4, 4, 4, 4];

/**
 * Whether both check digits of an Argentine CBU hold: the bank and branch's (weights 7 1 3 9 on the first seven digits)
 * and the account's (3 9 7 1 on the next thirteen).
 *
 * @example
 * isValidCbu('0170099220000067797370'); // true
 */
export function isValidCbu(digits: string): boolean {
  return (
    weightedCheckDigit(digits.slice(0, 7), cbuBranchWeights) === digits.charCodeAt(7) - 48 &&
    weightedCheckDigit(digits.slice(8, 21), cbuAccountWeights) === digits.charCodeAt(21) - 48
  );
}

/**
 * Whether the check digit of a Mexican CLABE holds (weights 3 7 1 on the first seventeen digits).
 *
 * @example
 * isValidClabe('012180001527843903'); // true
 */
export function isValidClabe(digits: string): boolean {
  return weightedCheckDigit(digits.slice(0, 17), clabeWeights) === digits.charCodeAt(17) - 48;
}

const cbuBranchWeights = [7, 1, 3, 9];
const cbuAccountWeights = [3, 9, 7, 1];
const clabeWeights = [3, 7, 1];

/** (10 − Σ digit × weight mod 10) mod 10 over `digits`, the weights repeating. */
function weightedCheckDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) sum += (digits.charCodeAt(index) - 48) * weights[index % weights.length]!;
  return (10 - (sum % 10)) % 10;
}
/** The last characters of the names (and of 은행), tested before `bankNameAtEnd`: most numbers follow none of them. */
const bankNameEnd = {
  lastCharacters: characterCodes([...bankNames, ...latinBankNames, '은행'].map((name) => name.at(-1)).join('')),
  // A CSV's or a table's cell may end the name ("국민,491801-01-207735").
  skipped: characterCodes(',|'),
};
// What `accountLabelAtEnd` can end with before its particle or colon (계좌, 번호 of 계좌번호 and 통장 번호, 은행, 뱅크, account, number, no., #, acc,
// a/c, checking, cheque, savings, a transfer's beneficiary).
const accountLabelEnd = { lastCharacters: characterCodes('좌호행크tTrRoO.#cCgGsSeEyYuUaAnN'), skipped: characterCodes('은는:：,"\'') };
/** A bank written after an account in its bank's grouping ("351-1187-6624-93 농협 (예금주 꽃담)"); not the names that are everyday words. */
const koreanBankAfter =
  /^[ \t]*[(/]?[ \t]*(?:농협|신한|우체국|새마을금고|수협|신협|카카오뱅크|토스뱅크|케이뱅크|카뱅|케뱅|SC제일|씨티|[가-힣]{1,4}은행)/;

/**
 * Scores 0.85 for a known grouping with banking words in the window before it, 0.6 for other 10–14 digit numbers right
 * after an account label. Without banking words there is no finding: the same groupings are tracking and order numbers.
 *
 * @example
 * bankAccountRecognizer.find('입금 계좌: 신한 110-123-456789', {})[0]?.type; // 'BANK_ACCOUNT'
 * bankAccountRecognizer.find('운송장 110-123-456789', {}).length; // 0
 */
export const bankAccountRecognizer: PiiRecognizer = {
  name,
  types: ['BANK_ACCOUNT'],
  // Six and seven digits are accounts only after a branch's routing code (`hasRoutingCodeBefore`) or a Japanese account's
  // kind; a brokerage's account may hold letters ("brokerage acct 5RT44019").
  mightMatch: (text) => {
    const digits = textFeatures(text).mostRunDigits;
    return (
      digits >= 8 || (digits >= 6 && (mayHoldRoutingCode(text) || mayHoldJapaneseAccount(text))) || mayHoldBrokerageOrPensionAccount(text)
    );
  },
  find(text) {
    const findings: PiiFinding[] = [];
    const groups = digitGroupsOf(text);
    const count = groups.count;
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      const gap = groups.gaps[index]!;
      // "61 1090 1014 0000 0712 1981 2874": a Polish account, its IBAN without the country's letters; the check digits vouch.
      if (gap === 32 && hasGroupShape(groups, { at: index, lengths: polishAccountGroups, gap: 32 })) {
        const last = index + polishAccountGroups.length - 1;
        const spelled = text.slice(start, groups.ends[last]!);
        if (isDigitStartAt(text, start) && isDigitEndAt(text, groups.ends[last]!) && isValidIban(`PL${spelled}`)) {
          findings.push(createFinding({ type: 'BANK_ACCOUNT', text: spelled, start, score: 0.85, recognizer: name }));
          index = last;
          continue;
        }
      }
      // Groups apart by hyphens; by blanks only right after a bank's name or an account label ("신한 110 123 456789",
      // "account number is 1234 5678 9012").
      if ((gap !== 45 && gap !== 32) || !isDigitStartAt(text, start)) continue;
      const labelled = hasAccountLabelOrNoteBefore(text, start);
      if (gap === 32 && !labelled && !hasBankNameBefore(text, start) && !hasForeignBankBefore(text, start)) continue;
      const first = index;
      // Right after an account label two groups are enough, and any length an account has somewhere (seven digits in
      // Canada, eight in Australia, fifteen in India): "account number 1047 2291".
      const last = lastGroupedAccountGroup(text, { groups, first, gap, fewestFollowing: labelled ? 1 : 2 });
      if (last === -1) continue;
      // The pattern goes on after the match, whether or not the checks below keep it.
      index = last;
      const digits = digitsIn(groups, { first, last });
      const fewestDigits = labelled ? (hasRoutingCodeBefore(text, start) ? 6 : 7) : 10;
      if (digits < fewestDigits || digits > (labelled ? 18 : 16)) continue;
      // 010-1234-5678 is a phone; 017-42-408742 (SC제일) is not written like one. Right after an account label it is the
      // account a mobile number serves as ("계좌번호 010-1234-5678": 평생계좌), which the phone search leaves.
      if (
        isMobileGrouping(groups, { first, last }) &&
        isMobileShaped(text, { start, digits }) &&
        !hasAccountLabelOnLine(text, start) &&
        !isLifelongAccount(text, groups.ends[last]!)
      )
        continue;
      if (namesPhoneOfAccount(text, start)) continue;
      const score = groupedScore(text, { grouping: groupingOf(groups, { first, last }), start, end: groups.ends[last]! });
      if (score > 0)
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, groups.ends[last]!), start, score, recognizer: name }));
    }
    // Eight and nine digits are UK and US account lengths, fifteen to eighteen Indian and Mexican (CLABE), twenty-two
    // Argentine (CBU); they count only right after an account label, like all bare numbers: digitStart \d{6,22} digitEnd,
    // a whole group.
    for (let index = 0; index < count; index += 1) {
      const start = groups.starts[index]!;
      const length = groupLength(groups, index);
      if (length < 6 || length > 22 || !isDigitStartAt(text, start) || !isDigitEndAt(text, groups.ends[index]!)) continue;
      const end = groups.ends[index]!;
      // Argentina's CBU and CVU are twenty-two digits, longer than any account elsewhere: only after their own label, or
      // with the word a little before and both check digits right ("what's my CBU again … found it: 0170099220000067797370").
      if (length > 18) {
        const labelled = argentineAccountLabel.test(text.slice(Math.max(0, start - 16), start));
        if (
          !labelled &&
          !(length === 22 && isValidCbu(text.slice(start, end)) && argentineAccountWord.test(text.slice(Math.max(0, start - 120), start)))
        )
          continue;
        findings.push(
          createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, end), start, score: labelled ? 0.6 : 0.75, recognizer: name }),
        );
        continue;
      }
      // Mexico's CLABE: eighteen digits whose check digit is right, with the word in the lines before ("send it to your
      // CLABE" … "012180001527843903").
      if (length === 18 && isValidClabe(text.slice(start, end)) && clabeWord.test(text.slice(Math.max(0, start - 160), start))) {
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, end), start, score: 0.75, recognizer: name }));
        continue;
      }
      // "to 20-45-77 63019284", "SO K ASHWORTH 40-11-62 71943308": a British account after its sort code, the pair one value;
      // a slash or a comma between them parts the two, and the account is found alone ("my new Starling one, 60-83-71 /
      // 26718834", "Monzo 04-00-04, 38119027, H Siddiqui").
      const sortCode = length === 8 ? sortCodeStartBefore(text, start) : -1;
      const markedOff = sortCode !== -1 && isSortCodeMarkedOff(text, { sortCode, start });
      if (sortCode !== -1 && !(markedOff && mayBeDateBefore(text, sortCode))) {
        const from = markedOff ? start : sortCode;
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(from, end), start: from, score: 0.75, recognizer: name }));
        continue;
      }
      // "all sort code 20-45-77: Kacper Nowicki 31926548, Daria Ionescu 50381172": a list of accounts at one branch.
      if (length === 8 && listedUnderSortCode(text, start)) {
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, end), start, score: 0.8, recognizer: name }));
        continue;
      }
      if (length === japaneseAccountDigits && isJapaneseAccountAt(text, start)) {
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, end), start, score: 0.75, recognizer: name }));
        continue;
      }
      if (length < 8) {
        if (!hasRoutingCodeBefore(text, start) || !hasAccountLabelBefore(text, start)) continue;
      } else if (
        (length > 14 ? !hasAccountLabelBefore(text, start) : !isLabelledAccount(text, { start, digits: length })) &&
        !hasForeignBankBefore(text, start)
      ) {
        const after = text.slice(end, end + bankAfterWindow);
        // "no the other one, 63019284 sort code 20-45-77": a British account before its sort code.
        if (length === 8 ? !sortCodeAfter.test(after) : length < 10 || length > 12 || !bankAfter.test(after)) continue;
      }
      // Right after a bank abroad, a Korean mobile's shape is its account, and the bank outweighs a phone's reading
      // ("GTBank 0174829365": Nigeria's ten digits).
      const afterForeignBank = hasForeignBankBefore(text, start);
      const mobileShaped = isMobileShaped(text, { start, digits: length });
      if (mobileShaped && !afterForeignBank && !hasAccountLabelOnLine(text, start)) continue;
      if (namesPhoneOfAccount(text, start)) continue;
      // A mobile's shape after an account's label on its line is the account, outweighing a phone's reading ("NUBAN 0174839265").
      const score = afterForeignBank || mobileShaped ? 0.8 : 0.6;
      findings.push(createFinding({ type: 'BANK_ACCOUNT', text: text.slice(start, start + length), start, score, recognizer: name }));
    }
    // A form's boxes, one digit each, after the account's label ("Bank/building society account number\n7 1 0 4 9 3 2 8").
    if (text.includes(' ')) for (const finding of boxedAccounts(text)) findings.push(finding);
    if (mayHoldBrokerageOrPensionAccount(text)) for (const finding of brokerageAndPensionAccounts(text)) findings.push(finding);
    return findings;
  },
};

/**
 * A bank abroad named right before the number, as customers write where to send money ("my Techcombank 19034827716012",
 * "Wells Fargo #7204418836", "Zenith 2087415530", a migrant worker's "Sonali Bank 0112301004827", "BCA 4820173956"):
 * names in their own capitals, which are rarely words, and not the end of one ("SHIPPING"). The branch's town may stand
 * between, a comma after it ("Vietcombank Đà Nẵng, 0071000839254").
 */
const foreignBankBefore =
  /(?<![A-Za-z])((?:Wells Fargo|Chase|Bank of America|Citibank|HSBC|Barclays|Lloyds|NatWest|Santander|Monzo|Revolut|Starling|Nationwide|Zenith|GTBank|GTB|UBA|First Bank|Opay|OPay|Kuda|Moniepoint|Techcombank|Vietcombank|BIDV|Agribank|BDO|BPI|Metrobank|Maybank|CIMB|DBS|POSB|OCBC|UOB|HDFC|ICICI|SBI|Axis Bank|Kotak|MUFG|SMBC|Mizuho|FNB|Absa|Nedbank|Capitec|Standard Chartered|ANZ|Westpac|CommBank|NAB|ASB|BNZ|Kiwibank|RBC|Scotiabank|BMO|CIBC|Deutsche Bank|Sparkasse|Commerzbank|ING|N26|BNP Paribas|BBVA|Nubank|Itaú|Bradesco|Equity Bank|KCB|Access|Fidelity|Sterling|Wema|Polaris|Ecobank|Stanbic|FCMB|Palmpay|PalmPay|BCA|BRI|BNI|Mandiri|Sonali|Janata|Dutch-Bangla|BRAC|Commercial Bank|Sampath|ABA Bank|ACLEDA|Kasikornbank|Bangkok Bank|Krungthai|KBZ|Golomt|Khan Bank|Halyk|Kaspi|Sberbank|Nabil|Meezan|HBL)(?: [Bb]ank)?)((?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,2}[ \t]*,)?(?:[ \t]*(?:[#:/,]|no\.?|account|NUBAN))*[ \t]*$/u;
const foreignBankWindow = 32;

function hasForeignBankBefore(text: string, start: number): boolean {
  const match = foreignBankBefore.exec(text.slice(Math.max(0, start - foreignBankWindow), start));
  if (match === null) return false;
  // A town between counts after a bank's whole name or its capitals ("Vietcombank Đà Nẵng, ", "BIDV Huế, "), not after a
  // name that is a word too ("Access Code, 48291377").
  const [, bank, town] = match;
  return town === undefined || /bank$/i.test(bank!) || /^[A-Z]{2,}$/.test(bank!);
}

const boxedDigits = /(?<!\d ?)\d(?: \d){5,17}(?! ?\d)/g;

function boxedAccounts(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  boxedDigits.lastIndex = 0;
  for (let match = boxedDigits.exec(text); match !== null; match = boxedDigits.exec(text))
    if (hasAccountLabelBefore(text, match.index))
      findings.push(createFinding({ type: 'BANK_ACCOUNT', text: match[0], start: match.index, score: 0.75, recognizer: name }));
  return findings;
}

/**
 * A bank's name or "bank" right after the number ("0123456789 access bank", "2034417789 (GTBank)"), as Nigerian and
 * Ghanaian customers write a ten-digit account; not a bank's phone line ("bank branch", "bank holiday").
 */
const bankAfter =
  /^[ \t]*[(,–-]?[ \t]*(?:(?:[A-Za-z]+[ \t]+){0,2}bank(?![ \t]+(?:branch|holiday|card|app|line|transfer|statement))\b|gtbank|gtb|uba|opay|kuda|moniepoint|palmpay|zenith|ecobank|stanbic|firstbank)\b/i;
const bankAfterWindow = 30;
const sortCodeAfter = /^[ \t]*[,(/]?[ \t]*(?:sort[ \t]*code|s\/c)\b/i;
/**
 * A sort code written right before an account, blanks, a slash or a comma between: "40-11-62 71943308", "60-83-71 /
 * 26718834".
 */
const sortCodeBefore = /(?<![\d-])\d\d-\d\d-\d\d(?:[ \t]{1,3}|[ \t]?[/,][ \t]?)$/;
/** The eight characters of a sort code ("40-11-62"). */
const sortCodeLength = 8;

/** Day, month and a two-digit year either way round, as a sort code may read ("12-05-24"). */
const dateLikeSortCode = /^(?:(?:0[1-9]|[12]\d|3[01])-(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))-\d\d$/;
const sortCodeWordBefore = /sort[ \t]*code|s\/c/i;
const sortCodeWordReach = 24;

/**
 * Whether the sort code's shape at `sortCode`, a comma or a slash after it, may be a date instead ("Statement 12-05-24,
 * 38119027 transactions"): it reads as one, and neither a bank's name nor "sort code" stands right before it.
 */
function mayBeDateBefore(text: string, sortCode: number): boolean {
  return (
    dateLikeSortCode.test(text.slice(sortCode, sortCode + sortCodeLength)) &&
    !hasForeignBankBefore(text, sortCode) &&
    !sortCodeWordBefore.test(text.slice(Math.max(0, sortCode - sortCodeWordReach), sortCode))
  );
}

/**
 * A sort code and a colon earlier on the line, then a list of holders and their accounts up to `start`: names, commas and
 * other eight-digit accounts, no sentence's end between.
 */
const sortCodeListBefore =
  /(?:[Ss]ort|SORT)[ \t]*(?:[Cc]ode|CODE)[ \t]*\d\d-\d\d-\d\d[ \t]*:(?:[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+\d{8},)*[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+$/;
const sortCodeListReach = 200;

function listedUnderSortCode(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return sortCodeListBefore.test(text.slice(Math.max(lineStart, start - sortCodeListReach), start));
}

/** Whether a slash or a comma, not blanks alone, stands between the sort code at `sortCode` and the account at `start`. */
function isSortCodeMarkedOff(text: string, at: { sortCode: number; start: number }): boolean {
  for (let index = at.sortCode + sortCodeLength; index < at.start; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x2f || code === 0x2c) return true;
  }
  return false;
}

/**
 * Where the sort code right before a British account number starts, in a text that speaks of banking anywhere (a
 * statement's header, "refund the deposit … to"); -1 where none stands there.
 */
function sortCodeStartBefore(text: string, start: number): number {
  const match = sortCodeBefore.exec(text.slice(Math.max(0, start - 12), start));
  if (match === null) return -1;
  const sortCodeStart = start - (match.input.length - match.index);
  // "my Monzo 04-00-04 41829375": a bank named right before the sort code speaks of banking too.
  return bankingContext.test(text) || bankWords.test(text) || hasForeignBankBefore(text, sortCodeStart) ? sortCodeStart : -1;
}

/** The words of the codes that route a payment to a branch: an account after them may be as short as its country's. */
const routingCodeBefore = /transit|institution|\bbsb|sort\s*code|routing|\baba\b|branch|ag[êe]ncia/i;
const routingCodeWindow = 80;

/**
 * Whether a branch's routing code stands before `start` on its line or the line above: an account after it may be as
 * short as its country's, seven digits (Canada's, after a transit and an institution number) or six (Australia's, after a
 * BSB), where eight (grouped: seven) are the fewest elsewhere.
 */
/** The distinctive letters of every routing code's word, searched natively before the pattern ("ransit", "BSB", …). */
function mayHoldRoutingCode(text: string): boolean {
  return ['ransit', 'nstitution', 'BSB', 'bsb', 'outing', 'ort code', 'ranch', 'ABA', 'gência', 'gencia'].some((piece) =>
    text.includes(piece),
  );
}

function hasRoutingCodeBefore(text: string, start: number): boolean {
  return routingCodeBefore.test(text.slice(Math.max(0, start - routingCodeWindow), start));
}

/**
 * Whether a number of `digits` digits (hyphens aside) starting at `start` reads ^01[016789]\d{7,8}$: a mobile number,
 * not an account. The first group holds two digits at least, so only the third may follow a hyphen.
 */
function isMobileShaped(text: string, number: { start: number; digits: number }): boolean {
  const { start, digits } = number;
  if (digits < 10 || digits > 11 || text.charCodeAt(start) !== 48 || text.charCodeAt(start + 1) !== 49) return false;
  const third = text.charCodeAt(text.charCodeAt(start + 2) === 45 ? start + 3 : start + 2);
  return third === 48 || third === 49 || (third >= 54 && third <= 57);
}

/** Whether the groups are written as a mobile number is: 3-3-4 or 3-4-4. */
function isMobileGrouping(groups: DigitGroups, span: { first: number; last: number }): boolean {
  const middle = groupLength(groups, span.first + 1);
  return (
    span.last === span.first + 2 &&
    groupLength(groups, span.first) === 3 &&
    (middle === 3 || middle === 4) &&
    groupLength(groups, span.last) === 4
  );
}

function hasAccountLabelBefore(text: string, start: number): boolean {
  const mayEnd = mayEndWithLabel(text, { start, ...accountLabelEnd }) || endsWithIs(text, start);
  return mayEnd && hasContextBefore(text, { start, pattern: accountLabelAtEnd }) && !isServiceAccount(text, start);
}

/**
 * A utility's, a broadband provider's or a phone contract's "account no." on its bill ("GREELEY WATER & SEWER  ACCOUNT
 * NUMBER 004419-338201", "my contract (account 1903 8842 617)", a carrier's "Old acct #", "Subject: Account 60-44-118372-9 -
 * bill still wrong", "Moving out - acct 60-51-007734-2 - final readings", a council tax account): the customer's number with the provider, not a
 * bank's, unless banking words stand near. 계좌 is always a bank's.
 */
const serviceWords =
  /\b(?:bill(?:ing)?|council[ \t]?tax|utilit(?:y|ies)|water|sewer|electric(?:ity)?|gas|energy|broadband|internet|fibre|fiber|provider|supplier|carrier|contract|tariff|meter|readings?|connection fee|install(?:ation)? address|add-a-line|moving (?:home|out)|porting|port-in|number to port|trade-in|activation|trade references?)\b/i;
// A number's transfer to another carrier is no bank's ("Number to transfer: …", "Transfer PIN: 381902").
const bankWords =
  /bank|\bBSB\b|sort\s*code|routing|\bIBAN\b|\bSWIFT\b|\bBIC\b|deposit|(?<!number to )transfer(?![ \t]+PIN)|refund|building society|savings|checking|chequing|cheque|payee|beneficiary|계좌|은행/i;
const serviceReach = 200;
/** How far after the number on its line a service's word may stand ("Account 10288471 – disputed estimated bill"). */
const serviceReachAfter = 60;

function isServiceAccount(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - serviceReach), start);
  const lineEnd = text.indexOf('\n', start);
  const restOfLine = text.slice(start, Math.min(start + serviceReachAfter, lineEnd === -1 ? text.length : lineEnd));
  if (!(serviceWords.test(before) || serviceWords.test(restOfLine)) || /계좌|통장/.test(text.slice(Math.max(0, start - 16), start)))
    return false;
  return !bankWords.test(before) && !bankWords.test(text.slice(start, start + 60));
}

/** An account label before `start` on the same line: a number on the next line ("my account\n010-…") is another item. */
function hasAccountLabelOnLine(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index -= 1;
  return text.charCodeAt(index) !== 0x0a && text.charCodeAt(index) !== 0x0d && hasAccountLabelBefore(text, start);
}

/** How far back a label's note in brackets may open. */
const longestBracketNote = 26;

/**
 * Where the note in brackets opens that ends right before `start` (a colon and blanks aside), on the same line; -1 when
 * none does.
 */
function bracketNoteBefore(text: string, start: number): number {
  let index = start - 1;
  while (index > 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index -= 1;
  if (text.charCodeAt(index) === 0x3a || text.charCodeAt(index) === 0xff1a) index -= 1;
  if (text.charCodeAt(index) !== 0x29) return -1;
  for (let at = index - 1; at >= Math.max(0, index - longestBracketNote); at -= 1) {
    const code = text.charCodeAt(at);
    if (code === 0x28) return at;
    if (code === 0x0a || code === 0x29) return -1;
  }
  return -1;
}

/** Whether the word right before `start` (blanks aside) is "is" ("my account number is 12345678"), read on codes. */
function endsWithIs(text: string, start: number): boolean {
  let index = start - 1;
  while (index > 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index -= 1;
  return text.charCodeAt(index) === 0x73 && text.charCodeAt(index - 1) === 0x69 && !isAsciiLetter(text.charCodeAt(index - 2));
}

/**
 * An account label right before `start`, or before a note in brackets between it and its colon ("계좌번호(Account No.):
 * 784120395", "Payroll account (BDO): 0067 2031 8845").
 */
function hasAccountLabelOrNoteBefore(text: string, start: number): boolean {
  if (hasAccountLabelBefore(text, start)) return true;
  const note = bracketNoteBefore(text, start);
  return note !== -1 && hasAccountLabelBefore(text, note);
}

function isLabelledAccount(text: string, candidate: { start: number; digits: number }): boolean {
  if (hasAccountLabelOrNoteBefore(text, candidate.start)) return true;
  // Bank names are everyday words too (우리, 하나), so a name counts only for Korean lengths with banking words around.
  return (
    candidate.digits >= 10 &&
    hasBankNameBefore(text, candidate.start) &&
    hasContextBefore(text, { start: candidate.start, pattern: bankingContext })
  );
}

/**
 * The last group of the `digitStart \d{2,6}(?:-\d{1,7}){2,3} digitEnd` match that starts at group `first`, or -1: a first
 * group of two to six digits, then two or three groups of one to seven (or `fewestFollowing` to three), each after one
 * hyphen. The greedy pattern tries three groups, then fewer; an end inside a group always fails `digitEnd`.
 */
function lastGroupedAccountGroup(text: string, from: { groups: DigitGroups; first: number; gap: number; fewestFollowing: number }): number {
  const { groups, first, gap, fewestFollowing } = from;
  const length = groupLength(groups, first);
  if (length < 2) return -1;
  // A Brazilian account after its label: five to twelve digits and a check digit ("account 8841027-3", "conta 50217734-9").
  if (length > 6) {
    const checked = length <= 12 && fewestFollowing === 1 && gapAfter(groups, first) === gap && groupLength(groups, first + 1) === 1;
    return checked && isDigitEndAt(text, groups.ends[first + 1]!) ? first + 1 : -1;
  }
  let following = 0;
  while (following < 3 && gapAfter(groups, first + following) === gap) {
    const next = groupLength(groups, first + following + 1);
    if (next < 1 || next > 7) break;
    following += 1;
  }
  for (let taken = following; taken >= fewestFollowing; taken -= 1)
    if (isDigitEndAt(text, groups.ends[first + taken]!)) return first + taken;
  return -1;
}

/** The group lengths of a hyphenated number ("110-123-456789": '3-3-6'). */
function groupingOf(groups: DigitGroups, span: { first: number; last: number }): string {
  let shape = `${groupLength(groups, span.first)}`;
  for (let index = span.first + 1; index <= span.last; index += 1) shape += `-${groupLength(groups, index)}`;
  return shape;
}

function digitsIn(groups: DigitGroups, span: { first: number; last: number }): number {
  let digits = 0;
  for (let index = span.first; index <= span.last; index += 1) digits += groupLength(groups, index);
  return digits;
}

const shippingWordBefore = /송장|택배|waybill|tracking|consignment/i;
// A bill's own number, which an autopay line writes beside 자동이체 ("자동이체 (고지번호 2504-1187-9923)"), is no account.
const billNumberBefore = /(?:고지|납부|전자납부)[ \t]?번호[ \t]*[:：]?[ \t]*$/;
const shippingWordWindow = 10;

/**
 * A bank's grouping with banking words before it, or right after the bank's name ("국민 123456-01-123456": 국민 alone is an
 * everyday word, but not before its passbook's grouping); another grouping only right after an account label.
 */
const newZealandGroupings: ReadonlySet<string> = new Set(['2-4-7-2', '2-4-7-3']);
const bankingWordAfter = /acc(?:oun)?t|\b(?:ASB|ANZ|BNZ|Westpac|Kiwibank|TSB|Rabobank)\b/i;
const bankingWordReach = 30;

function groupedScore(text: string, match: { grouping: string; start: number; end: number }): number {
  // "회수 송장 한진 5320-1948-8821", "우체국택배 6070-2914-8835": a waybill's number, whatever banking words stand before it.
  if (shippingWordBefore.test(text.slice(Math.max(0, match.start - shippingWordWindow), match.start))) return 0;
  if (billNumberBefore.test(text.slice(Math.max(0, match.start - shippingWordWindow), match.start))) return 0;
  if (bankAccountGroupings.has(match.grouping)) {
    // Banking words before it, or an account's label right before it ("savings 7301 0048 5521", "checking, 4100 2938 5576").
    if (hasContextBefore(text, { start: match.start, pattern: bankingContext }) || hasAccountLabelBefore(text, match.start)) return 0.85;
    if (hasBankNameBefore(text, match.start) || koreanBankAfter.test(text.slice(match.end, match.end + bankNameWindow))) return 0.8;
    // New Zealand's four groups are no other number's: the account's word or its bank may follow ("… 0873391-00 (your
    // everyday acct)", "… (ASB)").
    if (newZealandGroupings.has(match.grouping) && bankingWordAfter.test(text.slice(match.end, match.end + bankingWordReach))) return 0.8;
    return isBlankGroupedAfterForeignBank(text, match) ? 0.8 : 0;
  }
  if (isBlankGroupedAfterForeignBank(text, match)) return 0.8;
  // A date under an account column's header ("상대계좌\n2025-03-02 10:31 | …") is the next row's date.
  return hasAccountLabelBefore(text, match.start) && !isoDate.test(text.slice(match.start, match.end)) ? 0.6 : 0;
}

const isoDate = /^(?:19|20)\d{2}([-./])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Any grouping in blanks right after a bank abroad, as its customers copy it from their app ("send to my BPI 3459 1027
 * 84"); not a number that starts with 0 and holds a phone's ten or eleven digits ("Barclays 0345 734 5345").
 */
function isBlankGroupedAfterForeignBank(text: string, match: { start: number; end: number }): boolean {
  if (!text.slice(match.start, match.end).includes(' ') || !hasForeignBankBefore(text, match.start)) return false;
  const digits = text.slice(match.start, match.end).replaceAll(' ', '');
  return !(digits.startsWith('0') && digits.length >= 10 && digits.length <= 11);
}

function hasBankNameBefore(text: string, start: number): boolean {
  return (
    mayEndWithLabel(text, { start, ...bankNameEnd, windowSize: bankNameWindow }) &&
    hasContextBefore(text, { start, pattern: bankNameAtEnd, windowSize: bankNameWindow })
  );
}
