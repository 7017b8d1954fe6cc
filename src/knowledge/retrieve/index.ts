// Public surface of retrieval: hybrid search and its parts (lexical, vector, fusion, rerank, near-duplicates, filters).
export { searchKnowledge, type SearchKnowledgeOptions } from './search-knowledge.ts';
export { lexicalSearch, type RankedChunk } from './lexical-search.ts';
export { vectorSearch } from './vector-search.ts';
export { matchExpression } from './match-expression.ts';
export { filterCondition, type SqlCondition } from './search-filter.ts';
export { fuseRankings } from './reciprocal-rank-fusion.ts';
export { rerankByOverlap, type RerankCandidate } from './lexical-rerank.ts';
export { removeNearDuplicates, characterShingles } from './near-duplicates.ts';
