// The shapes a roster's or a ledger's name cell takes beyond a capitalised full name: several people in one cell ("Kim
// Minsu / Lee Jiwoo", "양승훈, 탁민재", "표성진·표민아"), a name with a note after it ("Aung Ko Ko (new)"), a name typed in lower case into
// a booking system ("tyler brooks"), a colleague by given name and initial ("Carlos M"), and the rows a booking sheet
// holds for no one ("WALK-IN HOLD").
import { capitalise, isListedFirstName, isListedLatinName } from './latin-name.ts';

/** A span of a cell: where a name may stand, from `start` to `end` in the text. */
export interface CellPart {
  start: number;
  end: number;
}

/**
 * What separates the people of one cell: a slash, a comma or a middle dot, as a book of condolence money lists the people
 * who gave together ("표성진·표민아"), with blanks around them or not.
 */
const peopleSeparator = /[ \t]*[/,·][ \t]*/g;
/** A note in brackets after the name, to the cell's end ("(new, passport no. on file)", "(Kenji)", "(타나카 아이코)"). */
const noteInBrackets = /[ \t]*\(([^()]*)\)?$/;
/**
 * A note that is itself a full name ("Nanaji (Om Prakash Sethi)"): the words before it are a nickname or a relation, not
 * the name, so the note is not cut off.
 */
const fullNameInNote = /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/;
/**
 * One person of a cell that lists several: a Korean name alone, or a full name of capitalised words ("Rustam Nazarov").
 * An airline's "SURNAME/GIVEN" in capitals, a roster's "Surname, Given" and an "s/o" have parts of one word, in capitals
 * or in lower case, and stay whole.
 */
const personInList = /^(?:[가-힣]{2,5}|[A-ZÀ-Þ][a-zß-ÿ'’]+(?:[A-Z-][a-zß-ÿ'’]+)*(?: [A-ZÀ-Þ][a-zß-ÿ'’]+(?:[A-Z-][a-zß-ÿ'’]+)*)+)$/;

/**
 * The parts of a name cell that may each be one person's name: the whole cell, or where it lists people by slashes or
 * commas, each of them; a bracketed note after a name left out.
 *
 * @example
 * peopleInCell('x Kim Minsu / Lee Jiwoo', { start: 2, end: 23 }); // [{ start: 2, end: 11 }, { start: 14, end: 23 }]
 */
export function peopleInCell(text: string, cell: CellPart): CellPart[] {
  const value = text.slice(cell.start, cell.end);
  const note = noteInBrackets.exec(value);
  const end = note !== null && note.index > 0 && !fullNameInNote.test(note[1]!.trim()) ? cell.start + note.index : cell.end;
  const named = text.slice(cell.start, end);
  if (!named.includes('/') && !named.includes(',') && !named.includes('·')) return [{ start: cell.start, end }];
  const parts: CellPart[] = [];
  let partStart = 0;
  peopleSeparator.lastIndex = 0;
  for (let match = peopleSeparator.exec(named); match !== null; match = peopleSeparator.exec(named)) {
    parts.push({ start: cell.start + partStart, end: cell.start + match.index });
    partStart = match.index + match[0].length;
  }
  parts.push({ start: cell.start + partStart, end });
  return parts.every((part) => personInList.test(text.slice(part.start, part.end))) ? parts : [{ start: cell.start, end }];
}

/** Two words in lower case, as a name typed quickly into a booking's or a CRM's name field ("tyler brooks"). */
const lowerCaseFullName = /^([a-z]{2,}) ([a-z]{2,}(?:-[a-z]{2,})?)$/;

/**
 * Whether a cell of a column of names holds a name typed in lower case: a listed first name and a listed surname, so
 * a note in lower case ("walk in", "no show") is not read as one.
 *
 * @example
 * isLowerCaseFullName('tyler brooks'); // true
 * isLowerCaseFullName('walk in'); // false
 */
export function isLowerCaseFullName(value: string): boolean {
  const match = lowerCaseFullName.exec(value);
  if (match === null) return false;
  const [given, surname] = [capitalise(match[1]!.toUpperCase()), capitalise(match[2]!.toUpperCase())];
  return isListedFirstName(given) && isListedLatinName(surname);
}

/** A given name and a surname's initial, as a dealership's or a crew's sheet names its staff ("Carlos M", "Jenna R."). */
const givenNameAndInitial = /^([A-Z][a-z]{2,}) [A-Z]\.?$/;

/**
 * Whether a cell holds a listed given name and a surname's initial ("Dmitri K").
 *
 * @example
 * isGivenNameAndInitial('Carlos M'); // true
 * isGivenNameAndInitial('Model X'); // false
 */
export function isGivenNameAndInitial(value: string): boolean {
  const match = givenNameAndInitial.exec(value);
  return match !== null && isListedFirstName(match[1]!);
}

/**
 * The words of a booking sheet's or a roster's row kept for no one: a slot held for walk-ins, one blocked or cancelled,
 * a shift still open.
 */
const wordsOfUnnamedRows: ReadonlySet<string> = new Set([
  ...['walk-in', 'walkin', 'walk-ins', 'hold', 'held', 'blocked', 'block', 'reserved', 'cancelled', 'canceled', 'no-show'],
  ...['noshow', 'open', 'spare', 'overflow', 'closed', 'unassigned', 'pending', 'internal', 'staff', 'fleet', 'trade'],
]);

/**
 * Whether a cell names a row kept for no one ("WALK-IN HOLD", "Blocked", "Fleet - Arnold Clark Rental"): one of its words
 * says so.
 *
 * @example
 * isUnnamedRow('WALK-IN HOLD'); // true
 * isUnnamedRow('Sean Holden'); // false
 */
export function isUnnamedRow(value: string): boolean {
  return value
    .toLowerCase()
    .split(/[ \t]+/)
    .some((word) => wordsOfUnnamedRows.has(word));
}
