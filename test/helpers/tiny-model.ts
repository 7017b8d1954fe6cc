// Describes a tiny llama-architecture model (hyperparameters, byte-fallback vocabulary, seeded weights) for the GGUF writer.
import type { GgufFile, GgufTensor, GgufValue } from './gguf-writer.ts';
import { seededRandom } from '../../src/core/index.ts';

export interface TinyGgufOptions {
  embeddingLength?: number;
  blockCount?: number;
  headCount?: number;
  headCountKv?: number;
  feedForwardLength?: number;
  contextLength?: number;
  /** Seeds the weights; the same seed writes the same bytes. */
  seed?: number;
  /** A Jinja chat template; defaults to ChatML. Pass '' to write none. */
  chatTemplate?: string;
  /** Range of the uniform random weights (±scale). */
  weightScale?: number;
}

/** ChatML, the template most instruct GGUFs carry; node-llama-cpp maps it onto its ChatML wrapper. */
export const chatMlTemplate =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

// llama_token_type from llama.cpp: NORMAL 1, UNKNOWN 2, CONTROL 3, BYTE 6.
const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

/** SentencePiece-style vocabulary: specials, ChatML markers, all 256 byte-fallback tokens, then printable ASCII pieces. */
export function tinyVocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens: string[] = [];
  const scores: number[] = [];
  const types: number[] = [];
  const add = (text: string, type: number, score = 0): void => {
    tokens.push(text);
    types.push(type);
    scores.push(score);
  };
  add('<unk>', tokenType.unknown);
  add('<s>', tokenType.control);
  add('</s>', tokenType.control);
  add('<|im_start|>', tokenType.control);
  add('<|im_end|>', tokenType.control);
  for (let byte = 0; byte < 256; byte += 1) add(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`, tokenType.byte);
  // SentencePiece writes spaces as U+2581; single printable characters let ASCII (and JSON) avoid byte fallback.
  add('\u2581', tokenType.normal, -1);
  for (let code = 0x21; code < 0x7f; code += 1) add(String.fromCharCode(code), tokenType.normal, -2);
  for (const word of ['\u2581the', '\u2581a', '\u2581true', '\u2581false', 'true', 'false', 'null']) add(word, tokenType.normal, -0.5);
  return { tokens, scores, types };
}

/** Builds metadata and tensors of a llama model; weights are uniform in ±weightScale, norms are 1. */
export function describeTinyLlama(options: TinyGgufOptions = {}): GgufFile {
  const embedding = options.embeddingLength ?? 64;
  const blocks = options.blockCount ?? 2;
  const heads = options.headCount ?? 4;
  const headsKv = options.headCountKv ?? heads;
  const feedForward = options.feedForwardLength ?? 128;
  const context = options.contextLength ?? 2048;
  const scale = options.weightScale ?? 0.02;
  const headDimension = embedding / heads;
  const embeddingKv = headDimension * headsKv;
  const vocabulary = tinyVocabulary();
  const vocabularySize = vocabulary.tokens.length;
  const random = seededRandom(options.seed ?? 1);

  const randomTensor = (name: string, dimensions: number[]): GgufTensor => ({
    name,
    dimensions,
    data: () => Float32Array.from({ length: dimensions.reduce((product, size) => product * size, 1) }, () => (random() * 2 - 1) * scale),
  });
  const onesTensor = (name: string): GgufTensor => ({ name, dimensions: [embedding], data: () => new Float32Array(embedding).fill(1) });

  const tensors: GgufTensor[] = [randomTensor('token_embd.weight', [embedding, vocabularySize])];
  for (let block = 0; block < blocks; block += 1) {
    const prefix = `blk.${block}`;
    tensors.push(
      onesTensor(`${prefix}.attn_norm.weight`),
      randomTensor(`${prefix}.attn_q.weight`, [embedding, embedding]),
      randomTensor(`${prefix}.attn_k.weight`, [embedding, embeddingKv]),
      randomTensor(`${prefix}.attn_v.weight`, [embedding, embeddingKv]),
      randomTensor(`${prefix}.attn_output.weight`, [embedding, embedding]),
      onesTensor(`${prefix}.ffn_norm.weight`),
      randomTensor(`${prefix}.ffn_gate.weight`, [embedding, feedForward]),
      randomTensor(`${prefix}.ffn_up.weight`, [embedding, feedForward]),
      randomTensor(`${prefix}.ffn_down.weight`, [feedForward, embedding]),
    );
  }
  tensors.push(onesTensor('output_norm.weight'), randomTensor('output.weight', [embedding, vocabularySize]));

  const u32 = (value: number): GgufValue => ({ type: 'u32', value });
  const metadata: Record<string, GgufValue> = {
    'general.architecture': { type: 'string', value: 'llama' },
    'general.name': { type: 'string', value: `genstack-tiny-${embedding}x${blocks}` },
    'general.file_type': u32(0),
    'llama.context_length': u32(context),
    'llama.embedding_length': u32(embedding),
    'llama.block_count': u32(blocks),
    'llama.feed_forward_length': u32(feedForward),
    'llama.attention.head_count': u32(heads),
    'llama.attention.head_count_kv': u32(headsKv),
    'llama.attention.layer_norm_rms_epsilon': { type: 'f32', value: 1e-5 },
    'llama.rope.dimension_count': u32(headDimension),
    'llama.rope.freq_base': { type: 'f32', value: 10000 },
    'llama.vocab_size': u32(vocabularySize),
    'tokenizer.ggml.model': { type: 'string', value: 'llama' },
    'tokenizer.ggml.tokens': { type: 'array', itemType: 'string', value: vocabulary.tokens },
    'tokenizer.ggml.scores': { type: 'array', itemType: 'f32', value: vocabulary.scores },
    'tokenizer.ggml.token_type': { type: 'array', itemType: 'i32', value: vocabulary.types },
    'tokenizer.ggml.unknown_token_id': u32(0),
    'tokenizer.ggml.bos_token_id': u32(1),
    'tokenizer.ggml.eos_token_id': u32(2),
    'tokenizer.ggml.add_bos_token': { type: 'bool', value: true },
    'tokenizer.ggml.add_eos_token': { type: 'bool', value: false },
  };
  const template = options.chatTemplate ?? chatMlTemplate;
  if (template) metadata['tokenizer.chat_template'] = { type: 'string', value: template };
  return { metadata, tensors };
}
