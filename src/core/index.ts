// Shared types and utilities; depends on nothing else in src/.
export * from './errors.ts';
export * from './config.ts';
export * from './logger.ts';
export * from './ids.ts';
export { version } from './version.ts';
export { seededRandom } from './seeded-random.ts';
export { writeFileAtomically } from './write-file-atomically.ts';
export { parseCsv, detectDelimiter, formatCsv, type CsvDelimiter } from './csv.ts';
