// Whether an address stands in a table's column of customers' drop-off addresses beside a column of the stores the orders
// come from, as a delivery app's dispatch board or a courier's export prints one ("Time | Order | Store | Drop address |
// …", "…,pickup,dropoff_addr,door_note,…"): the store's name or a branch's "…점" right before the cell reads as a firm's
// own place, but the columns say the address is where a customer gets the order.
import { mapForLastText } from '../last-text-memo.ts';

/**
 * A header cell for the place a delivery goes to: a drop-off's, a delivery's, a recipient's or a customer's address, in
 * English or Korean ("Drop address (customer input)", "dropoff_addr", "delivery_address", 배송지, 배달 주소, 도착지, 고객 주소).
 */
const customersAddressHeader =
  /^[\W_]*(?:(?:drop[-_ ]?off|drop|deliver(?:y|ed)?|ship(?:ping)?[-_ ]?to|shipping|recipient|customer|consignee|destination|dest)[-_ ]?(?:addr(?:ess)?|location|point)|배송지|배달[ \t]*(?:주소|지)|도착지|수령지|고객[ \t]*주소|받는[ \t]*(?:분|사람)?[ \t]*주소)(?![A-Za-z가-힣])/i;
/**
 * A header cell for the store an order is picked up at ("Store", "pickup", "restaurant", 매장, 가게): the firm a row names
 * is then where the order came from. A manifest's or a route's consignee or customer may be a firm itself, whose delivery
 * address is its own.
 */
const storeHeader =
  /^[\W_]*(?:store|shop|restaurant|merchant|pick[-_ ]?up|kitchen|매장|가게|픽업|음식점|식당)(?:[-_ ]?(?:name|nm|id|point))?[\W_]*$|^[\W_]*(?:매장|가게|음식점|식당)명[\W_]*$/i;
/** The cell separators a pasted table uses. */
const delimiters = ['|', '\t', ','] as const;
/** How many lines above a row its header may stand (a Markdown rule between them counts as one). */
const rowsRead = 60;

/**
 * Whether the value at `start` in `text` lies in a table's column whose header names a customer's drop-off address, in a
 * table with a column of stores.
 *
 * @example
 * isInCustomersAddressColumn('store,dropoff_addr\n교촌 합정점,서울 마포구 양화로6길 9-14', 25); // true
 */
export function isInCustomersAddressColumn(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  for (const delimiter of delimiters)
    if (before.includes(delimiter) && headsColumnAbove(text, lineStart, { delimiter, column: cellsBefore(before, delimiter) })) return true;
  return false;
}

/** How many delimiters stand before the value on its line, outside double quotes. */
function cellsBefore(before: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of before) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * Whether a line above the row at `lineStart`, in the block of lines that hold the delimiter, has a customer's address
 * header in the row's column: the table's header, wherever a caption or a rule above it stands, `rowsRead` lines up at
 * most. (A Markdown row opens with its bar, so its cells count from the same empty first cell in the header and the row.)
 */
function headsColumnAbove(text: string, lineStart: number, cell: { delimiter: string; column: number }): boolean {
  const header = headerAbove(text, lineStart, cell);
  return header !== undefined && header.rowsUp <= rowsRead && header.cells.some((other) => storeHeader.test(other.trim()));
}

/** The nearest line above a row that heads its column as a customer's address, and how many lines up it stands. */
interface HeaderAbove {
  cells: readonly string[];
  rowsUp: number;
}

/** Each row's `HeaderAbove` (null for none) in the last text, by its line's start, the delimiter and the column. */
const headersAbove = mapForLastText<string, HeaderAbove | null>();

/**
 * The nearest line above the row at `lineStart` whose cell in the row's column is a customer's address header, all the
 * lines between holding the delimiter; undefined when a line without it or the text's start comes first. Each row's
 * answer is the next row up's, one line further: the lines are walked once per text and column, not once per address,
 * which read up to `rowsRead` lines above each row of an export.
 */
function headerAbove(text: string, lineStart: number, cell: { delimiter: string; column: number }): HeaderAbove | undefined {
  const known = headersAbove(text);
  const keyOf = (start: number) => `${start}:${cell.delimiter}:${cell.column}`;
  // The rows walked up from `lineStart` until one whose answer is known or decided by the line above it.
  const walked: number[] = [];
  let answer: HeaderAbove | null | undefined;
  for (let rowStart = lineStart; answer === undefined;) {
    answer = known.get(keyOf(rowStart));
    if (answer !== undefined) break;
    walked.push(rowStart);
    const end = rowStart - 1;
    if (end <= 0) {
      answer = null;
      break;
    }
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const cells = cellsOfLine(text, { start, end, delimiter: cell.delimiter });
    const header = cells?.[cell.column];
    if (cells === undefined) answer = null;
    else if (header !== undefined && customersAddressHeader.test(header.trim())) answer = { cells, rowsUp: 0 };
    else rowStart = start;
  }
  // The last row walked stands right below the answer's line (or a row whose answer is known); each row below it one more.
  for (let index = walked.length - 1; index >= 0; index -= 1) {
    if (answer !== null) answer = { cells: answer.cells, rowsUp: answer.rowsUp + 1 };
    known.set(keyOf(walked[index]!), answer);
  }
  return answer ?? undefined;
}

/** The cells of each line of the last text read so far, by its start and the delimiter's place in `delimiters`. */
const splitLines = mapForLastText<number, readonly string[] | undefined>();

/**
 * The cells of the line from `start` to `end` apart by `delimiter`, undefined when it holds none; split once per text: an
 * export of thousands of rows reads the same lines above each of its addresses.
 */
function cellsOfLine(text: string, line: { start: number; end: number; delimiter: string }): readonly string[] | undefined {
  const known = splitLines(text);
  const key = line.start * delimiters.length + delimiters.indexOf(line.delimiter as (typeof delimiters)[number]);
  if (known.has(key)) return known.get(key);
  const cells = text.slice(line.start, line.end);
  const split = cells.includes(line.delimiter) ? cells.split(line.delimiter) : undefined;
  known.set(key, split);
  return split;
}
