// Splits an extracted document into chunks that follow its structure: never across a heading or page, paragraphs and sentences kept whole.
import { GenstackError } from '../../core/errors.ts';
import { countTokens } from '../../models/builtin/index.ts';
import type { Chunk, ChunkingOptions, ExtractedDocument } from '../types.ts';
import { documentUnits, type Unit } from './document-units.ts';
import { packSegment } from './pack-segment.ts';

export const defaultChunkingOptions = { maxTokens: 200, overlapTokens: 30 } as const satisfies ChunkingOptions;

interface Segment {
  heading: string | null;
  page: number | null;
  units: Unit[];
}

function validate(options: ChunkingOptions): void {
  if (!Number.isInteger(options.maxTokens) || options.maxTokens < 1) {
    throw new GenstackError({ code: 'invalid_request', message: 'maxTokens must be a positive integer.', param: 'maxTokens' });
  }
  if (!Number.isInteger(options.overlapTokens) || options.overlapTokens < 0 || options.overlapTokens >= options.maxTokens) {
    throw new GenstackError({
      code: 'invalid_request',
      message: 'overlapTokens must be an integer from 0 to less than maxTokens.',
      param: 'overlapTokens',
    });
  }
}

/** Groups units into segments: a heading or a new page starts one; each carries its heading path. */
function segmentsOf(units: Unit[]): Segment[] {
  const segments: Segment[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let current: Segment | null = null;
  units.forEach((unit, index) => {
    if (unit.kind === 'heading') {
      while (path.length > 0 && (path.at(-1)?.level ?? 0) >= unit.level) path.pop();
      path.push({ level: unit.level, title: unit.title });
      // A heading whose only content is its subsections lives on in their heading paths.
      const next = units[index + 1];
      if (next?.kind === 'heading' && next.level > unit.level) {
        current = null;
        return;
      }
    }
    if (!current || unit.kind === 'heading' || unit.page !== current.page) {
      current = { heading: path.length > 0 ? path.map((entry) => entry.title).join(' > ') : null, page: unit.page, units: [] };
      segments.push(current);
    }
    current.units.push(unit);
  });
  return segments;
}

/**
 * Chunks a document. `document.text.slice(chunk.start, chunk.end) === chunk.text` for every chunk; a chunk never crosses a
 * heading or a page; tokens are counted with the builtin engine's `countTokens`. Deterministic.
 * @example
 * const chunks = chunkDocument(document, { maxTokens: 200, overlapTokens: 30 });
 * chunks[0]; // { index: 0, text: '환불 규정\n\n환불은 …', start: 0, end: 120, page: null, heading: '요금제 > 환불 규정', tokenCount: 48 }
 */
export function chunkDocument(document: ExtractedDocument, options: Partial<ChunkingOptions> = {}): Chunk[] {
  const settings: ChunkingOptions = { ...defaultChunkingOptions, ...options };
  validate(settings);
  const chunks: Chunk[] = [];
  for (const segment of segmentsOf(documentUnits(document))) {
    for (const span of packSegment(segment.units, { text: document.text, ...settings })) {
      const text = document.text.slice(span.start, span.end);
      chunks.push({
        index: chunks.length,
        text,
        start: span.start,
        end: span.end,
        page: segment.page,
        heading: segment.heading,
        tokenCount: countTokens(text),
      });
    }
  }
  return chunks;
}
