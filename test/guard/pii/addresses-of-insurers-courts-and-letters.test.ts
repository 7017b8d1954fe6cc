// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care, insurance, law firms, courts and
// community organisations) showed about addresses: an insurer's, a collector's, a law firm's or a court's own address on
// its letterhead, its PO Box under a department, a returns centre, a club's or a shop's premises; and people's homes
// written as a flat in a named block, a Welsh street, a Swedish or an Irish address, a card's billing address, a JSON
// record's field, and a household a leak damaged.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("insurers', courts' and firms' own addresses", () => {
  test("a department's PO Box, an insurer's or a law firm's letterhead, a court (en)", () => {
    assertFound(
      [
        ['Claims Recovery Unit\nP.O. Box 45120, Madison, WI 53744-5120\n(608) 555-0190', []],
        ['Total Loss Unit · PO Box 7781, Spokane, WA 99201 · 1-800-555-0142', []],
        ['Northgate Mutual plc\nSubrogation Team, 2nd Floor, 18 Wellington Place, Leeds LS1 4AP\nTel 0113 555 0100', []],
        ['Payments to Harbourside Insurance, Collections, 4 Quayside Walk, Bristol BS1 4RF. Goodbye.', []],
        ['Prepared by: Blue River Family Law, 410 Congress Ave, Ste 900, Austin TX 78701, (512) 555-0188', []],
        ['Your hearing is in Courtroom 3, Lake County Courthouse, 18 N County St. Bring your ID.', []],
        ['Mail to: Riverbend Federal Credit Union ISAOA/ATIMA, PO Box 3120, Dayton, OH 45401', []],
        ['Vendor Recovery Services\nAttn: Disputes\nP.O. Box 60311\nRaleigh, NC 27601', []],
        ['Filing desk: (512) 555-0123, Mon–Fri 8–5, 300 Lavaca St, Austin, TX 78701.', []],
        ['Please return the handset to Brightline Returns, Unit 4, Parkgate Drive, Leeds LS10 1RT.', []],
        ['{"name": "Millbrook Cricket Club", "address": "c/o The Crown Inn, High Street, Millbrook PL10 1AA"}', []],
        // A person's home in the same layouts stays theirs.
        ['Mr Dylan Price\n14 Oakfield Road\nLeeds LS6 2QE', ['ADDRESS:14 Oakfield Road\nLeeds LS6 2QE']],
        ['ATTN: WALSH, DEREK\n88 W ELM ST APT 3, CHICAGO IL 60610', ['ADDRESS:88 W ELM ST APT 3, CHICAGO IL 60610']],
        ['Policyholder: Sara Lind, 22 Birch Lane, Reading RG4 7TT', ['ADDRESS:22 Birch Lane, Reading RG4 7TT']],
      ],
      'ADDRESS',
    );
  });

  test("a club's, a drop-in's or a yard's premises, a business's site, an employer's workplace (en)", () => {
    assertFound(
      [
        ['The AGM is on Friday, 7pm in the clubhouse, 6 Meadow Rd.', []],
        ['Drop-in is Tuesdays 9–12 at 15 Chapel Street, Hexham.', []],
        ['yeah come to the yard, 2 Foundry Way, Telford TF3 3BN, 8–4 weekdays. ring the bell', []],
        ['Acme Surveyors LLP\nSite: 3rd Floor, 12 Park Row, Leeds LS1 5HD', []],
        ['Employer address: 55 King St W, Toronto ON M5H 1A1   Phone: 416-555-0100', []],
        ['My sister will visit your office at 200 Bay St, Toronto ON M5J 2J2 on Monday.', []],
        ['Staying at: Harbour Hotel, 12 Pier Rd (hotel)', []],
        // A site with no firm named over it may be someone's home.
        ['Site: 41 Fern Avenue, Bristol BS6 6AA\nWork: loft conversion', ['ADDRESS:41 Fern Avenue, Bristol BS6 6AA']],
        [
          'Installer: Brightsun Solar Ltd\nCustomer: Ruth Okafor\nSite: 9 Elm Close, Exeter EX2 5BD',
          ['ADDRESS:9 Elm Close, Exeter EX2 5BD'],
        ],
      ],
      'ADDRESS',
    );
  });

  test("a shop's branch, a team's or a law firm's address, a court after its address, a crossing in front of one (ko)", () => {
    assertFound(
      [
        ['보상 판매는 매장에서만 가능해요. 해피폰 역삼점, 서울 강남구 테헤란로 211, 1층으로 오세요.', []],
        ['발신: 바른손해보험 구상팀 (서울특별시 중구 세종대로 92, 10층 / ☎ 02-555-0101)', []],
        ['피고 대리인: 법무법인 한길, 서울 서초구 서초대로 301, 전화 02-555-0110', []],
        ['주소: 서울특별시 서초구 반포대로 158 서울중앙지방법원 민사과', []],
        ['교회 주소: 경기도 성남시 분당구 황새울로 200 (우 13591)', []],
        ['사무실은 서초구 서초대로 290, 법조빌딩 5층입니다.', []],
        ['사고 장소: 청주시 상당구 상당로 155 앞 사거리', []],
        ['고객사: 다온치과의원 (사업자등록번호 214-12-34567)\n설치장소: 서울 마포구 월드컵로 120, 3층', []],
        ['| WO-1102 | 꽃집 봄날 (사업장) | 031-555-0199 | 경기도 수원시 팔달구 효원로 100, 1층 | AP 교체 |', []],
        // A home's address beside the same words stays the person's: an installation at a customer's home, a home's unit.
        [
          '시공사: 햇살에너지(주)\n발주자: 김민수 / 010-5555-0123\n설치 장소: 충청남도 당진시 송악읍 반촌로 90',
          ['ADDRESS:충청남도 당진시 송악읍 반촌로 90'],
        ],
        ['피보험자 자택: 서울특별시 노원구 동일로 1400, 101동 502호', ['ADDRESS:서울특별시 노원구 동일로 1400, 101동 502호']],
        ['우리 집 앞으로 보내 주세요: 서울 강서구 공항대로 200, 5동 301호', ['ADDRESS:서울 강서구 공항대로 200, 5동 301호']],
      ],
      'ADDRESS',
    );
  });
});

