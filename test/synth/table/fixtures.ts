// Small seeded Korean and English tables shared by the table-layer tests.
import { seededRandom } from '../../../src/core/seeded-random.ts';
import type { RawTable } from '../../../src/synth/table/types.ts';

const regions = ['서울', '부산', '대구', '인천', '광주'];
const reviewWords = [
  '배송이',
  '빨라서',
  '좋아요',
  '포장이',
  '꼼꼼해요',
  '다음에도',
  '살게요',
  '품질이',
  '아쉬워요',
  '가격이',
  '적당해요',
  '정말',
  '만족합니다',
];

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** Korean customers: id 'CUST-00001', age, region, 가입 예/아니오, 2024.03.01 dates, amounts '1,234', free-text reviews. */
export function koreanTable(rowCount: number, seed = 7): RawTable {
  const random = seededRandom(seed);
  const rows = Array.from({ length: rowCount }, (_, index) => {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const review = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(reviewWords, random)).join(' ');
    return [
      `CUST-${String(index + 1).padStart(5, '0')}`,
      random() < 0.1 ? '' : String(20 + Math.floor(random() * 50)),
      pick(regions, random),
      pick(['예', '아니오'], random),
      `2024.${month}.${day}`,
      Math.floor(1000 + random() * 2_000_000).toLocaleString('en-US'),
      review,
    ];
  });
  return { columns: ['고객번호', '나이', '지역', '가입', '가입일', '구매금액', '후기'], rows };
}

/** English orders: integer order id, price with 2 decimals, a 'NA' gap, Y/N flag, timestamps, status. */
export function englishTable(rowCount: number, seed = 11): RawTable {
  const random = seededRandom(seed);
  const rows = Array.from({ length: rowCount }, (_, index) => {
    const minute = String(Math.floor(random() * 60)).padStart(2, '0');
    const hour = String(Math.floor(random() * 24)).padStart(2, '0');
    return [
      String(1001 + index),
      random() < 0.05 ? 'NA' : (random() * 500).toFixed(2),
      pick(['Y', 'N'], random),
      `2023-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} ${hour}:${minute}`,
      pick(['shipped', 'pending', 'None', 'returned'], random),
      `SKU-${pick(['A', 'B', 'C'], random)}${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
    ];
  });
  return { columns: ['order_id', 'price', 'gift', 'ordered_at', 'status', 'sku'], rows };
}
