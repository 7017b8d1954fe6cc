// A Japanese bank account: seven digits after its kind (普通, 当座, "futsu") or 口座番号, as a passbook and a remittance
// form write it ("三井住友銀行 新宿支店 (店番 221) 普通 7734921", "口座種別: 普通 / 口座番号: 7403318", "MUFG, Osaka-Umeda
// branch 251, futsu 4718203").

/** Japan's accounts hold seven digits, whatever the bank; the branch's number (店番) before them holds three. */
export const japaneseAccountDigits = 7;

/** The account's kind (ordinary or current, in kanji or romanised) or 口座番号 right before the digits. */
const japaneseAccountLabel = /(?:口座番号|普通(?:預金)?|当座(?:預金)?|\bfutsu(?:[ \t]+yokin)?|\btouza)[ \t]*[:：]?[ \t]*$/i;
const labelReach = 16;
/**
 * A bank, a branch or an account in the words before: 普通 is also "ordinary" ("普通 1500000" is no account), while a
 * bank's line or the account's word before it ("MUFG Bank 本店 普通 4471028", "Account issued: 普通 4827193") makes it one.
 */
const bankWordBefore = /銀行|支店|本店|店番|口座|\bbank|\bbranch|\bacc(?:oun)?t|\bMUFG|\bSMBC|\bMizuho|みずほ|ゆうちょ|りそな/i;
const bankWordReach = 80;

/**
 * Whether the seven digits at `start` are a Japanese account: its kind or 口座番号 right before them, a bank's or an
 * account's word a little before that.
 *
 * @example
 * isJapaneseAccountAt('三井住友銀行 新宿支店 (店番 221) 普通 7734921', 27); // true
 * isJapaneseAccountAt('普通 1500000', 3); // false
 */
export function isJapaneseAccountAt(text: string, start: number): boolean {
  const label = japaneseAccountLabel.exec(text.slice(Math.max(0, start - labelReach), start));
  if (label === null) return false;
  const labelStart = start - (label.input.length - label.index);
  return bankWordBefore.test(text.slice(Math.max(0, labelStart - bankWordReach), start));
}

/**
 * Whether a Japanese account's label may stand anywhere in `text`: the pieces searched natively before any pattern.
 *
 * @example
 * mayHoldJapaneseAccount('口座番号: 7403318'); // true
 */
export function mayHoldJapaneseAccount(text: string): boolean {
  return ['普通', '当座', '口座', 'futsu', 'Futsu', 'FUTSU', 'touza', 'Touza'].some((piece) => text.includes(piece));
}
