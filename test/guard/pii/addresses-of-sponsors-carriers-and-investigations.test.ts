// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma and laboratories; logistics and aviation;
// security, fraud and workplace investigations) showed about addresses: a lab's, a carrier's, a sponsor's, a bank's or a
// public office's own address reads like a home, and only its line, its label or its register tells them apart; while a
// home that a label, a victim's file or a resident's word points to is a person's, whatever organisation the line names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' addresses by the line that prints them", () => {
  test("a letterhead's service line, an attention line, a signature's phone under the firm, a service number (en, ko)", () => {
    assertFound(
      [
        ['NORTHGATE PATHOLOGY — REQUISITION\n450 Lakeside Dr, Suite 12, Reno, NV 89501 · Client services 1-888-555-0102', []],
        ['Harbor Trials Unit, 77 Pier Rd, Salem, MA 01970 · Recruitment line 978-555-0143', []],
        ['Eastfield Ethics Committee\nAttn: Committee Secretary\n18 Tower Hill Rd, Albany, NY 12203', []],
        ['Jonas Weber\nOcean Freight | Nordkap Spedition GmbH\nT +49 40 7741 2200 | Am Kaiserkai 12, 20457 Hamburg', []],
        ['김도윤 | 한울이사 | 1588-2231 | 서울 마포구 월드컵북로 400, 5층', []],
        // A person's own phone before a home under a person's line stays theirs.
        ['Mina Choi\nT +44 7700 900321 | 14 Elm Grove, Leeds LS6 2AB', ['ADDRESS:14 Elm Grove, Leeds LS6 2AB']],
        // An attention line to a person keeps the address theirs.
        ['ATTN: DEVEREAUX, MARCUS\n2714 Magnolia Trace Dr, Austin, TX 78758', ['ADDRESS:2714 Magnolia Trace Dr, Austin, TX 78758']],
      ],
      'ADDRESS',
    );
  });

  test("a labelled store, organisation, pickup or delivery firm, a seller in brackets, a firm's country in its name (en, ko)", () => {
    assertFound(
      [
        ['Store: Fairway Express Hove, 21 Church Road, Hove BN3 2FL', []],
        ['Organisation: Redbrook Lettings Ltd (ICO reg. ZB112233), 5 Castle Street, Ludlow SY8 1AS', []],
        ['Pickup: Mesa Verde Produce Co-op, 1200 W Farm Rd, Yuma, AZ 85364', []],
        ['Delivery: Sunbelt Grocers DC, 8800 Logistics Pkwy, Ontario, CA 91761', []],
        ['Sales Lead, Daehan Fasteners USA | 400 Industrial Blvd, Dalton, GA 30721', []],
        ['반송지는 판매처 GreenLeaf (1200 Harbor Blvd, Fullerton, CA 92832) 로 해주세요', []],
        ['Ship to: Apotheek Stadsziekenhuis, Hoofdstraat 12, 3011 AB Rotterdam', []],
        // A person after a delivery label keeps the home theirs.
        ['Delivery: Aaron Pike, 42 Willow Lane, Dayton, OH 45402', ['ADDRESS:42 Willow Lane, Dayton, OH 45402']],
        ['배송지: 서울 마포구 성미산로 17, 302호', ['ADDRESS:서울 마포구 성미산로 17, 302호']],
      ],
      'ADDRESS',
    );
  });

  test("a payer's register block, a business address beside the residence asked apart, a registered office (en, ko)", () => {
    assertFound(
      [
        ['상호: 한빛바이오 주식회사\n사업자등록번호: 214-86-55120\n법인등록번호: 110111-3322110\n주소: 서울 강남구 선릉로 500, 9층', []],
        [
          'Name: Dara Kim\nBusiness Address: 900 Wilshire Blvd, Suite 210, Los Angeles, CA 90017\nResidence Address: 455 S Oxford Ave, Apt 12, Los Angeles, CA 90020',
          ['ADDRESS:455 S Oxford Ave, Apt 12, Los Angeles, CA 90020'],
        ],
        ["Its registered office is a virtual office's address (Suite 2, 40 Bank Street, London E14 5NR) shared with others.", []],
        // A contract's party under the firm's block, and a business address alone, stay the person's.
        [
          '상호: 한빛바이오 주식회사\n사업자등록번호: 214-86-55120\n(을) 성명: 정하은\n주민등록번호: 990101-2345678\n주소: 서울 송파구 오금로 50, 101동 202호',
          ['ADDRESS:서울 송파구 오금로 50, 101동 202호'],
        ],
        ['Business Address: 12 Rose Court, Apt 4, Fresno, CA 93704', ['ADDRESS:12 Rose Court, Apt 4, Fresno, CA 93704']],
      ],
      'ADDRESS',
    );
  });

  test("a counter's hours after the address, a department that mail goes to, a public office's row, a place to come to (en, ko)", () => {
    assertFound(
      [
        ["We're at 15 Harbor Street, Salem, window 2, weekdays 9 to 5.", []],
        [' - 우편: 서울특별시 중구 세종대로 110, 12층 소비자보호부 앞', []],
        ['3 | 마포구청 여권민원과 | 서울 마포구 월드컵로 212 | 02-3153-8000', []],
        ['상담사: 내일 센터로 오세요. 수원시 팔달구 효원로 100, 3층.', []],
        ['Agent: delivery to the clinic same as last time? 12 Dock Road, Cardiff CF10 4AA', []],
        ['본사 연수원(이천시 부발읍 경충대로 2091) 에서 교육합니다', []],
        // A home said beside the same words stays the person's.
        ['배송지: 서울 마포구 성미산로 17, 302호 경비실 앞', ['ADDRESS:서울 마포구 성미산로 17, 302호']],
        ['3 | 이수민 | 서울 마포구 월드컵로 15, 103동 201호 | 010-5521-7730', ['ADDRESS:서울 마포구 월드컵로 15, 103동 201호']],
        ['Rachel: i live at 7 Ivy Close, Salem, MA 01970. come any time', ['ADDRESS:7 Ivy Close, Salem, MA 01970']],
      ],
      'ADDRESS',
    );
  });

  test("a flight's segments and a building society are no address (en)", () => {
    assertFound(
      [
        ['Flight(s): KL 0875 AMS-ICN 02MAR, connecting KE 1105 ICN-PUS 03MAR', []],
        ['Westvale Building Society, 10 Park Row, Leeds LS1 5HD', []],
        // A flat still opens a home.
        ['Send it to Flat 4, 22 Quarry Lane, Leeds LS6 1AB', ['ADDRESS:Flat 4, 22 Quarry Lane, Leeds LS6 1AB']],
      ],
      'ADDRESS',
    );
  });
});

