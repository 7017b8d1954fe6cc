// Restores mask placeholders in a streamed reply, even when a placeholder arrives split across chunks.
import type { MaskVault } from './mask-vault.ts';

/**
 * Longer than any placeholder as a model may write it back: a custom type's name has up to 32 characters, so `[`, the
 * name, `_`, nine digits and `]` make 44, and Markdown escapes before each bracket and underscore add a few more. A
 * longer tail is never held.
 */
const longestPlaceholder = 64;
/** What may still become a placeholder: a bracket (or an escaped one), then the start of its inside. */
const possiblePlaceholderStart = /^\\?[[［【〔](?: ?[A-Za-z][A-Za-z_ \\-]*\d*)? ?\\?$/;
/** A word at the end of what has arrived, which may still become a placeholder written without brackets (`PHONE_1`). */
const trailingWord = /(?<![A-Za-z0-9_\\])[A-Za-z][A-Za-z_\\]*\d*$/;
/** The end of a word: what a placeholder written without brackets may not follow. */
const wordEnd = /[A-Za-z0-9_\\]*$/;

export interface StreamTransform {
  /** The text that is safe to send now (may be empty). */
  push(chunk: string): string;
  /** Everything still held back; call once at the end of the stream. */
  flush(): string;
}

/** Where a trailing `[...` or word that might still become a placeholder begins, or the text's length when there is none. */
function partialPlaceholderStart(text: string, vault: MaskVault): number {
  const tailStart = Math.max(0, text.length - longestPlaceholder);
  const tail = text.slice(tailStart);
  const bracket = Math.max(tail.lastIndexOf('['), tail.lastIndexOf('［'), tail.lastIndexOf('【'), tail.lastIndexOf('〔'));
  if (bracket !== -1) {
    // An escaped bracket starts at its backslash.
    const start = bracket > 0 && tail[bracket - 1] === '\\' ? bracket - 1 : bracket;
    if (possiblePlaceholderStart.test(tail.slice(start))) return tailStart + start;
  }
  // A backslash may escape a bracket still to come.
  if (tail.endsWith('\\')) return text.length - 1;
  const word = trailingWord.exec(tail);
  return word !== null && vault.mayBecomeBarePlaceholder(word[0]) ? tailStart + word.index : text.length;
}

/**
 * Holds back only a possible partial placeholder (or a word that may become one) at the end of what has arrived;
 * everything before it is restored and passed on at once.
 * @example
 * const restorer = createStreamRestorer(vault);
 * restorer.push('Call [PHO'); // 'Call '
 * restorer.push('NE_1] now'); // '010-1234-5678 now'
 * restorer.flush(); // ''
 */
export function createStreamRestorer(vault: MaskVault): StreamTransform {
  let pending = '';
  // The end of the word last passed on: a placeholder written without brackets counts only at a word's start, so the
  // next piece is restored as it reads after it ("xPHONE_1" split after the x is no placeholder).
  let passedWordEnd = '';
  const restore = (piece: string) => {
    const restored = vault.restore(passedWordEnd + piece).slice(passedWordEnd.length);
    passedWordEnd = (passedWordEnd + piece).slice(-longestPlaceholder).match(wordEnd)![0];
    return restored;
  };
  return {
    push(chunk) {
      const text = pending + chunk;
      const cut = partialPlaceholderStart(text, vault);
      pending = text.slice(cut);
      return restore(text.slice(0, cut));
    },
    flush() {
      const rest = restore(pending);
      pending = '';
      return rest;
    },
  };
}
