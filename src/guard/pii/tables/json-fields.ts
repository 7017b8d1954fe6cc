// The fields of a JSON object pasted as text (a webhook payload, a log line, a config): a key names what its value holds,
// as a column's header does ("dob", "passport", "db_user", "exp" beside a card); a log's key=value pairs that name a
// person ("cust_nm=배수아"); and a web form's fields pasted as HTML (`<input name="exp" value="11/26">`, `data-cvc="417"`).
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { columnHeaderWord, columnKindOf } from './column-headers.ts';
import type { LabelledCell } from './labelled-cell.ts';

/**
 * A quoted key, a colon and a quoted value on one line, in double quotes or in single ones (a Python dict printed to a
 * log: `{'recv_name': '마서진'}`); escapes end the match, which leaves such a value unread.
 */
const quotedField = /(?:"([^"\\\n]{1,40})"|'([^'\\\n]{1,40})')[ \t]*:[ \t]*\[?[ \t]*(?:"([^"\\\n]{1,120})"|'([^'\\\n]{1,120})')/g;
/** A further string of an array after the first (`"given":["Patience","Adaku"]`). */
const nextArrayString = /[ \t]*,[ \t]*"([^"\\\n]{1,120})"/y;
/**
 * A FHIR resource's identifier, its kind in its type's text ("identifier":[{"type":{"text":"MRN"},"value":"E4419027"}]),
 * and a name given whole in its text ("name":[{"text":"구본희"}]).
 */
const fhirIdentifier =
  /"type"[ \t]*:[ \t]*\{[^{}\n]{0,120}?"text"[ \t]*:[ \t]*"([^"\\\n]{1,40})"[^{}\n]{0,60}\}[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"([^"\\\n]{1,60})"/g;
const fhirNameText = /"name"[ \t]*:[ \t]*\[?[ \t]*\{[^{}\n]{0,60}?"text"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/g;
/**
 * A form reader's field: its key or its label, then its value in the same object ({"key": "name", "label": "성명",
 * "value": "편지훈"}), as OCR and document-extraction services return a form.
 */
const labelledValue =
  /"(?:key|label|field|fieldName|name)"[ \t]*:[ \t]*"([^"\\\n]{1,40})"[ \t]*,[ \t]*(?:"(?:label|key|type)"[ \t]*:[ \t]*"([^"\\\n]{1,40})"[ \t]*,[ \t]*)?"(?:value|text)"[ \t]*:[ \t]*"([^"\\\n]{1,120})"/g;
/** A patient's number by a Korean hospital's or a FHIR server's own words for it ("등록번호", "Patient ID"). */
const patientNumberWords = /등록\s?번호|환자\s?번호|patient/i;
/**
 * A log's key, an equals sign and its value, to a comma, a brace, the next key or the line's end ("cust_nm=배수아 rrn=…",
 * `owner="정우람"`, "{buyerName=NGUYEN THI HOA, buyerId=…}", a bank's message in Korean keys: "출금계좌주=황보민재"); a key
 * may sit inside an object's path ("req.req_client_account_num=…").
 */
const keyedValue =
  /(?<![\w.가-힣-])(?:[A-Za-z][A-Za-z0-9_]{0,15}\.){0,2}([A-Za-z가-힣][A-Za-z0-9_가-힣]{0,30})=("?)([^\s"=,;&{}][^"=,;&{}\n]{0,59}?)\2(?=[,;&}]|[ \t]+[A-Za-z가-힣][\w.가-힣]*=|[ \t]*(?:\r?\n|$))/g;

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
  const json = hasFeatures(features, textFeature.colon) && (text.includes('":') || text.includes('" :') || text.includes("':"));
  const keyed = hasFeatures(features, textFeature.loginMark) && text.includes('=');
  const yaml = hasFeatures(features, textFeature.colon | textFeature.lineBreak) && yamlKey.test(text);
  const xml = hasFeatures(features, textFeature.loginMark) && (text.includes('</') || text.includes('="'));
  if ((!json && !keyed && !yaml && !xml) || !columnHeaderWord.test(text)) return cells;
  if (keyed) addKeyedValues(text, cells);
  const cardSpokenOf = /card|pan|cv[vc]|카드/i.test(text);
  if (yaml) addYamlFields(text, { cardSpokenOf, cells });
  if (keyed && (text.includes('<input') || text.includes(' data-'))) addHtmlFields(text, { cardSpokenOf, cells });
  if (xml) addXmlFields(text, { cardSpokenOf, cells });
  if (!json) return cells;
  // The fields of one key across a list of objects are a column ("name" of each guest), numbered below the tables' columns.
  const columns = new Map<string, number>();
  quotedField.lastIndex = 0;
  for (let field = quotedField.exec(text); field !== null; field = quotedField.exec(text)) {
    const key = field[1] ?? field[2]!;
    const kind = isPartOfNameObject(text, key, field.index)
      ? 'person'
      : isHealthCoverNumber(text, key, field.index)
        ? 'HEALTH_INSURANCE'
        : columnKindOf(key);
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !cardSpokenOf)) continue;
    const written = field[3] ?? field[4]!;
    const value = written.trim();
    if (value === '') continue;
    const start = field.index + field[0].length - 1 - written.length + written.indexOf(value);
    if (!columns.has(key)) columns.set(key, -1 - columns.size);
    cells.push({ kind, start, end: start + value.length, column: columns.get(key)! });
    if (field[0].includes('[')) addArrayStrings(text, { kind, from: field.index + field[0].length, column: columns.get(key)! }, cells);
  }
  if (text.includes('"resourceType"')) addFhirFields(text, cells);
  if (text.includes('"value"')) addLabelledValues(text, { cardSpokenOf, cells });
  return cells;
});

