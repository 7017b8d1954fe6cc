// Random indexing: a corpus-learned embedding. Each chunk gets a sparse random signature; a term's vector is the sum of
// the signatures of the chunks it occurs in, so terms that co-occur (반품 and 환불, refund and return) point the same way.
import { seededRandom } from '../../core/seeded-random.ts';

export interface RandomIndexingModel {
  dimensions: number;
  /** The number of chunks the model was fitted on (refit when the corpus doubles). */
  fittedChunks: number;
  vocabulary: Map<string, number>;
  idf: Float32Array;
  /** vocabulary.size × dimensions, each row unit length. */
  termVectors: Float32Array;
}

export interface FitOptions {
  dimensions: number;
  maxVocabulary: number;
  /** Non-zero entries in a chunk's random signature. */
  signatureSize?: number;
  seed?: number;
}

/**
 * Fits a model; `corpus` is called twice (document frequencies first, then co-occurrence), each time yielding every
 * chunk's terms in the same order.
 * @example
 * const model = fitRandomIndexing(() => [['반품', '환불'], ['환불', '기간']], { dimensions: 256, maxVocabulary: 30000 });
 */
export function fitRandomIndexing(corpus: () => Iterable<string[]>, options: FitOptions): RandomIndexingModel {
  const { dimensions } = options;
  const signatureSize = options.signatureSize ?? 8;
  const documentFrequency = new Map<string, number>();
  let chunks = 0;
  for (const terms of corpus()) {
    chunks += 1;
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const kept = [...documentFrequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxVocabulary);
  const vocabulary = new Map(kept.map(([term], index) => [term, index]));
  const idf = new Float32Array(kept.map(([, frequency]) => Math.log((chunks + 1) / (frequency + 0.5))));
  const termVectors = new Float32Array(kept.length * dimensions);
  const random = seededRandom(options.seed ?? 0x9e3779b9);
  const positions = new Int32Array(signatureSize);
  const signs = new Float32Array(signatureSize);
  for (const terms of corpus()) {
    for (let entry = 0; entry < signatureSize; entry += 1) {
      positions[entry] = Math.floor(random() * dimensions);
      signs[entry] = random() < 0.5 ? -1 : 1;
    }
    for (const term of new Set(terms)) {
      const index = vocabulary.get(term);
      if (index === undefined) continue;
      const offset = index * dimensions;
      for (let entry = 0; entry < signatureSize; entry += 1) termVectors[offset + positions[entry]!]! += signs[entry]!;
    }
  }
  for (let index = 0; index < kept.length; index += 1) normalizeRow(termVectors, { offset: index * dimensions, dimensions });
  return { dimensions, fittedChunks: chunks, vocabulary, idf, termVectors };
}

/**
 * A text's vector: the idf- and log-tf-weighted sum of its terms' vectors, unit length; null when no term is known.
 * @example
 * embedTerms(model, ['환불', '기간']); // Float32Array(256)
 */
export function embedTerms(model: RandomIndexingModel, terms: string[]): Float32Array | null {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const index = model.vocabulary.get(term);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const { dimensions, termVectors, idf } = model;
  const vector = new Float32Array(dimensions);
  for (const [index, count] of counts) {
    const weight = (1 + Math.log(count)) * idf[index]!;
    const offset = index * dimensions;
    for (let dimension = 0; dimension < dimensions; dimension += 1) vector[dimension]! += weight * termVectors[offset + dimension]!;
  }
  return normalizeRow(vector, { offset: 0, dimensions }) ? vector : null;
}

/** Scales a row to unit length in place; false when it is all zeros. */
function normalizeRow(values: Float32Array, span: { offset: number; dimensions: number }): boolean {
  let sum = 0;
  for (let index = span.offset; index < span.offset + span.dimensions; index += 1) sum += values[index]! * values[index]!;
  if (sum === 0) return false;
  const scale = 1 / Math.sqrt(sum);
  for (let index = span.offset; index < span.offset + span.dimensions; index += 1) values[index]! *= scale;
  return true;
}
