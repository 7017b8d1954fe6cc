// Restores mask placeholders in a streamed reply, even when a placeholder arrives split across chunks.
import type { MaskVault } from './mask-vault.ts';

/**
 * Longer than any `[TYPE_n]` the vault issues: a custom type's name has up to 32 characters, so `[`, the name, `_`, nine
 * digits and `]` make 44. A longer tail is never held.
 */
const longestPlaceholder = 45;
const possiblePlaceholderStart = /^\[(?:[A-Z][A-Z_]*\d*)?$/;

export interface StreamTransform {
  /** The text that is safe to send now (may be empty). */
  push(chunk: string): string;
  /** Everything still held back; call once at the end of the stream. */
  flush(): string;
}

/** Where a trailing `[...` that might still become a placeholder begins, or the text's length when there is none. */
function partialPlaceholderStart(text: string): number {
  const start = text.lastIndexOf('[');
  if (start === -1 || text.length - start >= longestPlaceholder) return text.length;
  return possiblePlaceholderStart.test(text.slice(start)) ? start : text.length;
}

/**
 * Holds back only a possible partial placeholder at the end of what has arrived; everything before it is restored
 * and passed on at once.
 * @example
 * const restorer = createStreamRestorer(vault);
 * restorer.push('Call [PHO'); // 'Call '
 * restorer.push('NE_1] now'); // '010-1234-5678 now'
 * restorer.flush(); // ''
 */
export function createStreamRestorer(vault: MaskVault): StreamTransform {
  let pending = '';
  return {
    push(chunk) {
      const text = pending + chunk;
      const cut = partialPlaceholderStart(text);
      pending = text.slice(cut);
      return vault.restore(text.slice(0, cut));
    },
    flush() {
      const rest = vault.restore(pending);
      pending = '';
      return rest;
    },
  };
}
