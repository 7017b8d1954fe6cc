// What the fifty-eighth to sixtieth rounds of hand-written texts (payments and brokerage; food, delivery and farms;
// migrants, NGOs and embassies) showed about addresses: customers' drop-off addresses in a dispatch board's rows beside
// the store's name, a party's home before its mobile, migrants' homes in Vietnamese villages, Turkish neighbourhoods,
// Norwegian and Ukrainian streets; and restaurants', farms', charities', consulates' and associations' own addresses in
// footers, letterheads, notices and contact blocks, a field's lot and a refund's rate that read as homes.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("drop-offs, villages and footers: people's addresses and organisations' own", () => {
  test("a customer's drop-off address in a dispatch board's column, beside the store's name (en, ko)", () => {
    assertFound(
      [
        [
          'Time | Order | Store | Drop address | Rider\n19:10 | QX-220114 | 네네치킨 연남점 | 서울 마포구 성미산로 41, 203호 | 박도현',
          ['ADDRESS:서울 마포구 성미산로 41, 203호'],
        ],
        [
          'time,order_id,pickup,dropoff_addr,status\n20:01:13,KD-0912,떡볶이 장안점,서울 동대문구 장한로 88 105동 1202호,DELIVERED',
          ['ADDRESS:서울 동대문구 장한로 88 105동 1202호'],
        ],
        [
          'store,delivery_address,total\nPizza Hub Elm Park,"48 Larkspur Road, Croydon CR0 7PQ",£22.40',
          ['ADDRESS:48 Larkspur Road, Croydon CR0 7PQ'],
        ],
        // A list of the stores themselves keeps their addresses theirs.
        ['매장명 | 주소 | 전화\n네네치킨 연남점 | 서울 마포구 성미산로 41 | 02-334-1180', []],
        ['store,address,phone\n떡볶이 장안점,서울 동대문구 장한로 88,02-2213-4471', []],
      ],
      'ADDRESS',
    );
  });

  test("a party's home before a mobile after a bar, a place that is not the venue (en, ko)", () => {
    assertFound(
      [
        [
          'Lessor: Kang Mi-ran\n  Address: 경기도 안양시 동안구 평촌대로 127, 304동 801호 | Tel 010-5521-9083',
          ['ADDRESS:경기도 안양시 동안구 평촌대로 127, 304동 801호'],
        ],
        ['Seller: Doyle\n  Address: 14 Larch Grove, Leeds LS6 2QB | Tel 07700 900418', ['ADDRESS:14 Larch Grove, Leeds LS6 2QB']],
        ['Please ship it to my aunt, not the venue: 418 Carver St, Modesto, CA 95351.', ['ADDRESS:418 Carver St, Modesto, CA 95351']],
        // A firm's line after its address keeps the address the firm's, and a venue's label its own.
        ['Hartley Supplies\n22 Mill Road, Leeds LS9 8AB | Tel 0113 496 0721', []],
        ['Venue: Riverside Hall, 71 Quay Street, Bristol BS1 4DB', []],
      ],
      'ADDRESS',
    );
  });

  test("a migrant's home in a Vietnamese village, a Turkish neighbourhood, a Norwegian or a Ukrainian street", () => {
    assertFound(
      [
        [
          'Địa chỉ quê: Thôn Trung, xã Nghĩa Hòa, huyện Tư Nghĩa, tỉnh Quảng Ngãi\nĐT: +84 912 408 735',
          ['ADDRESS:Thôn Trung, xã Nghĩa Hòa, huyện Tư Nghĩa, tỉnh Quảng Ngãi'],
        ],
        ['고향 주소: xom 7, xa Yen Thanh, huyen Y Yen, Nam Dinh', ['ADDRESS:xom 7, xa Yen Thanh, huyen Y Yen, Nam Dinh']],
        [
          'my mother lives at Yenidoğan Mah. 214. Sk. No:7 D:2, Bayrampaşa/İstanbul now',
          ['ADDRESS:Yenidoğan Mah. 214. Sk. No:7 D:2, Bayrampaşa/İstanbul'],
        ],
        ['New address: Kirkegata 12, 9008 Tromsø', ['ADDRESS:Kirkegata 12, 9008 Tromsø']],
        ['Адреса: вул. Франка 8, кв. 3, Львів', ['ADDRESS:вул. Франка 8, кв. 3, Львів']],
        ['addr: 1-3-9 Ebisu-minami, Shibuya-ku, Tokyo 150-0022', ['ADDRESS:1-3-9 Ebisu-minami, Shibuya-ku, Tokyo 150-0022']],
        // A commune and a district name an area, a neighbourhood without a door no home.
        ['The project covers xã Hải Minh, huyện Hải Hậu this year.', []],
        ['Our partner office is in Fevzi Çakmak Mah. near the market.', []],
      ],
      'ADDRESS',
    );
  });

  test("restaurants', farms', charities' and firms' own addresses in footers and letterheads (en)", () => {
    assertFound(
      [
        ['Thanks!\nDana\n\nThe Juniper Kitchen | 318 Queen St W, Toronto | 416-555-0192', []],
        ['See you at the market!\nBirch Hollow Farm · 2210 Route 9, Hudson NY 12534', []],
        ['Bill to: Saffron Bistro (acct SB-0107), 4 Market Place, Ripon HG4 1BP', []],
        ['I got sick after a meal from Golden Wok Express, 1822 W Division St, on June 2.', []],
        ['Hope Road Refugee Action, 2nd Floor, Albion House, 9 Kirk Street, Leeds LS2 7EH · 0113 496 0188', []],
        ['Harbour Bank — Card Disputes\nPO Box 9120, Portland, OR 97207', []],
        ['Questions about the report go to Equifax, 1550 Peachtree St NW, Atlanta, GA 30309, 1-866-349-5191.', []],
        ['Operations: payments-ops@fernpay.co.uk | 020 7946 0321 | 8 Finsbury Square, London EC2A 1AF', []],
        ['Jiwoo Park | Events Coordinator, Hanul House\n14 Greek Street, London W1D 4DJ | events line 020 7946 0177', []],
        ['Minh Seo | General Manager\nBistro Onda | 서울 마포구 독막로 92 | +82 2 332 0918', []],
        ['Fördern e.V. – Hilfe vor Ort, Karl-Marx-Straße 90, 12043 Berlin\nCreditor ID: DE98ZZZ09999999999', []],
        ['The truck arrives at your loading dock (화성시 동탄산단로 12, gate 2) on Friday.', []],
        ['Fares in the table: €0.50     Banking Circle     SXPYDKKK', []],
        // A person's own lines keep their home theirs.
        ['Mariela Ortiz\n2209 W Augusta Blvd, Apt 3R · mariela.o@gmail.com · (773) 555-0148', ['ADDRESS:2209 W Augusta Blvd, Apt 3R']],
      ],
      'ADDRESS',
    );
  });

  test("associations', consulates' and shops' own addresses in Korean notices and contact blocks (ko)", () => {
    assertFound(
      [
        ['문의: 협회 사무국 02-6011-2200 / 팩스 02-6011-2209 / office@kfta.or.kr\n   주소: 서울특별시 중구 세종대로 124, 18층', []],
        ['문의: 대외협력팀 partner@hanmaum.or.kr / 02-2671-4400\n주소: 서울특별시 금천구 가산디지털1로 88, 7층', []],
        ['- 주소: 서울 용산구 한남대로 58, 영사과 2층\n- 대표전화 02-790-1122', []],
        ['주소: 경상북도 구미시 송정대로 55, 3층 (구미시청 별관)', []],
        ['장소: 안산시 단원구 원곡로 45, 다문화복지센터 1층 강당', []],
        [
          '[공급자] 상호: 바른식자재   사업자번호: 123-45-67890\n  대표: 나동훈   주소: 경기도 구리시 체육관로 52, B동 7호\n  전화: 031-560-1100   팩스: 031-560-1101',
          [],
        ],
        ['심사역: 가게 주소는 경기도 김포시 김포한강11로 288, 1층 맞으시죠?', []],
        ['반품은 한결유통, 서울 성동구 성수이로 88, 1층으로 보내 주세요.', []],
        ['대상 토지: 상주시 외서면 우산리 산 28-3 (전, 2,980㎡), 연 임차료 120만원', []],
        ['VIP 1회 예외로 50% 환불 처리했습니다.', []],
        // A person's block under a phone, a home given in a chat after the centre's turn, and a register's business place (a
        // sole trader's flat as often as an office) stay theirs.
        ['- 연락처: 010-6204-7783\n- 주소: 서울 관악구 신림로59길 14, 402호', ['ADDRESS:서울 관악구 신림로59길 14, 402호']],
        [
          '상담사: 센터 대표번호 062-960-3200로 연락 주세요.\n고객: 집 주소 바뀌었어요 광주 광산구 수완로74번길 11-3, 2층 이에요\n상담사: 대표전화로 안내드릴게요.',
          ['ADDRESS:광주 광산구 수완로74번길 11-3, 2층'],
        ],
        [
          '사업장 주소: 부산광역시 해운대구 센텀중앙로 97, 105동 1108호\n대표번호: 1588-1000',
          ['ADDRESS:부산광역시 해운대구 센텀중앙로 97, 105동 1108호'],
        ],
      ],
      'ADDRESS',
    );
  });
});
