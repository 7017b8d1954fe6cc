// User-written patterns run on RE2 (linear time, no back-references or look-around), so no pattern and no text can make a
// scan backtrack for ever. RE2 runs in WebAssembly with a fixed 16 MB memory: patterns are bounded in size, compiled
// programs are freed when no longer cached, and long texts are read in windows.
import { RE2 } from 're2-wasm';
import { parseCustomPattern, programSize } from './pattern-measures.ts';

/** A match of a compiled pattern, in UTF-16 offsets like every other finding. */
export interface PatternSpan {
  start: number;
  end: number;
}

/** The most matches one text yields per pattern: a pattern as broad as `\d` must not turn a document into a million findings. */
export const maxMatchesPerText = 10_000;
/** The largest program a pattern may compile to (`programSize`): identifiers need tens; `\p{L}{100}` needs 3,200. */
export const maxProgramSize = 2_000;
/**
 * Characters RE2 reads in one call. Each call copies its whole input into WebAssembly memory (about 30 ns a character),
 * once per match, so a long text is read in windows: each owns `windowCharacters`, reads `windowLead` before them (so
 * that \b and ^ see the text, not the window's edge) and `windowOverlap` after. A value longer than the overlap that
 * crosses a window's end is not found.
 */
const windowCharacters = 1_024;
const windowLead = 64;
const windowOverlap = 256;
/** Compiled programs kept; the least recently used one is freed when another is needed. */
const maxCompiled = 200;

/**
 * A pattern compiled for repeated scans. RE2 counts offsets in code points, so texts with characters outside the Basic
 * Multilingual Plane (emoji) have them mapped back to UTF-16 offsets.
 */
export interface CompiledPattern {
  /** `mayHold` skips the windows of a long text that cannot hold a match (see `requiredParts`). */
  spans(text: string, mayHold?: (window: string) => boolean): PatternSpan[];
}

/**
 * Why a pattern cannot be used, in words for a policy error; undefined when it is in the syntax RE2 and JavaScript share,
 * small enough, compiles and cannot match empty text.
 */
export function patternProblem(source: string, options: { ignoreCase: boolean }): string | undefined {
  const parsed = parseCustomPattern(source);
  if ('problem' in parsed)
    return `not a valid pattern (${parsed.problem}); custom patterns use the syntax RE2 and JavaScript share: ignoreCase: true rather than (?i), \\d rather than [[:digit:]], [가-힣] rather than \\p{Hangul}`;
  const size = programSize(parsed.pattern);
  if (size > maxProgramSize)
    return `too large: it compiles to about ${size} steps, at most ${maxProgramSize}; use a smaller count or a plain class instead of \\p{…}`;
  let expression: RE2;
  try {
    expression = new RE2(source, flagsOf(options));
  } catch (error) {
    // RE2's own message names the construct ("invalid perl operator: (?<", "missing ): (a").
    return `not a valid RE2 pattern (${(error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '')})`;
  }
  try {
    return expression.test('') ? 'matches empty text' : undefined;
  } finally {
    release(expression);
  }
}

const compiled = new Map<string, { expression: RE2; pattern: CompiledPattern }>();

/**
 * The compiled pattern for a checked source (see `patternProblem`), shared by every policy that uses it.
 *
 * @example
 * compiledPattern('EMP-\\d{6}', { ignoreCase: false }).spans('사번 EMP-123456'); // [{ start: 3, end: 13 }]
 */
export function compiledPattern(source: string, options: { ignoreCase: boolean }): CompiledPattern {
  const key = `${flagsOf(options)}/${source}`;
  const known = compiled.get(key);
  if (known !== undefined) {
    // Re-inserted, so the map's order is the order of last use.
    compiled.delete(key);
    compiled.set(key, known);
    return known.pattern;
  }
  if (compiled.size >= maxCompiled) {
    const [oldestKey, oldest] = compiled.entries().next().value!;
    compiled.delete(oldestKey);
    release(oldest.expression);
  }
  const expression = new RE2(source, flagsOf(options));
  const pattern: CompiledPattern = { spans: (text, mayHold) => spansOf(expression, text, mayHold) };
  compiled.set(key, { expression, pattern });
  return pattern;
}

