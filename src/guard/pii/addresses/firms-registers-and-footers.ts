// Whether an address is a firm's by what surrounds it in its own notice or contract: the firm's register number or its CEO
// just before it (a contract's provider, a studio's footer, a partner's profile), a notice's footer whose last line it is
// under the firm's enquiry line, or a signature's line of cells that gives the firm's name and its office line beside it.
import type { PiiFinding } from '../types.ts';

/**
 * A business's or a company's register number with its label ("사업자등록번호: 305-12-84761", "business registration no.
 * 120-81-44771", "법인등록번호 110111-…", "BRN 214-86-07358").
 */
const firmsRegisterLabel = String.raw`(?:사업자[ \t]*(?:등록)?[ \t]*번호|법인[ \t]*등록[ \t]*번호|\b(?:[Bb]usiness|BUSINESS|[Cc]orporate|[Cc]ompany)[ \t]+(?:[Rr]egistration|[Rr]eg\.?)(?:[ \t]+(?:[Nn]o\.?|[Nn]umber))?|\b(?:BRN|CRN)\b)[ \t]*[:：#]?[ \t]*`;
const firmsRegisterNumber = new RegExp(firmsRegisterLabel + String.raw`\d{3}`);
/**
 * The same right before the address, on its line ("BRN 128-14-89329, 경기도 …"): a sentence that goes on after the number
 * ("(BRN …); ship to the owner's home, …") sends the address elsewhere.
 */
const firmsRegisterNumberRightBefore = new RegExp(firmsRegisterLabel + String.raw`\d[\d-]{8,13}\)?[ \t]*[,|/·][ \t]*$`);
/**
 * A person's cue among those lines, which makes the address theirs: a resident's or a foreigner's number, a birth date, a
 * sole trader, a worker's or a tenant's label, a contract's second party, a mobile.
 */
const personsCue =
  /주민|외국인|생년월일|\d일생|년생|성[ \t]*명|개인[ \t]*사업자|근로자|임차인|[(（][을병][)）]|(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)|\b(?:[Rr]esident|[Ff]oreigner|[Aa]lien)[ \t]+[Rr]egistration|\b(?:DOB|[Dd]ate of [Bb]irth|[Bb]orn)\b/;
/** How many lines right above the address's line are read for the register, with no empty line between. */
const registerLinesAbove = 2;

/** The firm's chief named right before the address on its line ("…, CEO 최종환, 인천 …", "대표이사 김민준 / 서울 …", "CEO: Yang Hee-jin · 8F, …"). */
const chiefBefore = /(?:\bCEO|대표[ \t]*(?:이사|자)?)[ \t]*[:：]?[ \t]*[A-Za-z가-힣][A-Za-z가-힣. -]{1,20}[ \t]*[,|/·][ \t]*$/;

/**
 * A firm's enquiry line: a nationwide service number ("1577-7319"), or a consultation's, a booking's, an enquiry's or the
 * main line with a landline ("상담 예약 02-575-8800", "문의 031-…"); a mobile is anyone's.
 */
const enquiryLine = /(?<![\d-])1[5-8]\d\d-\d{4}(?![\d-])|(?:상담|예약|문의|대표)[^\n\d]{0,10}0(?:2|[3-6][1-5])[-. )]\d{3,4}[-. ]\d{4}/;
const footerLinesAbove = 3;

/**
 * A Korean landline or a service number standing as a signature's cell, after its letter perhaps ("| 02-6952-1180", "Team | 02-2194-5600
 * |", "| T. 02-555-0917 |", "· +82 2-6959-1004 ·").
 */
const officeLineCell =
  /^[ \t]*(?:(?:T|Tel|TEL|Phone|Office|office|F|Fax|FAX)\.?:?[ \t]*)?(?:0(?:2|[3-6][1-5])[-. )]\d{3,4}[-. ]\d{4}|\+82[ \t-]?(?:2|[3-6][1-5])[ \t-]\d{3,4}[ \t-]\d{4}|1[5-8]\d\d-\d{4})[ \t]*$/;
const mobileOnLine = /(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)|\+82[ \t-]?10[ \t-]/;

