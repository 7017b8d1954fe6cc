// The fields of a JSON object pasted as text (a webhook payload, a log line, a config): a key names what its value holds,
// as a column's header does ("dob", "passport", "db_user", "exp" beside a card); a log's key=value pairs that name a
// person ("cust_nm=배수아"); and a web form's fields pasted as HTML (`<input name="exp" value="11/26">`, `data-cvc="417"`).
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { columnHeaderWord, columnKindOf } from './column-headers.ts';
import type { LabelledCell } from './labelled-cell.ts';

/** A quoted key, a colon and a quoted value on one line; escapes end the match, which leaves such a value unread. */
const quotedField = /"([^"\\\n]{1,40})"[ \t]*:[ \t]*\[?[ \t]*"([^"\\\n]{1,120})"/g;
/** A further string of an array after the first (`"given":["Patience","Adaku"]`). */
const nextArrayString = /[ \t]*,[ \t]*"([^"\\\n]{1,120})"/y;
/**
 * A FHIR resource's identifier, its kind in its type's text ("identifier":[{"type":{"text":"MRN"},"value":"E4419027"}]),
 * and a name given whole in its text ("name":[{"text":"구본희"}]).
 */
const fhirIdentifier =
  /"type"[ \t]*:[ \t]*\{[^{}\n]{0,120}?"text"[ \t]*:[ \t]*"([^"\\\n]{1,40})"[^{}\n]{0,60}\}[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"([^"\\\n]{1,60})"/g;
const fhirNameText = /"name"[ \t]*:[ \t]*\[[ \t]*\{[^{}\n]{0,60}?"text"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/g;
/** A patient's number by a Korean hospital's or a FHIR server's own words for it ("등록번호", "Patient ID"). */
const patientNumberWords = /등록\s?번호|환자\s?번호|patient/i;
/**
 * A log's key, an equals sign and its value, to a comma, a brace, the next key or the line's end ("cust_nm=배수아 rrn=…",
 * `owner="정우람"`, "{buyerName=NGUYEN THI HOA, buyerId=…}").
 */
const keyedValue =
  /(?<![\w.-])([A-Za-z][A-Za-z0-9_]{0,30})=("?)([^\s"=,;&{}][^"=,;&{}\n]{0,59}?)\2(?=[,;&}]|[ \t]+[A-Za-z][\w.]*=|[ \t]*(?:\r?\n|$))/g;

/**
 * The string fields of `text` whose key names a kind of value; remembered for the last text, since the fast path asks
 * first and the search after it. An expiry counts only where a card is spoken of.
 *
 * @example
 * jsonFieldsIn('{"dob":"1982-03-22","seat":"14C"}').map((cell) => cell.kind); // ['DATE_OF_BIRTH']
 */
export const jsonFieldsIn = rememberLastText((text: string): readonly LabelledCell[] => {
  const cells: LabelledCell[] = [];
  const features = textFeatures(text);
  const json = hasFeatures(features, textFeature.colon) && (text.includes('":') || text.includes('" :'));
  const keyed = hasFeatures(features, textFeature.loginMark) && text.includes('=');
  if ((!json && !keyed) || !columnHeaderWord.test(text)) return cells;
  if (keyed) addPeopleOfKeyedValues(text, cells);
  const cardSpokenOf = /card|pan|cv[vc]|카드/i.test(text);
  if (keyed && (text.includes('<input') || text.includes(' data-'))) addHtmlFields(text, { cardSpokenOf, cells });
  if (!json) return cells;
  // The fields of one key across a list of objects are a column ("name" of each guest), numbered below the tables' columns.
  const columns = new Map<string, number>();
  quotedField.lastIndex = 0;
  for (let field = quotedField.exec(text); field !== null; field = quotedField.exec(text)) {
    const kind = isPartOfNameObject(text, field) ? 'person' : columnKindOf(field[1]!);
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !cardSpokenOf)) continue;
    const value = field[2]!.trim();
    if (value === '') continue;
    const start = field.index + field[0].length - 1 - field[2]!.length + field[2]!.indexOf(value);
    const key = field[1]!;
    if (!columns.has(key)) columns.set(key, -1 - columns.size);
    cells.push({ kind, start, end: start + value.length, column: columns.get(key)! });
    if (field[0].includes('[')) addArrayStrings(text, { kind, from: field.index + field[0].length, column: columns.get(key)! }, cells);
  }
  if (text.includes('"resourceType"')) addFhirFields(text, cells);
  return cells;
});

/**
 * A name object's parts (`"name":{"last":"Castellanos","first":"Rosa"}`, FHIR's `"name":[{"family":"Okonjo", …}]`), which
 * alone name nothing: elsewhere a "family" key may name a product's line.
 */
const namePartKeys: ReadonlySet<string> = new Set(['first', 'last', 'middle', 'firstName', 'lastName', 'given', 'family']);
const openNameObject = /"(?:name|fullName|full_name|holder|insured|patient|customer)"[ \t]*:[ \t]*\[?[ \t]*\{[^{}\n]{0,80}$/;

function isPartOfNameObject(text: string, field: RegExpExecArray): boolean {
  return namePartKeys.has(field[1]!) && openNameObject.test(text.slice(Math.max(0, field.index - 120), field.index));
}

/** The strings of an array after its first, each in the first one's column: `"given":["Patience","Adaku"]`. */
function addArrayStrings(text: string, array: { kind: LabelledCell['kind']; from: number; column: number }, cells: LabelledCell[]): void {
  nextArrayString.lastIndex = array.from;
  for (let next = nextArrayString.exec(text); next !== null; next = nextArrayString.exec(text)) {
    const start = next.index + next[0].length - 1 - next[1]!.length;
    cells.push({ kind: array.kind, start, end: start + next[1]!.length, column: array.column });
  }
}

/** A FHIR resource's identifiers by their type's text, and its names given whole. */
function addFhirFields(text: string, cells: LabelledCell[]): void {
  fhirIdentifier.lastIndex = 0;
  for (let field = fhirIdentifier.exec(text); field !== null; field = fhirIdentifier.exec(text)) {
    const label = field[1]!;
    const kind = columnKindOf(label) ?? (patientNumberWords.test(label) ? 'MEDICAL_RECORD' : undefined);
    if (kind === undefined) continue;
    const start = field.index + field[0].length - 1 - field[2]!.length;
    cells.push({ kind, start, end: start + field[2]!.length });
  }
  fhirNameText.lastIndex = 0;
  for (let field = fhirNameText.exec(text); field !== null; field = fhirNameText.exec(text)) {
    const start = field.index + field[0].length - 1 - field[1]!.length;
    cells.push({ kind: 'person', start, end: start + field[1]!.length });
  }
}

/**
 * The values of a log's keys that name a person ("cust_nm=배수아 rrn=…", "ceo_nm=진태현"): only people, as the identifiers
 * of such logs have labels of their own that their recognisers read ("dob=", "passport=").
 */
function addPeopleOfKeyedValues(text: string, cells: LabelledCell[]): void {
  keyedValue.lastIndex = 0;
  for (let field = keyedValue.exec(text); field !== null; field = keyedValue.exec(text)) {
    const kind = columnKindOf(field[1]!);
    if (kind !== 'person' && kind !== 'generic-person') continue;
    const start = field.index + field[1]!.length + 1 + field[2]!.length;
    cells.push({ kind, start, end: start + field[3]!.length });
  }
}

/**
 * A web form's fields pasted as HTML: an input's name and its value (`<input name="exp" value="11/26">`), and an element's
 * data attributes (`data-cvc="417"`), each value under its key as a JSON field's.
 */
const htmlField =
  /<input\b[^<>]{0,200}?\bname="([\w-]{1,40})"[^<>]{0,200}?\bvalue="([^"<>\n]{1,120})"|\bdata-([\w-]{1,40})="([^"<>\n]{1,120})"/g;

function addHtmlFields(text: string, read: { cardSpokenOf: boolean; cells: LabelledCell[] }): void {
  htmlField.lastIndex = 0;
  for (let field = htmlField.exec(text); field !== null; field = htmlField.exec(text)) {
    const key = field[1] ?? field[3]!;
    const value = field[2] ?? field[4]!;
    const kind = columnKindOf(key);
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !read.cardSpokenOf) || value.trim() === '') continue;
    const start = field.index + field[0].length - 1 - value.length;
    read.cells.push({ kind, start, end: start + value.length });
  }
}
