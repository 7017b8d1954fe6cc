// Typed entity extraction: dates against an injected clock, Korean and English amounts, contacts, ids, names and places.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../../src/models/builtin/index.ts';
import { fixedNow } from './__fixtures__/tools.ts';

const context = { now: fixedNow, timeZone: 'Asia/Seoul' };
const entities = (text: string): ReturnType<typeof extractEntities> => extractEntities(text, context);
const dates = (text: string): string[] => entities(text).dates.map((date) => date.value);

describe('dates (today is Thursday 2026-03-05 in Seoul)', () => {
  test('Korean relative dates', () => {
    assert.deepEqual(dates('오늘'), ['2026-03-05']);
    assert.deepEqual(dates('내일 오전에'), ['2026-03-06']);
    assert.deepEqual(dates('모레까지'), ['2026-03-07']);
    assert.deepEqual(dates('다음 주 월요일에 만나요'), ['2026-03-09']);
    assert.deepEqual(dates('이번 주 금요일'), ['2026-03-06']);
    assert.deepEqual(dates('3일 후에'), ['2026-03-08']);
    assert.deepEqual(dates('어제 주문한 것'), ['2026-03-04']);
  });

  test('English relative dates', () => {
    assert.deepEqual(dates('today'), ['2026-03-05']);
    assert.deepEqual(dates('see you tomorrow'), ['2026-03-06']);
    assert.deepEqual(dates('next Monday at noon'), ['2026-03-09']);
    assert.deepEqual(dates('in 2 weeks'), ['2026-03-19']);
    assert.deepEqual(dates('the day after tomorrow'), ['2026-03-07']);
  });

  test('absolute dates in several forms', () => {
    assert.deepEqual(dates('2026년 3월 5일'), ['2026-03-05']);
    assert.deepEqual(dates('4월 1일에'), ['2026-04-01']);
    assert.deepEqual(dates('on 2026-12-24'), ['2026-12-24']);
    assert.deepEqual(dates('March 5, 2026'), ['2026-03-05']);
    assert.deepEqual(dates('the 3rd of May'), ['2026-05-03']);
    assert.deepEqual(dates('2026-02-30'), []);
  });

  test("a day without its year is this year's unless it lies over a month back, then next year's (Korean and English)", () => {
    const lateNovember = { now: new Date('2026-11-29T03:00:00Z'), timeZone: 'Asia/Seoul' };
    const on = (text: string) => extractEntities(text, lateNovember).dates.map((date) => date.value);
    assert.deepEqual(on('3월 5일로 예약해 주세요'), ['2027-03-05']);
    assert.deepEqual(on('Book it for March 5'), ['2027-03-05']);
    assert.deepEqual(on('the 3rd of January'), ['2027-01-03']);
    assert.deepEqual(on('12월 24일 2명'), ['2026-12-24']);
    assert.deepEqual(on('I was charged twice on November 2'), ['2026-11-02']);
    assert.deepEqual(on('11월 2일에 결제됐어요'), ['2026-11-02']);
    assert.deepEqual(on('March 5, 2026'), ['2026-03-05'], 'a written year is kept');
  });

  test('the clock and the time zone decide what today is', () => {
    const lateUtc = { now: new Date('2026-03-05T20:00:00Z'), timeZone: 'Asia/Seoul' };
    assert.equal(extractEntities('오늘', lateUtc).dates[0]?.value, '2026-03-06');
    assert.equal(extractEntities('today', { ...lateUtc, timeZone: 'UTC' }).dates[0]?.value, '2026-03-05');
  });

  test('times', () => {
    assert.deepEqual(
      entities('오후 3시 반에').times.map((time) => time.value),
      ['15:30'],
    );
    assert.deepEqual(
      entities('at 9:15 pm').times.map((time) => time.value),
      ['21:15'],
    );
    assert.deepEqual(entities('3시간 동안').times, []);
  });
});

describe('numbers', () => {
  test('Korean magnitudes and currency', () => {
    const [amount] = entities('3만 5천 원 결제해 줘').numbers;
    assert.equal(amount?.value, 35000);
    assert.equal(amount?.category, 'money');
    assert.equal(amount?.unit, 'KRW');
    assert.equal(entities('1억 2천만 원').numbers[0]?.value, 120_000_000);
    assert.equal(entities('만 원만 주세요').numbers[0]?.value, 10_000);
  });

  test('English amounts, counts and measures', () => {
    assert.deepEqual(
      entities('$1,250.50 for 3 items, 1.5GB, 2.5k USD').numbers.map((number) => [number.value, number.category, number.unit]),
      [
        [1250.5, 'money', 'USD'],
        [3, 'count', 'items'],
        [1.5, 'measure', 'GB'],
        [2500, 'money', 'USD'],
      ],
    );
    assert.equal(entities('twenty-one people').numbers[0]?.value, 21);
  });

  test('Korean native counts', () => {
    const [count] = entities('아메리카노 세 잔').numbers;
    assert.equal(count?.value, 3);
    assert.equal(count?.category, 'count');
  });

  test('digits inside phones, ids and dates are not numbers', () => {
    const found = entities('ORD-12345, 010-1234-5678, 2026-03-05');
    assert.deepEqual(found.numbers, []);
    assert.equal(found.identifiers[0]?.value, 'ORD-12345');
    assert.equal(found.phones[0]?.value, '010-1234-5678');
  });
});

