// Small typed tables for the constraint tests: Korean orders (수량 × 단가 = 금액, 시작일 < 종료일, 시도+시군구) and English sales.
import { seededRandom } from '../../../src/core/seeded-random.ts';
import type { Cell, ColumnSpec, TypedTable } from '../../../src/synth/table/types.ts';

type Column = { spec: ColumnSpec; values: Cell[] };

function missingRate(values: Cell[]): number {
  return values.length === 0 ? 0 : values.filter((cell) => cell === null).length / values.length;
}

function numbers(values: Cell[]): number[] {
  return values.filter((cell): cell is number => typeof cell === 'number');
}

export function numericColumn(name: string, values: Cell[], decimals = 0): Column {
  const present = numbers(values);
  return {
    spec: {
      name,
      kind: 'numeric',
      integer: decimals === 0,
      decimals,
      min: Math.min(...present),
      max: Math.max(...present),
      missingRate: missingRate(values),
    },
    values,
  };
}

export function categoricalColumn(name: string, values: Cell[]): Column {
  const categories = [...new Set(values.filter((cell): cell is string => typeof cell === 'string'))];
  return { spec: { name, kind: 'categorical', categories, missingRate: missingRate(values) }, values };
}

export function booleanColumn(name: string, values: Cell[]): Column {
  return { spec: { name, kind: 'boolean', trueToken: '예', falseToken: '아니오', missingRate: missingRate(values) }, values };
}

export function datetimeColumn(name: string, values: Cell[]): Column {
  const present = numbers(values);
  return {
    spec: {
      name,
      kind: 'datetime',
      format: 'YYYY-MM-DD',
      min: Math.min(...present),
      max: Math.max(...present),
      missingRate: missingRate(values),
    },
    values,
  };
}

export function table(...columns: Column[]): TypedTable {
  return { rowCount: columns[0]?.values.length ?? 0, columns };
}

export const regions: Record<string, string[]> = {
  서울: ['강남구', '종로구', '마포구', '송파구'],
  부산: ['해운대구', '중구', '동래구'],
  경기: ['수원시', '성남시', '중구'],
};

const day = 86_400_000;
export const firstDay = Date.UTC(2024, 0, 1);

/** Orders that keep every constraint in koreanConstraints; `missing` blanks some cells (low-only and high-only rows too). */
export function koreanOrders(rows: number, options: { seed?: number; missing?: boolean } = {}): TypedTable {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const ids: Cell[] = [];
  const sido: Cell[] = [];
  const sigungu: Cell[] = [];
  const quantity: Cell[] = [];
  const unitPrice: Cell[] = [];
  const amount: Cell[] = [];
  const start: Cell[] = [];
  const end: Cell[] = [];
  const member: Cell[] = [];
  for (let row = 0; row < rows; row += 1) {
    const province = pick(Object.keys(regions));
    const q = 1 + Math.floor(random() * 10);
    const price = 1000 + 100 * Math.floor(random() * 490);
    const begin = firstDay + Math.floor(random() * 300) * day;
    ids.push(`C${String(row + 1).padStart(5, '0')}`);
    sido.push(province);
    sigungu.push(pick(regions[province] ?? []));
    quantity.push(q);
    unitPrice.push(price);
    amount.push(q * price);
    start.push(begin);
    end.push(begin + (1 + Math.floor(random() * 30)) * day);
    member.push(random() < 0.4);
  }
  if (options.missing) {
    start[3] = null; // high without low → kept in 종료일#raw
    end[5] = null; // low without high
    start[7] = null;
    end[7] = null;
    quantity[9] = null; // formula input missing → 금액 missing after sampling
    amount[9] = null;
    sido[11] = null;
  }
  return table(
    categoricalColumn('고객번호', ids),
    categoricalColumn('시도', sido),
    categoricalColumn('시군구', sigungu),
    numericColumn('수량', quantity),
    numericColumn('단가', unitPrice),
    numericColumn('금액', amount),
    datetimeColumn('시작일', start),
    datetimeColumn('종료일', end),
    booleanColumn('회원', member),
  );
}

/** English sales: total = qty * price + shipping (2 decimals), opened ≤ closed (numeric, 1 decimal), brand + model. */
export function englishSales(rows: number, seed = 2): TypedTable {
  const random = seededRandom(seed);
  const models: Record<string, string[]> = { Hyundai: ['Avante', 'Sonata'], Kia: ['K5', 'Sportage'], Tesla: ['Model 3'] };
  const brand: Cell[] = [];
  const model: Cell[] = [];
  const qty: Cell[] = [];
  const price: Cell[] = [];
  const shipping: Cell[] = [];
  const total: Cell[] = [];
  const opened: Cell[] = [];
  const closed: Cell[] = [];
  for (let row = 0; row < rows; row += 1) {
    const make = Object.keys(models)[Math.floor(random() * 3)] ?? 'Kia';
    const names = models[make] ?? [];
    const q = 1 + Math.floor(random() * 5);
    const p = Math.round(random() * 100000) / 100;
    const s = Math.round(random() * 2000) / 100;
    const o = Math.round(random() * 1000) / 10;
    brand.push(make);
    model.push(names[Math.floor(random() * names.length)] ?? null);
    qty.push(q);
    price.push(p);
    shipping.push(s);
    total.push(Math.round((q * p + s) * 100) / 100);
    opened.push(o);
    closed.push(Math.round((o + random() * 50) * 10) / 10);
  }
  return table(
    categoricalColumn('brand', brand),
    categoricalColumn('model', model),
    numericColumn('qty', qty),
    numericColumn('price', price, 2),
    numericColumn('shipping', shipping, 2),
    numericColumn('total', total, 2),
    numericColumn('opened', opened, 1),
    numericColumn('closed', closed, 1),
  );
}

/** The cell at row of the named column. */
export function cellOf(data: TypedTable, name: string, row: number): Cell | undefined {
  return data.columns.find((column) => column.spec.name === name)?.values[row];
}