describe("people's homes in letters and chats", () => {
  test('a flat in a named block, a Welsh street, a Swedish and an Irish address (en)', () => {
    assertFound(
      [
        [
          'Your last bill goes to your new address, Flat 4, Linden Court, 212 Ecclesall Road, Sheffield S11 8JA.',
          ['ADDRESS:Flat 4, Linden Court, 212 Ecclesall Road, Sheffield S11 8JA'],
        ],
        ['We moved to 7 Ashby Court, 18 Kings Road, Bath BA1 2QT\nthanks', ['ADDRESS:7 Ashby Court, 18 Kings Road, Bath BA1 2QT']],
        ['the address should read 12 Heol Y Bryn, not 14', ['ADDRESS:12 Heol Y Bryn']],
        [
          'before that Flat 5, 22 Heol Isaf, Radyr, Cardiff CF15 8AA\nAgent: thanks',
          ['ADDRESS:Flat 5, 22 Heol Isaf, Radyr, Cardiff CF15 8AA'],
        ],
        [
          'If found, post it to: Drottninggatan 41, lgh 1102, 113 51 Stockholm, Sweden (postage paid)',
          ['ADDRESS:Drottninggatan 41, lgh 1102, 113 51 Stockholm, Sweden'],
        ],
        [
          'Ms Aoife Byrne\nApartment 7, Dockside Quay\nRingsend, Dublin 4, D04 X285, Ireland\n\n3 March 2025',
          ['ADDRESS:Apartment 7, Dockside Quay\nRingsend, Dublin 4, D04 X285, Ireland'],
        ],
        // A phone's digits after a Welsh street's postcode are no ZIP code.
        ['Seller: Owain Rees, 4 Heol y Coed, Bridgend CF31 4AA, 07700 900 123', ['ADDRESS:4 Heol y Coed, Bridgend CF31 4AA']],
        // Digits in groups before a word are a phone's, not a Swedish postcode.
        ['ring 070 555 12 34 Monday', []],
      ],
      'ADDRESS',
    );
  });

  test("a card's billing address, a JSON record's address, a household a leak damaged (en, ko)", () => {
    assertFound(
      [
        ['Name on card: ERIN PAK\nBilling: 450 Lakeview Dr, Ann Arbor, MI 48104', ['ADDRESS:450 Lakeview Dr, Ann Arbor, MI 48104']],
        [
          '{"donor_id": "D-100", "name": "Mr Hugh Pryor", "address": "Willow Cottage, Mill Lane, Castleton S33 8WR", "gift_aid": true}',
          ['ADDRESS:Willow Cottage, Mill Lane, Castleton S33 8WR'],
        ],
        ['{"ip_address": "10.0.4.12, gateway"}', []],
        ['피해세대: 105동 702호 거주 (010-5555-0101)', ['ADDRESS:105동 702호']],
        ['아래층 세대(301동 1202호) 천장 누수 확인', ['ADDRESS:301동 1202호']],
        // A leak's floor and a room are no household.
        ['피해세대 확인: 천장 얼룩 2곳', []],
      ],
      'ADDRESS',
    );
  });
});
