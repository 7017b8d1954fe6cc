// The energy-store knowledge base: every policy topic as a Korean and an English markdown document.
import type { KnowledgeDocument } from '../../types.ts';
import { loyaltyPoints, payment, privacy } from './account-policies.ts';
import { cancellation, returnsAndExchanges, shipping } from './order-policies.ts';
import type { PolicyTopic } from './policy-document.ts';
import { evMembership, stationServices } from './station-policies.ts';

const topics: readonly PolicyTopic[] = [
  returnsAndExchanges,
  cancellation,
  shipping,
  loyaltyPoints,
  payment,
  privacy,
  stationServices,
  evMembership,
];

/**
 * @example
 * energyStoreKnowledgeDocuments().find((document) => document.path === 'energy-store/returns-and-exchanges.ko.md');
 */
export function energyStoreKnowledgeDocuments(): KnowledgeDocument[] {
  return topics.flatMap((topic) =>
    (['ko', 'en'] as const).map((language) => ({
      path: `energy-store/${topic.slug}.${language}.md`,
      title: topic.title[language],
      text: topic.text[language],
      tags: [...topic.tags, language],
    })),
  );
}
