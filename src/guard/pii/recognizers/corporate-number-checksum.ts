// The check digit of a Korean corporate registration number (법인등록번호, XXXXXX-XXXXXXX).

/**
 * Weights 1,2,1,2… over the first twelve digits; the check digit brings the sum to a multiple of ten.
 *
 * @example
 * hasValidCorporateNumberChecksum('1101110000002'); // true
 */
export function hasValidCorporateNumberChecksum(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let index = 0; index < 13; index += 1) {
    const code = digits.charCodeAt(index);
    if (code < 48 || code > 57) return false;
    if (index < 12) sum += (code - 48) * (index % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/**
 * A Korean company's name right before a number, its legal form first or last ("근저당권자 주식회사 새벽저축은행
 * 110111-3076852", "㈜한빛상사 110111-…", "새벽저축은행 주식회사 …"): a registry's party, whose number is its corporate one.
 */
const companyNameBefore =
  /(?:(?:주식회사|유한회사|㈜|\(주\))[ \t]*[가-힣A-Za-z0-9&]{1,20}|[가-힣A-Za-z0-9&]{1,20}[ \t]*(?:주식회사|유한회사|㈜|\(주\)))[ \t]*[,(]?[ \t]*$/;

/**
 * Whether a company's name stands right before `start`.
 *
 * @example
 * followsCompanyName('근저당권자 주식회사 새벽저축은행 110111-3076852', 17); // true
 */
export function followsCompanyName(text: string, start: number): boolean {
  return companyNameBefore.test(text.slice(Math.max(0, start - 32), start));
}
