// Public surface of the `builtin` provider: the offline engine and its reusable NLU pieces (language, entities, matching, schema filling).
export { createBuiltinProvider, type BuiltinProviderOptions } from './builtin-provider.ts';
export { createBuiltinChatModel, type BuiltinChatModelOptions } from './builtin-chat-model.ts';
export { createBuiltinEmbeddingModel } from './builtin-embedding-model.ts';
export { BUILTIN_EMBEDDING_DIMENSIONS, embedText, cosineSimilarity } from './embeddings/index.ts';
export {
  detectLanguage,
  hangulRatio,
  normalizeText,
  matchingWords,
  tokenizeWords,
  splitIdentifier,
  stripKoreanParticle,
  decomposeHangul,
  countTokens,
  type Language,
} from './language/index.ts';
export { englishOnes } from './entities/index.ts';
export { extractEntities, summarizeEntities, todayIn, toIsoDate, type Entities, type Entity, type DateContext } from './entities/index.ts';
export {
  createIntentClassifier,
  intentFeatures,
  jaroWinkler,
  editDistance,
  fuzzyKey,
  phraseSimilarity,
  findConcepts,
  stableHash,
  englishStem,
  type IntentClassifier,
  type IntentDescription,
  type IntentScore,
} from './matching/index.ts';
export {
  createFillContext,
  fillJsonSchema,
  validateJsonSchema,
  defaultValue,
  propertyKind,
  type FillResult,
  type SchemaIssue,
  type PropertyKind,
} from './schema/index.ts';
export { rankTools, decideTool, toolCallId, toolLabel, type ToolCandidate, type ToolDecision } from './tools/index.ts';
export { readSmallTalk, replies, summarizeToolResults, formatNumber, type SmallTalk } from './respond/index.ts';
export { runTurn, composeTurn, applyOutputLimits, type TurnOutput } from './turn/index.ts';
