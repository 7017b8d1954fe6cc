// Matching layer of the builtin engine: hashes, fuzzy similarity, n-grams, the bilingual concept lexicon and intent scoring.
export { stableHash, hashHex, pickVariant } from './stable-hash.ts';
export { jaroWinkler, editDistance, fuzzyKey, phraseSimilarity } from './string-similarity.ts';
export { characterNgrams, countItems } from './character-ngrams.ts';
export { concepts, type Concept } from './concept-lexicon.ts';
export { findConcepts, expandWithConcepts, englishStem, wordMatchesAlias, conceptForEnglishWord, koreanLabel } from './concept-match.ts';
export {
  createIntentClassifier,
  intentFeatures,
  type IntentClassifier,
  type IntentDescription,
  type IntentScore,
} from './intent-classifier.ts';
