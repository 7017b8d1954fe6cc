// The fields of a JSON object pasted as text (a webhook payload, a log line, a config): a key names what its value holds,
// as a column's header does ("dob", "passport", "db_user", "exp" beside a card); and a log's key=value pairs that name a
// person ("cust_nm=배수아").
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { columnHeaderWord, columnKindOf } from './column-headers.ts';
import type { LabelledCell } from './labelled-cell.ts';

/** A quoted key, a colon and a quoted value on one line; escapes end the match, which leaves such a value unread. */
const quotedField = /"([^"\\\n]{1,40})"[ \t]*:[ \t]*\[?[ \t]*"([^"\\\n]{1,120})"/g;
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
  if (!json) return cells;
  const cardSpokenOf = /card|pan|cv[vc]|카드/i.test(text);
  // The fields of one key across a list of objects are a column ("name" of each guest), numbered below the tables' columns.
  const columns = new Map<string, number>();
  quotedField.lastIndex = 0;
  for (let field = quotedField.exec(text); field !== null; field = quotedField.exec(text)) {
    const kind = columnKindOf(field[1]!);
    if (kind === undefined || (kind === 'CARD_EXPIRY' && !cardSpokenOf)) continue;
    const value = field[2]!.trim();
    if (value === '') continue;
    const start = field.index + field[0].length - 1 - field[2]!.length + field[2]!.indexOf(value);
    const key = field[1]!;
    if (!columns.has(key)) columns.set(key, -1 - columns.size);
    cells.push({ kind, start, end: start + value.length, column: columns.get(key)! });
  }
  return cells;
});

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
