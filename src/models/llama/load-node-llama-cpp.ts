// Imports node-llama-cpp on first use only, so importing genstack never pays for the native engine.
import type { Llama } from 'node-llama-cpp';

type NodeLlamaCpp = typeof import('node-llama-cpp');

let loading: Promise<NodeLlamaCpp> | undefined;

/**
 * @example
 * const { LlamaChat } = await loadNodeLlamaCpp();
 */
export function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  return (loading ??= import('node-llama-cpp'));
}

/**
 * The default engine: CPU only, so a machine with an odd GPU driver behaves like every other; settings opt into GPUs.
 * @example
 * const llama = await loadCpuLlama();
 */
export async function loadCpuLlama(): Promise<Llama> {
  const { getLlama, LlamaLogLevel } = await loadNodeLlamaCpp();
  return getLlama({ gpu: false, logLevel: LlamaLogLevel.error, build: 'never' });
}
