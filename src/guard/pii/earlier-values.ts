// Values found before a text in the same reply or document, found again where the text repeats them: a streamed reply is
// scanned a window at a time, and the "Priscilla" of "Thanks, Priscilla!" is a name because "Shipping to: Priscilla
// Mahlangu" stood two windows back, as it is when the whole reply is scanned at once.
import { findRepeatedNames } from './names/repeated-names.ts';
import { addCorrectedValues, addRepeatedValues } from './repeated-values.ts';
import { runEdgesOf } from './run-edges.ts';
import type { PiiEntityType, PiiFinding } from './types.ts';

/** A value found earlier: its type, its text and how sure that finding was. */
export interface EarlierValue {
  type: PiiEntityType;
  text: string;
  score: number;
}

/** Earlier values read at most: a reply names a few people and numbers; a stream of thousands is bounded all the same. */
export const maxEarlierValues = 256;

const recognizerName = 'earlier-value';

/**
 * Adds to `candidates` (the findings of `text` so far) each place where `text` writes again, or corrects, a value of
 * `earlier`, by the searches that find a value written twice in one text (`addRepeatedValues`, `addCorrectedValues`,
 * `findRepeatedNames`): the earlier values stand before the text, a line each, as the findings of one text.
 *
 * @example
 * const candidates: PiiFinding[] = [];
 * addRepeatsOfEarlierValues('Thanks for your order, Priscilla!', candidates, [
 *   { type: 'PERSON', text: 'Priscilla Mahlangu', score: 0.85 },
 * ]);
 * candidates.map((finding) => finding.text); // ['Priscilla']
 */
export function addRepeatsOfEarlierValues(text: string, candidates: PiiFinding[], earlier: readonly EarlierValue[]): void {
  const seeds: PiiFinding[] = [];
  let prefix = '';
  for (const value of earlier.length > maxEarlierValues ? earlier.slice(0, maxEarlierValues) : earlier) {
    // A value holding a line break would join the lines around it; none of the built-in types holds one.
    if (value.text.includes('\n')) continue;
    seeds.push({ ...value, start: prefix.length, end: prefix.length + value.text.length, recognizer: recognizerName });
    prefix += `${value.text}\n`;
  }
  if (seeds.length === 0) return;
  const offset = prefix.length;
  const whole = prefix + text;
  const shifted = candidates.map((finding) => ({ ...finding, start: finding.start + offset, end: finding.end + offset }));
  const found = [...seeds, ...shifted];
  const searched = found.length;
  const edges = runEdgesOf(whole);
  addRepeatedValues(whole, found, edges);
  addCorrectedValues(whole, found, edges);
  const names = findRepeatedNames(
    whole,
    found.filter((finding) => finding.type === 'PERSON'),
  );
  for (const finding of [...found.slice(searched), ...names])
    if (finding.start >= offset) candidates.push({ ...finding, start: finding.start - offset, end: finding.end - offset });
}
