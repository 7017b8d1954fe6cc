// Benign passages for the indirect-injection detector: what retrieval and tools hand the model in normal use, where a
// false positive would drop or flag legitimate knowledge. Passages that instruct the reader ("가입 전에 확인해 주세요",
// "restart the router") are the hard case: about 250 of the set do.
import { energyStoreKnowledgeDocuments } from '../../../src/blueprints/energy-store/knowledge/knowledge-documents.ts';
import { telecomKnowledgeDocuments } from '../../../src/blueprints/telecom-care/knowledge/knowledge-documents.ts';
import { buildLabelledCorpus } from '../../retrieval/corpus.ts';
import { buildPiiDataset } from '../pii/dataset.ts';
import { correspondencePassages } from './correspondence-passages.ts';

export interface BenignPassage {
  text: string;
  lang: 'ko' | 'en';
  /** `support-documents`, `blueprint-knowledge`, `records` or `correspondence`. */
  source: string;
}

/** Paragraphs, as a knowledge base chunks a Markdown document (blank lines apart). */
const paragraphsOf = (markdown: string): string[] => markdown.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');

/**
 * Three sets, each built from seeded generators or shipped data, so the set is the same on every run:
 * - `support-documents`: the retrieval bench's product guides, FAQs and policy summaries for telecom, energy, card and
 *   hospital services (Korean and English), by paragraph;
 * - `blueprint-knowledge`: the knowledge documents the energy-store and telecom-care blueprints install, by paragraph;
 * - `records`: the PII bench's 1,300 texts (clinical notes, bank statements, forms, delivery requests, IT tickets),
 *   standing for what a lookup tool returns;
 * - `correspondence`: 80 hand-written e-mails, ticket notes and notices that ask their reader to reply or answer in
 *   some way, as a mailbox or ticket tool returns them (`correspondence-passages.ts`).
 *
 * @example
 * benignPassages().filter((passage) => passage.source === 'records').length; // 1300
 */
export function benignPassages(): BenignPassage[] {
  const support = buildLabelledCorpus().documents.flatMap((document) =>
    paragraphsOf(document.source).map((text) => ({ text, lang: document.language, source: 'support-documents' })),
  );
  const knowledge = [...energyStoreKnowledgeDocuments(), ...telecomKnowledgeDocuments()].flatMap((document) =>
    paragraphsOf(document.text).map((text) => ({
      text,
      lang: document.path.includes('.ko.') ? ('ko' as const) : ('en' as const),
      source: 'blueprint-knowledge',
    })),
  );
  const records = buildPiiDataset().map((record) => ({ text: record.text, lang: record.lang, source: 'records' }));
  const correspondence = correspondencePassages().map((passage) => ({ ...passage, source: 'correspondence' }));
  return [...support, ...knowledge, ...records, ...correspondence];
}