describe("people's addresses beside organisations' words", () => {
  test('a changed or a purposed address label, a European postcode before the sentence ends (en)', () => {
    assertFound(
      [
        [
          'Also, my address changed: Danziger Str. 12, 2nd floor, 10435 Berlin. Please update it.',
          ['ADDRESS:Danziger Str. 12, 2nd floor, 10435 Berlin'],
        ],
        ['Address for replacement delivery: 9 Glen Road, Bray, Co. Wicklow A98 K2X4', ['ADDRESS:9 Glen Road, Bray, Co. Wicklow A98 K2X4']],
        ['My new address: Lindenweg 4, 80331 München. My number stays the same.', ['ADDRESS:Lindenweg 4, 80331 München']],
        ['Landlord address for notices: 18 Vine St, Fresno, CA 93701; tel. (559) 555-0142', ['ADDRESS:18 Vine St, Fresno, CA 93701']],
        // A firm's returns address keeps its label's purpose.
        ['Address for returns: Unit 4, Kingsway Trading Estate, Leeds LS11 5AB', []],
      ],
      'ADDRESS',
    );
  });

  test("my address, a victim's or a subject's home in an organisation's line, an expense note's home cell (ko)", () => {
    assertFound(
      [
        [
          '연구센터는 병원 안이고 서류에 내 주소는 그대로 14 Bay St, Unit 802, Toronto, ON M5J 2R8 로 썼어',
          ['ADDRESS:14 Bay St, Unit 802, Toronto, ON M5J 2R8'],
        ],
        [
          '렌터카 반납지가 피해자 주소(220 Elm St NE, Apt 4, Atlanta, GA 30308)와 일치',
          ['ADDRESS:220 Elm St NE, Apt 4, Atlanta, GA 30308'],
        ],
        [
          '지금은 서울 마포구 성미산로 20, 501호 오피스텔이고 가는 곳은 경기 고양시 일산동구 중앙로 1100, 201동 1403호요',
          ['ADDRESS:서울 마포구 성미산로 20, 501호', 'ADDRESS:경기 고양시 일산동구 중앙로 1100, 201동 1403호'],
        ],
        [
          '일자,항목,가맹점,금액,비고\n2024-03-02,택시,개인택시,32000,출발지가 대상자 자택(서울 양천구 목동로 100, 201동 303호)',
          ['ADDRESS:서울 양천구 목동로 100, 201동 303호'],
        ],
        // A store's row in the same list stays the store's.
        ['매장명,주소,전화\n강남점,서울 강남구 테헤란로 100,02-555-0100', []],
      ],
      'ADDRESS',
    );
  });

  test("a building and a unit before its resident's word (ko)", () => {
    assertFound(
      [
        ['경사: 204동 1101호 거주자분이 피의자로 의심됩니다.', ['ADDRESS:204동 1101호']],
        ['그 사람 302동 802호에 사는 분이에요', ['ADDRESS:302동 802호']],
        // A household on a management office's books, and a hospital's room, are no home given away.
        ['민원인: 오세라 (203동 704호 입주민)', []],
        ['환자는 702호실 입원 중', []],
      ],
      'ADDRESS',
    );
  });
});
