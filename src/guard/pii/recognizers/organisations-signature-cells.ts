// A signature's or a letterhead's line of cells whose last cell is a landline and whose cells before it name the
// organisation by its trade ("Emily Han | Medical Affairs | Corvex Pharma Korea | 02-…", "Polar Freight AB | Customer
// Integrations | +46 31 …", "연주희 / Crew Manager / 우성해운 +82 51 …", "Inno Shipping Busan | T +82 51 …"). Such a line
// gives the firm's desk, as its switchboard is printed under every employee's name; a mobile or a number called direct
// is the signer's own and stays theirs. (A "T" line under a signature's firm is left alone: the rounds' writers give it to
// the signer as often as to the firm.)
import libphonenumber from 'google-libphonenumber';
import { phoneUtil } from './phone-util.ts';

const { PhoneNumberType } = libphonenumber;

/**
 * A trade's word in a company's name or a team's (a pharmaceutical company, a contract research organisation, a forwarder,
 * a shipping line, a customs broker, a mover, a laboratory, a team or a department's services), or a Nordic legal form;
 * a Korean shipping company's, a forwarder's, an airline's or a drug maker's name.
 */
const tradeWord =
  /\b(?:Pharma|CRO|Forwarding|Freight|Shipping|Customs|Relocations?|Logistics|Airlines|Airways|Cargo|Marine|Therapeutics|Biotech|Labs|Laboratory|Services?|Team|Affairs|Medical|Research|AB|ASA|Oy|GmbH|Ltd|LLC|LLP|Inc)\b|\b[A-Z][a-z]+ Lines?\b|[가-힣](?:해운|물류|쉬핑|항공|제약|바이오|관세사무소)(?![가-힣])|법률사무소|법무법인/;
/**
 * The cell's separator right before the number (a bar, a slash or a middle dot), a telephone's letter perhaps ("| T +82 …",
 * "| T. 02-…", "· Ph …").
 */
const cellBeforeNumber = /[ \t][|/·][ \t]*(?:(?:T|Tel|TEL|tel|Ph|ph|P)\.?[ \t]+)?$/;
/** A person's own line's word or a form's field on the line: "M +82-10-…", "Mob 0412 …", "Direct", "Name:". */
const personsWordOnLine = /\b(?:[Mm]obile|[Mm]ob|[Cc]ell|[Dd]irect|DID|[Nn]ame|[Cc]ontact|[Hh]ome)\b|직통|휴대|핸드폰|성명|이름/;
/** How far back on its line the cells are read. */
const lineReach = 160;

/**
 * Whether the phone `number` at `start` is the last cell of a signature's line that names an organisation by its trade,
 * with no person's own line's word on it; a landline only (a +number whose country's plan says fixed line).
 *
 * @example
 * isOrganisationsSignatureCell('Jakob\nPolar Freight AB | Customer Integrations | +46 31 705 2200', 48, '+46 31 705 2200'); // true
 * isOrganisationsSignatureCell('Polar Freight AB | Jakob Lind | Mobile | +46 70 123 4567', 39, '+46 70 123 4567'); // false
 */
export function isOrganisationsSignatureCell(text: string, start: number, number: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > lineReach) return false;
  const line = text.slice(lineStart, start);
  if (!cellBeforeNumber.test(line) || !tradeWord.test(line) || personsWordOnLine.test(line)) return false;
  return !number.startsWith('+') || isFixedLine(number);
}

function isFixedLine(number: string): boolean {
  try {
    return phoneUtil.getNumberType(phoneUtil.parse(number)) === PhoneNumberType.FIXED_LINE;
  } catch {
    return false;
  }
}
