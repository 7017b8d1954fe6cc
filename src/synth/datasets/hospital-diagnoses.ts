// Departments of a Korean general hospital and the KCD-8 (ICD-10) diagnoses each treats: who gets them, admission share, stay and cost.

export type Department = '내과' | '외과' | '정형외과' | '소아청소년과' | '응급의학과' | '산부인과' | '신경과';

export interface Diagnosis {
  code: string;
  department: Department;
  /** Relative frequency within the department for an eligible patient. */
  weight: number;
  minimumAge: number;
  maximumAge: number;
  sex?: 'F';
  /** Only patients with this chronic condition get the diagnosis (I10 is hypertension itself). */
  requires?: 'hypertension' | 'diabetes';
  /** Frequency multipliers for patients with these conditions or aged 65+ (hip fractures are mostly in the elderly). */
  boost?: { hypertension?: number; diabetes?: number; smoker?: number; elderly?: number };
  /** Share of encounters that are admissions (for 응급의학과: share admitted from the emergency room). */
  admissionShare: number;
  /** Median length of an admission in days. */
  stayDays: number;
  /** Median cost of a visit without admission (KRW). */
  visitCost: number;
  /** Median cost of the procedure done on admission (surgery, PCI, delivery), 0 for medical admissions. */
  procedureCost: number;
  /** Median ward cost per day (KRW). */
  dailyCost: number;
  /** Added to the log-odds of an unplanned return within 30 days. */
  returnRisk: number;
}

const adult = { minimumAge: 18, maximumAge: 99 };
const child = { minimumAge: 0, maximumAge: 17 };
const anyone = { minimumAge: 0, maximumAge: 99 };

