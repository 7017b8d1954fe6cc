// The builtin grounded engine: answers a question with the best cited sentences of ranked passages, or says it found nothing.
import { detectLanguage, type Language } from '../../models/builtin/index.ts';
import type { Citation, GroundedAnswer, SearchResult } from '../types.ts';
import { crossLanguageLeads, notFoundAnswers, withLead } from './answer-templates.ts';
import { collectSentences, scoreSentences, type ScoredSentence } from './score-sentences.ts';
import { selectSentences } from './select-sentences.ts';
import { sentenceCitation } from './sentence-citation.ts';

export interface AnswerFromPassagesOptions {
  question: string;
  /** Search results, best first. */
  passages: readonly SearchResult[];
  /** Most sentences in the answer; 3 unless set. */
  maxSentences?: number;
  /** Least share (0–1) of the question's weighted terms a sentence must contain to be used; 0.3 unless set. */
  minSupport?: number;
}

const defaultMaxSentences = 3;
const defaultMinSupport = 0.3;

/**
 * Answers from the passages alone, citing each sentence as [n]; grounded:false with an honest
 * answer when no sentence is relevant enough. Deterministic for the same input.
 * @example
 * const answer = answerFromPassages({ question: '요금제 변경은 언제 적용되나요?', passages: results });
 * answer.answer; // '문서에 따르면 변경된 요금제는 신청한 다음 달 1일부터 적용됩니다 [1].'
 * answer.citations[0]?.source; // { path, title, page, start, end } of exactly that sentence
 */
export function answerFromPassages(options: AnswerFromPassagesOptions): GroundedAnswer {
  const language = detectLanguage(options.question);
  const scored = scoreSentences({ question: options.question, sentences: collectSentences(options.passages) });
  const selected = selectSentences({
    sentences: scored,
    maxSentences: Math.max(1, options.maxSentences ?? defaultMaxSentences),
    minRelevance: options.minSupport ?? defaultMinSupport,
  });
  if (selected.length === 0) return notFoundAnswer(language);
  const citations = citationsFor(selected, options.passages);
  const citationOf = (sentence: ScoredSentence): number =>
    citations.find((citation) => citation.chunkId === options.passages[sentence.passageIndex]?.chunkId)?.index ?? 0;
  return {
    answer: compose({ sentences: selected, language, citationOf }),
    citations,
    language,
    grounded: true,
    unsupported: [],
  };
}

/**
 * The answer when nothing relevant was found: says so in the question's language, cites nothing.
 * @example
 * notFoundAnswer('en').grounded; // false
 */
export function notFoundAnswer(language: Language): GroundedAnswer {
  return { answer: notFoundAnswers[language], citations: [], language, grounded: false, unsupported: [] };
}

/** One citation per distinct chunk, numbered in reading order; its span covers the chunk's selected sentences. */
function citationsFor(selected: readonly ScoredSentence[], passages: readonly SearchResult[]): Citation[] {
  const citations: Citation[] = [];
  for (const sentence of selected) {
    const passage = passages[sentence.passageIndex];
    if (!passage) continue;
    const existing = citations.findIndex((citation) => citation.chunkId === passage.chunkId);
    if (existing < 0) {
      citations.push(sentenceCitation({ index: citations.length + 1, passage, start: sentence.start, end: sentence.end }));
      continue;
    }
    const sameChunk = selected.filter((other) => passages[other.passageIndex]?.chunkId === passage.chunkId);
    const start = Math.min(...sameChunk.map((other) => other.start));
    const end = Math.max(...sameChunk.map((other) => other.end));
    citations[existing] = sentenceCitation({ index: existing + 1, passage, start, end });
  }
  return citations;
}

/** Source sentences verbatim with their [n]; a sentence in the other language is quoted and framed in the question's language. */
function compose(options: {
  sentences: readonly ScoredSentence[];
  language: Language;
  citationOf: (sentence: ScoredSentence) => number;
}): string {
  const { language } = options;
  const parts = options.sentences.map((sentence) => {
    const marker = `[${options.citationOf(sentence)}]`;
    if (sentence.language !== language) return `"${sentence.text}" ${marker}`;
    const match = /^(.*?)([.?!。]*)$/su.exec(sentence.text);
    const body = match?.[1] ?? sentence.text;
    const stop = match?.[2] || '.';
    return `${body} ${marker}${stop}`;
  });
  const [first, ...rest] = parts;
  if (first === undefined) return notFoundAnswers[language];
  if (options.sentences.every((sentence) => sentence.language !== language)) return [crossLanguageLeads[language], ...parts].join(' ');
  const firstIsSameLanguage = options.sentences[0]?.language === language;
  return [firstIsSameLanguage ? withLead(first, language) : first, ...rest].join(' ');
}
