// Grounding of a reply with [n] citations: each cited sentence must be supported by the passage it cites (the knowledge module's check).
import { checkCitations, type SearchResult } from '../../knowledge/index.ts';
import type { OutputFinding, OutputPassage } from './types.ts';

function asSearchResult(passage: OutputPassage, index: number): SearchResult {
  const id = passage.chunkId ?? `passage-${index + 1}`;
  return {
    chunkId: id,
    docId: passage.docId ?? id,
    score: 1,
    text: passage.text,
    source: { path: '', title: passage.title ?? '', page: null, start: 0, end: passage.text.length },
  };
}

/**
 * One finding per cited sentence its passage does not support (or that cites a passage that does not exist).
 * @example
 * findUngroundedSentences({ output: 'Roaming is free [1].', passages: [{ text: 'Plan changes apply next month.' }] });
 * // [{ check: 'grounding', severity: 'medium', detail: 'Sentence cites [1] but …', spans: [{ start: 0, end: 20 }] }]
 */
export function findUngroundedSentences(options: {
  output: string;
  passages: readonly OutputPassage[];
  threshold?: number;
}): OutputFinding[] {
  const check = checkCitations({
    answer: options.output,
    passages: options.passages.map(asSearchResult),
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
  return check.unsupported.map((item) => {
    const start = options.output.indexOf(item.sentence);
    const missing = options.passages[item.citation - 1] === undefined;
    return {
      check: 'grounding' as const,
      severity: missing ? ('high' as const) : ('medium' as const),
      detail: missing
        ? `Sentence cites [${item.citation}], which is not one of the ${options.passages.length} passages: "${item.sentence}"`
        : `Sentence cites [${item.citation}] but the passage supports only ${Math.round(item.support * 100)}% of it: "${item.sentence}"`,
      ...(start >= 0 ? { spans: [{ start, end: start + item.sentence.length }] } : {}),
    };
  });
}
