// The blueprint contract: an industry pack's data files (with schemas), sample data, knowledge, assistant, tools and dialogue.
import type { z } from 'zod';
import type { AssistantDefinitionInput, AssistantTool, DialogueSpec } from '../assistants/index.ts';
import type { RecordCollections } from './records/types.ts';

/** One JSON file of a blueprint's data: an array of records of one schema, stored in one collection. */
export interface BlueprintDataFile<T = unknown> {
  /** File name inside the `--from` directory, e.g. 'products.json'. */
  file: string;
  collection: string;
  /** Schema of ONE record. */
  schema: z.ZodType<T>;
  id(record: T): string;
  /** The customer a record belongs to (orders, lines, bills), used for ownership checks and per-customer listing. */
  owner?(record: T): string | undefined;
}

/** A problem in imported data: the file, the JSON path inside it (e.g. '[12].variants[0].price') and why. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}

export interface KnowledgeDocument {
  /** A stable path-like name, e.g. 'energy-store/returns-policy.ko.md'. */
  path: string;
  title: string;
  text: string;
  tags?: string[];
}

export interface SampleScale {
  /** Multiplies the default sample sizes (benchmarks use larger tables). */
  products?: number;
  customers?: number;
  orders?: number;
}

export interface Blueprint {
  name: string;
  title: { ko: string; en: string };
  dataFiles: BlueprintDataFile[];
  /** Cross-file checks after each file passed its schema (an order's customer exists, ids are unique…); `data` is keyed by file name. */
  crossCheck(data: Record<string, unknown[]>): DataIssue[];
  /** Realistic bilingual sample data, keyed by file name; the same seed gives the same data. */
  sampleData(options: {
    seed: number;
    scale?: SampleScale;
    /** "Today" for the sample's dates (orders, bills, due dates); install passes the real date, tests pin one. */
    referenceDate?: Date;
  }): Record<string, unknown[]>;
  /** Policy / FAQ / manual documents for the blueprint's knowledge base (`<blueprint name>`). */
  knowledgeDocuments(): KnowledgeDocument[];
  assistant: AssistantDefinitionInput;
  tools(records: RecordCollections): AssistantTool[];
  dialogue(records: RecordCollections): DialogueSpec;
}
