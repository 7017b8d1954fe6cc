// The injection classifier: hashed n-gram and concept features, a shipped logistic model and its finding.
export { phrasingFeatures, featureBits, type PhrasingFeatures } from './phrasing-features.ts';
export { phrasingWindows } from './phrasing-windows.ts';
export {
  phrasingModelFrom,
  scorePhrasing,
  shippedPhrasingModel,
  weightBlocks,
  type PhrasingModel,
  type PhrasingModelFile,
  type PhrasingSource,
  type WeightBlock,
} from './phrasing-model.ts';
export { phrasingFinding, withPhrasingFinding } from './phrasing-finding.ts';
export { addConceptFeatures, conceptsOfWord, conceptsOfWordPair, phrasingConcept } from './phrasing-concepts.ts';
