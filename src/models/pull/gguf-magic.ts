// Checks that a file starts with the GGUF magic, so a saved HTML error page is never mistaken for a model.
import { open } from 'node:fs/promises';

const ggufMagic = Buffer.from('GGUF', 'ascii');

/**
 * True when the first four bytes are "GGUF" (the llama.cpp model format header).
 * @example
 * if (!(await hasGgufMagic('/models/qwen.gguf'))) console.warn('not a GGUF file');
 */
export async function hasGgufMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(ggufMagic.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(ggufMagic);
  } finally {
    await handle.close();
  }
}
