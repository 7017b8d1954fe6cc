// Saves a random-indexing model as one blob (JSON header, then idf and term vectors as float32) so queries embed consistently.
import type { RandomIndexingModel } from './random-indexing.ts';

/**
 * @example
 * const blob = serializeModel(model); const same = deserializeModel(blob);
 */
export function serializeModel(model: RandomIndexingModel): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      version: 1,
      dimensions: model.dimensions,
      fittedChunks: model.fittedChunks,
      vocabulary: [...model.vocabulary.keys()],
    }),
  );
  const headerLength = Math.ceil((4 + header.length) / 4) * 4;
  const blob = Buffer.alloc(headerLength + model.idf.byteLength + model.termVectors.byteLength);
  blob.writeUInt32LE(header.length, 0);
  header.copy(blob, 4);
  Buffer.from(model.idf.buffer, model.idf.byteOffset, model.idf.byteLength).copy(blob, headerLength);
  Buffer.from(model.termVectors.buffer, model.termVectors.byteOffset, model.termVectors.byteLength).copy(
    blob,
    headerLength + model.idf.byteLength,
  );
  return blob;
}

export function deserializeModel(blob: Buffer): RandomIndexingModel {
  const length = blob.readUInt32LE(0);
  const header = JSON.parse(blob.subarray(4, 4 + length).toString('utf8')) as {
    dimensions: number;
    fittedChunks: number;
    vocabulary: string[];
  };
  const headerLength = Math.ceil((4 + length) / 4) * 4;
  const size = header.vocabulary.length;
  // Copy into fresh, aligned buffers: SQLite blobs may sit at any byte offset.
  const floats = new Float32Array(size + size * header.dimensions);
  Buffer.from(floats.buffer).set(blob.subarray(headerLength, headerLength + floats.byteLength));
  return {
    dimensions: header.dimensions,
    fittedChunks: header.fittedChunks,
    vocabulary: new Map(header.vocabulary.map((term, index) => [term, index])),
    idf: floats.subarray(0, size),
    termVectors: floats.subarray(size),
  };
}
