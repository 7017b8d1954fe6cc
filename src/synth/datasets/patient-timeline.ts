// One patient's encounters over two years: visits and admissions in date order, with unplanned returns after risky stays.
import { careChoices } from './patient-care-choices.ts';
import type { PatientRecord } from './healthcare-patients.ts';
import type { Diagnosis } from './hospital-diagnoses.ts';
import { integerBetween, logNormal, logistic, pickIndex, type Random } from './random-tools.ts';

export type EncounterType = '외래' | '입원' | '응급';

export interface EncounterRecord {
  patient: PatientRecord;
  type: EncounterType;
  diagnosis: Diagnosis;
  /** Days since the start of the window. */
  admitDay: number;
  dischargeDay: number;
  cost: number;
  returnedWithin30Days: boolean;
}

/** Admission days are drawn in [0, windowDays): 2023-01-01 … about 2024-12-01, so most returns are still observed. */
export const windowDays = 700;

type Return = 'same' | 'emergency' | null;

function drawCost(random: Random, visit: { diagnosis: Diagnosis; type: EncounterType; stay: number }): number {
  const { diagnosis, type, stay } = visit;
  if (stay === 0) return Math.round(logNormal(random, { median: diagnosis.visitCost, sigma: 0.45 }) / 10) * 10;
  const emergencyFee = type === '응급' ? logNormal(random, { median: diagnosis.visitCost, sigma: 0.3 }) : 0;
  const procedure =
    diagnosis.procedureCost > 0 && random() < 0.85 ? logNormal(random, { median: diagnosis.procedureCost, sigma: 0.25 }) : 0;
  const ward = diagnosis.dailyCost * stay * logNormal(random, { median: 1, sigma: 0.2 });
  return Math.round((emergencyFee + procedure + ward) / 10) * 10;
}

function returnLogit(patient: PatientRecord, visit: { diagnosis: Diagnosis; type: EncounterType; stay: number }): number {
  const base = visit.stay > 0 ? -3 : visit.type === '응급' ? -3.8 : -5;
  const ageTerm = patient.age >= 18 ? 0.02 * (patient.age - 60) : 0;
  return (
    base +
    visit.diagnosis.returnRisk +
    ageTerm +
    (patient.diabetes ? 0.45 : 0) +
    (patient.hypertension ? 0.25 : 0) +
    (patient.insurance === '의료급여' ? 0.6 : 0) +
    0.03 * visit.stay
  );
}

/**
 * Appends `count` encounters of `patient` to `out`, in date order, with their 30-day return flags set.
 * @example
 * const out: EncounterRecord[] = [];
 * drawPatientTimeline(random, { patient, count: 4, out }); // out.length === 4
 */
export function drawPatientTimeline(random: Random, options: { patient: PatientRecord; count: number; out: EncounterRecord[] }): void {
  const { patient, count } = options;
  const choices = careChoices(patient);
  const days = Array.from({ length: count }, () => Math.floor(random() * windowDays)).sort((left, right) => left - right);
  const timeline: EncounterRecord[] = [];
  let previous: EncounterRecord | undefined;
  let pendingReturn: Return = null;
  for (let index = 0; index < count; index += 1) {
    let diagnosis: Diagnosis;
    let type: EncounterType;
    let admitted: boolean;
    if (pendingReturn === 'same' && previous) {
      diagnosis = previous.diagnosis;
      type = diagnosis.department === '응급의학과' ? '응급' : '입원';
      admitted = true;
    } else if (pendingReturn === 'emergency') {
      diagnosis = choices.emergency[pickIndex(random, choices.emergencyCumulative)] ?? previous?.diagnosis ?? choices.diagnoses[0]!;
      type = '응급';
      admitted = random() < Math.max(0.4, diagnosis.admissionShare);
    } else {
      diagnosis = choices.diagnoses[pickIndex(random, choices.cumulative)] ?? choices.emergency[0]!;
      admitted = random() < diagnosis.admissionShare;
      type = diagnosis.department === '응급의학과' ? '응급' : admitted ? '입원' : '외래';
    }
    const admitDay = Math.max(days[index] ?? 0, previous ? previous.dischargeDay + 1 : 0);
    // Older patients stay longer for the same condition.
    const stayMedian = diagnosis.stayDays * (1 + 0.01 * Math.max(0, patient.age - 50));
    const stay = admitted ? Math.max(1, Math.round(logNormal(random, { median: stayMedian, sigma: 0.45 }))) : 0;
    const encounter: EncounterRecord = {
      patient,
      type,
      diagnosis,
      admitDay,
      dischargeDay: admitDay + stay,
      cost: drawCost(random, { diagnosis, type, stay }),
      returnedWithin30Days: false,
    };
    timeline.push(encounter);
    pendingReturn = null;
    const next = days[index + 1];
    if (next !== undefined && random() < logistic(returnLogit(patient, { diagnosis, type, stay }))) {
      pendingReturn = diagnosis.admissionShare > 0.05 && random() < 0.6 ? 'same' : 'emergency';
      days[index + 1] = Math.min(next, encounter.dischargeDay + integerBetween(random, { minimum: 2, maximum: 30 }));
    }
    previous = encounter;
  }
  markReturns(timeline);
  options.out.push(...timeline);
}

/** The label comes from the timeline itself: an 입원 or 응급 encounter starting within 30 days after discharge. */
function markReturns(timeline: EncounterRecord[]): void {
  timeline.forEach((encounter, index) => {
    for (let later = index + 1; later < timeline.length; later += 1) {
      const next = timeline[later];
      if (!next || next.admitDay - encounter.dischargeDay > 30) break;
      if (next.type !== '외래') {
        encounter.returnedWithin30Days = true;
        break;
      }
    }
  });
}
