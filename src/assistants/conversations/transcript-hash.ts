// A conversation's fingerprint, chained line by line: a client that resends the whole history (no conversation id)
// finds its conversation by it, and each turn extends the stored hash without reading the transcript back.
import { createHash } from 'node:crypto';

export interface TranscriptLine {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * @example
 * extendTranscriptHash(conversation.transcriptHash, [{ role: 'user', content: '네' }, { role: 'assistant', content: '취소했어요.' }]);
 */
export function extendTranscriptHash(previous: string, lines: readonly TranscriptLine[]): string {
  let hash = previous;
  for (const line of lines)
    hash = createHash('sha256')
      .update(`${hash}\u0002${line.role}\u0000${line.content.trim().normalize('NFC')}`)
      .digest('hex')
      .slice(0, 32);
  return hash;
}

/**
 * @example
 * transcriptHash([{ role: 'user', content: '안녕하세요' }, { role: 'assistant', content: '무엇을 도와드릴까요?' }]);
 */
export function transcriptHash(lines: readonly TranscriptLine[]): string {
  return extendTranscriptHash('', lines);
}
