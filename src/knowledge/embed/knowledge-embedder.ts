// The embedder contract of knowledge bases: vectors for a base's new chunks and for its queries.

export interface KnowledgeEmbedder {
  /** Vectors for chunks about to be added to `kb`, one per text (may refit the base's model first). */
  embedDocuments(input: { kb: string; texts: string[] }): Promise<Float32Array[]>;
  /** The query's vector in `kb`'s space, or null when the base cannot embed it (no model yet, no known term). */
  embedQuery(input: { kb: string; text: string }): Promise<Float32Array | null>;
}
