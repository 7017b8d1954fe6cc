// Hard negatives: strings that look like PII to a careless recogniser but are not (order numbers, prices, 1588 numbers, product names).
import { pad, type Random } from '../random.ts';
import type { NegativePart } from '../compose.ts';
import { englishDate, koreanDate, recentDate } from './dates.ts';

const negative = (kind: string, value: string): NegativePart => ({ negative: kind, value });

/** Builders for each kind of hard negative, bound to one random source. */
export function negativeParts(random: Random) {
  return {
    orderNumber: () =>
      negative(
        'order-number',
        random.pick([
          `${random.between(2023, 2025)}${pad(random.between(1, 12), 2)}${pad(random.between(1, 28), 2)}-${random.digits(7)}`,
          `ORD-${random.digits(8)}`,
          random.digits(10),
          `#${random.digits(6)}`,
        ]),
      ),
    priceKo: () =>
      negative(
        'price',
        random.pick([
          `${(random.between(10, 2000) * 100).toLocaleString('en-US')}원`,
          `₩${(random.between(10, 3000) * 100).toLocaleString('en-US')}`,
          `${random.between(1, 99)}만 ${random.between(1, 9)}천원`,
        ]),
      ),
    priceEn: () =>
      negative(
        'price',
        random.pick([
          `$${random.between(5, 2500)}.${random.digits(2)}`,
          `$${(random.between(1, 90) * 1000).toLocaleString('en-US')}`,
          `£${random.between(5, 900)}.${random.digits(2)}`,
          `USD ${random.between(10, 5000)}`,
        ]),
      ),
    dateKo: () => negative('date', koreanDate(random, recentDate(random))),
    dateEn: () => negative('date', englishDate(random, recentDate(random))),
    time: () =>
      negative(
        'time',
        random.pick([
          `${pad(random.between(8, 21), 2)}:${pad(random.pick([0, 10, 15, 30, 45]), 2)}`,
          `오후 ${random.between(1, 9)}시`,
          `${random.between(1, 11)}:${pad(random.between(0, 59), 2)} ${random.pick(['AM', 'PM'])}`,
        ]),
      ),
    tracking: () =>
      negative(
        'tracking',
        random.pick([random.digits(12), `${random.digits(4)}-${random.digits(4)}-${random.digits(4)}`, `1Z${random.digits(16)}`]),
      ),
    productCode: () =>
      negative(
        'product-code',
        random.pick([
          `HB-${random.digits(4)}-K`,
          `SKU ${random.digits(8)}`,
          `MDL-${random.pick(['A', 'X', 'Q'])}${random.digits(3)}`,
          `P${random.digits(9)}`,
        ]),
      ),
    businessNumber: () =>
      negative('business-phone', `${random.pick(['1588', '1644', '1577', '1566', '1600', '1899'])}-${random.digits(4)}`),
    invoice: () =>
      negative(
        'invoice',
        random.pick([
          `INV-${random.between(2023, 2025)}-${random.digits(5)}`,
          `${random.digits(8)}-${random.digits(8)}`,
          `A${random.digits(11)}`,
        ]),
      ),
    postalCode: (lang: 'ko' | 'en') =>
      negative(
        'postal-code',
        lang === 'ko'
          ? pad(random.between(1000, 63644), 5)
          : random.pick([pad(random.between(1001, 99950), 5), `SW1A ${random.between(1, 9)}AA`]),
      ),
    version: () =>
      negative(
        'version',
        random.pick([
          `v${random.between(1, 12)}.${random.between(0, 30)}.${random.between(0, 99)}`,
          `${random.between(1, 5)}.${random.between(0, 9)}.${random.between(0, 9)}.${random.digits(4)}`,
        ]),
      ),
    quantityKo: () =>
      negative(
        'quantity',
        random.pick([
          `${random.between(2, 40)}개`,
          `${random.between(2, 12)}박스`,
          `${random.between(1, 500)}kg`,
          `${random.between(2, 9)}인분`,
        ]),
      ),
    quantityEn: () =>
      negative(
        'quantity',
        random.pick([
          `${random.between(2, 40)} units`,
          `${random.between(2, 12)} boxes`,
          `${random.between(1, 500)} kg`,
          `qty ${random.between(2, 99)}`,
        ]),
      ),
    koreanWord: () =>
      negative(
        'surname-word',
        random.pick([
          '이번',
          '정말',
          '김치',
          '박스',
          '최근',
          '조금',
          '강력',
          '장난',
          '한번',
          '오늘',
          '신규',
          '안내',
          '문의',
          '유난히',
          '전부',
          '이상하게',
          '정도껏',
          '한국',
          '조회',
        ]),
      ),
    productName: () =>
      negative(
        'product-name',
        random.pick([
          'Hanbit Lube',
          'Galaxy Buds',
          'Sunrise Tower',
          'Mirae Cloud',
          'Blue Harbor Pro',
          'Jordan Air Max',
          'Grace Cleaner',
          'Victoria Sponge Mix',
          'Ford Ranger',
          'Lincoln Park Tour',
        ]),
      ),
    stationKo: () =>
      negative('station', random.pick(['강남역', '서울역', '판교역', '홍대입구역', '수원역', '해운대역', '김포공항역', '이대역'])),
    stationEn: () =>
      negative(
        'station',
        random.pick(['Victoria Station', 'King’s Cross', 'Penn Station', 'Gangnam Station', 'Grand Central', 'Paddington']),
      ),
    cardLastFour: () => negative('card-last-four', `${random.pick(['****', '끝자리', 'ending in'])} ${random.digits(4)}`),
    tollFree: () => negative('business-phone', `1-800-${random.between(200, 999)}-${random.digits(4)}`),
    sortCode: () => negative('sort-code', `${random.digits(2)}-${random.digits(2)}-${random.digits(2)}`),
    routingNumber: () => negative('routing-number', random.pick(['021000021', '026009593', '121000358', '011000138'])),
    bic: () => negative('bic', random.pick(['DEUTDEFF', 'NWBKGB2L', 'BNPAFRPP', 'ABNANL2A', 'CZNBKRSE'])),
    bloodPressure: () => negative('vital-sign', `${random.between(100, 160)}/${random.between(60, 100)}`),
    extension: () => negative('extension', random.pick([`내선 ${random.digits(4)}`, `ext. ${random.digits(4)}`])),
    employeeNumber: () =>
      negative('employee-number', random.pick([`E${random.digits(6)}`, `${random.between(2010, 2025)}${random.digits(4)}`])),
    expiryDate: () => negative('date', `${pad(random.between(1, 12), 2)}/${random.between(26, 31)}`),
    company: () =>
      negative(
        'company',
        random.pick([
          '(주)한빛물류',
          '미래테크 주식회사',
          '정우건설(주)',
          '이음소프트',
          'Hanbit Logistics Ltd',
          'Mirae Tech Inc.',
          'Blue Harbor LLC',
        ]),
      ),
    amountAccount: () => negative('reference', `${random.pick(['거래번호', '승인번호', 'Ref'])} ${random.digits(8)}`),
  };
}

export type NegativeParts = ReturnType<typeof negativeParts>;