// prettier-ignore
export const diagnoses: readonly Diagnosis[] = [
  // 내과
  { code: 'I10', department: '내과', weight: 10, ...adult, requires: 'hypertension', admissionShare: 0.01, stayDays: 4, visitCost: 25_000, procedureCost: 0, dailyCost: 220_000, returnRisk: -0.5 },
  { code: 'E11.9', department: '내과', weight: 10, ...adult, requires: 'diabetes', admissionShare: 0.03, stayDays: 7, visitCost: 35_000, procedureCost: 0, dailyCost: 240_000, returnRisk: 0.2 },
  { code: 'E78.5', department: '내과', weight: 4, ...adult, admissionShare: 0, stayDays: 3, visitCost: 30_000, procedureCost: 0, dailyCost: 200_000, returnRisk: -0.8 },
  { code: 'K29.7', department: '내과', weight: 4, ...adult, admissionShare: 0.04, stayDays: 3, visitCost: 48_000, procedureCost: 0, dailyCost: 230_000, returnRisk: -0.5 },
  { code: 'J18.9', department: '내과', weight: 2.5, ...adult, boost: { elderly: 2.5, smoker: 1.5 }, admissionShare: 0.55, stayDays: 8, visitCost: 60_000, procedureCost: 0, dailyCost: 290_000, returnRisk: 0.5 },
  { code: 'I50.9', department: '내과', weight: 1, minimumAge: 45, maximumAge: 99, boost: { hypertension: 2.5, elderly: 2 }, admissionShare: 0.45, stayDays: 9, visitCost: 70_000, procedureCost: 0, dailyCost: 350_000, returnRisk: 1 },
  { code: 'J44.1', department: '내과', weight: 1, minimumAge: 45, maximumAge: 99, boost: { smoker: 4, elderly: 1.5 }, admissionShare: 0.5, stayDays: 7, visitCost: 55_000, procedureCost: 0, dailyCost: 300_000, returnRisk: 0.8 },
  { code: 'N18.5', department: '내과', weight: 0.6, minimumAge: 30, maximumAge: 99, boost: { diabetes: 4, hypertension: 2 }, admissionShare: 0.25, stayDays: 6, visitCost: 190_000, procedureCost: 0, dailyCost: 330_000, returnRisk: 0.7 },
  // 외과
  { code: 'K35.8', department: '외과', weight: 3, minimumAge: 5, maximumAge: 90, admissionShare: 0.95, stayDays: 4, visitCost: 90_000, procedureCost: 2_200_000, dailyCost: 250_000, returnRisk: -0.3 },
  { code: 'K80.2', department: '외과', weight: 2.5, minimumAge: 25, maximumAge: 95, admissionShare: 0.6, stayDays: 4, visitCost: 70_000, procedureCost: 2_800_000, dailyCost: 250_000, returnRisk: 0 },
  { code: 'K40.9', department: '외과', weight: 2, minimumAge: 1, maximumAge: 95, admissionShare: 0.8, stayDays: 2, visitCost: 40_000, procedureCost: 1_600_000, dailyCost: 230_000, returnRisk: -0.6 },
  { code: 'C16.9', department: '외과', weight: 1.2, minimumAge: 35, maximumAge: 95, boost: { smoker: 1.5, elderly: 1.5 }, admissionShare: 0.55, stayDays: 11, visitCost: 130_000, procedureCost: 9_000_000, dailyCost: 320_000, returnRisk: 0.6 },
  { code: 'C18.9', department: '외과', weight: 1, minimumAge: 35, maximumAge: 95, boost: { elderly: 1.5 }, admissionShare: 0.55, stayDays: 12, visitCost: 130_000, procedureCost: 10_000_000, dailyCost: 320_000, returnRisk: 0.6 },
  { code: 'C50.9', department: '외과', weight: 1, minimumAge: 30, maximumAge: 90, sex: 'F', admissionShare: 0.45, stayDays: 6, visitCost: 120_000, procedureCost: 6_000_000, dailyCost: 280_000, returnRisk: 0.2 },
  // 정형외과
  { code: 'M17.1', department: '정형외과', weight: 4, minimumAge: 45, maximumAge: 99, boost: { elderly: 2 }, admissionShare: 0.12, stayDays: 12, visitCost: 42_000, procedureCost: 9_500_000, dailyCost: 220_000, returnRisk: -0.2 },
  { code: 'M51.2', department: '정형외과', weight: 4, ...adult, admissionShare: 0.1, stayDays: 7, visitCost: 55_000, procedureCost: 4_500_000, dailyCost: 220_000, returnRisk: -0.4 },
  { code: 'M48.0', department: '정형외과', weight: 2, minimumAge: 50, maximumAge: 99, admissionShare: 0.15, stayDays: 9, visitCost: 55_000, procedureCost: 7_000_000, dailyCost: 230_000, returnRisk: -0.2 },
  { code: 'S72.0', department: '정형외과', weight: 1.2, minimumAge: 40, maximumAge: 99, boost: { elderly: 5 }, admissionShare: 0.97, stayDays: 18, visitCost: 80_000, procedureCost: 8_000_000, dailyCost: 260_000, returnRisk: 0.6 },
  { code: 'S52.5', department: '정형외과', weight: 2, ...anyone, admissionShare: 0.25, stayDays: 3, visitCost: 85_000, procedureCost: 2_000_000, dailyCost: 220_000, returnRisk: -0.6 },
  { code: 'S93.4', department: '정형외과', weight: 3, minimumAge: 6, maximumAge: 80, admissionShare: 0, stayDays: 1, visitCost: 45_000, procedureCost: 0, dailyCost: 200_000, returnRisk: -1 },
  // 소아청소년과
  { code: 'J06.9', department: '소아청소년과', weight: 8, ...child, admissionShare: 0.01, stayDays: 3, visitCost: 18_000, procedureCost: 0, dailyCost: 240_000, returnRisk: -0.5 },
  { code: 'J20.9', department: '소아청소년과', weight: 4, ...child, admissionShare: 0.05, stayDays: 4, visitCost: 21_000, procedureCost: 0, dailyCost: 250_000, returnRisk: -0.2 },
  { code: 'J21.9', department: '소아청소년과', weight: 1.5, minimumAge: 0, maximumAge: 2, admissionShare: 0.35, stayDays: 4, visitCost: 30_000, procedureCost: 0, dailyCost: 300_000, returnRisk: 0.3 },
  { code: 'A08.4', department: '소아청소년과', weight: 3, ...child, admissionShare: 0.12, stayDays: 3, visitCost: 25_000, procedureCost: 0, dailyCost: 260_000, returnRisk: -0.3 },
  { code: 'J45.9', department: '소아청소년과', weight: 2, minimumAge: 2, maximumAge: 17, admissionShare: 0.06, stayDays: 4, visitCost: 28_000, procedureCost: 0, dailyCost: 270_000, returnRisk: 0.4 },
  { code: 'R50.9', department: '소아청소년과', weight: 3, ...child, admissionShare: 0.05, stayDays: 2, visitCost: 20_000, procedureCost: 0, dailyCost: 250_000, returnRisk: -0.4 },
  // 응급의학과
  { code: 'R10.4', department: '응급의학과', weight: 5, ...anyone, admissionShare: 0.12, stayDays: 3, visitCost: 180_000, procedureCost: 0, dailyCost: 280_000, returnRisk: 0 },
  { code: 'R07.4', department: '응급의학과', weight: 3, ...adult, boost: { hypertension: 1.5 }, admissionShare: 0.15, stayDays: 3, visitCost: 260_000, procedureCost: 0, dailyCost: 300_000, returnRisk: 0.1 },
  { code: 'S06.0', department: '응급의학과', weight: 2, ...anyone, admissionShare: 0.1, stayDays: 2, visitCost: 220_000, procedureCost: 0, dailyCost: 280_000, returnRisk: -0.3 },
  { code: 'T78.4', department: '응급의학과', weight: 1.5, ...anyone, admissionShare: 0.05, stayDays: 1, visitCost: 120_000, procedureCost: 0, dailyCost: 250_000, returnRisk: -0.4 },
  { code: 'R55', department: '응급의학과', weight: 1.5, ...anyone, boost: { elderly: 1.5 }, admissionShare: 0.15, stayDays: 3, visitCost: 230_000, procedureCost: 0, dailyCost: 280_000, returnRisk: 0.1 },
  { code: 'I21.9', department: '응급의학과', weight: 0.6, minimumAge: 35, maximumAge: 99, boost: { hypertension: 2, diabetes: 2, smoker: 2 }, admissionShare: 1, stayDays: 6, visitCost: 400_000, procedureCost: 12_000_000, dailyCost: 450_000, returnRisk: 0.9 },
  // 산부인과
  { code: 'O80', department: '산부인과', weight: 3, minimumAge: 20, maximumAge: 45, sex: 'F', admissionShare: 1, stayDays: 2.5, visitCost: 40_000, procedureCost: 1_000_000, dailyCost: 200_000, returnRisk: -1.5 },
  { code: 'O82', department: '산부인과', weight: 2.5, minimumAge: 20, maximumAge: 45, sex: 'F', admissionShare: 1, stayDays: 5.5, visitCost: 40_000, procedureCost: 2_300_000, dailyCost: 220_000, returnRisk: -1 },
  { code: 'D25.9', department: '산부인과', weight: 2.5, minimumAge: 30, maximumAge: 60, sex: 'F', admissionShare: 0.25, stayDays: 4, visitCost: 60_000, procedureCost: 3_500_000, dailyCost: 230_000, returnRisk: -0.6 },
  { code: 'N95.1', department: '산부인과', weight: 1.5, minimumAge: 45, maximumAge: 60, sex: 'F', admissionShare: 0, stayDays: 1, visitCost: 35_000, procedureCost: 0, dailyCost: 200_000, returnRisk: -1 },
  { code: 'N76.0', department: '산부인과', weight: 2, minimumAge: 15, maximumAge: 80, sex: 'F', admissionShare: 0, stayDays: 1, visitCost: 25_000, procedureCost: 0, dailyCost: 200_000, returnRisk: -1 },
  // 신경과
  { code: 'I63.9', department: '신경과', weight: 2, minimumAge: 40, maximumAge: 99, boost: { hypertension: 2, diabetes: 1.5, elderly: 2 }, admissionShare: 0.6, stayDays: 14, visitCost: 65_000, procedureCost: 0, dailyCost: 400_000, returnRisk: 0.7 },
  { code: 'G40.9', department: '신경과', weight: 1.5, minimumAge: 5, maximumAge: 99, admissionShare: 0.1, stayDays: 5, visitCost: 60_000, procedureCost: 0, dailyCost: 300_000, returnRisk: 0.4 },
  { code: 'G43.9', department: '신경과', weight: 3, minimumAge: 12, maximumAge: 80, admissionShare: 0.01, stayDays: 2, visitCost: 40_000, procedureCost: 0, dailyCost: 250_000, returnRisk: -0.7 },
  { code: 'G20', department: '신경과', weight: 1.2, minimumAge: 55, maximumAge: 99, admissionShare: 0.08, stayDays: 8, visitCost: 55_000, procedureCost: 0, dailyCost: 280_000, returnRisk: 0.5 },
  { code: 'G30.9', department: '신경과', weight: 1, minimumAge: 65, maximumAge: 99, admissionShare: 0.1, stayDays: 20, visitCost: 50_000, procedureCost: 0, dailyCost: 260_000, returnRisk: 0.5 },
  { code: 'H81.1', department: '신경과', weight: 2, ...adult, admissionShare: 0.05, stayDays: 2, visitCost: 50_000, procedureCost: 0, dailyCost: 250_000, returnRisk: -0.6 },
];
