// Values found before a text in the same reply or document, found again where the text repeats them: a streamed reply is
// scanned a window at a time, and the "Priscilla" of "Thanks, Priscilla!" is a name because "Shipping to: Priscilla
// Mahlangu" stood two windows back, as it is when the whole reply is scanned at once. A conversation's messages, scanned
// one by one, are read the same way.
import { findRepeatedNames, mentionsOf } from './names/repeated-names.ts';
import { addCorrectedValues, addRepeatedValues } from './repeated-values.ts';
import { resolveOverlapsOfOwnedArray } from './resolve-overlaps.ts';
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
 * `earlier` (of the `wanted` types, all when absent): see `withEarlierRepeats`.
 *
 * @example
 * const earlier = new EarlierValues();
 * earlier.add([{ type: 'PERSON', text: 'Priscilla Mahlangu', score: 0.85 }]);
 * const candidates: PiiFinding[] = [];
 * addRepeatsOfEarlierValues('Thanks for your order, Priscilla!', candidates, { earlier });
 * candidates.map((finding) => finding.text); // ['Priscilla']
 */
export function addRepeatsOfEarlierValues(
  text: string,
  candidates: PiiFinding[],
  read: { earlier: EarlierValues; wanted?: ReadonlySet<string> | undefined },
): void {
  const { earlier, wanted } = read;
  if (!earlier.mayRepeatIn(text)) return;
  const values = wanted === undefined ? earlier.values : earlier.values.filter((value) => wanted.has(value.type));
  if (values.length > 0) addRepeats(text, candidates, values);
}

/**
 * A value a repeat can be searched for: two characters or more on one line (a value holding a line break would join the
 * lines around it; none of the built-in types holds one, and an empty one would be found everywhere).
 */
function isSearchable(value: EarlierValue): boolean {
  return value.text.length >= 2 && !value.text.includes('\n');
}

/**
 * `findings` of `text` (overlaps resolved) with each place where `text` writes again, or corrects, a value of `earlier`,
 * overlaps resolved again: for texts scanned one by one that belong together, as a conversation's messages are.
 *
 * @example
 * const earlier = new EarlierValues();
 * earlier.add([{ type: 'PERSON', text: '박서준', score: 0.85 }]);
 * withEarlierRepeats('서준도 같이 가요', [], earlier).map((finding) => finding.text); // ['서준']
 */
export function withEarlierRepeats(text: string, findings: PiiFinding[], earlier: EarlierValues): PiiFinding[] {
  const all = [...findings];
  addRepeatsOfEarlierValues(text, all, { earlier });
  return all.length === findings.length ? findings : resolveOverlapsOfOwnedArray(all);
}

/**
 * The values found so far in texts that belong together (a stream's windows, a conversation's messages), each type and
 * text once, the first `maxEarlierValues` of them, with the pieces a repeat of one must hold.
 */
export class EarlierValues {
  readonly values: EarlierValue[] = [];
  readonly #keys = new Set<string>();
  readonly #probes = new Set<string>();

  /** The values of `found`, as `add` keeps them. */
  static of(found: Iterable<EarlierValue>): EarlierValues {
    const earlier = new EarlierValues();
    earlier.add(found);
    return earlier;
  }

  add(found: Iterable<EarlierValue>): void {
    for (const { type, text, score } of found) {
      if (this.values.length >= maxEarlierValues) return;
      const key = `${type}\u0000${text}`;
      if (this.#keys.has(key) || !isSearchable({ type, text, score })) continue;
      this.#keys.add(key);
      this.values.push({ type, text, score });
      for (const probe of probesOf({ type, text, score })) this.#probes.add(probe);
    }
  }

  /** Whether `text` holds a piece that every repeat or correction of a value needs: most messages hold none. */
  mayRepeatIn(text: string): boolean {
    return holdsAny(text, this.#probes);
  }
}

/**
 * What a repeat of `value` holds: a name's mentions (`mentionsOf`: itself, its Latin words, a Korean given name); an
 * identifier's or a birth date's first or last part, as written and run together, which a repeat holds whole and a
 * correction's slip leaves one of (`addCorrectedValues`). An address or an expiry date is never searched again.
 */
function probesOf(value: EarlierValue): string[] {
  if (value.type === 'PERSON') return mentionsOf(value.text);
  if (value.type === 'ADDRESS' || value.type === 'CARD_EXPIRY') return [];
  const probes: string[] = [];
  for (const form of new Set([value.text, value.text.replace(/[ ._-]/g, '')])) {
    const half = Math.max(2, Math.floor(form.length / 2) - 1);
    probes.push(form.slice(0, half), form.slice(-half));
  }
  return probes;
}

function holdsAny(text: string, probes: Iterable<string>): boolean {
  for (const probe of probes) if (text.includes(probe)) return true;
  return false;
}

/**
 * Runs the searches that find a value written twice in one text (`addRepeatedValues`, `addCorrectedValues`,
 * `findRepeatedNames`) over `values`, a line each, then `text`, as the findings of one text; adds what they find in `text`.
 */
function addRepeats(text: string, candidates: PiiFinding[], values: readonly EarlierValue[]): void {
  const seeds: PiiFinding[] = [];
  let prefix = '';
  for (const value of values) {
    seeds.push({ ...value, start: prefix.length, end: prefix.length + value.text.length, recognizer: recognizerName });
    prefix += `${value.text}\n`;
  }
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
