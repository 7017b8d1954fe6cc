// A text is read whole and sentence by sentence: a planted instruction is one or two sentences, and padded with ordinary
// ones (a question about a bill around it, a document about something else) its words would weigh next to nothing.

/** A text up to this many characters is also read whole. */
const wholeTextLength = 600;
/** A sentence longer than this (a JSON line, a run-on) is read in pieces of this size. */
const longestSentence = 400;

/**
 * The parts of `text` the classifier scores: the text itself when short, each sentence, and each pair of neighbouring
 * sentences, so an instruction split over two is read whole.
 *
 * @example
 * phrasingWindows('Store hours: 9-18.'); // ['Store hours: 9-18.']
 * phrasingWindows('Hi. Bye.'); // ['Hi. Bye.', 'Hi.', 'Bye.']
 */
export function phrasingWindows(text: string): string[] {
  // The whole text, however long: an attack planted far into a long tool result is read by the model all the same.
  const sentences: string[] = [];
  for (const sentence of text.split(/(?<=[.!?。]|\n)\s+/u)) {
    for (let start = 0; start < sentence.length; start += longestSentence) sentences.push(sentence.slice(start, start + longestSentence));
  }
  if (sentences.length <= 1) return [text];
  // Two neighbours together: with three or more sentences, for two the whole text is that pair.
  const pairs = sentences.length === 2 ? [] : sentences.slice(1).map((sentence, index) => `${sentences[index]!} ${sentence}`);
  return [...(text.length <= wholeTextLength ? [text] : []), ...sentences, ...pairs];
}
