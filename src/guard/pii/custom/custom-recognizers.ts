// Turns a policy's `pii.custom` entries into recognisers the scanner runs next to the built-in ones.
import type { AST } from '@eslint-community/regexpp';
import { builtInScanReach } from '../scan-reach.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { customContextBoost, customContextWindow, type CustomPattern } from './custom-pattern-schema.ts';
import { requiredParts } from './pattern-prefilter.ts';
import { compiledPattern } from './re2-pattern.ts';
import { longestMatch, parseCustomPattern } from './pattern-measures.ts';

/**
 * @example
 * customRecognizer({ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', ignoreCase: false, context: ['사번'], contextRequired: false, score: 0.85, protected: true })
 *   .find('사번 EMP-123456', {}); // [{ type: 'EMPLOYEE_ID', text: 'EMP-123456', score: 1, … }]
 */
export function customRecognizer(entry: CustomPattern): PiiRecognizer {
  const pattern = compiledPattern(entry.pattern, { ignoreCase: entry.ignoreCase });
  const required = requiredParts(syntaxOf(entry), { ignoreCase: entry.ignoreCase });
  const holdsLiteral = literalTest(required.literal, entry.ignoreCase);
  // Context words as one case-insensitive search: read in the window before a match, and (as a necessary condition) in
  // the whole text by the prefilter. A literal alternation runs in linear time on V8's own engine.
  const context = entry.context.length > 0 ? new RegExp(entry.context.map(escapeRegExp).join('|'), 'iu') : undefined;
  const name = `custom:${entry.type}`;
  // The same necessary conditions for a window of a long text (the context word may stand in the window before).
  const mayHoldMatch = (window: string) =>
    (!required.digit || anyDigit.test(window)) && (holdsLiteral === undefined || holdsLiteral(window));
  return {
    name,
    types: [entry.type],
    // Each test is a necessary condition of a kept match, far cheaper than the RE2 call it spares.
    mightMatch(text) {
      if (required.digit && (textFeatures(text).flags & textFeature.digit) === 0) return false;
      if (holdsLiteral !== undefined && !holdsLiteral(text)) return false;
      return !entry.contextRequired || context!.test(text);
    },
    find(text) {
      const findings: PiiFinding[] = [];
      for (const { start, end } of pattern.spans(text, mayHoldMatch)) {
        const near = context !== undefined && context.test(text.slice(Math.max(0, start - customContextWindow), start));
        if (entry.contextRequired && !near) continue;
        const score = near ? Math.min(1, entry.score + customContextBoost) : entry.score;
        findings.push({ type: entry.type, start, end, text: text.slice(start, end), score, recognizer: name });
      }
      return findings;
    },
  };
}

/** A search for the required literal; case-insensitive by simple case folding, as RE2 folds (ſ finds s, K finds k). */
function literalTest(literal: string, ignoreCase: boolean): ((text: string) => boolean) | undefined {
  if (literal === '') return undefined;
  if (!ignoreCase) return (text) => text.includes(literal);
  const search = new RegExp(escapeRegExp(literal), 'iu');
  return (text) => search.test(text);
}

const anyDigit = /[0-9]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const recognizersOfList = new WeakMap<readonly CustomPattern[], readonly PiiRecognizer[]>();

/**
 * The recognisers of a parsed policy's list, made once per list object (a policy resolved per request reuses the compiled
 * patterns either way).
 *
 * @example
 * scanPii(text, { extraRecognizers: customRecognizers(policy.pii.custom) });
 */
export function customRecognizers(entries: readonly CustomPattern[]): readonly PiiRecognizer[] {
  if (entries.length === 0) return noRecognizers;
  let recognizers = recognizersOfList.get(entries);
  if (recognizers === undefined) {
    recognizers = entries.map(customRecognizer);
    recognizersOfList.set(entries, recognizers);
  }
  return recognizers;
}

const noRecognizers: readonly PiiRecognizer[] = [];

/** The most a stream is held back for a custom type: a pattern with no bound on its length gets this. */
const maxHoldBack = 256;

/**
 * How many characters of a streamed reply to hold back so that a custom value and the context words before it are seen
 * whole: its longest match plus the context window, at least the built-in reach (128) and at most 256.
 *
 * @example
 * customHoldBack(policy.pii.custom); // 128 for EMP-\d{6}; 256 for EMP-\d+
 */
export function customHoldBack(entries: readonly CustomPattern[]): number {
  let holdBack = builtInScanReach;
  for (const entry of entries) holdBack = Math.max(holdBack, longestMatch(syntaxOf(entry)) + customContextWindow + 1);
  return Math.min(maxHoldBack, holdBack);
}

/** The syntax tree of an entry the schema checked (`patternProblem` refuses a pattern the parser cannot read). */
function syntaxOf(entry: CustomPattern): AST.Pattern {
  const parsed = parseCustomPattern(entry.pattern);
  if ('problem' in parsed) throw new Error(`custom pattern ${entry.type} was not checked: ${parsed.problem}`);
  return parsed.pattern;
}
