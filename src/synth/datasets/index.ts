// Public surface of the blueprint datasets: the catalog and the seeded generator.
export { datasetCatalog } from './dataset-catalog.ts';
export { generateDataset, maximumEntities, maximumRows } from './generate-dataset.ts';
export type { DatasetConstraint, DatasetInfo, DatasetName, GenerateDatasetOptions, SuggestedSetup } from './types.ts';
