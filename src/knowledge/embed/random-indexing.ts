// Random indexing: a corpus-learned embedding. Each chunk gets a sparse random signature; a term's vector is the sum of
// the signatures of the chunks it occurs in, so terms that co-occur (반품 and 환불, refund and return) point the same way.
import { seededRandom } from '../../core/seeded-random.ts';
import { internCorpus } from './intern-corpus.ts';
import { normalizeRow } from './normalize-row.ts';

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

/** The fitting corpus as model rows: chunk c's known terms are the `rowOfId[chunkTermIds[i]]` ≥ 0 in its span. */
export interface FittedChunks {
  chunkTermIds: Int32Array;
  termCounts: Int32Array;
  chunkEnds: Int32Array;
  /** Term id → row in the model, −1 for a term outside the vocabulary. */
  rowOfId: Int32Array;
}

/**
 * Fits a model; `corpus` is called once and yields every chunk's terms (with repeats).
 * @example
 * const model = fitRandomIndexing(() => [['반품', '환불'], ['환불', '기간']], { dimensions: 256, maxVocabulary: 30000 });
 */
export function fitRandomIndexing(corpus: () => Iterable<string[]>, options: FitOptions): RandomIndexingModel {
  return fitRandomIndexingWithChunks(corpus, options).model;
}

/**
 * `fitRandomIndexing`, also returning the fitting chunks already mapped to model rows, so a refit can embed them
 * without splitting and looking up their terms again (`embedFittedChunk`).
 * @example
 * const { model, fitted } = fitRandomIndexingWithChunks(() => chunks, { dimensions: 256, maxVocabulary: 30000 });
 * embedFittedChunk(model, { fitted, chunk: 0 }); // chunks[0]'s vector, the same as embedTerms(model, chunks[0])
 */
export function fitRandomIndexingWithChunks(
  corpus: () => Iterable<string[]>,
  options: FitOptions,
): { model: RandomIndexingModel; fitted: FittedChunks } {
  const { dimensions } = options;
  const signatureSize = options.signatureSize ?? 8;
  const { terms, documentFrequency, chunkTermIds, termCounts, chunkEnds, chunks } = internCorpus(corpus());
  const kept = Int32Array.from(terms.keys())
    .sort((a, b) => documentFrequency[b]! - documentFrequency[a]! || (terms[a]! < terms[b]! ? -1 : 1))
    .subarray(0, options.maxVocabulary);
  const vocabulary = new Map<string, number>();
  const idf = new Float32Array(kept.length);
  const rowOfId = new Int32Array(terms.length).fill(-1);
  kept.forEach((id, row) => {
    vocabulary.set(terms[id]!, row);
    idf[row] = Math.log((chunks + 1) / (documentFrequency[id]! + 0.5));
    rowOfId[id] = row;
  });
  const termVectors = new Float32Array(kept.length * dimensions);
  const signatures = drawSignatures({ chunks, dimensions, signatureSize, seed: options.seed ?? 0x9e3779b9 });
  const chunksOfRow = chunksByRow({ chunkTermIds, chunkEnds, rowOfId, rows: kept.length });
  // Row by row, so each term's row stays in cache while its chunks' signatures are added (chunk by chunk, the writes
  // scatter over the whole matrix). The sums are of ±1, exact in any order: the model is the same either way.
  for (let row = 0; row < kept.length; row += 1) {
    const offset = row * dimensions;
    for (let position = chunksOfRow.starts[row]!; position < chunksOfRow.starts[row + 1]!; position += 1) {
      const signature = chunksOfRow.chunks[position]! * signatureSize;
      for (let entry = signature; entry < signature + signatureSize; entry += 1) {
        termVectors[offset + signatures.positions[entry]!]! += signatures.signs[entry]!;
      }
    }
  }
  for (let row = 0; row < kept.length; row += 1) normalizeRow(termVectors, { offset: row * dimensions, dimensions });
  return {
    model: { dimensions, fittedChunks: chunks, vocabulary, idf, termVectors },
    fitted: { chunkTermIds, termCounts, chunkEnds, rowOfId },
  };
}

/** Every chunk's random signature (positions and ±1 signs), drawn in chunk order: each chunk draws, kept terms or not. */
function drawSignatures(options: { chunks: number; dimensions: number; signatureSize: number; seed: number }) {
  const random = seededRandom(options.seed);
  const positions = new Int32Array(options.chunks * options.signatureSize);
  const signs = new Float32Array(options.chunks * options.signatureSize);
  for (let entry = 0; entry < positions.length; entry += 1) {
    positions[entry] = Math.floor(random() * options.dimensions);
    signs[entry] = random() < 0.5 ? -1 : 1;
  }
  return { positions, signs };
}

/** For each model row, the chunks holding its term, in chunk order (a counting sort of the chunks' term ids). */
function chunksByRow(corpus: { chunkTermIds: Int32Array; chunkEnds: Int32Array; rowOfId: Int32Array; rows: number }) {
  const { chunkTermIds, chunkEnds, rowOfId } = corpus;
  const starts = new Int32Array(corpus.rows + 1);
  for (const id of chunkTermIds) if (rowOfId[id]! >= 0) starts[rowOfId[id]! + 1]! += 1;
  for (let row = 0; row < corpus.rows; row += 1) starts[row + 1]! += starts[row]!;
  const chunks = new Int32Array(starts[corpus.rows]!);
  const next = starts.slice(0, corpus.rows);
  let position = 0;
  chunkEnds.forEach((end, chunk) => {
    for (; position < end; position += 1) {
      const row = rowOfId[chunkTermIds[position]!]!;
      if (row >= 0) chunks[next[row]!++] = chunk;
    }
  });
  return { starts, chunks };
}
