// Where a piece of text stands at the edge of a run of letters and digits: the places a repeated or corrected value may
// be, found without reading a long text once per value.
import { isAsciiAlphanumeric } from './recognizers/digit-boundaries.ts';

/**
 * The places in one text where a piece starts a run of ASCII letters and digits, or ends one. A piece whose own edge is
 * not a letter or a digit ("+82 …") is looked for everywhere.
 */
export interface RunEdges {
  readonly text: string;
  /** Where `piece` stands in the text with no letter or digit right before it, in text order. */
  startsOf(piece: string): number[];
  /** Where `piece` ends in the text with no letter or digit right after it (the index after its last character), in order. */
  endsOf(piece: string): number[];
  /** How many places the look-ups have tested so far: a bound on the work that callers may budget. */
  readonly tested: number;
}

/**
 * From this length a text's run edges are indexed once (by their first and their last two characters) rather than each
 * value's search reading the whole text: a transcript or an export holds hundreds of values, a chat turn a few.
 */
const indexedFrom = 2_048;

/**
 * The run edges of `text`: indexed for a long text, read with `indexOf` for a short one.
 *
 * @example
 * runEdgesOf('PA7730419 … PA7730419').startsOf('PA77'); // [0, 12]
 * runEdgesOf('xPA7730419').startsOf('PA77'); // []: a letter runs on before it
 */
export function runEdgesOf(text: string): RunEdges {
  return text.length >= indexedFrom ? indexedRunEdges(text) : scannedRunEdges(text);
}

function scannedRunEdges(text: string): RunEdges {
  // Each look-up reads the whole text.
  let tested = 0;
  return {
    text,
    get tested() {
      return tested;
    },
    startsOf(piece) {
      tested += text.length;
      const places: number[] = [];
      for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1))
        if (!isAsciiAlphanumeric(text.charCodeAt(at - 1))) places.push(at);
      return places;
    },
    endsOf(piece) {
      tested += text.length;
      const places: number[] = [];
      for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1))
        if (!isAsciiAlphanumeric(text.charCodeAt(at + piece.length))) places.push(at + piece.length);
      return places;
    },
  };
}

function indexedRunEdges(text: string): RunEdges {
  // Built at the first look-up: most texts hold no value that a search accepts.
  let starts: Map<number, number[]> | undefined;
  let ends: Map<number, number[]> | undefined;
  const index = () => {
    starts = new Map();
    ends = new Map();
    let previous = false;
    for (let at = 0; at <= text.length; at += 1) {
      const inRun = at < text.length && isAsciiAlphanumeric(text.charCodeAt(at));
      if (inRun && !previous) addPlace(starts, pairAt(text, at), at);
      if (!inRun && previous) addPlace(ends, pairAt(text, at - 2), at);
      previous = inRun;
    }
  };
  let tested = 0;
  const scanned = scannedRunEdges(text);
  return {
    text,
    get tested() {
      return scanned.tested + tested;
    },
    startsOf(piece) {
      if (piece.length < 2 || !isAsciiAlphanumeric(piece.charCodeAt(0))) return scanned.startsOf(piece);
      if (starts === undefined) index();
      const candidates = starts!.get(pairAt(piece, 0)) ?? none;
      tested += candidates.length;
      const places: number[] = [];
      for (const at of candidates) if (text.startsWith(piece, at)) places.push(at);
      return places;
    },
    endsOf(piece) {
      if (piece.length < 2 || !isAsciiAlphanumeric(piece.charCodeAt(piece.length - 1))) return scanned.endsOf(piece);
      if (ends === undefined) index();
      const candidates = ends!.get(pairAt(piece, piece.length - 2)) ?? none;
      tested += candidates.length;
      const places: number[] = [];
      for (const end of candidates) if (text.startsWith(piece, end - piece.length)) places.push(end);
      return places;
    },
  };
}

/** The two characters from `index` as one number; NaN past either end, which no piece of two characters asks for. */
function pairAt(text: string, index: number): number {
  return text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);
}

const none: readonly number[] = [];

function addPlace(places: Map<number, number[]>, key: number, at: number): void {
  const list = places.get(key);
  if (list === undefined) places.set(key, [at]);
  else list.push(at);
}
