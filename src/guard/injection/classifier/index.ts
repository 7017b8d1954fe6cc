// The injection classifier: hashed n-gram features, a shipped logistic model and its finding.
export { phrasingFeatures, featureBits, type PhrasingFeatures } from './phrasing-features.ts';
export { phrasingWindows } from './phrasing-windows.ts';
export { phrasingModelFrom, scorePhrasing, shippedPhrasingModel, type PhrasingModel, type PhrasingModelFile } from './phrasing-model.ts';
export { phrasingFinding, withPhrasingFinding } from './phrasing-finding.ts';
