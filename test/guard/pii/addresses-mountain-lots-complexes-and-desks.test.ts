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
        ['SO-77121,전봉수,010-7712-0385,충북 청주시 흥덕구 2순환로 1212,,28412', ['ADDRESS:충북 청주시 흥덕구 2순환로 1212']],
        ['주소: 경기도 고양시 일산동구 중앙로 1275번길 38-12, 2층', ['ADDRESS:경기도 고양시 일산동구 중앙로 1275번길 38-12, 2층']],
        // An apartment's, a villa's or a dormitory's unit alone names no place, nor a lot's number after 부동산.
        // A branch's, an office's or an immigration office's address in brackets, and a school's own.
        ['다음부터는 강남점(서울 강남구 테헤란로 152, 지하 1층)에서 교환도 가능해요', []],
        ['회사 숙소는 판교 오피스(경기 성남시 분당구 판교역로 166)에서 10분 거리예요', []],
        ['학교 주소: 세종특별자치시 보듬3로 110 / 교무실 044-410-3300', []],
        // A sole trader's place of business in a supplier's record is the owner's.
        [
          '상호: 정우건설\n대표자: 금채원\n사업장 주소: 전라북도 전주시 완산구 홍산로40번길 185, 109동 1905호',
          ['ADDRESS:전라북도 전주시 완산구 홍산로40번길 185, 109동 1905호'],
        ],
        ['현대아파트 102동 1203호로 보내 주세요', []],
        ['기숙사는 B동 204호 배정입니다', []],
        ['부동산 12억 거래', []],
      ],
      'ADDRESS',
    );
  });

  test('a romanised Korean unit and direction, a hyphenated town, a Japanese block with a flat, a French door (en, ko)', () => {
    assertFound(
      [
        [
          'Address Apt 1502, 103-dong, 396 World Cup buk-ro, Mapo-gu, Seoul 03925, is right?',
          ['ADDRESS:Apt 1502, 103-dong, 396 World Cup buk-ro, Mapo-gu, Seoul 03925'],
        ],
        ['Address: 301-1104, 19 World Cup buk-ro 56-gil, Mapo-gu, Seoul', ['ADDRESS:301-1104, 19 World Cup buk-ro 56-gil, Mapo-gu, Seoul']],
        [
          'the home visit at 27 Coppice Road, Sutton-in-Ashfield, NG17 4HP, between 9 and 11',
          ['ADDRESS:27 Coppice Road, Sutton-in-Ashfield, NG17 4HP'],
        ],
        [
          'Recipient: Takahashi Haruto. 2-14-5 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004.',
          ['ADDRESS:2-14-5 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004'],
        ],
        [
          '고은채: 네, 4-11-21-503 Minami-Azabu, Minato-ku, Tokyo 106-0047 로 쓰시면 됩니다.',
          ['ADDRESS:4-11-21-503 Minami-Azabu, Minato-ku, Tokyo 106-0047'],
        ],
        [
          'Property: 12 rue des Martyrs, bâtiment B, 4e étage porte gauche, 75009 Paris',
          ['ADDRESS:12 rue des Martyrs, bâtiment B, 4e étage porte gauche, 75009 Paris'],
        ],
        // A phone's groups before a town are no Japanese block's.
        ['Call 604-879-3316 Vancouver, BC V5N 2S1 desk', []],
      ],
      'ADDRESS',
    );
  });

  test("an employer's, an agency's, a lettings agent's address, and a route sheet's businesses (en)", () => {
    assertFound(
      [
        ['Employer: Meridian Logistics, 5100 Creekbank Rd, Mississauga', []],
        ['Agency: 9050 Wurzbach Rd, Suite 210, San Antonio, TX 78240 | Office (210) 614-7700', []],
        ["The incoming tenant is Cerys Morgan. Cathays Lettings (88 Crwys Road, Cardiff CF24 4NP) say she'll call.", []],
        [
          'Stop | ETA | Consignee (business) | Address | Pcs\n2 | 08:25 | Kirkstall Tyre & Exhaust | 212 Kirkstall Road, Leeds LS4 2AQ | 1',
          [],
        ],
        // A home visit's address is the patient's.
        ['Home visit at 14 Otley Road, Leeds LS6 2AD on Friday.', ['ADDRESS:14 Otley Road, Leeds LS6 2AD']],
      ],
      'ADDRESS',
    );
  });

  test("a desk's or a store's line: reservations, a dispatcher's desk, a list of centres (en)", () => {
    assertFound(
      [
        ['4800 Gulf Blvd, St. Pete Beach, FL 33706 | Reservations (727) 360-1140', []],
        ['Dispatcher desk: +31 10 294 7700 (24h). CMR numbers to follow by EDI.', []],
        // A manager's direct line is theirs.
        ['Kind regards,\nBethan Hughes\nLettings Manager, direct line 0161 496 0732', ['PHONE:0161 496 0732']],
        ['center_code,center_name,address,tel\nICN01,Incheon 1,"296 Gonghang-ro, Jung-gu, Incheon",032-744-2200', []],
        // A dispatcher who speaks, and a guest's own mobile, are no desk's.
        ['Dispatcher: what is the callback number?\nCaller: 0412 555 019, my mobile', ['PHONE:0412 555 019']],
      ],
      'PHONE',
    );
  });

  test("an employer's HR team, a trust's headquarters, a bank's building, a hiring team's mailbox (en, ko)", () => {
    assertFound([
      ['Northwell Valley Medical Center\nHuman Resources · 2200 Harbor Blvd, Suite 400, Costa Mesa, CA 92626 · (714) 966-4100', []],
      ['Return to: Recruitment Team, Level 2, Trust HQ, Harbour Road, Portsmouth PO3 6AD — recruitment@harbourside.nhs.uk', []],
      ['Location: Harbourline Bank, 25 Canada Square, London E14 5LQ — Level 3, Room Aurora', []],
      ['Please sign and return by March 11 to offers@northwellvalley.org.', []],
      ['Send the fit note to ward7b.rota@nhs.net when you can.', []],
      ['Could you ring me back on the payroll line, 0161 832 4410, extension 318?', []],
      ['- 접수: 본사 인사팀 055-282-7600 / 공고번호 SJ-2024-112', []],
      // A freelancer's home office, one's own office line and a person's mailbox stay theirs.
      ['Home office: 3F, 27 Yeonhui-ro 11-gil, Seodaemun-gu, Seoul 03706', ['ADDRESS:3F, 27 Yeonhui-ro 11-gil, Seodaemun-gu, Seoul 03706']],
      ['I called my wife 0706 552 9014, my office 01 271 8834', ['PHONE:0706 552 9014', 'PHONE:01 271 8834']],
      ['Send it to jane.doe@northwellvalley.org please', ['EMAIL:jane.doe@northwellvalley.org']],
      // A year before " at " and a careers site, and a laptop's service tag, are no one's.
      ['Apply by 31 May 2024 at careers.hanbitenergy.co.kr. Or write to minsu.kim at gmail dot com', ['EMAIL:minsu.kim at gmail dot com']],
      ['Laptop: Dell Latitude 7440, service tag 7HQ2LZ3, hostname MELW-LT-4471.', []],
    ]);
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
