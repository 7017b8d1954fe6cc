// Which department and diagnosis a patient's visit is for: department pull by age, sex and chronic conditions, times diagnosis fit.
import { diagnoses, type Department, type Diagnosis } from './hospital-diagnoses.ts';
import type { PatientRecord } from './healthcare-patients.ts';
import { cumulativeWeights } from './random-tools.ts';

export interface CareChoices {
  diagnoses: Diagnosis[];
  cumulative: Float64Array;
  /** Emergency-room diagnoses this patient can have: unplanned returns often come through the ER. */
  emergency: Diagnosis[];
  emergencyCumulative: Float64Array;
}

function departmentWeight(department: Department, patient: PatientRecord): number {
  const { age, sex, hypertension, diabetes } = patient;
  const adult = age >= 18;
  switch (department) {
    case '소아청소년과':
      return adult ? 0 : 70;
    case '응급의학과':
      return age >= 65 ? 18 : 14;
    case '내과':
      return adult ? 30 + (hypertension ? 15 : 0) + (diabetes ? 15 : 0) + 0.3 * age : 0;
    case '외과':
      return adult ? 9 : 2;
    case '정형외과':
      return adult ? 10 + 0.1 * age : 4;
    case '산부인과':
      return sex !== 'F' || age < 15 ? 0 : age >= 20 && age <= 45 ? 12 : 4;
    case '신경과':
      return adult ? 3 + 0.12 * Math.max(0, age - 40) : 1;
  }
}

function fits(diagnosis: Diagnosis, patient: PatientRecord): boolean {
  if (patient.age < diagnosis.minimumAge || patient.age > diagnosis.maximumAge) return false;
  if (diagnosis.sex && diagnosis.sex !== patient.sex) return false;
  return diagnosis.requires === undefined || patient[diagnosis.requires];
}

function diagnosisWeight(diagnosis: Diagnosis, patient: PatientRecord): number {
  const boost = diagnosis.boost ?? {};
  let weight = diagnosis.weight;
  if (patient.hypertension) weight *= boost.hypertension ?? 1;
  if (patient.diabetes) weight *= boost.diabetes ?? 1;
  if (patient.smoker) weight *= boost.smoker ?? 1;
  if (patient.age >= 65) weight *= boost.elderly ?? 1;
  return weight;
}

const departmentTotals = new Map<Department, number>();
for (const diagnosis of diagnoses)
  departmentTotals.set(diagnosis.department, (departmentTotals.get(diagnosis.department) ?? 0) + diagnosis.weight);

/**
 * The diagnoses a patient can be seen for, weighted.
 * @example
 * const choices = careChoices(patient); choices.diagnoses[pickIndex(random, choices.cumulative)];
 */
export function careChoices(patient: PatientRecord): CareChoices {
  const eligible = diagnoses.filter((diagnosis) => fits(diagnosis, patient));
  const weights = eligible.map(
    (diagnosis) =>
      (departmentWeight(diagnosis.department, patient) * diagnosisWeight(diagnosis, patient)) /
      (departmentTotals.get(diagnosis.department) ?? 1),
  );
  const emergency = eligible.filter((diagnosis) => diagnosis.department === '응급의학과');
  return {
    diagnoses: eligible,
    cumulative: cumulativeWeights(weights),
    emergency,
    emergencyCumulative: cumulativeWeights(emergency.map((diagnosis) => diagnosisWeight(diagnosis, patient))),
  };
}
