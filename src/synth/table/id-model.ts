// Identifier generator: running integer sequences stay sequences; patterned ids ('CUST-00012') keep their skeleton mix.
import { isMissingToken } from './cell-tokens.ts';
import type { IdColumn } from './types.ts';
import { skeletonOf } from './value-skeleton.ts';

/** One skeleton of the training ids: at each position the characters seen there (one character = a literal). */
export interface IdSkeleton {
  weight: number;
  slots: string[];
}

/** Plain JSON. Holds per-position character sets and counts, never a whole training id. */
export type IdModel =
  | { version: 1; kind: 'sequence'; start: number; unique: boolean }
  | { version: 1; kind: 'pattern'; unique: boolean; skeletons: IdSkeleton[] };

const digits = '0123456789';
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const lower = 'abcdefghijklmnopqrstuvwxyz';
/** Skeleton groups smaller than this keep only character classes, so a rare id is never stored character by character. */
const minimumGroup = 3;
const maximumSkeletons = 20;
const attemptsBeforeWidening = 20;

function classChars(skeletonCharacter: string): string {
  if (skeletonCharacter === '#') return digits;
  if (skeletonCharacter === 'A') return upper;
  if (skeletonCharacter === 'a') return lower;
  return skeletonCharacter;
}

function runningSequenceStart(values: readonly string[]): number | null {
  if (values.length === 0 || !values.every((value) => /^(0|[1-9]\d{0,14})$/.test(value))) return null;
  const numbers = values.map(Number);
  if (new Set(numbers).size !== numbers.length) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const number of numbers) {
    if (number < min) min = number;
    if (number > max) max = number;
  }
  // A few deleted rows still count as a running sequence.
  return max - min + 1 <= Math.ceil(numbers.length * 1.05) + 1 ? min : null;
}

function slotsOf(skeleton: string, members: readonly string[]): string[] {
  const slots: string[] = [];
  for (let index = 0; index < skeleton.length; index += 1) {
    const seen = new Set<string>();
    if (members.length >= minimumGroup) for (const member of members) seen.add(member[index] ?? '');
    slots.push(seen.size > 0 ? [...seen].sort().join('') : classChars(skeleton[index] ?? ''));
  }
  return slots;
}

/**
 * Learns how a column's ids look. `values` are the column's raw cells (missing ones are ignored).
 * @example
 * const model = fitIdModel(spec, ['CUST-00001', 'CUST-00002', 'CUST-00017']);
 * sampleIds(model, { count: 2, random: seededRandom(1) }); // e.g. ['CUST-00012', 'CUST-00007']
 */
export function fitIdModel(spec: IdColumn, values: readonly string[]): IdModel {
  const present = values.filter((value) => !isMissingToken(value));
  const start = spec.unique ? runningSequenceStart(present) : null;
  if (start !== null) return { version: 1, kind: 'sequence', start, unique: spec.unique };
  const groups = new Map<string, string[]>();
  for (const value of present) {
    const skeleton = skeletonOf(value);
    const members = groups.get(skeleton);
    if (members) members.push(value);
    else groups.set(skeleton, [value]);
  }
  const ranked = [...groups].sort((left, right) => right[1].length - left[1].length);
  const large = ranked.filter(([, members]) => members.length >= minimumGroup);
  const kept = (large.length > 0 ? large : ranked.slice(0, 1)).slice(0, maximumSkeletons);
  const skeletons = kept.map(([skeleton, members]) => ({ weight: members.length, slots: slotsOf(skeleton, members) }));
  // No training ids at all: a neutral 'ID-######' keeps sampling possible.
  if (skeletons.length === 0) skeletons.push({ weight: 1, slots: ['I', 'D', '-', ...Array.from({ length: 6 }, () => digits)] });
  return { version: 1, kind: 'pattern', unique: spec.unique, skeletons };
}

function pickSkeleton(skeletons: readonly IdSkeleton[], random: () => number): number {
  const total = skeletons.reduce((sum, skeleton) => sum + skeleton.weight, 0);
  let target = random() * total;
  for (let index = 0; index < skeletons.length; index += 1) {
    target -= skeletons[index]?.weight ?? 0;
    if (target < 0) return index;
  }
  return skeletons.length - 1;
}

function slotClass(slot: string): string {
  return skeletonOf(slot[0] ?? '');
}

/**
 * Slots opened up once the seen characters run out of fresh combinations. Level 1 opens each varying position to its
 * whole class; level 2 opens every digit or letter run that holds a varying position ('CUST-00###' → 'CUST-#####'),
 * while runs that never varied ('P2024-') stay literal.
 */
function widenedSlots(slots: readonly string[], level: number): string[] {
  if (level === 0) return [...slots];
  const widened = slots.map((slot) => (slot.length > 1 ? classChars(slotClass(slot)) : slot));
  if (level === 1) return widened;
  let runStart = 0;
  for (let index = 1; index <= slots.length; index += 1) {
    const runClass = slotClass(slots[runStart] ?? '');
    if (index < slots.length && slotClass(slots[index] ?? '') === runClass) continue;
    const varies = slots.slice(runStart, index).some((slot) => slot.length > 1);
    if (varies && runClass.length === 1 && '#Aa'.includes(runClass)) widened.fill(classChars(runClass), runStart, index);
    runStart = index;
  }
  return widened;
}

function drawId(slots: readonly string[], random: () => number): string {
  let id = '';
  for (const characters of slots) id += characters[Math.floor(random() * characters.length)] ?? '';
  return id;
}

/**
 * Samples `count` ids: a running sequence from the training start, or ids drawn from the learned skeletons
 * (weighted by how often each was seen), unique within the sample when the model is unique.
 * @example
 * sampleIds(fitIdModel(spec, ['1', '2', '3']), { count: 3, random }); // ['1', '2', '3']
 */
export function sampleIds(model: IdModel, options: { count: number; random: () => number }): string[] {
  const { count, random } = options;
  if (model.kind === 'sequence') return Array.from({ length: count }, (_, index) => String(model.start + index));
  const seen = new Set<string>();
  const ids: string[] = [];
  let level = 0;
  let slotsBySkeleton = model.skeletons.map((skeleton) => skeleton.slots);
  const next = (): string => drawId(slotsBySkeleton[pickSkeleton(model.skeletons, random)] ?? [digits], random);
  while (ids.length < count) {
    let id = next();
    for (let attempt = 1; model.unique && seen.has(id); attempt += 1) {
      if (attempt % attemptsBeforeWidening === 0 && level < 2) {
        level += 1;
        slotsBySkeleton = model.skeletons.map((skeleton) => widenedSlots(skeleton.slots, level));
      }
      // Past every widening, a trailing digit keeps ids unique in a space smaller than the sample.
      id = attempt >= attemptsBeforeWidening * 3 ? `${id}${Math.floor(random() * 10)}` : next();
    }
    seen.add(id);
    ids.push(id);
  }
  return ids;
}
