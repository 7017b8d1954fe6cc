// A conversation's fingerprint: clients that resend the whole history (no conversation id) find their conversation by it.
import { createHash } from 'node:crypto';

export interface TranscriptLine {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * @example
 * transcriptHash([{ role: 'user', content: '안녕하세요' }, { role: 'assistant', content: '무엇을 도와드릴까요?' }]);
 */
export function transcriptHash(lines: readonly TranscriptLine[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line.role}\u0000${line.content.trim().normalize('NFC')}\u0001`);
  return hash.digest('hex').slice(0, 32);
}
