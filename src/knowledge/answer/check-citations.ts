// Checks a model-written answer against its passages: parses [n] markers and flags sentences their cited passage does not support.
import type { Citation, GroundedAnswer, SearchResult } from '../types.ts';
import { citationNumbers, isOnlyMarkers, withoutCitationMarkers } from './citation-markers.ts';
import { lexicalSupport } from './passage-support.ts';
import { sentenceCitation } from './sentence-citation.ts';
import { splitSentences } from './split-sentences.ts';

export interface CheckCitationsOptions {
  answer: string;
  passages: readonly SearchResult[];
  /** Least lexical support (0–1) a cited passage must give its sentence; 0.5 unless set. */
  threshold?: number;
}

export interface CitationCheck {
  /** One per distinct valid [n] in the answer, with `index` = n and the passage sentence that best supports it. */
  citations: Citation[];
  /** Sentences whose citation is weak or points to no passage (support 0). */
  unsupported: GroundedAnswer['unsupported'];
  /** How many (sentence, citation) pairs the answer has, supported or not. */
  citedPairs: number;
}

const defaultThreshold = 0.5;

/**
 * Splits the answer into sentences, reads their [n] markers and measures how much of each sentence
 * the cited passage contains. A sentence citing several passages is judged against them together,
 * since it may combine their facts; a citation to a passage that does not exist is always flagged.
 * Sentences without markers are not judged.
 * @example
 * const check = checkCitations({ answer: 'Plan changes apply next month [1]. Roaming is free [9].', passages: results });
 * check.unsupported; // [{ sentence: 'Roaming is free [9].', citation: 9, support: 0 }]
 */
export function checkCitations(options: CheckCitationsOptions): CitationCheck {
  const threshold = options.threshold ?? defaultThreshold;
  const { passages } = options;
  const unsupported: CitationCheck['unsupported'] = [];
  const bestQuote = new Map<number, { support: number; start: number; end: number }>();
  let citedPairs = 0;
  for (const sentence of answerSentences(options.answer)) {
    const numbers = citationNumbers(sentence);
    if (numbers.length === 0) continue;
    citedPairs += numbers.length;
    const claim = withoutCitationMarkers(sentence);
    const valid = numbers.filter((number) => passages[number - 1] !== undefined);
    for (const number of numbers) if (!valid.includes(number)) unsupported.push({ sentence, citation: number, support: 0 });
    const together = lexicalSupport({ sentence: claim, passage: valid.map((number) => passages[number - 1]?.text ?? '').join('\n') });
    for (const number of valid) {
      const passage = passages[number - 1];
      if (!passage) continue;
      const support = lexicalSupport({ sentence: claim, passage: passage.text });
      if (together < threshold) unsupported.push({ sentence, citation: number, support: round(support) });
      rememberBestQuote({ bestQuote, number, claim, passage });
    }
  }
  const citations = [...bestQuote.entries()]
    .sort(([first], [second]) => first - second)
    .flatMap(([number, quote]) => {
      const passage = passages[number - 1];
      return passage ? [sentenceCitation({ index: number, passage, start: quote.start, end: quote.end })] : [];
    });
  return { citations, unsupported, citedPairs };
}

/**
 * Sentences of the answer. Markers written after the stop ("month.[1] Next", "month. [1]") belong
 * to the sentence before them, so they are moved inside it before splitting.
 */
function answerSentences(answer: string): string[] {
  const sentences: string[] = [];
  const markersInside = answer.replace(/([.?!。])((?:\s*\[\d+(?:\s*,\s*\d+)*\])+)/gu, '$2$1');
  for (const { text } of splitSentences(markersInside)) {
    const previous = sentences.length - 1;
    if (previous >= 0 && isOnlyMarkers(text)) sentences[previous] = `${sentences[previous]} ${text}`;
    else sentences.push(text);
  }
  return sentences;
}

/** The passage sentence that supports a claim best becomes the citation's quote and span. */
function rememberBestQuote(options: {
  bestQuote: Map<number, { support: number; start: number; end: number }>;
  number: number;
  claim: string;
  passage: SearchResult;
}): void {
  for (const span of splitSentences(options.passage.text)) {
    const support = lexicalSupport({ sentence: options.claim, passage: span.text });
    const current = options.bestQuote.get(options.number);
    if (!current || support > current.support) options.bestQuote.set(options.number, { support, start: span.start, end: span.end });
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
