// The telecom-care blueprint: customer care for a Korean mobile operator (individuals and businesses), from data files to tools.
import type { Blueprint } from '../types.ts';
import { telecomAssistant } from './assistant.ts';
import { telecomCrossCheck } from './cross-check.ts';
import { telecomDataFiles } from './data-files.ts';
import { telecomDialogue } from './dialogue/telecom-dialogue.ts';
import { telecomKnowledgeDocuments } from './knowledge/knowledge-documents.ts';
import { telecomSampleData } from './sample/sample-data.ts';
import { telecomTools } from './tools/telecom-tools.ts';

export const telecomCareBlueprint: Blueprint = {
  name: 'telecom-care',
  title: { ko: '통신 고객센터', en: 'Telecom customer care' },
  dataFiles: telecomDataFiles,
  crossCheck: telecomCrossCheck,
  sampleData: telecomSampleData,
  knowledgeDocuments: telecomKnowledgeDocuments,
  assistant: telecomAssistant,
  tools: telecomTools,
  dialogue: telecomDialogue,
};

export type { Plan } from './schemas/plan-schema.ts';
export type { Customer } from './schemas/customer-schema.ts';
export type { Line } from './schemas/line-schema.ts';
export type { Bill } from './schemas/bill-schema.ts';
export type { Ticket } from './schemas/ticket-schema.ts';
