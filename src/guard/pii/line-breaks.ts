// Where a text's lines start and end, as the searches ask at each value they weigh ("the words before it on its line").
// In a long text with few line breaks (a minified JSON export, a paragraph pasted from a PDF, a log joined by blanks),
// looking for the break from each value reads back over the whole line each time, so a line of n values cost n² reads.
// A long text's breaks are listed once instead and found by bisection; a short one is searched directly, which costs less.

/** From this length a text's line breaks are listed once and bisected. */
const indexedLength = 2048;

/** The text whose line breaks `breaks` lists, in order. */
let indexedText: string | undefined;
let breaks: Int32Array = new Int32Array(0);

function breaksOf(text: string): Int32Array {
  if (text !== indexedText) {
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
    const listed = new Int32Array(count);
    count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) listed[count++] = at;
    breaks = listed;
    indexedText = text;
  }
  return breaks;
}

/** How many of the listed breaks stand before `position`. */
function breaksBefore(listed: Int32Array, position: number): number {
  let low = 0;
  let high = listed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (listed[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The last line break at or before `from`: exactly `text.lastIndexOf('\n', from)`.
 *
 * @example
 * lineBreakBefore('ab\ncd', 4); // 2
 * lineBreakBefore('ab\ncd', 1); // -1
 */
export function lineBreakBefore(text: string, from: number): number {
  if (text.length < indexedLength) return text.lastIndexOf('\n', from);
  const listed = breaksOf(text);
  // lastIndexOf reads a negative start as 0.
  const count = breaksBefore(listed, Math.max(from, 0) + 1);
  return count === 0 ? -1 : listed[count - 1]!;
}

/**
 * The first line break at or after `from`: exactly `text.indexOf('\n', from)`.
 *
 * @example
 * lineBreakAfter('ab\ncd', 0); // 2
 * lineBreakAfter('ab\ncd', 3); // -1
 */
export function lineBreakAfter(text: string, from: number): number {
  if (text.length < indexedLength) return text.indexOf('\n', from);
  const listed = breaksOf(text);
  const count = breaksBefore(listed, Math.max(from, 0));
  return count === listed.length ? -1 : listed[count]!;
}
