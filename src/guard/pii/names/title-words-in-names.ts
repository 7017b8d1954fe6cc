// Trims the word of address or of trade that a name was found with ("Ate Joy", "Whaea Lisa", "Madame Girard", "Operator
// Liu Yang", "Counsellor Grace", a contact saved as "Otieno Driver"): the person is named by the rest, and a span that holds the title would
// mask a word the reader needs and miss the name's repeats.
import type { PiiFinding } from '../types.ts';

/**
 * Words that stand before a name as "Mr" does, in the languages customers write beside English: Filipino kin titles,
 * Māori ones, English relatives' ("Uncle Femi"), French, Spanish, Portuguese, Malay and Indonesian forms of address, the roles a log or a
 * chat puts before a worker, and a nickname's "Big" or "Little" ("Big Sam").
 */
const leadingTitles: ReadonlySet<string> = new Set([
  ...['Ate', 'Kuya', 'Tita', 'Tito', 'Lola', 'Lolo', 'Manang', 'Manong', 'Whaea', 'Matua', 'Koro', 'Kui', 'Aunty', 'Auntie'],
  ...['Uncle', 'Aunt', 'Grandma', 'Grandpa', 'Granny'],
  ...['Madame', 'Monsieur', 'Mademoiselle', 'Señor', 'Señora', 'Senhor', 'Senhora', 'Dona', 'Signor', 'Signora', 'Sister'],
  ...['Operator', 'Driver', 'Technician', 'Supervisor', 'Foreman', 'Inspector', 'Constable', 'Sergeant', 'Officer', 'Agent'],
  ...['Coach', 'Nurse', 'Pastor', 'Teacher', 'Captain', 'Chef', 'Big', 'Little', 'Lil'],
  // A hotline's, a shelter's and an NGO's staff as their chats label them ("Counsellor Grace:", "Coordinator Jessa:").
  ...['Counsellor', 'Counselor', 'Coordinator', 'Caseworker', 'Interpreter', 'Volunteer', 'Paralegal', 'Mentor'],
  // Malaysia's and Indonesia's teacher, sir, madam, elder brother and sister ("Cikgu Farah", "Encik Hafiz", "Pak Budi").
  ...['Cikgu', 'Encik', 'Puan', 'Cik', 'Pak', 'Bu', 'Ibu', 'Bapak', 'Mas', 'Mbak', 'Abang', 'Kak'],
  // Thailand's and Myanmar's words of address ("Khun Somchai", "Daw Khin Myo Aye"); not Ko or Ma, Korean and Chinese surnames.
  ...['Khun', 'Daw'],
  // A ward's nurses by grade, as a handover's header names them ("From: SN Farah binte Ismail", "To: RN Joanne Lim").
  ...['SN', 'RN', 'EN', 'SSN'],
]);

/** A trade saved after a contact's name in a phone's address book ("Otieno Driver", "Juma Fundi", "Ama Tailor"). */
const trailingTrades: ReadonlySet<string> = new Set([
  ...['Driver', 'Plumber', 'Electrician', 'Mechanic', 'Tailor', 'Fundi', 'Landlord', 'Landlady', 'Caretaker', 'Cleaner'],
  ...['Boda', 'Rider', 'Courier', 'Gardener', 'Nanny', 'Broker', 'Agent'],
  // South Asia's words of respect and kinship after a name, as a family's chat saves its elders ("Imran Bhai", "Asha Didi").
  ...['Bhai', 'Bhaiya', 'Didi', 'Bhabhi', 'Sahib', 'Saab'],
]);

/**
 * Trims the leading title and the trailing trade off each PERSON finding of two words or more, in place; a finding left
 * with no capitalised word is kept as it was.
 *
 * @example
 * const findings = [{ type: 'PERSON', start: 0, end: 7, text: 'Ate Joy', score: 0.7, recognizer: 'speaker-name' }];
 * trimTitleWords(findings);
 * findings[0].text; // 'Joy'
 */
export function trimTitleWords(findings: PiiFinding[]): void {
  for (const [index, finding] of findings.entries()) {
    if (finding.type !== 'PERSON') continue;
    const firstBlank = finding.text.indexOf(' ');
    if (firstBlank === -1) continue;
    let start = 0;
    let end = finding.text.length;
    if (leadingTitles.has(finding.text.slice(0, firstBlank))) start = firstBlank + 1;
    const lastBlank = finding.text.lastIndexOf(' ');
    if (lastBlank >= start && trailingTrades.has(finding.text.slice(lastBlank + 1))) end = lastBlank;
    if (start === 0 && end === finding.text.length) continue;
    const name = finding.text.slice(start, end).trim();
    if (!/^\p{Lu}/u.test(name)) continue;
    const nameStart = finding.start + finding.text.indexOf(name, start);
    findings[index] = { ...finding, start: nameStart, end: nameStart + name.length, text: name };
  }
}
