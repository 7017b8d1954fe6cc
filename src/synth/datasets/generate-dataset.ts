// Generates a blueprint dataset by name: checks the request, then runs that dataset's seeded generator.
import { GenstackError } from '../../core/errors.ts';
import type { RawTable } from '../table/types.ts';
import { datasetCatalog } from './dataset-catalog.ts';
import { generateCardTransactions } from './finance-card-transactions.ts';
import { generateEncounters } from './healthcare-encounters.ts';
import { generatePatients } from './healthcare-patients.ts';
import { generateSensorReadings } from './manufacturing-sensors.ts';
import type { DatasetName, GenerateDatasetOptions } from './types.ts';

export const maximumRows = 1_000_000;
/** A time series entity is about 336 rows, so entities are capped to keep a table near a million rows. */
export const maximumEntities = 3000;

const generators: Record<DatasetName, (options: { rows: number; seed: number }) => RawTable> = {
  'finance-card-transactions': generateCardTransactions,
  'healthcare-patients': generatePatients,
  'healthcare-encounters': generateEncounters,
  'manufacturing-sensors': (options) => generateSensorReadings({ machines: options.rows, seed: options.seed }),
};

function checkRows(rows: number, limit: { maximum: number; unit: string }): void {
  if (!Number.isInteger(rows) || rows < 1 || rows > limit.maximum)
    throw new GenstackError({
      code: 'invalid_request',
      message: `rows must be a whole number of ${limit.unit} from 1 to ${limit.maximum.toLocaleString('en')}, got ${String(rows)}.`,
      param: 'rows',
    });
}

/**
 * A realistic industry table, the same for the same name, rows and seed.
 * @example
 * const table = generateDataset('finance-card-transactions', { rows: 5000, seed: 7 });
 * table.columns; // ['transaction_id', 'customer_id', 'timestamp', 'amount', …]
 */
export function generateDataset(name: string, options: GenerateDatasetOptions = {}): RawTable {
  const info = datasetCatalog.find((entry) => entry.name === name);
  if (!info)
    throw new GenstackError({
      code: 'not_found',
      message: `Unknown dataset '${name}'. Available: ${datasetCatalog.map((entry) => entry.name).join(', ')}.`,
      param: 'name',
    });
  const rows = options.rows ?? info.defaultRows;
  const timeseries = info.kind === 'timeseries';
  checkRows(rows, timeseries ? { maximum: maximumEntities, unit: 'entities' } : { maximum: maximumRows, unit: 'rows' });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new GenstackError({ code: 'invalid_request', message: `seed must be a whole number, got ${String(seed)}.`, param: 'seed' });
  return generators[info.name]({ rows, seed });
}
