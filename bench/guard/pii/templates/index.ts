// Every template of the PII evaluation set, Korean and English.
import type { Template } from '../template-types.ts';
import { englishRecordTemplates } from './english-records.ts';
import { englishServiceTemplates } from './english-service.ts';
import { koreanFinanceTechnicalTemplates } from './korean-finance-technical.ts';
import { koreanRecordTemplates } from './korean-records.ts';
import { koreanServiceTemplates } from './korean-service.ts';

export const allTemplates: readonly Template[] = [
  ...koreanServiceTemplates,
  ...koreanRecordTemplates,
  ...koreanFinanceTechnicalTemplates,
  ...englishServiceTemplates,
  ...englishRecordTemplates,
];
