// The healthcare-encounters dataset: outpatient visits, admissions and ER visits of the healthcare-patients patients, with 30-day returns.
import type { RawTable } from '../table/types.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import { formatDate, millisecondsPerDay } from './calendar-format.ts';
import { generatePatientRecords } from './healthcare-patients.ts';
import { drawPatientTimeline, type EncounterRecord } from './patient-timeline.ts';
import { cumulativeWeights, deriveSeed, logNormal, padNumber, pickIndex } from './random-tools.ts';

export const encounterColumns = [
  'encounter_id',
  'patient_id',
  'encounter_type',
  'department',
  'diagnosis_code',
  'admit_date',
  'discharge_date',
  'length_of_stay',
  'total_cost',
  'readmitted_30d',
];

/** Encounters per patient on average: `rows` encounters belong to the first ⌈rows / 4⌉ patients of the same seed. */
export const encountersPerPatient = 4;
const windowStart = Date.UTC(2023, 0, 1);

/**
 * @example
 * generateEncounters({ rows: 2000, seed: 1 }); // refers to generatePatients({ rows: 500, seed: 1 })'s patient ids
 */
export function generateEncounters(options: { rows: number; seed: number }): RawTable {
  const patients = generatePatientRecords({ count: Math.ceil(options.rows / encountersPerPatient), seed: options.seed });
  const random = seededRandom(deriveSeed(options.seed, 'healthcare-encounters'));
  // Older, chronically ill patients and small children come more often.
  const utilisation = cumulativeWeights(
    patients.map(
      (patient) =>
        Math.exp(0.012 * patient.age) *
        (1 + (patient.hypertension ? 0.5 : 0) + (patient.diabetes ? 0.6 : 0)) *
        (patient.age < 6 ? 3 : patient.age < 18 ? 1.8 : 1) *
        logNormal(random, { median: 1, sigma: 0.45 }),
    ),
  );
  const counts = new Int32Array(patients.length);
  for (let drawn = 0; drawn < options.rows; drawn += 1) {
    const index = pickIndex(random, utilisation);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  const encounters: EncounterRecord[] = [];
  patients.forEach((patient, index) => {
    const count = counts[index] ?? 0;
    if (count > 0) drawPatientTimeline(random, { patient, count, out: encounters });
  });
  encounters.sort((left, right) => left.admitDay - right.admitDay);

  const firstId = 20_000_001 + Math.floor(random() * 1_000_000);
  const rows = encounters.map((encounter, position) => [
    `E${padNumber(firstId + position, 8)}`,
    encounter.patient.id,
    encounter.type,
    encounter.diagnosis.department,
    encounter.diagnosis.code,
    formatDate(windowStart + encounter.admitDay * millisecondsPerDay),
    formatDate(windowStart + encounter.dischargeDay * millisecondsPerDay),
    String(encounter.dischargeDay - encounter.admitDay),
    String(encounter.cost),
    encounter.returnedWithin30Days ? 'Y' : 'N',
  ]);
  return { columns: [...encounterColumns], rows };
}
