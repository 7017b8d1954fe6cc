// Builds a text and its labelled spans from a tagged template, so a label can never drift from the substring it names.
import type { PiiType } from '../../../src/guard/pii/types.ts';

/** A PII value placed into a text; it becomes a label. */
export interface PiiPart {
  type: PiiType;
  value: string;
}

/** A value that looks like PII but is not (an order number, a price, a visit date); it is counted, never labelled. */
export interface NegativePart {
  negative: string;
  value: string;
}

export type Part = string | number | PiiPart | NegativePart;

export interface PiiLabel {
  type: PiiType;
  start: number;
  end: number;
}

export interface Composed {
  text: string;
  labels: PiiLabel[];
  /** Kinds of hard negatives the text carries, in order. */
  negatives: string[];
}

const isPii = (part: Part): part is PiiPart => typeof part === 'object' && 'type' in part;

/**
 * Joins literal text and parts; PII parts become labels with exact UTF-16 offsets.
 * @example
 * const { text, labels } = compose`전화 ${{ type: 'PHONE', value: '010-1234-5678' }} 주세요`;
 * text.slice(labels[0].start, labels[0].end); // '010-1234-5678'
 */
export function compose(strings: TemplateStringsArray, ...parts: Part[]): Composed {
  let text = strings[0] ?? '';
  const labels: PiiLabel[] = [];
  const negatives: string[] = [];
  parts.forEach((part, index) => {
    if (typeof part === 'string' || typeof part === 'number') text += String(part);
    else if (isPii(part)) {
      labels.push({ type: part.type, start: text.length, end: text.length + part.value.length });
      text += part.value;
    } else {
      negatives.push(part.negative);
      text += part.value;
    }
    text += strings[index + 1] ?? '';
  });
  return { text, labels, negatives };
}

/** Joins several composed pieces with a separator, shifting their labels. */
export function joinComposed(pieces: readonly Composed[], separator: string): Composed {
  const result: Composed = { text: '', labels: [], negatives: [] };
  pieces.forEach((piece, index) => {
    if (index > 0) result.text += separator;
    const offset = result.text.length;
    result.labels.push(...piece.labels.map((label) => ({ ...label, start: label.start + offset, end: label.end + offset })));
    result.negatives.push(...piece.negatives);
    result.text += piece.text;
  });
  return result;
}
