// What a custom pattern can match at most, and how large RE2's program for it grows: read from the JavaScript parser's
// syntax tree, which custom patterns must satisfy (the syntax RE2 and JavaScript share).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * The pattern's syntax tree in Unicode mode, or the parser's reason it is none. RE2-only syntax such as `(?i)`, `\pN`,
 * `\z` or `[[:digit:]]` fails here, so every measure below reads the pattern as RE2 will.
 *
 * @example
 * parseCustomPattern('EMP-\\d{6}').pattern?.alternatives.length; // 1
 */
export function parseCustomPattern(source: string): { pattern: AST.Pattern } | { problem: string } {
  try {
    return { pattern: new RegExpParser().parsePattern(source, 0, source.length, { unicode: true }) };
  } catch (error) {
    return { problem: (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '') };
  }
}

/**
 * UTF-16 units (a code point outside the Basic Multilingual Plane counts two); Infinity for an unbounded repetition.
 *
 * @example
 * longestMatch(pattern of 'EMP-\\d{6}'); // 10
 * longestMatch(pattern of 'EMP-\\d+'); // Infinity
 */
export function longestMatch(pattern: AST.Pattern): number {
  return measureAlternatives(pattern.alternatives, longestOf);
}

/**
 * About how many instructions RE2 compiles the pattern into: every counted repetition is written out ("\p{L}{100}" is a
 * hundred copies of a class of hundreds of ranges), which is what exhausts RE2's fixed WebAssembly memory.
 *
 * @example
 * programSize(pattern of 'EMP-\\d{6}'); // 10
 */
export function programSize(pattern: AST.Pattern): number {
  return measureAlternatives(pattern.alternatives, sizeOf);
}

function measureAlternatives(alternatives: readonly AST.Alternative[], measure: (element: AST.Element) => number): number {
  return Math.max(0, ...alternatives.map((alternative) => alternative.elements.reduce((sum, element) => sum + measure(element), 0)));
}

function longestOf(element: AST.Element): number {
  switch (element.type) {
    case 'Character':
      return element.value > 0xffff ? 2 : 1;
    case 'CharacterSet':
      // \d, \w and \s are ASCII in RE2; '.', a negated set or a property may match a code point outside the BMP.
      return element.kind !== 'any' && element.kind !== 'property' && !element.negate ? 1 : 2;
    case 'Quantifier':
      return element.max === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : element.max * longestOf(element.element);
    case 'Group':
    case 'CapturingGroup':
      return measureAlternatives(element.alternatives, longestOf);
    case 'Assertion':
      return 0;
    default:
      return 2;
  }
}

/** Weights by what RE2 compiles a piece into: a character one instruction, a Unicode property hundreds of ranges. */
function sizeOf(element: AST.Element): number {
  switch (element.type) {
    case 'Character':
      return 1;
    case 'CharacterSet':
      if (element.kind === 'property') return 32;
      return element.kind === 'any' || element.negate ? 4 : 1;
    case 'CharacterClass':
      return (
        element.elements.reduce((sum, part) => sum + (part.type === 'CharacterSet' && part.kind === 'property' ? 32 : 1), 0) *
        (element.negate ? 2 : 1)
      );
    case 'Quantifier':
      // x{n,m} is written out as m copies; x* and x+ as one or two.
      return sizeOf(element.element) * (element.max === Number.POSITIVE_INFINITY ? Math.max(1, element.min + 1) : Math.max(1, element.max));
    case 'Group':
    case 'CapturingGroup':
      return element.alternatives.reduce(
        (sum, alternative) => sum + alternative.elements.reduce((inner, part) => inner + sizeOf(part), 0),
        1,
      );
    default:
      return 4;
  }
}
