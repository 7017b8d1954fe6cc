// Every operation's example utterances in one table, so the operations and the benchmarks read the same lists.
import { accountExamples } from './account-examples.ts';
import { serviceExamples } from './service-examples.ts';

export const operationExamples = { ...accountExamples, ...serviceExamples };
