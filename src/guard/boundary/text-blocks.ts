// The text and reasoning blocks of a model stream, which the boundary guards transform alike, each block on its own.
import type { ChatStreamPart } from '../../models/index.ts';

type TextBlockPart = Extract<ChatStreamPart, { type: 'text-delta' | 'text-end' | 'reasoning-delta' | 'reasoning-end' }>;

/** Text and reasoning blocks are kept apart, whatever ids a provider gives them. */
export function blockKey(part: TextBlockPart): string {
  return `${part.type.startsWith('text') ? 'text' : 'reasoning'}:${part.id}`;
}

/** The delta that carries what a block's guard still held when the block ended. */
export function deltaPart(end: Extract<TextBlockPart, { type: 'text-end' | 'reasoning-end' }>, delta: string): ChatStreamPart {
  return end.type === 'text-end' ? { type: 'text-delta', id: end.id, delta } : { type: 'reasoning-delta', id: end.id, delta };
}
