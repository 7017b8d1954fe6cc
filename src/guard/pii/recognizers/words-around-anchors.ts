// The whole words around the places a cheap pattern finds: a login's or a password's shape is searched from a mark few
// words of prose hold (a dot between letters, a symbol), then read out to the word's edges, each word once.

/**
 * The spans of the words of `wordCharacter` around each match of `anchor` (global), in text order, each word once; a
 * closing full stop or question mark is left out of the word.
 *
 * @example
 * [...wordsAroundAnchors('id is hj.ryu.', { anchor: /[a-z]\.[a-z]/g, wordCharacter: /[\w.]/ })]; // [{ start: 6, end: 12 }]
 */
export function* wordsAroundAnchors(
  text: string,
  pattern: { anchor: RegExp; wordCharacter: RegExp },
): Generator<{ start: number; end: number }> {
  const { anchor, wordCharacter } = pattern;
  anchor.lastIndex = 0;
  for (let found = anchor.exec(text); found !== null; found = anchor.exec(text)) {
    let start = found.index;
    while (start > 0 && wordCharacter.test(text.charAt(start - 1))) start -= 1;
    let end = found.index + found[0].length;
    while (end < text.length && wordCharacter.test(text.charAt(end))) end += 1;
    // The next search starts past this word, so a word with two anchors is read once.
    anchor.lastIndex = end;
    while (end > start && (text.charAt(end - 1) === '.' || text.charAt(end - 1) === '?')) end -= 1;
    if (end > start) yield { start, end };
  }
}
