// User-written patterns run on RE2 (linear time, no back-references or look-around), so no pattern and no text can make a scan backtrack for ever.
import { RE2 } from 're2-wasm';

/** A match of a compiled pattern, in UTF-16 offsets like every other finding. */
export interface PatternSpan {
  start: number;
  end: number;
}

/** The most matches one text yields per pattern: a pattern as broad as `\d` must not turn a document into a million findings. */
export const maxMatchesPerText = 10_000;

/**
 * A pattern compiled for repeated scans. RE2 counts offsets in code points, so texts with characters outside the Basic
 * Multilingual Plane (emoji) have them mapped back to UTF-16 offsets.
 */
export interface CompiledPattern {
  spans(text: string): PatternSpan[];
}

/** Why a pattern cannot be used, in words for a policy error; undefined when it compiles and cannot match empty text. */
export function patternProblem(source: string, options: { ignoreCase: boolean }): string | undefined {
  let expression: RE2;
  try {
    expression = new RE2(source, options.ignoreCase ? 'giu' : 'gu');
  } catch (error) {
    // RE2's own message names the construct ("invalid perl operator: (?<", "missing ): (a").
    return `not a valid RE2 pattern (${(error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '')})`;
  }
  if (expression.test('')) return 'matches empty text';
  return undefined;
}

/**
 * @example
 * compilePattern('EMP-\\d{6}', { ignoreCase: false }).spans('사번 EMP-123456'); // [{ start: 3, end: 13 }]
 */
export function compilePattern(source: string, options: { ignoreCase: boolean }): CompiledPattern {
  const expression = new RE2(source, options.ignoreCase ? 'giu' : 'gu');
  return {
    spans(text) {
      const spans: PatternSpan[] = [];
      const toUnits = hasAstralCharacters(text) ? codePointToUnitMapper(text) : undefined;
      expression.lastIndex = 0;
      for (let match = expression.exec(text); match !== null && spans.length < maxMatchesPerText; match = expression.exec(text)) {
        const value = match[0]!;
        // RE2 steps past an empty match itself; a pattern that matches empty text is refused anyway.
        if (value.length === 0) continue;
        const start = toUnits === undefined ? match.index : toUnits(match.index);
        spans.push({ start, end: start + value.length });
      }
      return spans;
    },
  };
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
