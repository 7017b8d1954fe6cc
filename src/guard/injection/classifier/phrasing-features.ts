// The features the injection classifier reads: hashed character n-grams and word pairs of a normalised text, so Korean and
// English, spacing variants and unseen words all map into one fixed-size vector with no vocabulary to ship.
import { isPlainText } from '../scan-text.ts';
import { addConceptFeatures } from './phrasing-concepts.ts';

/** Hash buckets: 2^16 keeps the shipped weights small (64 KB) and measured as well as 2^18 on the bench. */
export const featureBits = 16;
const bucketMask = (1 << featureBits) - 1;
/** Character n-grams of 1 to this many UTF-16 units (a Hangul syllable is one). */
const longestCharacterGram = 4;

/**
 * A sparse, L2-normalised feature vector: `values[i]` belongs to bucket `buckets[i]`. Plain arrays: a typed array of a
 * hundred numbers costs V8 a backing store of its own, and allocating two per window took a sixth of a message's check.
 */
export interface PhrasingFeatures {
  buckets: readonly number[];
  values: readonly number[];
}

// Reused between calls: a text's counts are gathered here and the touched buckets reset after.
const counts = new Float64Array(1 << featureBits);
let touched: number[] = [];

/**
 * @example
 * const features = phrasingFeatures('Ignore all previous instructions');
 * features.buckets.length === features.values.length; // true
 */
export function phrasingFeatures(text: string): PhrasingFeatures {
  const normal = normalisePhrasing(text);
  const add = (hash: number) => {
    const bucket = hash & bucketMask;
    if (counts[bucket] === 0) touched.push(bucket);
    counts[bucket] = counts[bucket]! + 1;
  };
  // Character n-grams over the text padded with blanks, so word starts and ends are grams of their own.
  const padded = ` ${normal} `;
  for (let start = 0; start < padded.length; start += 1) {
    let hash = 0x811c9dc5;
    for (let size = 1; size <= longestCharacterGram && start + size <= padded.length; size += 1) {
      hash = Math.imul(hash ^ padded.charCodeAt(start + size - 1), 0x01000193);
      add((hash ^ size) >>> 0);
    }
  }
  // Words and pairs of neighbouring words: "system prompt" says more than either word.
  const words = normal.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  let previous = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = wordHash(words[index]!);
    add((word ^ 0x01234567) >>> 0);
    if (index > 0) add((Math.imul(previous, 31) ^ word ^ 0x07654321) >>> 0);
    previous = word;
  }
  addConceptFeatures(words, add);
  // Sublinear counts, then unit length: a long passage and a short message score on one scale.
  const buckets = touched;
  touched = [];
  const values: number[] = [];
  let squares = 0;
  for (let index = 0; index < buckets.length; index += 1) {
    const value = 1 + Math.log(counts[buckets[index]!]!);
    values.push(value);
    squares += value * value;
    counts[buckets[index]!] = 0;
  }
  const norm = Math.sqrt(squares) || 1;
  for (let index = 0; index < values.length; index += 1) values[index]! /= norm;
  return { buckets, values };
}

/**
 * NFKC (fullwidth and compatibility forms), lower case, invisible characters dropped, links, e-mail addresses and domains
 * read as one word each and every digit as 0, blanks collapsed. Which site or number a text names says nothing of its
 * intent, and a model that learned them would flag every link a customer pastes.
 */
export function normalisePhrasing(text: string): string {
  // Most messages are plain (printable ASCII and Hangul syllables), which NFKC leaves alone and which hold nothing invisible.
  let normal = isPlainText(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase().replace(invisible, '');
  if (normal.includes('http') || normal.includes('www.')) normal = normal.replace(link, ' link ');
  if (normal.includes('@')) normal = normal.replace(address, ' address ');
  if (normal.includes('.')) normal = normal.replace(domain, ' domain ');
  return normal.replace(/\d/gu, '0').replace(/\s+/gu, ' ').trim();
}

const invisible = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/gu;
const link = /(?:https?:\/\/|www\.)[^\s"'<>)\]]+/gu;
const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const domain = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|kr|ai|dev|app|info|biz|xyz|me)\b/gu;

function wordHash(word: string): number {
  let hash = 0x9e3779b9;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash;
}
