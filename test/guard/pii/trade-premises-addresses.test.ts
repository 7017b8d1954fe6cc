// What the forty-ninth and fiftieth rounds of hand-written texts (automotive and manufacturing; retail, e-commerce and gig
// work) showed about addresses: a dealer's, a body shop's, a terminal's, a warehouse's or a shop's own address reads like a
// customer's, and only the words around it tell them apart; and a sentence's address ends at its postcode before a clause.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("trades' premises: a business's own address is no person's", () => {
  test("a dealer's, a body shop's, a terminal's or a tyre centre's name before the address (en)", () => {
    assertFound(
      [
        ['Drop-off: Tue 6 May — Westgate Mazda, 45 Hume Hwy, Campbellfield VIC 3061', []],
        ['Sales Consultant | Lakeshore Chevrolet | 1700 S Michigan Ave, Chicago, IL 60616', []],
        ['Estimator, Crestline Bodyworks, Unit 6 Tame Valley Ind Est, Tamworth B77 5BY', []],
        ['Pickup terminal: Port Newark Container Terminal, 241 Calcutta St, Newark, NJ 07114.', []],
        ['Booked Thu 10:30 at TyreHub Kirkstall, 211 Kirkstall Road, Leeds LS4 2AS.', []],
        ['RIVERSIDE HONDA — TEST DRIVE AGREEMENT\n2150 Pacific Coast Hwy, Torrance, CA 90501', []],
        ['Supplier: Hoffmann Schweisstechnik KG, Am Hafen 8, 28197 Bremen', []],
        // The customer's own address beside the same words stays hers.
        [
          'Customer: Dana Whitfield, 88 Larch Hill Rd, Burlington, VT 05401\nDealer: Westgate Mazda',
          ['ADDRESS:88 Larch Hill Rd, Burlington, VT 05401'],
        ],
        ['Ship to: 14 Maple Avenue, Springfield, IL 62704', ['ADDRESS:14 Maple Avenue, Springfield, IL 62704']],
      ],
      'ADDRESS',
    );
  });

  test("a warehouse, a studio, a store's number, a hub in brackets, a receiving dock, a bot (en, ko)", () => {
    assertFound(
      [
        ['Warehouse: 2700 NW Nicolai St, Suite B, Portland, OR 97210', []],
        ['Plant address for your driver: 울산 북구 효암로 190 (main gate 2)', []],
        ['Store #2217 Riverside Plaza · POS lane 04', []],
        ['Inspection at the Care hub (인천 중구 공항동로 296, 물류센터 B동) on arrival.', []],
        ['Deliver to Plant 3, receiving dock 9, 1800 Industrial Blvd, Pooler, GA 31322.', []],
        ['지사 공지봇: 서울 강서구 공항대로 168, 2층 (평일 10~19시)', []],
        // A person's house in brackets, and a person who speaks of home, stay theirs.
        ['Send it to my place (14 Oak Street, Leeds LS6 2AB) please', ['ADDRESS:14 Oak Street, Leeds LS6 2AB']],
        ["We're at 7104 Shoal Creek Blvd, Austin, TX 78757. $300 reward!", ['ADDRESS:7104 Shoal Creek Blvd, Austin, TX 78757']],
      ],
      'ADDRESS',
    );
  });

  test("a Korean firm's place before, in or after its address (ko)", () => {
    assertFound(
      [
        ['당사 주소: 충남 아산시 둔포면 아산밸리로 212', []],
        ['본사는 세종대로 110입니다', []],
        ['한울관세법인 부산본사 | 부산광역시 중구 중앙대로 70, 9층', []],
        ['매장은 고양시 일산서구 킨텍스로 240 이고 도착하시면 전화 주세요', []],
        ['공업사 위치는 광주 북구 하서로 380 입니다', []],
        ['- 위치: 경기도 고양시 일산동구 중앙로 1036 (전용 주차 20대)', []],
        ['블루핸즈 화곡점 대표 02-2606-7700 / 서울 강서구 공항대로 431', []],
        ['차량 인도지: 경남 김해시 한림면 용덕로 410 (본사 공장)', []],
        ['반품 택배는 경기도 이천시 마장면 덕이로 154 물류센터 반품동으로 보내 주세요', []],
        ['■ 대리점 정보\n서울 송파구 송파대로 378 (가락동) 1층 전시장', []],
        // A customer's home after the same kinds of words stays hers.
        ['고객 주소: 경기도 수원시 영통구 센트럴타운로 85, 214동 1802호', ['ADDRESS:경기도 수원시 영통구 센트럴타운로 85, 214동 1802호']],
        ['배송지 위치: 서울 마포구 월드컵북로 400, 5층', ['ADDRESS:서울 마포구 월드컵북로 400, 5층']],
        ['출고지/반품지: 경기도 이천시 신둔면 도자예술로 21, 2층', ['ADDRESS:경기도 이천시 신둔면 도자예술로 21, 2층']],
      ],
      'ADDRESS',
    );
  });
});

describe("a sentence's address ends at its postcode", () => {
  test('before a clause of the sentence (en)', () => {
    assertFound(
      [
        [
          'his home address is 26 Hawthorne Ave, Edison, NJ 08817 if you need to send anything in writing',
          ['ADDRESS:26 Hawthorne Ave, Edison, NJ 08817'],
        ],
        ['Our address is 1845 E Glenn St Apt 14, Tucson, AZ 85719 as of May.', ['ADDRESS:1845 E Glenn St Apt 14, Tucson, AZ 85719']],
        ['Address: 9 Whinfell Drive, Kendal LA9 7QF and the gate code is on the note', ['ADDRESS:9 Whinfell Drive, Kendal LA9 7QF']],
      ],
      'ADDRESS',
    );
  });
});
