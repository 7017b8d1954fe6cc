// healthcare-patients and healthcare-encounters: clinically consistent Korean hospital data that refer to each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDataset } from '../../../src/synth/datasets/index.ts';
import type { RawTable } from '../../../src/synth/table/types.ts';

const patients = generateDataset('healthcare-patients', { rows: 1500, seed: 9 });
const encounters = generateDataset('healthcare-encounters', { rows: 6000, seed: 9 });

function reader(table: RawTable) {
  return (name: string) => {
    const index = table.columns.indexOf(name);
    assert.ok(index >= 0, name);
    return (row: string[]) => row[index] ?? '';
  };
}
const patient = reader(patients);
const encounter = reader(encounters);

test('systolic is always above diastolic, and vitals are plausible', () => {
  const systolic = patient('systolic_bp');
  const diastolic = patient('diastolic_bp');
  const bmi = patient('bmi');
  for (const row of patients.rows) {
    assert.ok(Number(systolic(row)) > Number(diastolic(row)), row.join(','));
    assert.ok(Number(diastolic(row)) >= 40 && Number(systolic(row)) <= 220);
    assert.match(bmi(row), /^\d{2}\.\d$/);
  }
});

test('patient ids, ages and Korean categories', () => {
  const ids = patients.rows.map(patient('patient_id'));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => /^P\d{7}$/.test(id)));
  const age = patient('age');
  const birthYear = patient('birth_year');
  assert.ok(patients.rows.every((row) => Number(age(row)) === 2024 - Number(birthYear(row))));
  assert.ok(new Set(patients.rows.map(patient('region'))).has('서울'));
  assert.deepEqual(new Set(patients.rows.map(patient('insurance_type'))), new Set(['건강보험', '의료급여']));
});

test('hypertension and diabetes rise with age', () => {
  const age = patient('age');
  const share = (flag: string, rows: string[][]) => rows.filter((row) => patient(flag)(row) === 'Y').length / rows.length;
  const young = patients.rows.filter((row) => Number(age(row)) >= 18 && Number(age(row)) < 40);
  const old = patients.rows.filter((row) => Number(age(row)) >= 60);
  assert.ok(share('hypertension', old) > 2 * share('hypertension', young));
  assert.ok(share('diabetes', old) > 2 * share('diabetes', young));
});

test('every encounter refers to a patient of the same seed', () => {
  const ids = new Set(patients.rows.map(patient('patient_id')));
  assert.ok(encounters.rows.every((row) => ids.has(encounter('patient_id')(row))));
  // A larger patients table of the same seed starts with the same patients.
  assert.deepEqual(generateDataset('healthcare-patients', { rows: 50, seed: 9 }).rows, patients.rows.slice(0, 50));
});

test('discharge is never before admission and the stay matches the dates', () => {
  const admit = encounter('admit_date');
  const discharge = encounter('discharge_date');
  const stay = encounter('length_of_stay');
  for (const row of encounters.rows) {
    assert.match(admit(row), /^\d{4}-\d{2}-\d{2}$/);
    const days = (Date.parse(discharge(row)) - Date.parse(admit(row))) / 86_400_000;
    assert.ok(days >= 0, row.join(','));
    assert.equal(days, Number(stay(row)));
  }
  const outpatient = encounters.rows.filter((row) => encounter('encounter_type')(row) === '외래');
  assert.ok(outpatient.every((row) => stay(row) === '0'));
});

test('each diagnosis code belongs to one department and fits the patient', () => {
  const departmentOf = new Map<string, string>();
  for (const row of encounters.rows) {
    const code = encounter('diagnosis_code')(row);
    const department = encounter('department')(row);
    assert.equal(departmentOf.get(code) ?? department, department, code);
    departmentOf.set(code, department);
  }
  assert.equal(departmentOf.get('I10'), '내과');
  assert.equal(departmentOf.get('S72.0'), '정형외과');
  const sexOf = new Map(patients.rows.map((row) => [patient('patient_id')(row), patient('sex')(row)]));
  const obstetric = encounters.rows.filter((row) => /^O8/.test(encounter('diagnosis_code')(row)));
  assert.ok(obstetric.every((row) => sexOf.get(encounter('patient_id')(row)) === 'F'));
});

test('cost grows with the stay and admissions return more often than visits', () => {
  const stay = encounter('length_of_stay');
  const cost = encounter('total_cost');
  const meanCost = (rows: string[][]) => rows.reduce((sum, row) => sum + Number(cost(row)), 0) / rows.length;
  const medical = encounters.rows.filter((row) => encounter('department')(row) === '내과');
  const short = medical.filter((row) => Number(stay(row)) >= 1 && Number(stay(row)) <= 4);
  const long = medical.filter((row) => Number(stay(row)) >= 10);
  assert.ok(meanCost(long) > 1.8 * meanCost(short));
  const type = encounter('encounter_type');
  const returned = (rows: string[][]) => rows.filter((row) => encounter('readmitted_30d')(row) === 'Y').length / rows.length;
  const admissions = encounters.rows.filter((row) => type(row) === '입원');
  const visits = encounters.rows.filter((row) => type(row) === '외래');
  const rate = returned(encounters.rows);
  assert.ok(rate > 0.03 && rate < 0.3, `readmission rate ${rate}`);
  assert.ok(returned(admissions) > 1.5 * returned(visits));
});
