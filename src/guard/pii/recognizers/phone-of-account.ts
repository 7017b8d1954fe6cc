// A phone named by the account it belongs to ("the mobile number on the account is 0412 660 318", "Contact no. on
// account: 0117 924 3806"), or a mobile wallet's account, which is its owner's phone ("My JazzCash account is
// 0345-7716290", "M-Pesa paybill 247247, account 0722418390"): the account's word before the number labels the phone, not
// an account number, for the phone and the bank account searches alike. And the other way round: a mobile number that its
// note calls the account it serves as ("IBK기업은행 010-… (평생계좌, 전화번호와 같음)"), Korean banks' lifelong account.

/** How far before a number the phrase may start. */
const phraseReach = 56;
/** The mobile wallets whose accounts are their owners' phones, for this phrase and the phone search's labels. */
export const mobileWalletSource = 'm-?pesa|gcash|jazzcash|easypaisa|bkash|nagad|paytm|momo';
const phoneOfAccount = new RegExp(
  String.raw`\b(?:mobile|phone|cell|contact|landline|lines?)(?:[ \t]+(?:number|no\.?|#))?[ \t]+(?:on|for|linked to|registered to)[ \t]+(?:(?:the|your|my|this)[ \t]+)?account(?:[ \t]+is[ \t]*|[ \t]*:[ \t]*)$|\b(?:${mobileWalletSource})\b[^\n]{0,30}?\baccount(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+is[ \t]*|[ \t]*:[ \t]*|[ \t]+)$`,
  'i',
);

/**
 * Whether the words right before `start` name the number as an account's phone.
 *
 * @example
 * namesPhoneOfAccount('And the mobile number on the account is 0412 660 318', 40); // true
 */
export function namesPhoneOfAccount(text: string, start: number): boolean {
  return phoneOfAccount.test(text.slice(Math.max(0, start - phraseReach), start));
}

const lifelongAccountNote = /^[ \t]*[(,][ \t]*평생[ \t]?계좌/;

/**
 * Whether the note right after a number, ending at `end`, calls it a lifelong account (평생계좌): an account, not a phone.
 *
 * @example
 * isLifelongAccount('IBK기업은행 010-5118-0493 (평생계좌)', 21); // true
 */
export function isLifelongAccount(text: string, end: number): boolean {
  return lifelongAccountNote.test(text.slice(end, end + 12));
}
