// Writes GGUF v3 files (the llama.cpp model format) so tests and benches can load a real model without downloading one.
// Layout per the spec (ggml docs/gguf.md): header, typed key/value metadata, tensor infos, padding, aligned tensor data.
import { closeSync, openSync, writeSync } from 'node:fs';
import { describeTinyLlama, type TinyGgufOptions } from './tiny-model.ts';

export type { TinyGgufOptions } from './tiny-model.ts';

type ScalarType = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f32' | 'bool' | 'string' | 'u64' | 'i64' | 'f64';

/** One typed metadata value; arrays hold scalars of a single type. */
export type GgufValue =
  | { type: 'string'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: Exclude<ScalarType, 'string' | 'bool'>; value: number }
  | { type: 'array'; itemType: 'string'; value: string[] }
  | { type: 'array'; itemType: Exclude<ScalarType, 'string' | 'bool'>; value: number[] };

export interface GgufTensor {
  name: string;
  /** ggml order: dimensions[0] varies fastest (a [n_embd, n_vocab] embedding stores one row of n_embd per token). */
  dimensions: number[];
  /** F32 values, produced lazily so only one large tensor is in memory at a time. */
  data: () => Float32Array;
}

export interface GgufFile {
  metadata: Record<string, GgufValue>;
  tensors: GgufTensor[];
  /** Tensor data alignment in bytes; written as `general.alignment`. */
  alignment?: number;
}

// gguf_type numbers from ggml/include/gguf.h.
const valueTypeIds: Record<ScalarType | 'array', number> = {
  u8: 0,
  i8: 1,
  u16: 2,
  i16: 3,
  u32: 4,
  i32: 5,
  f32: 6,
  bool: 7,
  string: 8,
  array: 9,
  u64: 10,
  i64: 11,
  f64: 12,
};
const ggmlTypeF32 = 0;

class ByteSink {
  private chunks: Buffer[] = [];
  length = 0;
  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }
  u32(value: number): void {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    this.push(buffer);
  }
  u64(value: number): void {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(value));
    this.push(buffer);
  }
  string(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  scalar(type: ScalarType, value: number | string | boolean): void {
    if (type === 'string') return this.string(String(value));
    const sizes: Record<Exclude<ScalarType, 'string'>, number> = {
      u8: 1,
      i8: 1,
      u16: 2,
      i16: 2,
      u32: 4,
      i32: 4,
      f32: 4,
      bool: 1,
      u64: 8,
      i64: 8,
      f64: 8,
    };
    const buffer = Buffer.alloc(sizes[type]);
    const number = typeof value === 'boolean' ? Number(value) : Number(value);
    if (type === 'u8' || type === 'bool') buffer.writeUInt8(number);
    else if (type === 'i8') buffer.writeInt8(number);
    else if (type === 'u16') buffer.writeUInt16LE(number);
    else if (type === 'i16') buffer.writeInt16LE(number);
    else if (type === 'u32') buffer.writeUInt32LE(number);
    else if (type === 'i32') buffer.writeInt32LE(number);
    else if (type === 'f32') buffer.writeFloatLE(number);
    else if (type === 'u64') buffer.writeBigUInt64LE(BigInt(number));
    else if (type === 'i64') buffer.writeBigInt64LE(BigInt(number));
    else buffer.writeDoubleLE(number);
    this.push(buffer);
  }
  value(value: GgufValue): void {
    this.u32(valueTypeIds[value.type]);
    if (value.type !== 'array') return this.scalar(value.type, value.value);
    this.u32(valueTypeIds[value.itemType]);
    this.u64(value.value.length);
    for (const item of value.value) this.scalar(value.itemType, item);
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

const alignUp = (value: number, alignment: number): number => Math.ceil(value / alignment) * alignment;

/**
 * Writes any GGUF v3 file with F32 tensors.
 * @example
 * writeGguf('/tmp/x.gguf', { metadata: { 'general.architecture': { type: 'string', value: 'llama' } }, tensors: [] });
 */
export function writeGguf(path: string, file: GgufFile): void {
  const alignment = file.alignment ?? 32;
  const metadata: Record<string, GgufValue> = { ...file.metadata, 'general.alignment': { type: 'u32', value: alignment } };
  const header = new ByteSink();
  header.push(Buffer.from('GGUF', 'ascii'));
  header.u32(3);
  header.u64(file.tensors.length);
  header.u64(Object.keys(metadata).length);
  for (const [key, value] of Object.entries(metadata)) {
    header.string(key);
    header.value(value);
  }
  let offset = 0;
  for (const tensor of file.tensors) {
    header.string(tensor.name);
    header.u32(tensor.dimensions.length);
    for (const dimension of tensor.dimensions) header.u64(dimension);
    header.u32(ggmlTypeF32);
    header.u64(offset);
    const elements = tensor.dimensions.reduce((product, dimension) => product * dimension, 1);
    offset = alignUp(offset + elements * 4, alignment);
  }
  header.push(Buffer.alloc(alignUp(header.length, alignment) - header.length));
  const descriptor = openSync(path, 'w');
  try {
    writeSync(descriptor, header.toBuffer());
    for (const tensor of file.tensors) {
      const values = tensor.data();
      const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
      writeSync(descriptor, bytes);
      writeSync(descriptor, Buffer.alloc(alignUp(bytes.length, alignment) - bytes.length));
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Writes a small llama-architecture GGUF with seeded random weights and a byte-fallback vocabulary,
 * so any UTF-8 text (Korean included) tokenises. Output is gibberish, but every llama.cpp code path runs.
 * @example
 * writeTinyGguf(join(directory, 'tiny.gguf'), { seed: 7 });
 */
export function writeTinyGguf(path: string, options: TinyGgufOptions = {}): void {
  writeGguf(path, describeTinyLlama(options));
}