/**
 * Whether `address` in `text` is a firm's by its register, its chief, its notice's footer or its signature's line.
 *
 * @example
 * isInFirmsRegisterOrFooter('스튜디오 결 | 사업자등록번호 105-87-22047 | 대표 배가람\n서울 성동구 연무장길 28-1, 3층', finding); // true
 */
export function isInFirmsRegisterOrFooter(text: string, address: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
  const opening = text.slice(lineStart, address.start);
  if (chiefBefore.test(opening) && !personsCue.test(opening)) return true;
  if (isUnderFirmsRegister(text, lineStart, opening)) return true;
  const newline = text.indexOf('\n', address.end);
  const lineEnd = newline === -1 ? text.length : newline;
  if (isSignatureLine(text, lineStart, lineEnd)) return true;
  return isNoticesFooter(text, address, { lineStart, lineEnd });
}

/** Nothing before the address on its line but a bullet and an address's label ("Address: ", "주소: "). */
const labelOnly = /^[ \t]*[-•·*]?[ \t]*(?:(?:주[ \t]*소|소재지|[Aa]ddress|ADDRESS)[ \t]*[:：]?[ \t]*)?$/;

/** Whether the address's line before it, or the lines right above (when the address opens its line), give a firm's register number and no person's cue. */
function isUnderFirmsRegister(text: string, lineStart: number, opening: string): boolean {
  if (personsCue.test(opening)) return false;
  if (firmsRegisterNumberRightBefore.test(opening)) return true;
  // A line that opens with another party's name ("Customer: 홍길동, 서울 …") is that party's, whatever the line above registers.
  if (!labelOnly.test(opening)) return false;
  let end = lineStart - 1;
  for (let count = 0; count < registerLinesAbove && end > 0; count += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || personsCue.test(line)) return false;
    if (firmsRegisterNumber.test(line)) return true;
    end = start - 1;
  }
  return false;
}

/**
 * Whether the address's line is a signature's: cells parted by bars or dots, one of them an office's line and another a name with
 * no digit, no mobile on it, and no line around it parted into as many cells (a table's rows would list people's homes and phones). A
 * text's last line may part its cells with slashes ("한옥마루 / 서울 … / 02-741-0925"), or give only the office's line before the
 * address ("T. 02-2088-5410 | 서울 …"), as a footer signs off.
 */
function isSignatureLine(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  const endsText = text.slice(lineEnd).trim() === '';
  const separator = line.includes('|') ? '|' : line.includes(' · ') ? ' · ' : endsText && line.includes(' / ') ? ' / ' : undefined;
  if (separator === undefined || mobileOnLine.test(line)) return false;
  const cells = line.split(separator);
  if (cells.length === 2 && endsText && officeLineCell.test(cells[0]!)) return true;
  if (cells.length < 3 || !cells.some((cell) => officeLineCell.test(cell))) return false;
  if (!cells.some((cell) => /[A-Za-z가-힣]{2}/.test(cell) && !/\d/.test(cell))) return false;
  const above = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  const belowEnd = text.indexOf('\n', lineEnd + 1);
  const below = lineEnd < text.length ? text.slice(lineEnd + 1, belowEnd === -1 ? text.length : belowEnd) : '';
  return above.split(separator).length !== cells.length && below.split(separator).length !== cells.length;
}

/**
 * Whether the address alone ends the text (its line holds only it, perhaps after an address's label) under a firm's
 * enquiry line a few lines above, as a price list's or a notice's footer prints it.
 */
function isNoticesFooter(text: string, address: PiiFinding, line: { lineStart: number; lineEnd: number }): boolean {
  const { lineStart, lineEnd } = line;
  if (text.slice(lineEnd).trim() !== '' || text.slice(address.end, lineEnd).trim() !== '') return false;
  if (!labelOnly.test(text.slice(lineStart, address.start))) return false;
  let end = lineStart - 1;
  for (let count = 0; count < footerLinesAbove && end > 0; count += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    if (mobileOnLine.test(above)) return false;
    if (enquiryLine.test(above)) return true;
    end = start - 1;
  }
  return false;
}
