// The healthcare-patients dataset: a Korean hospital's patient register with vitals and chronic conditions that follow age and BMI.
import type { RawTable } from '../table/types.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import { koreanRegions } from './korean-regions.ts';
import { clamp, cumulativeWeights, deriveSeed, integerBetween, logistic, padNumber, pickIndex, type Random } from './random-tools.ts';
import { standardNormal } from '../stats/index.ts';

export interface PatientRecord {
  id: string;
  sex: 'M' | 'F';
  birthYear: number;
  age: number;
  region: string;
  insurance: '건강보험' | '의료급여';
  bmi: number;
  systolic: number;
  diastolic: number;
  smoker: boolean;
  hypertension: boolean;
  diabetes: boolean;
}

export const patientColumns = [
  'patient_id',
  'sex',
  'birth_year',
  'age',
  'region',
  'insurance_type',
  'bmi',
  'systolic_bp',
  'diastolic_bp',
  'smoker',
  'hypertension',
  'diabetes',
];

/** Ages are completed years on 1 January 2025, when the register was extracted, so age = 2024 − birth_year. */
export const referenceYear = 2024;
const regionWeights = cumulativeWeights(koreanRegions.map((region) => region.population));

function drawAge(random: Random): number {
  // Hospital patients: about one in eight is a child (infants most often), adults skew to their fifties and sixties.
  if (random() < 0.13) return Math.floor(18 * random() ** 1.4);
  for (;;) {
    const age = Math.round(57 + 18 * standardNormal(random));
    if (age >= 18 && age <= 99) return age;
  }
}

function drawBmi(random: Random, options: { age: number; male: boolean }): number {
  const { age, male } = options;
  if (age < 18) return clamp(16 + 0.22 * Math.max(0, age - 5) + 1.8 * standardNormal(random), { minimum: 12.5, maximum: 35 });
  // Korean adults: mean about 24.6 for men, 23 for women, rising into the sixties; right-skewed.
  const mean = (male ? 24.6 : 23) + 0.03 * (Math.min(age, 65) - 45);
  return clamp(mean * Math.exp(0.13 * standardNormal(random)), { minimum: 15, maximum: 48 });
}

function drawBloodPressure(random: Random, patient: Omit<PatientRecord, 'systolic' | 'diastolic'>): [number, number] {
  const { age, bmi, sex, hypertension } = patient;
  let systolic: number;
  if (age < 18) systolic = 95 + 1.2 * age + 8 * standardNormal(random);
  else if (hypertension) systolic = 136 + 0.15 * (age - 60) + 14 * standardNormal(random);
  else systolic = Math.min(145, 110 + 0.35 * (age - 20) + 0.9 * (bmi - 23) + (sex === 'M' ? 4 : 0) + 10 * standardNormal(random));
  systolic = Math.round(clamp(systolic, { minimum: 80, maximum: 220 }));
  // Pulse pressure widens with age as arteries stiffen.
  const pulse =
    age < 18 ? 35 + 6 * standardNormal(random) : 38 + 0.5 * Math.max(0, age - 50) + (hypertension ? 6 : 0) + 7 * standardNormal(random);
  const diastolic = Math.round(clamp(systolic - clamp(pulse, { minimum: 20, maximum: 90 }), { minimum: 40, maximum: 130 }));
  return [systolic, Math.min(diastolic, systolic - 15)];
}

function drawPatient(random: Random, id: string): PatientRecord {
  const age = drawAge(random);
  const sex = random() < 0.53 ? 'F' : 'M';
  const male = sex === 'M';
  const adult = age >= 18;
  const smokerShare = !adult ? (age >= 15 ? 0.03 : 0) : male ? (age < 60 ? 0.33 : 0.2) : age < 60 ? 0.05 : 0.02;
  const smoker = random() < smokerShare;
  const bmi = Math.round(drawBmi(random, { age, male }) * 10) / 10;
  const hypertension = adult
    ? random() < logistic(-5.4 + 0.085 * age + 0.12 * (bmi - 24) + (male ? 0.3 : 0) + (smoker ? 0.2 : 0))
    : random() < 0.005;
  const diabetes = adult
    ? random() < logistic(-6.2 + 0.065 * age + 0.14 * (bmi - 24) + (hypertension ? 0.6 : 0) + (smoker ? 0.2 : 0))
    : random() < 0.002;
  // 의료급여 (medical aid) covers about 3% of Koreans, more of the elderly and more of hospital patients.
  const insurance = random() < 0.03 + (age >= 65 ? 0.04 : 0) ? '의료급여' : '건강보험';
  const region = koreanRegions[pickIndex(random, regionWeights)]?.name ?? '서울';
  const base = { id, sex, birthYear: referenceYear - age, age, region, insurance, bmi, smoker, hypertension, diabetes } as const;
  const [systolic, diastolic] = drawBloodPressure(random, base);
  return { ...base, systolic, diastolic };
}

/**
 * The first `count` patients for a seed; patient i is the same whatever the count, so an encounters table can refer to them.
 * @example
 * generatePatientRecords({ count: 3, seed: 1 })[0]?.id; // 'P10xxxxx'
 */
export function generatePatientRecords(options: { count: number; seed: number }): PatientRecord[] {
  const random = seededRandom(deriveSeed(options.seed, 'healthcare-patients'));
  let nextId = 1_000_000 + integerBetween(random, { minimum: 0, maximum: 99_999 });
  const patients: PatientRecord[] = [];
  for (let index = 0; index < options.count; index += 1) {
    patients.push(drawPatient(random, `P${padNumber(nextId, 7)}`));
    nextId += integerBetween(random, { minimum: 1, maximum: 4 });
  }
  return patients;
}

const flag = (value: boolean) => (value ? 'Y' : 'N');

/**
 * @example
 * generatePatients({ rows: 500, seed: 1 }).columns; // ['patient_id', 'sex', 'birth_year', …]
 */
export function generatePatients(options: { rows: number; seed: number }): RawTable {
  const rows = generatePatientRecords({ count: options.rows, seed: options.seed }).map((patient) => [
    patient.id,
    patient.sex,
    String(patient.birthYear),
    String(patient.age),
    patient.region,
    patient.insurance,
    patient.bmi.toFixed(1),
    String(patient.systolic),
    String(patient.diastolic),
    flag(patient.smoker),
    flag(patient.hypertension),
    flag(patient.diabetes),
  ]);
  return { columns: [...patientColumns], rows };
}
