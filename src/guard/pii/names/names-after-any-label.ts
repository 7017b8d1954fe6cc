// A person's full name as the whole value of a form's field, whatever the field's label ("Loan officer: Brent Calloway,
// NMLS #1874432", "Ordering provider: Jennifer Oduya, MD", "Verified by: T. Mwangi, MLS"): the name's own shape says it
// is one, a listed first name before a surname, or initials before one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { answersCallAsBusiness } from './businesses-answering-calls.ts';
import { companySuffixes, firstNamesThatAreWords, holdsFirmWord, relativeTitleBeforeName } from './english-name-words.ts';
import { roleWords } from './contact-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'person-name-after-any-label';

/**
 * A label of one to five words that opens a line or a list's item (the pattern is tried at each line's start; "Name as
 * per bank records"),
 * its colon, a title perhaps, then two or three capitalised words (a middle initial allowed) or initials and a surname,
 * that end the field: the line's end, a comma (a credential or a number after it), a bracket, a tab, two blanks, a bar, a
 * middle dot or a dash.
 */
const surname = String.raw`(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ\u0100-\u017f][\p{Ll}'’]+(?:-[A-ZÀ-Þ\u0100-\u017f][\p{Ll}]+)?`;
const particle = String.raw`(?:de|da|del|dos|das|van|von|der|den|la|le|du|di|bin|binti|Ní|Nic|Ó)`;
const fullName = String.raw`(?:[A-Z]\.[ \t]?){1,2}${surname}|[A-ZÀ-Þ\u0100-\u017f][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?(?:[ \t]+[A-Z]\.?)?(?:[ \t]+(?:${particle}[ \t]+){0,2}${surname}){1,2}`;
// The field ends at its line's end, a comma, a bracket, a tab, two blanks or a bar, or at a post-nominal's capitals
// ("Marcus Lindgren MRCVS").
const fieldEnd = String.raw`(?=[ \t]*(?:\r?\n|$|,|;|\(|\t|[ \t]{2}|\||·|[—–][ \t])|[ \t]+[A-Z]{2,6}[ \t]*(?:\r?\n|$|,))`;
const labelThenName = new RegExp(
  String.raw`[ \t]*(?:[-•*][ \t]+)?([A-ZÀ-Þ][\p{L}'’/&.-]*(?:[ \t]+[\p{L}0-9'’/&.-]+){0,4})(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:：][ \t]*` +
    String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?[ \t]+)?(${fullName})${fieldEnd}`,
  'yu',
);
/**
 * A first name alone after a role's label or a "… by" label ("Advisor: Brenda", "Hygienist: Mereana", "Closed by: Rhys
 * (L1)", "Signed up by: Kiara"), ending the field.
 */
const roleLabelThenFirstName = new RegExp(
  String.raw`[ \t]*(?:[A-Z][a-z]+[ \t]+(?:up[ \t]+)?)?([A-Z]?[a-z]+)[ \t]*[:：][ \t]*([A-Z][a-z]{2,14})${fieldEnd}`,
  'y',
);
const roleLabels: ReadonlySet<string> = new Set([...roleWords, 'hygienist', 'vet', 'tutor', 'coach', 'carer', 'host', 'midwife', 'by']);
/**
 * The last words of labels that name a person's role or part, after which two capitalised words are a name whether or not
 * the first is a listed first name ("Loan officer: Trish Delgado", "Requester: Farah Siddiqui", "Booking midwife: Emer
 * Kinsella"). Not "… by", which a system or a team signs as often ("Reported by: Monitoring System"), nor the roles a firm fills as often (courier, operator, broker), nor those
 * a tier or a kind follows as often as a name (member, user, guest: "Member: Gold Tier").
 */
const personRoleLabels: ReadonlySet<string> = new Set([
  ...roleWords.filter((word) => word !== 'courier' && word !== 'operator' && word !== 'broker'),
  ...['hygienist', 'midwife', 'requester', 'requestor', 'receiver', 'recipient', 'landlord', 'tenant', 'applicant', 'claimant'],
  ...['defendant', 'employee', 'guarantor', 'witness', 'occupier', 'caller', 'policyholder', 'tech', 'guardian', 'spouse'],
  ...['beneficiary', 'nominee', 'vet', 'carer', 'earner', 'colleague', 'interpreter', 'translator', 'sponsor', 'referee'],
  // A plant's crew and a customer's quality engineer ("Rigger: …", "Customer SQE: …"), a gig platform's worker ("Dasher: …").
  ...['oiler', 'rigger', 'foreman', 'sqe', 'evaluator', 'appraiser', 'reviewer', 'dasher', 'shopper'],
]);

/**
 * The last words of labels an institution fills, not a person: a bank, a school, an insurer, a hospital ("Bank:",
 * "Beneficiary bank:", "Insurer:").
 */
const institutionLabels: ReadonlySet<string> = new Set([
  ...['bank', 'school', 'university', 'college', 'insurer', 'hospital', 'clinic', 'pharmacy', 'lender', 'carrier', 'airline'],
  ...['institution', 'embassy', 'consulate', 'company', 'firm', 'agency', 'supplier', 'vendor', 'merchant'],
]);

function namesInstitution(label: string): boolean {
  const last = label.slice(label.search(/[^ \t]+$/)).toLowerCase();
  return institutionLabels.has(last);
}

/** The next name of a list in the field, after a comma or a semicolon and a bracket's note perhaps ("Witnesses: A; B"). */
const nextListedName = new RegExp(String.raw`(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[,;][ \t]*(?:and[ \t]+)?(${fullName})${fieldEnd}`, 'yu');
const dashAfter = /^[ \t]*[—–]/;
/** How far into its line a label's colon may stand. */
const labelReach = 48;

/**
 * Full names that fill a labelled field. 0.75. Remembered for the last text.
 *
 * @example
 * findNamesAfterAnyLabel('Loan officer: Brent Calloway, NMLS #1874432').map((finding) => finding.text); // ['Brent Calloway']
 * findNamesAfterAnyLabel('Location: Victoria Station'); // []
 */
export const findNamesAfterAnyLabel = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // Line by line: the pattern runs only on a line with a colon near its start, and then at each column a form sets
  // apart on the line with a tab or two blanks ("Vehicle no.: GJ05 BX 7719   Driver: Jigneshbhai Parmar   DL: …"), where
  // the text holds either at all (prose seldom does).
  const mayHoldColumns = text.includes('  ') || text.includes('\t') || text.includes(' | ') || text.includes(' · ');
  for (let lineStart = 0; lineStart !== -1 && lineStart < text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    readField(text, { fieldStart: lineStart, lineEnd }, findings);
    if (mayHoldColumns)
      for (
        let fieldStart = nextColumnStart(text, lineStart, lineEnd);
        fieldStart !== -1;
        fieldStart = nextColumnStart(text, fieldStart, lineEnd)
      )
        readField(text, { fieldStart, lineEnd }, findings);
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
  }
  return findings;
});

/** The name in the field that opens at `fieldStart`, if its label's colon stands near: added to `findings`. */
function readField(text: string, field: { fieldStart: number; lineEnd: number }, findings: PiiFinding[]): void {
  const { fieldStart, lineEnd } = field;
  const colon = colonWithin(text, fieldStart, lineEnd);
  if (colon === -1 || !opensWithCapitalAfter(text, colon)) return;
  labelThenName.lastIndex = fieldStart;
  const match = labelThenName.exec(text);
  const name = match?.[2];
  const afterRole = match !== null && endsWithPersonRole(match[1]!);
  if (match !== null && name !== undefined && isPersonsName(name, { afterRole })) {
    // "Bank: Stadtsparkasse München", "School: Sacred Heart": a field an institution fills.
    if (!afterRole && namesInstitution(match[1]!)) return;
    const start = match.index + match[0].length - name.length;
    // A dash after the words ends a person's field ("Customer SQE: … — their e-mail"), and as often a place's or a firm's
    // before what it is ("Employer: Universitätsklinikum Bonn — consultant"): there only a role's label says a person.
    if (!afterRole && dashAfter.test(text.slice(start + name.length, start + name.length + 3))) return;
    // A firm's legal form after the words ends the field too ("Dentist: Lakeshore Smiles PC, Traverse City").
    if (findings.some((found) => found.start === start) || companySuffixes.has(wordAfter(text, start + name.length))) return;
    // "AGENT (Marcus): Brightwave Wireless, this is Marcus.": the firm that answers the call.
    if (answersCallAsBusiness(text, { start, end: start + name.length })) return;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
    namesListedInField(text, labelThenName.lastIndex, findings);
  } else {
    const single = firstNameAfterRole(text, fieldStart);
    if (single !== undefined && !findings.some((found) => found.start === single.start)) findings.push(single);
  }
}

/**
 * Where the next column of a form's line starts after `from`: past a tab, two blanks, or a bar or a dot set apart, at a
 * capital (a label's first
 * letter); -1 when the line holds no more. Read within the line only, so a long document's lines cost their own length.
 */
function nextColumnStart(text: string, from: number, lineEnd: number): number {
  for (let at = from + 1; at < lineEnd; at += 1) {
    const code = text.charCodeAt(at);
    // A bar or a middle dot between blanks parts a form's fields on one line too ("Salesperson: … | Finance manager: …").
    const separator = (code === 0x7c || code === 0xb7) && text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at + 1) === 0x20;
    if (code !== 0x09 && !(code === 0x20 && text.charCodeAt(at + 1) === 0x20) && !separator) continue;
    if (separator) at += 1;
    while (at < lineEnd && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at += 1;
    const capital = text.charCodeAt(at);
    if (at < lineEnd && capital >= 0x41 && capital <= 0x5a) return at;
  }
  return -1;
}

/**
 * Initials before a surname, a middle initial between two names ("Shontelle R. Bridgewater"), or a listed first name; and
 * no firm's or trade's word in it.
 */
/** The names listed after the field's first one, each with a name's shape of its own. */
function namesListedInField(text: string, from: number, findings: PiiFinding[]): void {
  for (let at = from; ;) {
    nextListedName.lastIndex = at;
    const match = nextListedName.exec(text);
    const name = match?.[1];
    if (match === null || name === undefined || !isPersonsName(name)) return;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
    at = nextListedName.lastIndex;
  }
}

function firstNameAfterRole(text: string, lineStart: number): PiiFinding | undefined {
  roleLabelThenFirstName.lastIndex = lineStart;
  const match = roleLabelThenFirstName.exec(text);
  const name = match?.[2];
  if (match === null || name === undefined || !roleLabels.has(match[1]!.toLowerCase())) return undefined;
  if (!isListedFirstName(name) || firstNamesThatAreWords.has(name)) return undefined;
  const start = match.index + match[0].length - name.length;
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName };
}

/** The word after the blanks at `end`, up to a blank or a comma ("" at the line's end). */
function wordAfter(text: string, end: number): string {
  let start = end;
  while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start += 1;
  let stop = start;
  while (stop < text.length && !/[\s,.;:()]/.test(text[stop]!)) stop += 1;
  return text.slice(start, stop);
}

/** Where a colon stands within `labelReach` of the line's start, or -1. */
function colonWithin(text: string, lineStart: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, lineStart + labelReach);
  for (let at = lineStart + 1; at < limit; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x3a || code === 0xff1a) return at;
  }
  return -1;
}

/** Whether a capital letter opens the value after the colon at `colon` (blanks between): a name's first letter. */
function opensWithCapitalAfter(text: string, colon: number): boolean {
  let at = colon + 1;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  const code = text.charCodeAt(at);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde) || (code >= 0x100 && code <= 0x17f);
}

/** The places a first name also names ("Victoria Park", "Grace Bay"): a field of a branch or a store, not a person. */
const placeWords: ReadonlySet<string> = new Set([
  'Park',
  'Bay',
  'Harbour',
  'Harbor',
  'Heights',
  'Gardens',
  'Beach',
  'Square',
  'Valley',
  'Village',
  'Mall',
  'Plaza',
  'Circle',
]);

/** Whether a label's last word names a person's role (see `personRoleLabels`). */
const onShift = /[ \t]+(?:on|in)[ \t]+(?:shift|duty|call|charge)$/;

function endsWithPersonRole(label: string): boolean {
  // "Parent/carer 1", "Supervisor on shift": the role word before a number, a slash or the words of a shift counts.
  const words = label
    .toLowerCase()
    .replace(onShift, '')
    .split(/[ \t/]+/)
    .filter((word) => !/^\d+$/.test(word));
  const last = words.at(-1) ?? '';
  // A plural heads a list of them ("Witnesses: …", "Technicians: …").
  return (
    personRoleLabels.has(last) ||
    (last.endsWith('es') && personRoleLabels.has(last.slice(0, -2))) ||
    (last.endsWith('s') && personRoleLabels.has(last.slice(0, -1)))
  );
}

function isPersonsName(name: string, options: { afterRole?: boolean } = {}): boolean {
  if (relativeTitleBeforeName.test(name)) return false;
  if (holdsFirmWord(name) || name.split(/[ \t]+/).some((word) => placeWords.has(word))) return false;
  if (options.afterRole === true || /^[A-Z]\.|[ \t][A-Z]\.[ \t]/.test(name)) return true;
  // A surname joined from two or spelled beyond English's letters ("Thandiwe Mokoena-Reilly", "Siobhán Ní Bhriain").
  if (/[^\p{ASCII}]|[ \t]\S+-[A-Z]/u.test(name)) return true;
  // A first name that is also a word is one before a surname ("Heather Blevins"); "Victoria Station" holds a word that
  // is no name.
  return isListedFirstName(name.slice(0, name.search(/[ \t-]/)));
}
