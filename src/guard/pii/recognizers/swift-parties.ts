// Reads the parties of a SWIFT MT103 payment by their fields: the ordering customer (:50K:, :50F:) and the beneficiary
// (:59:, :59F:), each an account after a slash, then a name and up to three lines of address. A bank's ops ticket or a
// remittance query pastes the message whole, and no label names the values.
import { createFinding } from './create-finding.ts';
import { digitCount } from './phone-verdicts.ts';
import { endOfLine } from '../tables/pasted-tables.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';

const name = 'swift-party';
const score = 0.85;

/** A customer's field at a line's start, and the account after its slash on the same line. */
const partyField = /^:(?:50[FK]|59F?):(?:\/([^\n\r]*))?\r?$/gm;
/** The next field's tag, or the message's end: where a party's lines stop. */
const nextField = /^(?::\d{2}[A-Z]?:|-\})/;
/** A structured field's line number ("1/MARIA LUISA ORTEGA RUIZ", "2/CALLE DE ALCALA 214"). */
const lineNumber = /^[1-8]\//;
/** A firm's legal form or a bank's word in the name's line: the party is an organisation, its values none of a person's. */
const firmWords =
  /\b(?:LTD|LIMITED|GMBH|INC|CORP|CORPORATION|CO|COMPANY|LLC|PLC|AG|SA|S\.A\.|SL|S\.L\.|SRL|SARL|SAS|BV|NV|KK|PTE|PTY|BHD|BANK|TRUST|FOUNDATION|HOLDINGS)\b|주식회사|\(주\)/i;
/** The most lines a party's name and address take (SWIFT allows four of 35 characters). */
const partyLines = 4;

/**
 * @example
 * swiftPartyRecognizer.find(':59:/1005-804-217396\nYEON SEOJIN\n409 BAEKJEGOBUN-RO, SONGPA-GU, SEOUL\n:70:RENT', {})
 *   .map((finding) => finding.type);
 * // ['BANK_ACCOUNT', 'PERSON', 'ADDRESS']
 */
export const swiftPartyRecognizer: PiiRecognizer = {
  name,
  types: ['BANK_ACCOUNT', 'PERSON', 'ADDRESS'],
  mightMatch: (text) => text.includes(':59') || text.includes(':50'),
  find(text) {
    const findings: PiiFinding[] = [];
    partyField.lastIndex = 0;
    for (let field = partyField.exec(text); field !== null; field = partyField.exec(text)) {
      const lines = partyLinesAfter(text, field.index + field[0].length + 1);
      const party = lines[0];
      if (party === undefined || firmWords.test(text.slice(party.start, party.end))) continue;
      const account = field[1]?.trim();
      // An IBAN is its own recogniser's; a domestic account has digits enough.
      if (account !== undefined && !/^[A-Z]{2}\d{2}/.test(account) && digitCount(account) >= 6) {
        const start = field.index + field[0].indexOf(account);
        findings.push(createFinding({ type: 'BANK_ACCOUNT', text: account, start, score, recognizer: name }));
      }
      findings.push(
        createFinding({ type: 'PERSON', text: text.slice(party.start, party.end), start: party.start, score, recognizer: name }),
      );
      const address = lines.slice(1);
      if (address.length > 0 && address.some((line) => digitCount(text.slice(line.start, line.end)) > 0)) {
        const start = address[0]!.start;
        findings.push(createFinding({ type: 'ADDRESS', text: text.slice(start, address.at(-1)!.end), start, score, recognizer: name }));
      }
    }
    return findings;
  },
};

/** The lines of a party from `from`, each without its structured line number, up to the next field's tag. */
function partyLinesAfter(text: string, from: number): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = from; start < text.length && lines.length < partyLines;) {
    const lineEnd = endOfLine(text, start);
    const line = text.slice(start, lineEnd);
    if (nextField.test(line) || line.trim() === '') break;
    const numbered = lineNumber.exec(line);
    const valueStart = start + (numbered === null ? 0 : numbered[0].length);
    const end = text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    lines.push({ start: valueStart, end });
    start = lineEnd + 1;
  }
  return lines;
}
