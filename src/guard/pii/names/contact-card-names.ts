// The names a contact card and a calendar invitation hold in their own fields: a vCard's formatted name and its
// structured one ("FN:Thi Lan Nguyen", "N:Nguyen;Thi Lan;;;") and an iCalendar invitation's organiser and attendees
// ("ORGANIZER;CN=채용담당 문가영:mailto:…", "ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:…"), as an export, a
// QR code's payload or a mail's attachment pastes them.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, holdsFirmWordInAnyCase } from './english-name-words.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';

const recognizer = 'contact-card-name';

/** A vCard's FN or N line, its parameters before the colon ("FN;CHARSET=UTF-8:윤서현"), and its value. */
const cardNameLine = /^(FN|N)(?:;[^:\n]*)?:([^\n]+)$/gm;
/** An invitation's organiser or attendee and the common name it gives, quoted or not. */
const calendarParty = /^(?:ORGANIZER|ATTENDEE)((?:;[^:\n]*?)?);CN=("?)([^";:\n]{2,60})\2[;:]/gm;
/** A room's, a group's or a resource's calendar: no person. */
const notPersonParty = /CUTYPE=(?:ROOM|GROUP|RESOURCE)/i;
/** Capitalised words, a surname's particles between them, or the words of a name in capitals. */
const latinName =
  /^[A-ZÀ-Þ][\p{L}'’.-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|dos|du|la|le|del|di|bin|al)[ \t]+)*[A-ZÀ-Þ][\p{L}'’.-]*){0,3}$/u;
const hangulWords = /^[가-힣]{2,5}(?: [가-힣]{1,5}){0,2}$/;

/**
 * Whether `text` may hold such a field: a vCard's or an invitation's mark, the cheap test before the searches.
 *
 * @example
 * mayHoldContactCardNames('BEGIN:VCARD\nFN:Jane Roe'); // true
 */
export function mayHoldContactCardNames(text: string): boolean {
  return text.includes('BEGIN:V') || text.includes('\nFN:') || text.includes(';CN=');
}

/**
 * The names of a text's vCard and iCalendar fields, 0.85: the formatted name and the structured one (family and given
 * names as written, the empty parts after them left out), and each organiser's and attendee's common name, past a role's
 * words before it ("채용담당 문가영"); not a firm's, a room's or a group's. Remembered for the last text.
 *
 * @example
 * findContactCardNames('BEGIN:VCARD\nN:Nguyen;Thi Lan;;;\nFN:Thi Lan Nguyen').map((finding) => finding.text);
 * // ['Nguyen;Thi Lan', 'Thi Lan Nguyen']
 */
export const findContactCardNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  if (!mayHoldContactCardNames(text)) return findings;
  cardNameLine.lastIndex = 0;
  for (let line = cardNameLine.exec(text); line !== null; line = cardNameLine.exec(text)) {
    const written = line[2]!.replace(/[;\s]+$/, '');
    // A Korean name's parts are its surname and its given name ("N:윤;서현;;;"), read as the whole name.
    const korean = /^[가-힣;]+$/.test(written) ? written.replaceAll(';', '') : undefined;
    if (korean !== undefined ? !isPlausibleKoreanName(korean) : !written.split(';').every((part) => part === '' || readsAsName(part)))
      continue;
    const start = line.index + line[0].length - line[2]!.length;
    findings.push(nameFinding(text, start, written));
  }
  calendarParty.lastIndex = 0;
  for (let party = calendarParty.exec(text); party !== null; party = calendarParty.exec(text)) {
    const lineEnd = text.indexOf('\n', party.index);
    if (notPersonParty.test(text.slice(party.index, lineEnd === -1 ? text.length : lineEnd))) continue;
    const common = party[3]!.trim();
    // A role's words before a Korean name ("채용담당 문가영"): the name is the last word, a full name of three syllables.
    const afterRole = hangulWords.test(common) && common.includes(' ');
    const name = afterRole ? common.slice(common.lastIndexOf(' ') + 1) : common;
    if (!readsAsName(name) || (afterRole && name.length < 3)) continue;
    const start = party.index + party[0].length - 1 - party[2]!.length - party[3]!.length + party[3]!.indexOf(name);
    findings.push(nameFinding(text, start, name));
  }
  return findings;
});

function readsAsName(value: string): boolean {
  const trimmed = value.trim();
  // A Korean full name with given-name syllables people are given ("면접관 공용" holds a word, no name).
  if (/^[가-힣]+$/.test(trimmed)) return isLikelyKoreanFullName(trimmed);
  return latinName.test(trimmed) && !holdsFirmWord(trimmed) && !holdsFirmWordInAnyCase(trimmed);
}

function nameFinding(text: string, start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: text.slice(start, start + name.length), score: 0.85, recognizer };
}
