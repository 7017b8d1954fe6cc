// A person's brokerage and pension accounts, which bank words do not announce: a broker's account with letters in it
// after its brokerage's or its transfer's words ("brokerage acct 5RT44019", "Delivering account number: 7HP208841"), and a
// Korean pension (IRP) or securities account after its kind or its firm's name ("당행 IRP: 1005-803-661274", "○○증권 IRP
// 71028843-29", "대신증권 6001-2284-9917").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const name = 'bank-account';

/**
 * Whether a brokerage's or a pension's word may stand in `text`: the pieces searched natively before the patterns, by the
 * fast path and the search alike (remembered for the last text).
 *
 * @example
 * mayHoldBrokerageOrPensionAccount('대신증권 6001-2284-9917'); // true
 */
export const mayHoldBrokerageOrPensionAccount = rememberLastText((text: string): boolean =>
  ['rokerage', 'ROKERAGE', 'elivering', 'eceiving', 'ransferring', 'IRA', 'IRP', 'ISA', '증권', '연금', '신용거래', '위탁'].some((piece) =>
    text.includes(piece),
  ),
);

/**
 * A broker's account named by its brokerage or by the transfer between two brokers (ACATS: "Delivering firm: Harborview
 * Brokerage (DTC 0443), account no. 5JX-40821773"), the account's word within the line's next few words.
 */
const brokerageAccountLabel =
  /\b(?:brokerage|delivering|receiving|transferring|custodial|IRA)\b[^\n]{0,40}?\b(?:acct|account)\b\.?(?:[ \t]*(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*/gi;
/**
 * A broker's account as brokers print it: a digit and a few capitals, or a capital or two, then five to nine digits
 * ("5RT44019", "7HP208841", "5JX-40821773", "Z23456789"). Digits alone are the bank account search's.
 */
const brokerageAccountValue = /(?:\d[A-Z]{1,3}|[A-Z]{1,2}\d{0,2})-?\d{5,9}(?![0-9A-Za-z]|-\d)/y;

/**
 * A Korean retirement (IRP, 연금저축, 퇴직연금) or savings (ISA) account's kind, a margin account (신용거래 계좌) or a
 * consignment account named so ("계좌는 위탁 5521-…"), or a securities firm's name ("대신증권", "미래에셋증권", "○○증권",
 * "타사(미래온증권)"; not 보험증권, an insurance policy, nor 증권 alone, whose 증권번호 is a policy's), then the digits, in
 * brackets perhaps ("신용거래 계좌(7012-…)").
 */
const koreanInvestmentAccount =
  /(?:\b(?:IRP|ISA)\b|연금저축|퇴직연금|신용거래[ \t]?계좌|계좌(?:는|은)[ \t]*위탁|[가-힣A-Z○]{1,8}(?<!보험)증권\)?(?:[ \t]*(?:IRP|ISA|CMA|위탁|종합))?)(?:[ \t]*계좌(?:[ \t]*번호)?)?[ \t]*(?:은|는|[:：(])?[ \t]*(\d{2,8}(?:-\d{1,8}){0,3})(?![0-9A-Za-z]|[-.]\d)/g;
/** Korean brokerages' and pension accounts' lengths, hyphens aside. */
const fewestDigits = 8;
const mostDigits = 14;
const isoDate = /^(?:19|20)\d\d-\d\d-\d\d$/;
/**
 * A phone's shape, which no account after these words takes: a mobile's (010-…), a line's after its area code, a firm's
 * nationwide number ("삼성증권 1588-2323", "대신증권 02-769-2000").
 */
const phoneShape = /^(?:01[016789]-?\d{3,4}-?\d{4}|0\d{1,2}-\d{3,4}-\d{4}|1[5-9]\d\d-\d{4})$/;

/**
 * The brokerage and pension accounts of `text` (0.75 each).
 *
 * @example
 * brokerageAndPensionAccounts('List account number(s) here (optional): brokerage acct 5RT44019')[0]?.text; // '5RT44019'
 * brokerageAndPensionAccounts('보험 증권번호: 0012849301').length; // 0
 */
export function brokerageAndPensionAccounts(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  brokerageAccountLabel.lastIndex = 0;
  for (let label = brokerageAccountLabel.exec(text); label !== null; label = brokerageAccountLabel.exec(text)) {
    brokerageAccountValue.lastIndex = label.index + label[0].length;
    const value = brokerageAccountValue.exec(text);
    if (value !== null)
      findings.push(createFinding({ type: 'BANK_ACCOUNT', text: value[0], start: value.index, score: 0.75, recognizer: name }));
  }
  koreanInvestmentAccount.lastIndex = 0;
  for (let match = koreanInvestmentAccount.exec(text); match !== null; match = koreanInvestmentAccount.exec(text)) {
    const value = match[1]!;
    const digits = value.replaceAll('-', '').length;
    if (digits < fewestDigits || digits > mostDigits || isoDate.test(value) || phoneShape.test(value)) continue;
    const start = match.index + match[0].length - value.length;
    findings.push(createFinding({ type: 'BANK_ACCOUNT', text: value, start, score: 0.75, recognizer: name }));
  }
  return findings;
}
