// Turns a policy's `pii.custom` entries into recognisers the scanner runs next to the built-in ones.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { customContextBoost, customContextWindow, type CustomPattern } from './custom-pattern-schema.ts';
import { compilePattern, type CompiledPattern } from './re2-pattern.ts';

// Compiled RE2 programs live in WebAssembly memory that is never given back, so each distinct pattern is compiled once;
// the bound keeps a stream of new patterns (policies edited over months) from growing it without end.
const compiledPatterns = new Map<string, CompiledPattern>();
const maxCompiledPatterns = 1_000;

function compiled(entry: CustomPattern): CompiledPattern {
  const key = `${entry.ignoreCase ? 'i' : ''}/${entry.pattern}`;
  let pattern = compiledPatterns.get(key);
  if (pattern === undefined) {
    if (compiledPatterns.size >= maxCompiledPatterns) compiledPatterns.delete(compiledPatterns.keys().next().value!);
    pattern = compilePattern(entry.pattern, { ignoreCase: entry.ignoreCase });
    compiledPatterns.set(key, pattern);
  }
  return pattern;
}

/**
 * @example
 * customRecognizer({ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', ignoreCase: false, context: ['사번'], contextRequired: false, score: 0.85, protected: true })
 *   .find('사번 EMP-123456', {}); // [{ type: 'EMPLOYEE_ID', text: 'EMP-123456', score: 1, … }]
 */
export function customRecognizer(entry: CustomPattern): PiiRecognizer {
  const pattern = compiled(entry);
  const contextWords = entry.context.map((word) => word.toLowerCase());
  const name = `custom:${entry.type}`;
  return {
    name,
    types: [entry.type],
    find(text) {
      const findings: PiiFinding[] = [];
      for (const { start, end } of pattern.spans(text)) {
        const near = contextWords.length > 0 && holdsContextWord(text.slice(Math.max(0, start - customContextWindow), start), contextWords);
        if (entry.contextRequired && !near) continue;
        const score = near ? Math.min(1, entry.score + customContextBoost) : entry.score;
        findings.push({ type: entry.type, start, end, text: text.slice(start, end), score, recognizer: name });
      }
      return findings;
    },
  };
}

function holdsContextWord(window: string, words: readonly string[]): boolean {
  const lower = window.toLowerCase();
  return words.some((word) => lower.includes(word));
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
