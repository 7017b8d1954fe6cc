// Grounded answers for an assistant from its knowledge bases: the first base with a grounded answer wins.
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
