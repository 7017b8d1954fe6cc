// The addresses and the organisations' lines the fortieth round of hand-written texts showed: a mountain lot's 산, a
// subject particle before an address, a branded complex's building and unit alone, a CSV's address and detail columns,
// and a desk's or a store's line (reservations, a dispatcher's desk, a store after a Korean sentence, a list of centres).
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('mountain lots, complexes, CSV cells and desks', () => {
  test("a mountain lot, a particle before the address, a branded complex's unit, a CSV's columns (ko)", () => {
    assertFound(
      [
        ['내일 방문 예정인데 주소가 경상북도 봉화군 춘양면 서벽리 산 87-2 맞으신가요?', ['ADDRESS:경상북도 봉화군 춘양면 서벽리 산 87-2']],
        ['주소: 강원특별자치도 춘천시 동내면 학곡리 산 27-3', ['ADDRESS:강원특별자치도 춘천시 동내면 학곡리 산 27-3']],
        ['주소지가 서울특별시 강서구 화곡로 302, 4층 401호예요', ['ADDRESS:서울특별시 강서구 화곡로 302, 4층 401호']],
        ['서울 종로구 종로5가 120', ['ADDRESS:서울 종로구 종로5가 120']],
        ['상세주소: 춘천센트럴타워푸르지오 102동 2301호', ['ADDRESS:춘천센트럴타워푸르지오 102동 2301호']],
        ['고객: 아 죄송해요 고덕자연앤자이 2305동 901호요', ['ADDRESS:고덕자연앤자이 2305동 901호']],
        [
          '주문번호,주소,상세주소,우편번호\nSO-77120,서울 송파구 올림픽로 435,파크리오 318동 1904호,05505',
          ['ADDRESS:서울 송파구 올림픽로 435', 'ADDRESS:파크리오 318동 1904호'],
        ],
        // An apartment's, a villa's or a dormitory's unit alone names no place, nor a lot's number after 부동산.
        ['현대아파트 102동 1203호로 보내 주세요', []],
        ['기숙사는 B동 204호 배정입니다', []],
        ['부동산 12억 거래', []],
      ],
      'ADDRESS',
    );
  });

  test("a desk's or a store's line: reservations, a dispatcher's desk, a list of centres (en)", () => {
    assertFound(
      [
        ['4800 Gulf Blvd, St. Pete Beach, FL 33706 | Reservations (727) 360-1140', []],
        ['Dispatcher desk: +31 10 294 7700 (24h). CMR numbers to follow by EDI.', []],
        ['center_code,center_name,address,tel\nICN01,Incheon 1,"296 Gonghang-ro, Jung-gu, Incheon",032-744-2200', []],
        // A dispatcher who speaks, and a guest's own mobile, are no desk's.
        ['Dispatcher: what is the callback number?\nCaller: 0412 555 019, my mobile', ['PHONE:0412 555 019']],
      ],
      'PHONE',
    );
  });

  test("a store's line after a Korean sentence, a front desk's, a post office's and an education office's (ko)", () => {
    assertFound(
      [
        ['직원: 네 배수진 님 앞으로 내일 발송합니다. 궁금한 점은 매장 052-261-7780으로 연락 주세요~', []],
        ['프런트 051-740-2211 / 예약실 reservations@grandharbour.kr', []],
        ['처리국: 영암우체국 061-470-1014 / 조사 결과 통지 예정일 2025.03.05', []],
        ['※ 전학·편입 문의는 교육지원청(044-320-2000)으로 해주세요.', []],
        // The customer's own number after the store's sentence is theirs.
        ['직원: 매장으로 오시면 됩니다. 고객님 번호 010-4471-2290 맞으시죠?', ['PHONE:010-4471-2290']],
      ],
      'PHONE',
    );
  });
});
