// Long passages are read in windows: a planted instruction is one or two sentences, and over a whole document its words
// would weigh next to nothing.

/** A text up to this many characters is read whole. */
const wholeTextLength = 600;
/** Windows are sentences and lines joined up to about this many characters. */
const windowLength = 400;
/** An attack must be read by the model to work; like the rules, only this much of a text is read. */
const maximumLength = 20_000;

/**
 * The parts of `text` the classifier scores: the text itself when short, otherwise windows of whole sentences and each pair
 * of neighbouring windows, so a sentence cut at a window's end is read whole in the pair.
 *
 * @example
 * phrasingWindows('Store hours: 9-18.'); // ['Store hours: 9-18.']
 */
export function phrasingWindows(text: string): string[] {
  const bounded = text.length > maximumLength ? text.slice(0, maximumLength) : text;
  if (bounded.length <= wholeTextLength) return [bounded];
  const windows: string[] = [];
  let current = '';
  for (const sentence of bounded.split(/(?<=[.!?。]|\n)\s+/u)) {
    if (current !== '' && current.length + sentence.length + 1 > windowLength) {
      windows.push(current);
      current = '';
    }
    // A sentence longer than a window (a JSON line, a run-on) is cut into window-sized pieces.
    for (let start = 0; start < sentence.length; start += windowLength) {
      const piece = sentence.slice(start, start + windowLength);
      if (current !== '' && current.length + piece.length + 1 > windowLength) {
        windows.push(current);
        current = '';
      }
      current = current === '' ? piece : `${current} ${piece}`;
    }
  }
  if (current !== '') windows.push(current);
  const pairs = windows.slice(1).map((window, index) => `${windows[index]!} ${window}`);
  return [...windows, ...pairs];
}
