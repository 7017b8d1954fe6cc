// Picks the best non-redundant sentences (maximal marginal relevance) and puts them back in reading order.
import type { TermWeights } from './content-terms.ts';
import type { ScoredSentence } from './score-sentences.ts';

const diversityWeight = 0.3;
/** Sentences this similar say the same thing (the same FAQ line in two chunks, an overlap between chunks). */
const duplicateSimilarity = 0.7;
/** A sentence far less relevant than the best one would pad the answer rather than support it (bonuses rank, they do not qualify). */
const relativeCutoff = 0.6;

/**
 * Greedy MMR over sentences at or above the relevance threshold, then ordered by passage rank and
 * position. For a when / how-much question led by a sentence with a number or date, sentences
 * without one are left out (the expected answer type of classic question answering).
 * @example
 * selectSentences({ sentences: scored, maxSentences: 3, minRelevance: 0.3 });
 */
export function selectSentences(options: {
  sentences: readonly ScoredSentence[];
  maxSentences: number;
  minRelevance: number;
}): ScoredSentence[] {
  const pool = options.sentences
    .filter((sentence) => sentence.relevance >= options.minRelevance)
    .sort((first, second) => second.score - first.score || first.passageIndex - second.passageIndex || first.position - second.position);
  const bestRelevance = Math.max(0, ...pool.map((sentence) => sentence.relevance));
  const selected: ScoredSentence[] = [];
  while (selected.length < options.maxSentences && pool.length > 0) {
    let pickIndex = -1;
    let pickValue = -Infinity;
    for (const [index, candidate] of pool.entries()) {
      const redundancy = Math.max(0, ...selected.map((chosen) => similarity(chosen.terms, candidate.terms)));
      const value = redundancy >= duplicateSimilarity ? -Infinity : (1 - diversityWeight) * candidate.score - diversityWeight * redundancy;
      if (value > pickValue) {
        pickValue = value;
        pickIndex = index;
      }
    }
    const [pick] = pickIndex >= 0 ? pool.splice(pickIndex, 1) : [];
    if (!pick || pick.relevance < relativeCutoff * bestRelevance) break;
    // Once a sentence with the asked-for number or date leads, sentences without one only pad the answer.
    if (!pick.fitsAnswerType && selected[0]?.fitsAnswerType) continue;
    selected.push(pick);
  }
  return selected.sort((first, second) => first.passageIndex - second.passageIndex || first.position - second.position);
}

/**
 * Weighted Jaccard similarity of two term sets.
 * @example
 * similarity(termWeights('a b'), termWeights('a b')); // 1
 */
export function similarity(first: TermWeights, second: TermWeights): number {
  let shared = 0;
  let union = 0;
  for (const key of new Set([...first.keys(), ...second.keys()])) {
    const left = first.get(key) ?? 0;
    const right = second.get(key) ?? 0;
    shared += Math.min(left, right);
    union += Math.max(left, right);
  }
  return union === 0 ? 0 : shared / union;
}
