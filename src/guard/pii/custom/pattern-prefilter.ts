// What every match of a custom pattern must contain, so that RE2 (a WebAssembly call of about 2.5 µs) runs only on texts
// that hold it: most chat turns then cost a substring search per pattern.
import type { AST } from '@eslint-community/regexpp';

type Element = AST.Element;

export interface RequiredParts {
  /** The longest run of literal characters in the pattern's top-level sequence ('' when there is none); lower-case ASCII for a case-insensitive pattern. */
  literal: string;
  /** A digit (\d or a class of digits) stands in that sequence. */
  digit: boolean;
}

const none: RequiredParts = { literal: '', digit: false };

/**
 * Read from the pattern's top-level sequence only (see `parseCustomPattern`). Under case-insensitive matching only ASCII
 * characters count, so that a search by simple case folding finds every form RE2 would match (ſ for s, the Kelvin sign
 * for k).
 *
 * @example
 * requiredParts(parsed('EMP-\\d{6}'), { ignoreCase: false }); // { literal: 'EMP-', digit: true }
 * requiredParts(parsed('\\bMTR-?\\d{8}'), { ignoreCase: true }); // { literal: 'mtr', digit: true }
 */
export function requiredParts(pattern: AST.Pattern, options: { ignoreCase: boolean }): RequiredParts {
  if (pattern.alternatives.length !== 1) return none;
  const elements = pattern.alternatives[0]!.elements;
  let literal = '';
  let run = '';
  let digit = false;
  const endRun = () => {
    if (run.length > literal.length) literal = run;
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Character') {
      const character = literalCharacter(element.value, options.ignoreCase);
      if (character !== undefined) {
        run += character;
        continue;
      }
    } else if (element.type === 'Quantifier' ? element.min >= 1 && isDigitSet(element.element) : isDigitSet(element)) digit = true;
    endRun();
  }
  endRun();
  return { literal, digit };
}

function literalCharacter(code: number, ignoreCase: boolean): string | undefined {
  if (!ignoreCase) return String.fromCodePoint(code);
  if (code >= 0x80) return undefined;
  return String.fromCharCode(code).toLowerCase();
}

/** \d, or a class of nothing but digits ([0-9], [0-5], [\d]). */
function isDigitSet(element: Element): boolean {
  if (element.type === 'CharacterSet') return element.kind === 'digit' && !element.negate;
  if (element.type !== 'CharacterClass' || element.negate || element.elements.length === 0) return false;
  const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
  return element.elements.every((part) => {
    if (part.type === 'Character') return isDigit(part.value);
    if (part.type === 'CharacterClassRange') return isDigit(part.min.value) && isDigit(part.max.value);
    return part.type === 'CharacterSet' && part.kind === 'digit' && !part.negate;
  });
}
