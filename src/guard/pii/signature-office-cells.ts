// A landline in a signature's line of cells beside the firm's name or address ("라움커리어 | 02-…", "다온스테이 / 서울 종로구 …
// / 02-…", "세무법인 가온 | 서울 강남구 … | T. 02-… | www…"), or an office's T. beside the
// signer's own M. ("M. 010-… | T. 02-…"). A signature gives the signer's own line with its own word (M., 휴대폰, 직통,
// Direct); a bare landline in its cells is the office's. Not a table's row, whose neighbours share its cells, nor a line
// that names the signer ("한수아 드림 | 고객지원팀 | 02-…" is their desk's line), a department's cell alone, a mailbox's or
// a form's field.
import type { FindingsByLine } from './findings-by-line.ts';
import type { PiiFinding } from './types.ts';

const department = /^[가-힣 ]{0,12}(?:팀|부|과|실)$|^(?:[A-Z][a-z]+ )*(?:Team|Department|Dept\.?)$/;
const faxCell = /^(?:F|Fax|FAX|fax|팩스)\.?[ \t]*[:：]?[ \t]*[+(\d]/;
const mailbox = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const cellSeparator = /[ \t]+[|/·][ \t]+/;
/** What may open the number's cell: a phone's or an office's short label. */
const officeLabel = /^(?:(?:T|Tel|TEL|tel|☎|전화|대표)\.?[ \t]*[:：]?[ \t]*)?\(?$/;
/** A form's field ("Company: …", "담당: …"): a line of fields is a form's record, not a signature. */
const formField = /^[^:：\d]{1,24}[:：]/;
/** A cell of someone's own line or their own word: it makes the line theirs. */
const ownLineCell = /^(?:M|Mob|Mobile|Cell|HP|H\.P|Direct|D|DD|Alt)\b|휴대|핸드폰|직통|개인|담당|연락처|[Mm]obile|[Dd]irect/;
/** A signer's mobile cell, which leaves a T. cell beside it the office's. */
const mobileCell = /^(?:M|Mob|Mobile|HP|H\.P|C|Cell|휴대폰?)\.?[ \t]*[:：]?[ \t]*\+?\d/;

/**
 * Whether `phone` is a bare or T.-labelled landline cell of a signature's line, beside a cell that is neither a person nor
 * a number.
 *
 * @example
 * isSignaturesOfficeCell('박소윤 드림\n라움커리어 | 02-6120-4400', { start: 15, end: 27, text: '02-6120-4400', type: 'PHONE', score: 0.8, recognizer: 'phone' }, () => FindingsByLine.of('', [])); // true
 */
export function isSignaturesOfficeCell(text: string, phone: PiiFinding, index: () => FindingsByLine): boolean {
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  let lineEnd = text.indexOf('\n', phone.end);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (!cellSeparator.test(line) || /^[ \t]*[|]/.test(line) || isTableRow(text, lineStart, lineEnd)) return false;
  const before = text.slice(lineStart, phone.start);
  const cellStart = Math.max(before.lastIndexOf(' | '), before.lastIndexOf(' / '), before.lastIndexOf(' · '));
  // The number may open the line, after its label perhaps ("☎ 02-… / 카카오톡 채널 @…").
  const label = cellStart === -1 ? before.trim() : before.slice(cellStart + 3).trim();
  if (!officeLabel.test(label)) return false;
  const after = text.slice(phone.end, lineEnd);
  if (after.trim() !== '' && !cellSeparator.test(after.slice(0, 4)) && !/^[ \t]*$/.test(after)) return false;
  const cells = line.split(cellSeparator).map((cell) => cell.trim());
  const found = index().on(lineStart);
  const people = found.some((person) => person.type === 'PERSON');
  let otherCell = false;
  let offset = lineStart;
  for (const cell of cells) {
    const cellAt = text.indexOf(cell, offset);
    offset = cellAt + cell.length;
    if (cellAt <= phone.start && phone.start < cellAt + cell.length) continue;
    // The signer's own mobile given first leaves the T. after it the office's; given after it, the T. is theirs too.
    if (mobileCell.test(cell)) return cellAt < phone.start && /^(?:T|Tel|TEL)\.?/.test(label);
    // Someone's own line or mailbox, or a form's field, beside it makes the line a person's contact
    // ("r.alvarez…@gmail.com · (240) …", "Company: … | Phone: …").
    if (ownLineCell.test(cell) || mailbox.test(cell) || formField.test(cell)) return false;
    const inAddress = found.some((value) => value.type === 'ADDRESS' && value.start < cellAt + cell.length && value.end > cellAt);
    // A department's cell is the signer's own ("남궁민호 드림\n인사팀 | 031-…"); a firm's name or its licence is the office's.
    // A fax's cell names no one either way ("T 02-… | F 02-…" alone is no firm's letterhead).
    if (!inAddress && !department.test(cell) && !faxCell.test(cell) && /[A-Za-z가-힣]{2}/.test(cell)) otherCell = true;
  }
  // A person named on the line makes it their signature ("한수아 드림 | 고객지원팀 | 02-…").
  return otherCell && !people;
}

/** A line whose neighbour above or below holds as many cells: a table's row, which keeps its contacts' numbers theirs. */
function isTableRow(text: string, lineStart: number, lineEnd: number): boolean {
  const cells = text.slice(lineStart, lineEnd).split(cellSeparator).length;
  const aboveStart = lineStart === 0 ? -1 : text.lastIndexOf('\n', lineStart - 2) + 1;
  if (aboveStart !== -1 && text.slice(aboveStart, lineStart - 1).split(cellSeparator).length === cells) return true;
  if (lineEnd >= text.length) return false;
  let belowEnd = text.indexOf('\n', lineEnd + 1);
  if (belowEnd === -1) belowEnd = text.length;
  return text.slice(lineEnd + 1, belowEnd).split(cellSeparator).length === cells;
}