/**
 * A name object's parts (`"name":{"last":"Castellanos","first":"Rosa"}`, FHIR's `"name":[{"family":"Okonjo", …}]`), which
 * alone name nothing: elsewhere a "family" key may name a product's line.
 */
const namePartKeys: ReadonlySet<string> = new Set(['first', 'last', 'middle', 'firstName', 'lastName', 'given', 'family']);
const openNameObject = /"(?:name|fullName|full_name|holder|insured|patient|customer)"[ \t]*:[ \t]*\[?[ \t]*\{[^{}\n]{0,80}$/;

/**
 * A card's, a member's or a policy's number inside a health cover's object (`"insurance":{"type":"NHIS","cardNo":"…"}`,
 * `"nhis": {"cardNo": …}`, `"member": {"memberId": …}` of a health plan's claim): elsewhere "cardNo" is a payment card's.
 */
const coverNumberKeys: ReadonlySet<string> = new Set([
  ...['cardNo', 'card_no', 'cardNumber', 'card_number', 'memberId', 'member_id', 'memberNo', 'member_no', 'policyNo'],
  ...['policy_no', 'policyNumber', 'policy_number', 'certificateNo', 'subscriberId', 'subscriber_id'],
]);
const openCoverObject =
  /"(?:insurance|nhis|coverage|healthInsurance|health_insurance|insurer|plan|member|subscriber|policy)"[ \t]*:[ \t]*\{[^{}]{0,120}$/;
const healthWords = /health|medic|claim|patient|hospital|clinic|nhis|보험|의료|실손|진료|병원|환자/i;

function isHealthCoverNumber(text: string, key: string, at: number): boolean {
  if (!coverNumberKeys.has(key)) return false;
  const before = text.slice(Math.max(0, at - 160), at);
  const open = openCoverObject.exec(before);
  // The cover's own word names it one ("insurance", "nhis"); a member's or a policy's object only where health is spoken of.
  return open !== null && (/insurance|nhis|coverage/i.test(open[0]) || healthWords.test(text));
}

/**
 * A travel-rule message's name parts (IVMS101's `"natural_person": {"primary_identifier": "PARK", "secondary_identifier":
 * "SEOYEON"}`): the surname and the given names; elsewhere an identifier is any record's.
 */
const nameIdentifierKeys: ReadonlySet<string> = new Set([
  ...['primary_identifier', 'secondary_identifier', 'primaryIdentifier', 'secondaryIdentifier'],
]);
const openNaturalPerson = /"(?:natural_?[Pp]erson|name_?[Ii]dentifiers?)"[ \t]*:[ \t]*\[?[ \t]*\{[^{}\n]{0,80}$/;

function isPartOfNameObject(text: string, key: string, at: number): boolean {
  if (nameIdentifierKeys.has(key)) return openNaturalPerson.test(text.slice(Math.max(0, at - 120), at));
  return namePartKeys.has(key) && openNameObject.test(text.slice(Math.max(0, at - 120), at));
}

/** The strings of an array after its first, each in the first one's column: `"given":["Patience","Adaku"]`. */
function addArrayStrings(text: string, array: { kind: LabelledCell['kind']; from: number; column: number }, cells: LabelledCell[]): void {
  nextArrayString.lastIndex = array.from;
  for (let next = nextArrayString.exec(text); next !== null; next = nextArrayString.exec(text)) {
    const start = next.index + next[0].length - 1 - next[1]!.length;
    cells.push({ kind: array.kind, start, end: start + next[1]!.length, column: array.column });
  }
}

/** The values of a form reader's fields by their key or their label, whichever names a kind. */
function addLabelledValues(text: string, read: { cardSpokenOf: boolean; cells: LabelledCell[] }): void {
  labelledValue.lastIndex = 0;
  for (let field = labelledValue.exec(text); field !== null; field = labelledValue.exec(text)) {
    const kind = columnKindOf(field[1]!) ?? (field[2] === undefined ? undefined : columnKindOf(field[2]));
    const value = field[3]!;
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !read.cardSpokenOf) || value.trim() === '') continue;
    const start = field.index + field[0].length - 1 - value.length;
    read.cells.push({ kind, start, end: start + value.length });
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
 * The values of a log's keys that name a person or an identifier ("cust_nm=배수아", "출금계좌=110357284016", "pt_no=…"),
 * each value's shape judged as a column's is.
 */
function addKeyedValues(text: string, cells: LabelledCell[]): void {
  keyedValue.lastIndex = 0;
  for (let field = keyedValue.exec(text); field !== null; field = keyedValue.exec(text)) {
    const kind = columnKindOf(field[1]!);
    // A log's actor ("operator=E40917") is a staff number as often as a login, which the login searches judge.
    if (kind === undefined || kind === 'CARD_EXPIRY' || kind === 'USERNAME') continue;
    const start = field.index + field[0].length - field[2]!.length - field[3]!.length;
    cells.push({ kind, start, end: start + field[3]!.length });
  }
}

/** A key of a YAML document or an indented record: a line's first word and a colon, on a line of its own. */
const yamlKey = /\n[ \t]*(?:-[ \t]+)?[A-Za-z가-힣][\w가-힣.-]{0,39}:[ \t]/;
/** A YAML key and its value, quoted or plain, to the line's end or a comment. */
const yamlField =
  /^([ \t]*)(?:-[ \t]+)?([A-Za-z가-힣][\w가-힣.-]{0,39}):[ \t]+(?:"([^"\\\n]{1,120})"|'([^'\\\n]{1,120})'|([^\s"'#|>&*[{][^\n#]{0,119}?))[ \t]*$/gm;

/**
 * The values of a YAML document's keys (a résumé parser's output, a config, a Kubernetes manifest: `  legal_name:
 * "Okafor, Chinedu"`), where the key reads as a record's (indented, with an underscore or in camel case) or the value is
 * quoted: a label line of a letter ("Name: Jordan Whitfield") is read by the searches of labels.
 */
function addYamlFields(text: string, read: { cardSpokenOf: boolean; cells: LabelledCell[] }): void {
  yamlField.lastIndex = 0;
  for (let field = yamlField.exec(text); field !== null; field = yamlField.exec(text)) {
    const [, indent, key, doubleQuoted, singleQuoted, plain] = field;
    const quoted = doubleQuoted ?? singleQuoted;
    if (quoted === undefined && indent!.length < 2 && !/_|[a-z][A-Z]/.test(key!)) continue;
    const kind = columnKindOf(key!);
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !read.cardSpokenOf)) continue;
    const value = (quoted ?? plain!).trim();
    if (value === '') continue;
    const start = field.index + field[0].lastIndexOf(value);
    read.cells.push({ kind, start, end: start + value.length });
  }
}

/** An XML element's text under its tag, namespaced or not, with its attributes ("<Plate state=\"CO\">BXK-4192</Plate>"). */
const xmlElement = /<(?:[\w-]{1,20}:)?([A-Za-z][\w-]{0,40})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,120})<\/(?:[\w-]{1,20}:)?\1>/g;
/** An attribute's value, and the element it belongs to ("<License state=\"CO\" number=\"16-284-7391\"/>"). */
const xmlAttribute = /="([^"<>\n]{1,80})"/g;
/** The attribute's name that ends where its equals sign stands. */
const attributeNameBefore = /(?<![\w-])[A-Za-z][\w-]{0,40}$/;
const elementBefore = /<(?:[\w-]{1,20}:)?([A-Za-z][\w-]{0,40})\b[^<>\n]*$/;
/** The attributes that give an element's own number, which the element's name says the kind of. */
const numberAttribute = /^(?:number|no|num|id|value)$/i;

