// The table layer of the synthetic data studio: CSV ↔ raw table, schema inference, typed cells, encoding, id and text models.
export type * from './types.ts';
export { readCsvTable, writeCsvTable, type ReadCsvTableOptions } from './read-csv-table.ts';
export { inferSchema } from './infer-schema.ts';
export { parseTable, formatTable } from './parse-table.ts';
export { encodeTable, missingColumnName, type TableEncoding, type ContinuousEncoding, type DiscreteEncoding } from './encode-table.ts';
export { decodeTable } from './decode-table.ts';
export { fitIdModel, sampleIds, type IdModel, type IdSkeleton } from './id-model.ts';
export {
  fitTextModel,
  sampleText,
  type TextModel,
  type TextTransitions,
  type FitTextModelOptions,
  type SampleTextOptions,
} from './text-model.ts';
export { isMissingToken, parseNumberToken } from './cell-tokens.ts';
export { parseDatetime, formatDatetime, detectDatetimeFormat, datetimeResolutionMs } from './datetime-format.ts';