describe('contacts, ids, names, places', () => {
  test('emails and phones, with Korean particles attached', () => {
    const found = entities('kim@example.com으로 보내고 01098765432로 연락 주세요');
    assert.equal(found.emails[0]?.value, 'kim@example.com');
    assert.equal(found.phones[0]?.value, '010-9876-5432');
    assert.equal(entities('call +1 415-555-0134').phones[0]?.value, '+1 415-555-0134');
  });

  test('ids by shape and by context', () => {
    assert.equal(entities('Where is INV_2026_001?').identifiers[0]?.value, 'INV_2026_001');
    assert.equal(entities('주문번호 20931 조회').identifiers[0]?.value, '20931');
    assert.equal(entities('order #77812').identifiers[0]?.value, '77812');
  });

  test('person names in both languages', () => {
    assert.equal(entities("Hi, I'm Jane Doe and I need help").names[0]?.value, 'Jane Doe');
    assert.equal(entities('안녕하세요, 김민수입니다.').names[0]?.value, '김민수');
    assert.equal(entities('제 이름은 박서연이고 문의가 있어요').names[0]?.value, '박서연');
    assert.deepEqual(entities('저는 서울에 살아요').names, []);
  });

  test('a verb that opens a request is not part of the name; a first name that is also a verb is kept', () => {
    assert.equal(entities('Register Jane Doe, jane@acme.com').names[0]?.value, 'Jane Doe');
    assert.equal(entities('Add Tom Hardy as a new customer').names[0]?.value, 'Tom Hardy');
    assert.equal(entities('Mark Smith wants a refund').names[0]?.value, 'Mark Smith');
  });

  test('Will is a first name after a trigger or a preposition, and an auxiliary verb elsewhere', () => {
    assert.equal(entities('Book a table for Will Smith at 7').names[0]?.value, 'Will Smith');
    assert.equal(entities('My name is Will Turner').names[0]?.value, 'Will Turner');
    assert.deepEqual(entities('Will you call me tomorrow?').names, []);
    assert.deepEqual(entities('Will Amazon deliver today?').names, []);
    // The Korean labels are untouched by it.
    assert.equal(entities('예약자: 윤서준, 7시').names[0]?.value, '윤서준');
  });

  test("names with prefixes and joins stay whole; a possessive 's is not part of the name", () => {
    assert.equal(entities("Reserve 2 seats for Michael O'Brien").names[0]?.value, "Michael O'Brien");
    assert.equal(entities('Invoice for Ronald McDonald please').names[0]?.value, 'Ronald McDonald');
    assert.equal(entities("I'm Mary-Jane Watson").names[0]?.value, 'Mary-Jane Watson');
    assert.equal(entities("Where is Jane Doe's order?").names[0]?.value, 'Jane Doe');
  });

  test('a booking or order label before a Korean name', () => {
    assert.equal(entities('내일 6명 예약해 주세요. 예약자는 이서연, 010-5555-1234').names[0]?.value, '이서연');
    assert.equal(entities('주문자: 최하늘').names[0]?.value, '최하늘');
    assert.equal(entities('수령인 박지민, 부산').names[0]?.value, '박지민');
  });

  test('a full name right after the word for the person, and not the word that describes them', () => {
    assert.deepEqual(
      entities('신규 고객 김민수 등록: minsu@example.com').names.map((name) => name.value),
      ['김민수'],
    );
    assert.equal(entities('환자 박지훈, 010-2345-6789').names[0]?.value, '박지훈');
    assert.deepEqual(entities('고객 서비스 문의드려요').names, []);
    assert.deepEqual(entities('기존 회원 혜택이 궁금해요').names, []);
  });

  test('places from the gazetteer and by pattern', () => {
    assert.deepEqual(
      entities('서울에서 부산까지').locations.map((place) => place.value),
      ['서울', '부산'],
    );
    assert.equal(entities('weather in New York').locations[0]?.value, 'New York');
    assert.equal(entities('강남구 날씨').locations[0]?.value, '강남구');
    assert.deepEqual(entities('온도는 몇 도야?').locations, []);
  });

  test('quoted strings', () => {
    assert.deepEqual(
      entities(`subject "Q3 report" and '회의 일정'`).quoted.map((quoted) => quoted.value),
      ['Q3 report', '회의 일정'],
    );
    assert.deepEqual(entities("it's Jane's").quoted, []);
  });
});