function flagsOf(options: { ignoreCase: boolean }): string {
  return options.ignoreCase ? 'giu' : 'gu';
}

/**
 * re2-wasm's Embind object, which its `RE2` keeps private (re2-wasm is pinned at 1.0.2): `match` without capturing groups
 * lets RE2 find a match's bounds by its DFA, fifteen times faster than `exec` on a long match, and `delete` frees the
 * program, which re2-wasm never does (a long-lived process would fill the fixed 16 MB after a few thousand patterns).
 */
interface Re2Program {
  /** Offsets in code points; `index` is -1 when nothing matches from `start` on. */
  match(input: string, start: number, capturingGroups: boolean): { match: string; index: number };
  delete(): void;
}

function programOf(expression: RE2): Re2Program {
  return (expression as unknown as { wrapper: Re2Program }).wrapper;
}

function release(expression: RE2): void {
  programOf(expression).delete();
}

function spansOf(expression: RE2, input: string, mayHold: ((window: string) => boolean) | undefined): PatternSpan[] {
  // Emscripten reads any surrogate as the first half of a pair, so a lone one would shift every offset after it; U+FFFD
  // in its place keeps the length.
  const text = wellFormed(input);
  if (text.length <= windowCharacters + windowOverlap) return spansInWindow(expression, text, 0);
  const spans: PatternSpan[] = [];
  for (let owned = 0; owned < text.length && spans.length < maxMatchesPerText; owned += windowCharacters) {
    // A window never starts or ends inside a surrogate pair.
    const start = pairStart(text, Math.max(0, owned - windowLead));
    const end = pairStart(text, Math.min(text.length, owned + windowCharacters + windowOverlap));
    const window = text.slice(start, end);
    if (mayHold !== undefined && !mayHold(window)) continue;
    for (const span of spansInWindow(expression, window, start)) {
      // A match in the lead or the overlap belongs to a neighbour, which reads it whole; one that ends at a window's edge
      // inside the text may owe its end to $ there.
      if (span.start < owned || span.start >= owned + windowCharacters || (span.end === end && end < text.length)) continue;
      spans.push(span);
    }
  }
  return spans.slice(0, maxMatchesPerText);
}

/** `String.prototype.toWellFormed` (Node 20 has it; the ES2023 library types do not declare it). */
function wellFormed(text: string): string {
  return (text as unknown as { toWellFormed(): string }).toWellFormed();
}

/** `index`, or one before it when it falls between the halves of a surrogate pair. */
function pairStart(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

function spansInWindow(expression: RE2, text: string, offset: number): PatternSpan[] {
  const program = programOf(expression);
  const spans: PatternSpan[] = [];
  const toUnits = hasAstralCharacters(text) ? codePointToUnitMapper(text) : undefined;
  for (let from = 0; spans.length < maxMatchesPerText;) {
    const { match: value, index } = program.match(text, from, false);
    if (index < 0) break;
    // A pattern that matches empty text is refused; step past one anyway rather than loop.
    if (value.length === 0) {
      from = index + 1;
      continue;
    }
    const start = offset + (toUnits === undefined ? index : toUnits(index));
    spans.push({ start, end: start + value.length });
    from = index + (toUnits === undefined ? value.length : codePoints(value));
  }
  return spans;
}

function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff) count -= 1;
  }
  return count;
}

function hasAstralCharacters(text: string): boolean {
  return /[\ud800-\udbff]/.test(text);
}

/** Code-point offset to UTF-16 offset, for ascending offsets (matches come in text order), reading the text once. */
function codePointToUnitMapper(text: string): (points: number) => number {
  let units = 0;
  let points = 0;
  return (target) => {
    while (points < target && units < text.length) {
      const code = text.charCodeAt(units);
      units += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      points += 1;
    }
    return units;
  };
}
