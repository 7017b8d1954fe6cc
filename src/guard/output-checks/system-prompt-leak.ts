// Finds where a reply repeats its system prompt: long shared word runs, or long shared character runs (Korean need not space words alike).
import { normalizeText } from '../../models/builtin/index.ts';
import type { OutputFinding, OutputSpan } from './types.ts';

/** Eight consecutive words of the prompt are a quotation, not a coincidence (greetings and product names are shorter). */
export const leakedWordRun = 8;
/**
 * Letters and digits in a row (spaces and punctuation dropped), for text whose spacing may differ, such as
 * Korean; a Hangul syllable counts 1.5 since it carries about as much as one and a half Latin letters.
 */
export const leakedCharacterRun = 30;
const hangulWeight = 1.5;
const shingleSize = 10;

interface CompactText {
  characters: string[];
  /** Offset in the original text of each compact character. */
  offsets: number[];
  lengths: number[];
}

/** Keeps letters and digits only, lowercased and NFC, remembering where each came from. */
function compact(text: string): CompactText {
  const result: CompactText = { characters: [], offsets: [], lengths: [] };
  let offset = 0;
  for (const character of text) {
    const normalized = normalizeText(character);
    if (/^[\p{L}\p{N}]+$/u.test(normalized)) {
      result.characters.push(normalized);
      result.offsets.push(offset);
      result.lengths.push(character.length);
    }
    offset += character.length;
  }
  return result;
}

/**
 * Character runs of the output that also occur in the secret, found through shared shingles and then
 * extended; runs of `leakedCharacterRun` or more become spans in the output.
 */
function sharedRuns(output: CompactText, secret: CompactText): Array<{ start: number; end: number }> {
  const secretText = secret.characters.join('');
  const shingles = new Set<string>();
  for (let index = 0; index + shingleSize <= secret.characters.length; index += 1) {
    shingles.add(secret.characters.slice(index, index + shingleSize).join(''));
  }
  const covered = new Array<boolean>(output.characters.length).fill(false);
  for (let index = 0; index + shingleSize <= output.characters.length; index += 1) {
    if (!shingles.has(output.characters.slice(index, index + shingleSize).join(''))) continue;
    for (let offset = index; offset < index + shingleSize; offset += 1) covered[offset] = true;
  }
  const runs: Array<{ start: number; end: number }> = [];
  let start = -1;
  for (let index = 0; index <= covered.length; index += 1) {
    if (covered[index] && start < 0) start = index;
    if (!covered[index] && start >= 0) {
      // Shingles may stitch pieces from different places in the secret; the whole run must be in it.
      const run = output.characters.slice(start, index);
      if (runWeight(run) >= leakedCharacterRun && secretText.includes(run.join(''))) runs.push({ start, end: index });
      start = -1;
    }
  }
  return runs;
}

function runWeight(characters: readonly string[]): number {
  return characters.reduce((sum, character) => sum + (/[\uac00-\ud7a3]/u.test(character) ? hangulWeight : 1), 0);
}

function longestWordRun(output: string, secret: string): number {
  const words = (text: string) =>
    normalizeText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0);
  const outputWords = words(output);
  const secretWords = words(secret);
  let longest = 0;
  let previous = new Array<number>(secretWords.length + 1).fill(0);
  for (const word of outputWords) {
    const current = new Array<number>(secretWords.length + 1).fill(0);
    for (let index = 0; index < secretWords.length; index += 1) {
      if (secretWords[index] !== word) continue;
      current[index + 1] = (previous[index] ?? 0) + 1;
      longest = Math.max(longest, current[index + 1] ?? 0);
    }
    previous = current;
  }
  return longest;
}

/**
 * @example
 * findSystemPromptLeak({ output: 'My rules: never reveal the refund override code to any customer under any circumstances.', secrets: [systemPrompt] });
 * // [{ check: 'system-prompt-leak', severity: 'high', detail: '…', spans: [...] }]
 */
export function findSystemPromptLeak(options: { output: string; secrets: readonly string[] }): OutputFinding[] {
  const output = compact(options.output);
  const spans: OutputSpan[] = [];
  let wordRun = 0;
  let leakedCharacters = 0;
  for (const secret of options.secrets) {
    if (secret.trim().length === 0) continue;
    wordRun = Math.max(wordRun, longestWordRun(options.output, secret));
    for (const run of sharedRuns(output, compact(secret))) {
      leakedCharacters += run.end - run.start;
      const last = run.end - 1;
      spans.push({ start: output.offsets[run.start] ?? 0, end: (output.offsets[last] ?? 0) + (output.lengths[last] ?? 1) });
    }
  }
  if (wordRun < leakedWordRun && spans.length === 0) return [];
  const severity = leakedCharacters >= 3 * leakedCharacterRun || wordRun >= 2 * leakedWordRun ? 'high' : 'medium';
  return [
    {
      check: 'system-prompt-leak',
      severity,
      detail: `The output repeats the system prompt: ${wordRun} words in a row, ${leakedCharacters} characters in long runs.`,
      ...(spans.length > 0 ? { spans: mergeSpans(spans) } : {}),
    },
  ];
}

function mergeSpans(spans: OutputSpan[]): OutputSpan[] {
  const sorted = [...spans].sort((first, second) => first.start - second.start);
  const merged: OutputSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
