// The energy-store blueprint: a Korean energy retailer's 24/7 one-stop store (products, stations, orders, points).
import type { Blueprint } from '../types.ts';
import { energyStoreAssistant } from './assistant.ts';
import { energyStoreCrossCheck } from './cross-check.ts';
import { energyStoreDataFiles } from './data-files.ts';
import { energyStoreDialogue } from './dialogue/energy-store-dialogue.ts';
import { energyStoreKnowledgeDocuments } from './knowledge/knowledge-documents.ts';
import { energyStoreSampleData } from './sample/sample-data.ts';
import { energyStoreTools } from './tools/energy-store-tools.ts';

export const energyStoreBlueprint: Blueprint = {
  name: 'energy-store',
  title: { ko: '에너지 원스톱 스토어', en: 'Energy one-stop store' },
  dataFiles: energyStoreDataFiles,
  crossCheck: energyStoreCrossCheck,
  sampleData: energyStoreSampleData,
  knowledgeDocuments: energyStoreKnowledgeDocuments,
  assistant: energyStoreAssistant,
  tools: energyStoreTools,
  dialogue: energyStoreDialogue,
};

export { sampleReferenceDate } from './sample/sample-orders.ts';
export { storePolicy } from './store-policy.ts';
export { collections as energyStoreCollections } from './data-files.ts';
export type * from './schemas/index.ts';
