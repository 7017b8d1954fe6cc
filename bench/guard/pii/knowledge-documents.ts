// Knowledge documents as the guard meets them: retrieved passages sent to a remote model and replies that quote them.
import { energyStoreKnowledgeDocuments } from '../../../src/blueprints/energy-store/knowledge/knowledge-documents.ts';
import { telecomKnowledgeDocuments } from '../../../src/blueprints/telecom-care/knowledge/knowledge-documents.ts';
import { buildLabelledCorpus } from '../../retrieval/corpus.ts';

/**
 * The retrieval bench's product guides, FAQs and policy summaries (telecom, energy, card and hospital services, Korean
 * and English) and the knowledge documents the energy-store and telecom-care blueprints install, each a whole Markdown
 * document. Prose with a service phone number or an address here and there, unlike the dense evaluation texts.
 *
 * @example
 * knowledgeDocumentTexts().length; // 140
 */
export function knowledgeDocumentTexts(): string[] {
  const support = buildLabelledCorpus().documents.map((document) => document.source);
  const blueprints = [...energyStoreKnowledgeDocuments(), ...telecomKnowledgeDocuments()].map((document) => document.text);
  return [...support, ...blueprints];
}
