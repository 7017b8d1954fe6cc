// The injection classifier: hashed n-gram features, a shipped logistic model and its finding.
export { phrasingFeatures, normalisePhrasing, featureBits, type PhrasingFeatures } from './phrasing-features.ts';
export { phrasingWindows } from './phrasing-windows.ts';
export {
  phrasingModelFrom,
  probabilityOf,
  scorePhrasing,
  shippedPhrasingModel,
  type PhrasingModel,
  type PhrasingModelFile,
  type PhrasingScore,
} from './phrasing-model.ts';
export { phrasingFinding } from './phrasing-finding.ts';
