// What the sixty-first to sixty-third rounds of hand-written texts (games and trust & safety; construction and heavy
// industry; weddings, funerals, pets and events) showed about addresses: a venue's, a clinic's, a studio's or a company's
// own place read by its invitation, its footer, its register or its signature, and people's homes that a form's unit line,
// an answer to a bot, a quoted Philippine address, a US City/State/ZIP field or a street with particles give.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('venues, firms and asked units: whose address it is', () => {
  test("a venue's address by the station exit, its hours, its hall, its event's label or a chapel before it (en, ko)", () => {
    assertFound(
      [
        ['2025년 10월 4일 오후 2시\n더라움홀 3층\n서울 강남구 언주로 564 (선릉역 5번 출구 도보 4분)\n주차 2시간 무료', []],
        ['오시는 길: 경기도 안양시 동안구 시민대로 180 / 범계역 3번 출구 도보 5분', []],
        ['※ 주차: 건물 뒤편\n\n서울 마포구 양화로 140, 3층\n진료시간 평일 10:00~19:00', []],
        ['그랜드마리나홀 2층 크리스탈볼룸 (부산 해운대구 센텀중앙로 55)', []],
        ['숙소는 회사 연수원(충남 아산시 배방읍 광장로 210)으로 잡아뒀습니다.', []],
        ['  Ceremony: Maple Ridge Botanical Garden, 40 Orchard Hill Rd, Hood River, OR, 3:30 pm', []],
        ['Visitation Thursday 6–8 pm at Lakeside Funeral Chapel, 218 Bedford Hwy, Halifax.', []],
        ['Finals: 6/2 at Riverside Arena, 77 Dockside Blvd, Tampa, FL 33602. Doors 6 pm.', []],
        ['Parking is in the lot behind the clinic at 4410 Ridgeway Dr.', []],
        ['see you at 9 (office is 120 E 45th St, 3rd floor)', []],
        ['Viewing at the harbour office, 부산광역시 중구 충장대로 20. Bring ID.', []],
        ['We are at Unit 9, Millbrook Trade Park, Leeds LS11 5PQ.', []],
        // A home stays a home: no station, no hours, no venue.
        ['배송지: 서울 마포구 양화로 140, 3층\n수령인 연락처 010-4820-1137', ['ADDRESS:서울 마포구 양화로 140, 3층']],
        ["I'm at 4410 Ridgeway Dr, Austin, TX 78745 — parking is on the street.", ['ADDRESS:4410 Ridgeway Dr, Austin, TX 78745']],
      ],
      'ADDRESS',
    );
  });

  test("a firm's address under its register number, after its CEO, in its signature's cells or its notice's footer (en, ko)", () => {
    assertFound(
      [
        ['상호: 하늘빛 스튜디오\n사업자등록번호: 214-81-55320\nAddress: 서울 성동구 성수이로 88, 2층\nOwner: 류태오', []],
        ['Provider: Seabright Co., Ltd., business registration no. 220-81-63310, CEO 문지호, 인천광역시 연수구 센트럴로 160', []],
        ['BRN 128-86-40217, 경기도 고양시 일산동구 정발산로 24, 5층, tel 031-901-2210', []],
        ['김도원 드림\n루미너스 게이밍 | 서울 마포구 독막로 311, 9층 | 02-6677-4120', []],
        ['Facilities Team | 02-3410-8800 | 서울 강남구 논현로 508, 11층', []],
        ['※ 24시간 상담 1588-2415\n※ 결제 계좌: 신한 140-013-552201\n경기도 용인시 처인구 포곡읍 에버랜드로 199', []],
        // A party's own line and a sentence that sends the parcel home keep their addresses.
        [
          'Provider: Seabright Co., Ltd., business registration no. 220-81-63310\nCustomer: 문하린, 서울 송파구 올림픽로 300, 101동 1202호',
          ['ADDRESS:서울 송파구 올림픽로 300, 101동 1202호'],
        ],
        [
          "Invoice to (주)새솔상사 (BRN 214-86-11903); ship to the owner's home, 서울 종로구 자하문로 45, 2층.",
          ['ADDRESS:서울 종로구 자하문로 45, 2층'],
        ],
        [
          '사업자등록번호 305-81-22019\n근로자: 백서준 010-5512-3390\n주소: 대전 서구 둔산로 77, 103동 504호',
          ['ADDRESS:대전 서구 둔산로 77, 103동 504호'],
        ],
        [
          '고객 명단\n이름 | 주소 | 전화\n문하린 | 서울 송파구 올림픽로 300 | 02-412-3300\n백서준 | 대전 서구 둔산로 77 | 042-611-2020',
          ['ADDRESS:서울 송파구 올림픽로 300', 'ADDRESS:대전 서구 둔산로 77'],
        ],
      ],
      'ADDRESS',
    );
  });

  test("an apartment's complex and unit under a form's labels, or answered to a bot that asked for them (en, ko)", () => {
    assertFound(
      [
        [
          'Complex: Cheongna Lake Park 3단지\nUnit: 304동 1102호\nResident: Mina Seo',
          ['ADDRESS:Cheongna Lake Park 3단지', 'ADDRESS:304동 1102호'],
        ],
        ['단지명: 한숲마을 5단지\n동·호수: 512동 903호', ['ADDRESS:한숲마을 5단지', 'ADDRESS:512동 903호']],
        [
          '봇: 단지명과 동·호수를 입력해 주세요.\n사용자: 양산 물금 햇살마을 3차 207동 1401호\n봇: 감사합니다.',
          ['ADDRESS:양산 물금 햇살마을 3차 207동 1401호'],
        ],
        // A repair slip's unit alone, a room and a bus line name no home here.
        ['세대: 112동 1504호\n접수내용: 욕실 누수', []],
        ['봇: 동·호수를 입력해 주세요.\n사용자: 모르겠어요', []],
        ['Complex: Cheongna Lake Park 3단지\nUnit: 3호선 환승', []],
      ],
      'ADDRESS',
    );
  });

  test('homes the street, a quote, a ZIP field or a sentence after the ZIP code hid (en, ko)', () => {
    assertFound(
      [
        [
          'Visitor: Dana Reyes, 404-555-0182, 1120 Ponce de Leon Ave NE Apt 3, Atlanta GA 30306',
          ['ADDRESS:1120 Ponce de Leon Ave NE Apt 3, Atlanta GA 30306'],
        ],
        [
          "배송지가 'Blk 4 Lot 19 Villa Verde Homes, Imus, Cavite 4103' 로 되어 있어요",
          ['ADDRESS:Blk 4 Lot 19 Villa Verde Homes, Imus, Cavite 4103'],
        ],
        [
          '    Street: 882 Pine Hollow Rd\n    City/State/ZIP: Ocean Springs, MS 39564',
          ['ADDRESS:882 Pine Hollow Rd', 'ADDRESS:Ocean Springs, MS 39564'],
        ],
        ['he lives at 31 Birch Ln, Apt 2, Duluth, MN 55803 go tell him', ['ADDRESS:31 Birch Ln, Apt 2, Duluth, MN 55803']],
        ['주소: 서울 용산구 한남대로 20가길 14, 3층', ['ADDRESS:서울 용산구 한남대로 20가길 14, 3층']],
        ['Victim: Hauptstraße 12, 30159 Hannover · Tel. 0511 220 4418 · born 04.07.1962', ['ADDRESS:Hauptstraße 12, 30159 Hannover']],
        // A town's own small word stays in it; a clinic's line after its address stays a clinic's.
        ['Address: Bergstraße 4, 60311 Frankfurt am Main, Germany', ['ADDRESS:Bergstraße 4, 60311 Frankfurt am Main, Germany']],
        ['Praxis Dr. Vogel, Hauptstraße 12, 30159 Hannover · Tel. 0511 220 4418', []],
        ['City/State/ZIP: see attached', []],
      ],
      'ADDRESS',
    );
  });

  test('a road address that ends in its 동 in brackets is no name (ko)', () => {
    assertFound(
      [
        ['서울 서초구 강남대로 27, 라온하우스 (양재동)', []],
        ['입금자 (홍길동)', ['PERSON:홍길동']],
      ],
      'PERSON',
    );
  });
});
