// Packs the units of one segment (text under one heading, on one page) into spans of at most maxTokens, with sentence overlap.
import { countTokens } from '../../models/builtin/index.ts';
import type { Unit } from './document-units.ts';
import { splitSentences } from './split-sentences.ts';

interface Atom {
  start: number;
  end: number;
  tokens: number;
  /** 'unit': a whole paragraph, heading or table row; 'sentence': a whole sentence; 'fragment': part of one. */
  kind: 'unit' | 'sentence' | 'fragment';
  unit: Unit;
}

export interface PackOptions {
  text: string;
  maxTokens: number;
  overlapTokens: number;
}

export interface PackedSpan {
  start: number;
  end: number;
}

function sentenceSpansOf(text: string, from: PackedSpan): PackedSpan[] {
  return splitSentences(text.slice(from.start, from.end)).map((span) => ({ start: from.start + span.start, end: from.start + span.end }));
}

function sentencesOf(text: string, unit: Unit, from: PackedSpan): Atom[] {
  return sentenceSpansOf(text, from).map(({ start, end }) => ({
    start,
    end,
    tokens: countTokens(text.slice(start, end)),
    kind: 'sentence',
    unit,
  }));
}

function fieldsOf(text: string, unit: Unit): Atom[] {
  const fields: Atom[] = [];
  let start = unit.start;
  const row = text.slice(unit.start, unit.end);
  for (const separator of [...row.matchAll(/; | \| /gu), null]) {
    const end = separator ? unit.start + separator.index + 1 : unit.end;
    const field = text.slice(start, end).trim();
    if (field) {
      const fieldStart = text.indexOf(field, start);
      fields.push({ start: fieldStart, end: fieldStart + field.length, tokens: countTokens(field), kind: 'fragment', unit });
    }
    start = end;
  }
  return fields;
}

/** Cuts an over-long sentence at word boundaries; a single word longer than the limit stays whole. */
function wordPieces(text: string, sentence: Atom, maxTokens: number): Atom[] {
  const pieces: Atom[] = [];
  let current: Atom | null = null;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(/\S+/gu)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const tokens = countTokens(match[0]);
    if (current && current.tokens + tokens <= maxTokens) {
      current.end = end;
      current.tokens += tokens;
      continue;
    }
    if (current) pieces.push(current);
    current = { start, end, tokens, kind: 'fragment', unit: sentence.unit };
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Whole units where they fit, else whole sentences, else word pieces. */
function atomsOf(text: string, units: Unit[], maxTokens: number): Atom[] {
  const atoms: Atom[] = [];
  for (const unit of units) {
    const tokens = countTokens(text.slice(unit.start, unit.end));
    if (tokens <= maxTokens) {
      atoms.push({ start: unit.start, end: unit.end, tokens, kind: 'unit', unit });
      continue;
    }
    // An over-long table row is cut between its fields ("a: 1; b: 2", "a | b"), never inside one that fits.
    const pieces = unit.kind === 'table-row' ? fieldsOf(text, unit) : sentencesOf(text, unit, unit);
    for (const sentence of pieces) {
      if (sentence.tokens <= maxTokens) atoms.push(sentence);
      else atoms.push(...wordPieces(text, sentence, maxTokens));
    }
  }
  return atoms;
}

/** Where the next chunk may start so it repeats whole trailing sentences of paragraphs in the previous one; null for none. */
function overlapStart(options: PackOptions & { previous: Atom[]; budget: number }): { start: number; tokens: number } | null {
  let tokens = 0;
  let start: number | null = null;
  for (let index = options.previous.length - 1; index >= 0; index -= 1) {
    const atom = options.previous[index] as Atom;
    if (atom.kind === 'fragment' || atom.unit.kind !== 'paragraph') break;
    // Tokens are counted only for the trailing sentences walked here, not for the whole paragraph.
    const sentences = atom.kind === 'sentence' ? [atom] : sentenceSpansOf(options.text, atom);
    for (let sentenceIndex = sentences.length - 1; sentenceIndex >= 0; sentenceIndex -= 1) {
      const sentence = sentences[sentenceIndex] as PackedSpan;
      const sentenceTokens = atom.kind === 'sentence' ? atom.tokens : countTokens(options.text.slice(sentence.start, sentence.end));
      if (tokens + sentenceTokens > options.budget) return start === null ? null : { start, tokens };
      tokens += sentenceTokens;
      start = sentence.start;
    }
  }
  return start === null ? null : { start, tokens };
}

/**
 * Packs a segment's units greedily into spans of at most `maxTokens` (a lone over-long word excepted).
 * @example
 * packSegment(units, { text, maxTokens: 200, overlapTokens: 30 }); // [{ start: 0, end: 812 }, { start: 760, end: 1500 }]
 */
export function packSegment(units: Unit[], options: PackOptions): PackedSpan[] {
  const spans: PackedSpan[] = [];
  let current: { start: number; end: number; tokens: number; atoms: Atom[] } | null = null;
  for (const atom of atomsOf(options.text, units, options.maxTokens)) {
    if (current && current.tokens + atom.tokens <= options.maxTokens) {
      current.end = atom.end;
      current.tokens += atom.tokens;
      current.atoms.push(atom);
      continue;
    }
    if (current) {
      spans.push({ start: current.start, end: current.end });
      const budget = Math.min(options.overlapTokens, options.maxTokens - atom.tokens);
      const overlap: { start: number; tokens: number } | null =
        budget > 0 ? overlapStart({ ...options, previous: current.atoms, budget }) : null;
      if (overlap) {
        current = { start: overlap.start, end: atom.end, tokens: overlap.tokens + atom.tokens, atoms: [atom] };
        continue;
      }
    }
    current = { start: atom.start, end: atom.end, tokens: atom.tokens, atoms: [atom] };
  }
  if (current) spans.push({ start: current.start, end: current.end });
  return spans;
}
