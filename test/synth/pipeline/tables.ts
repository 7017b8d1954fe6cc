// Seeded training tables for the pipeline tests: an English customer table and a Korean order table with constraints.
import { seededRandom } from '../../../src/core/index.ts';
import type { RawTable } from '../../../src/synth/table/types.ts';

/** Customers with correlated age, income, plan and churn, an id and a short free-text note. */
export function customerTable(rows = 600, seed = 3): RawTable {
  const random = seededRandom(seed);
  const plans = ['basic', 'plus', 'premium'];
  const notes = [
    'called about billing',
    'asked for a discount',
    'moved to a new address',
    'reported slow internet',
    'happy with the service',
  ];
  return {
    columns: ['customer_id', 'age', 'income', 'plan', 'churned', 'signup_date', 'note'],
    rows: Array.from({ length: rows }, (_, index) => {
      const age = 20 + Math.floor(random() * 50);
      const income = Math.round(1800 + age * 60 + random() * 1500);
      const plan = plans[Math.min(2, Math.floor((income - 2500) / 1400 + random()))] ?? 'basic';
      const churned = random() < (plan === 'basic' ? 0.35 : 0.1) ? 'yes' : 'no';
      const day = 1 + Math.floor(random() * 28);
      const note = `${notes[Math.floor(random() * notes.length)]}, ticket ${Math.floor(random() * 900) + 100}, ${notes[Math.floor(random() * notes.length)]}`;
      return [`CUST-${String(10000 + index)}`, String(age), String(income), plan, churned, `2024-03-${String(day).padStart(2, '0')}`, note];
    }),
  };
}

/** Orders where 금액 = 수량 × 단가, 시작일 < 종료일 and 주문번호 is unique. */
export function orderTable(rows = 500, seed = 5): RawTable {
  const random = seededRandom(seed);
  const regions = ['서울', '부산', '대구', '광주'];
  return {
    columns: ['주문번호', '지역', '수량', '단가', '금액', '시작일', '종료일'],
    rows: Array.from({ length: rows }, (_, index) => {
      const region = regions[Math.floor(random() * regions.length)] ?? '서울';
      const quantity = 1 + Math.floor(random() * 9);
      const price = (region === '서울' ? 12000 : 8000) + Math.floor(random() * 40) * 100;
      const start = 1 + Math.floor(random() * 20);
      const end = start + 1 + Math.floor(random() * 8);
      return [
        `ORD-${String(index + 1).padStart(6, '0')}`,
        region,
        String(quantity),
        String(price),
        String(quantity * price),
        `2024-05-${String(start).padStart(2, '0')}`,
        `2024-05-${String(end).padStart(2, '0')}`,
      ];
    }),
  };
}

export const orderConstraints = [
  { type: 'formula', column: '금액', expression: '`수량` * `단가`' },
  { type: 'inequality', low: '시작일', high: '종료일', strict: true },
  { type: 'unique', columns: ['주문번호'] },
  { type: 'positive', column: '수량' },
];

/** Column index by name, for assertions. */
export function column(table: RawTable, name: string): string[] {
  const index = table.columns.indexOf(name);
  if (index < 0) throw new Error(`no column ${name}`);
  return table.rows.map((row) => row[index] ?? '');
}
