// Whether an address stands among an organisation's contact lines, as an official letter's, a notice's or a signature's
// footer prints them: its fax or main line, or a desk's mailbox beside a phone, on the line above ("문의: 사무국 02-… / 팩스
// 02-… / office@….or.kr\n주소: …"), on the address's own line ("Operations: payments-ops@… | 0203 … | 30 …"), or on the line
// below ("주소: …\n- 대표전화 02-…"). A person's block gives a mobile and a webmail address instead, and no fax.
import { isRoleMailbox } from '../recognizers/role-mailboxes.ts';
import type { PiiFinding } from '../types.ts';

/** A fax, or a main line with its number ("팩스 02-…", "Fax: …", "대표 02-3478-2900", "대표전화 02-…"). */
const faxOrMainLine = /팩스|\b(?:FAX|Fax)\b|대표[ \t]*(?:전화|번호)?[ \t]*[:：]?[ \t]*0\d{1,3}[-. )]/;
/** A phone's digits in groups ("02-2671-5820", "0203 885 7700", "(212) 555-0143", "+82 2 6910 7000"). */
const phoneDigits = /\d{1,4}[-. )][ \t]?\d{3,4}[-. ]\d{4}/;
const emailPattern = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
/** An organisation's domain by its kind: a Korean non-profit's, government's or school's, an .org's, a .gov's. */
const organisationsDomain = /\.(?:or|go|ac|re)\.kr$|\.(?:org|gov|edu|int)(?:\.[a-z]{2})?$/i;
/** A desk's mailbox in a bracket right after the address ("…, 15층 (legal@novapg.co.kr)"). */
const mailboxInBracketAfter = /^[ \t]*\([ \t]*([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})[ \t]*\)/;

/**
 * Whether `address` in `text` stands in an organisation's contact lines: the line above, its own line or the line below
 * holds the organisation's fax or main line, or a desk's mailbox beside a phone.
 *
 * @example
 * isInOrganisationsContactLines('문의: 02-6011-3850 / office@kdaa.or.kr\n주소: 서울특별시 영등포구 여의대로 108, 32층', finding); // true
 */
export function isInOrganisationsContactLines(text: string, address: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
  const newline = text.indexOf('\n', address.end);
  const lineEnd = newline === -1 ? text.length : newline;
  const after = text.slice(address.end, lineEnd);
  const mailbox = mailboxInBracketAfter.exec(after);
  if (mailbox !== null && isRoleMailbox(mailbox[1]!, mailbox[2]!)) return true;
  const opening = text.slice(lineStart, address.start);
  if (isContactLine(opening + ' ' + after)) return true;
  if (lineStart > 0) {
    const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    // Under a letter's or a notice's contact line the address stands alone or after its label; after a chat's speaker it
    // is that speaker's, whatever the turn above gave.
    if (labelOnly.test(opening) && isContactLine(above)) return true;
    // A signature's firm and its address under the sender's title ("… | General Manager\nMaison Han | 서울 …").
    if (jobTitle.test(above) && firmCellOpening.test(opening)) return true;
  }
  return newline !== -1 && !businessPlaceLabel.test(opening) && contactLineBelow.test(text.slice(newline + 1, newline + 80));
}

/**
 * A register's business place ("사업장 주소:"): a sole trader registers a flat as often as an office, and its main line
 * below says nothing of which, so the address stays as the register's own rules read it.
 */
const businessPlaceLabel = /사업장[ \t]*(?:주소|소재지)?[ \t]*[:：]?[ \t]*$/;

/** Nothing before the address on its line but a bullet and an address's label ("   주소: ", "- Address: "). */
const labelOnly = /^[ \t]*[-•·*]?[ \t]*(?:(?:주[ \t]*소|소재지|[Aa]ddress|ADDRESS|[Aa]ddr\.?)[ \t]*[:：]?[ \t]*)?$/;
/** A sender's title at the end of a signature's line ("Jiwoo Seo | General Manager", "Owner & Head Chef"). */
const jobTitle = /\b(?:Manager|Director|Coordinator|Owner|Founder|Co-founder|Chef|Officer|Secretary|Administrator)[ \t]*$/;
/** A firm's name in the first cell of the address's line ("Maison Han | "). */
const firmCellOpening = /^[ \t]*[^\n|,:]{2,40}?[ \t]*[|·•][ \t]*$/;
/**
 * A main line, a fax or a creditor's identifier opening the line below the address ("- 대표전화 02-…", "  전화: 031-… 팩스:
 * …", "Creditor ID: DE71ZZZ…", as a direct debit mandate prints its creditor).
 */
const contactLineBelow =
  /^[ \t]*[-•·*]?[ \t]*(?:대표[ \t]*(?:전화|번호)|팩스|(?:전화|TEL\b|Tel\b)[^\n]{0,30}(?:팩스|FAX|Fax)|(?:FAX|Fax)\b|Creditor[ \t]+(?:ID|Identifier)\b|Gläubiger-ID)/;

/** Whether `line` holds an organisation's fax or main line, or its desk's mailbox (or a mailbox at its domain) and a phone. */
function isContactLine(line: string): boolean {
  if (faxOrMainLine.test(line)) return true;
  if (!line.includes('@') || !phoneDigits.test(line)) return false;
  emailPattern.lastIndex = 0;
  for (let email = emailPattern.exec(line); email !== null; email = emailPattern.exec(line))
    if (organisationsDomain.test(email[2]!) || isRoleMailbox(email[1]!, email[2]!)) return true;
  return false;
}
