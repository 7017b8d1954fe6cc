// An assistant's knowledge for a turn: grounded answers (builtin engine) and passages to fence into a model's prompt.
import type { KnowledgeService } from '../../knowledge/index.ts';

export interface KnowledgeAnswer {
  text: string;
  citations: unknown[];
}

export function knowledgeAnswerer(options: {
  knowledge: KnowledgeService;
  bases: readonly string[];
  signal?: AbortSignal;
}): (question: string) => Promise<KnowledgeAnswer | undefined> {
  return async (question) => {
    const available = new Set(options.knowledge.listBases().map((base) => base.name));
    for (const base of options.bases) {
      if (!available.has(base)) continue;
      const answer = await options.knowledge.ask(base, { question, ...(options.signal ? { signal: options.signal } : {}) });
      if (answer.grounded) return { text: answer.answer, citations: answer.citations };
    }
    return undefined;
  };
}

/** The best passages for a message across the assistant's bases, for a llama/openai model's prompt. */
export async function retrievePassages(options: {
  knowledge: KnowledgeService;
  bases: readonly string[];
  query: string;
  limit?: number;
}): Promise<string[]> {
  if (options.bases.length === 0) return [];
  const available = new Set(options.knowledge.listBases().map((base) => base.name));
  const results = await Promise.all(
    options.bases.filter((base) => available.has(base)).map((base) => options.knowledge.search(base, { query: options.query, k: 3 })),
  );
  return results
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 4)
    .map((passage) => passage.text);
}
