// Latin letters with their accents dropped, one character for one, so a name spelled with them ("Zoë Müller", "Łukasz
// Wróbel", "Nguyễn Văn Hùng") reads as the searches that know names in ASCII spell it, at the same offsets.

/** Letters with a stroke or of another shape, which Unicode does not decompose into a base letter and a mark. */
const undecomposed: Readonly<Record<string, string>> = {
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  ß: 's',
};
const combiningMark = /^[\u0300-\u036f]+$/;

/** Each letter's ASCII base by its code (none where a character keeps its form), built once from the Unicode decompositions. */
const baseLetters: ReadonlyMap<number, number> = (() => {
  const bases = new Map<number, number>();
  for (let code = 0x00c0; code <= 0x1eff; code += 1) {
    if (!mayBeAccentedLetter(code)) continue;
    const character = String.fromCharCode(code);
    const decomposed = character.normalize('NFD');
    const base = undecomposed[character] ?? (combiningMark.test(decomposed.slice(1)) ? decomposed.charAt(0) : '');
    if (/^[A-Za-z]$/.test(base)) bases.set(code, base.charCodeAt(0));
  }
  return bases;
})();

/**
 * Whether `code` lies where letters with accents do (Latin-1, Latin Extended-A and -B, Latin Extended Additional for
 * Vietnamese): the feature pass's cheap test before `foldCapitalisedWordAccents`.
 *
 * @example
 * mayBeAccentedLetter('é'.charCodeAt(0)); // true
 */
export function mayBeAccentedLetter(code: number): boolean {
  return (code >= 0x00c0 && code <= 0x024f) || (code >= 0x1e00 && code <= 0x1eff);
}

/**
 * `text` with the accents of its capitalised words dropped ("Zoë", "MÜLLER", "Marie-Ève"), of the same length; `text`
 * itself when none holds one. A word in small letters keeps them: "café" and "résumé" name no one, and a long document
 * that holds only such words is read once.
 *
 * @example
 * foldCapitalisedWordAccents('Zoë Müller'); // 'Zoe Muller'
 * foldCapitalisedWordAccents('Łukasz Wróbel at the café'); // 'Lukasz Wrobel at the café'
 * foldCapitalisedWordAccents('김민수'); // '김민수' (the same string)
 */
export function foldCapitalisedWordAccents(text: string): string {
  let folded: string[] | undefined;
  let wordStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const base = mayBeAccentedLetter(code) ? baseLetters.get(code) : undefined;
    const letter = base !== undefined || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!letter) {
      wordStart = index + 1;
      continue;
    }
    if (base === undefined || !isCapital(text.charCodeAt(wordStart))) continue;
    folded ??= text.split('');
    folded[index] = String.fromCharCode(base);
  }
  return folded === undefined ? text : folded.join('');
}

/** An ASCII capital, or a capital with an accent ("É", "Ł"): a letter whose base is a capital. */
function isCapital(code: number): boolean {
  const base = mayBeAccentedLetter(code) ? (baseLetters.get(code) ?? 0) : code;
  return base >= 0x41 && base <= 0x5a;
}

/** A text made of some lines of another, and where each of its characters stands in that other text. */
export interface LinesReading {
  text: string;
  /** The offset in the whole text of the character at `index` of `text`. */
  offsetInWhole(index: number): number;
}

/**
 * The lines of `folded` that folding changed, the line before each and the first, joined: where a long document's
 * accented names and their labels stand ("Name:\nZoë Müller", a table's header), so reading it again costs about as much
 * as those lines. A run of blanks in place of the other lines would cost half a reading of the whole, since many patterns
 * try every blank.
 *
 * @example
 * const reading = linesAroundFoldedWords('Intro\nNotes\nName:\nZoë Müller', 'Intro\nNotes\nName:\nZoe Muller');
 * reading.text; // 'Intro\nName:\nZoe Muller'
 * reading.offsetInWhole(12); // 18: the Z of Zoë
 */
export function linesAroundFoldedWords(text: string, folded: string): LinesReading {
  const starts = [0];
  for (let lineBreak = text.indexOf('\n'); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) starts.push(lineBreak + 1);
  const endOf = (line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length);
  const changed = starts.map((start, line) => folded.slice(start, endOf(line)) !== text.slice(start, endOf(line)));
  const parts: string[] = [];
  const readingStarts: number[] = [];
  const wholeStarts: number[] = [];
  let length = 0;
  for (let line = 0; line < starts.length; line += 1) {
    if (line !== 0 && !changed[line] && changed[line + 1] !== true) continue;
    readingStarts.push(length);
    wholeStarts.push(starts[line]!);
    parts.push(folded.slice(starts[line], endOf(line)));
    length += endOf(line) - starts[line]! + 1;
  }
  return {
    text: parts.join('\n'),
    offsetInWhole(index) {
      let line = readingStarts.length - 1;
      while (readingStarts[line]! > index) line -= 1;
      return wholeStarts[line]! + index - readingStarts[line]!;
    },
  };
}
