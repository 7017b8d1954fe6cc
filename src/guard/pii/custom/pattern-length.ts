// The longest text a custom pattern can match, so a stream guard can hold back enough of a reply to see a value whole.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * UTF-16 units (a code point outside the Basic Multilingual Plane counts two); Infinity for an unbounded repetition, or
 * for syntax the JavaScript parser reads differently from RE2 (the caller then holds back its cap).
 *
 * @example
 * longestMatch('EMP-\\d{6}'); // 10
 * longestMatch('EMP-\\d+'); // Infinity
 */
export function longestMatch(source: string): number {
  try {
    return longestOfAlternatives(new RegExpParser().parsePattern(source, 0, source.length, { unicode: true }).alternatives);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function longestOfAlternatives(alternatives: readonly AST.Alternative[]): number {
  return Math.max(0, ...alternatives.map((alternative) => alternative.elements.reduce((sum, element) => sum + longestOf(element), 0)));
}

function longestOf(element: AST.Element): number {
  switch (element.type) {
    case 'Character':
      return element.value > 0xffff ? 2 : 1;
    case 'CharacterSet':
      // \d, \w and \s are ASCII in RE2; '.', a negated set or a property may match a code point outside the BMP.
      return element.kind !== 'any' && element.kind !== 'property' && !element.negate ? 1 : 2;
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return 2;
    case 'Quantifier':
      return element.max === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : element.max * longestOf(element.element);
    case 'Group':
    case 'CapturingGroup':
      return longestOfAlternatives(element.alternatives);
    case 'Assertion':
      return 0;
    default:
      return Number.POSITIVE_INFINITY;
  }
}
