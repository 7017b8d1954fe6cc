// Blueprints: industry packs (data with schemas, sample data, knowledge, an assistant with tools and dialogue).
export type * from './types.ts';
export { blueprints, findBlueprint, activateBlueprint, listBlueprints } from './blueprint-catalog.ts';
export { installBlueprint, type InstallBlueprintOptions, type InstallResult } from './install-blueprint.ts';
export { validateBlueprintData } from './validate-blueprint-data.ts';
export {
  sqliteRecordCollections,
  replaceBlueprintRecords,
  blueprintInstall,
  type RecordCollections,
  type StoredRecord,
} from './records/index.ts';