/**
 * An XML record's values by their element's or their attribute's name, as a JSON field's by its key: "<Plate>BXK-4192
 * </Plate>", `<Passenger birthDate="1988-03-07">`, and an element's number attribute by the element ("<License
 * number=\"16-284-7391\"/>" is a licence's number).
 */
function addXmlFields(text: string, read: { cardSpokenOf: boolean; cells: LabelledCell[] }): void {
  const push = (kind: ReturnType<typeof columnKindOf>, value: string, start: number): void => {
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !read.cardSpokenOf) || value.trim() === '') return;
    read.cells.push({ kind, start, end: start + value.length });
  };
  xmlElement.lastIndex = 0;
  for (let element = xmlElement.exec(text); element !== null; element = xmlElement.exec(text)) {
    const value = element[2]!;
    push(columnKindOf(element[1]!), value, element.index + element[0].indexOf('>') + 1);
  }
  xmlAttribute.lastIndex = 0;
  for (let attribute = xmlAttribute.exec(text); attribute !== null; attribute = xmlAttribute.exec(text)) {
    // The search finds the equals sign first and reads the name back from it.
    const name = attributeNameBefore.exec(text.slice(Math.max(0, attribute.index - 41), attribute.index))?.[0];
    if (name === undefined) continue;
    const nameStart = attribute.index - name.length;
    const owner = numberAttribute.test(name) ? elementBefore.exec(text.slice(Math.max(0, nameStart - 200), nameStart)) : null;
    const kind = owner === null ? columnKindOf(name) : (columnKindOf(`${owner[1]!}number`) ?? columnKindOf(owner[1]!));
    push(kind, attribute[1]!, attribute.index + 2);
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
