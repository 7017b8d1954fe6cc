// Blueprint records: typed JSON collections per blueprint in SQLite.
export type * from './types.ts';
export { sqliteRecordCollections, replaceBlueprintRecords, blueprintInstall, applyRecordMigrations } from './sqlite-record-collections.ts';
