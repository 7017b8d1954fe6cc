// What the fifty-first round of hand-written texts (energy, utilities and field work) showed about Korean addresses: a
// numbered side street written apart from its road ("신림로 59길 14"), a complex's hyphenated building and a villa's
// lettered one with a basement unit, a home's unit said alone after its words, a works notice's stretch of road or a
// plant's area, which are no one's home; and a utility's, a café's, a clinic's and a letting agent's own addresses.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('Korean addresses: side streets apart from their road, units, areas', () => {
  test('a numbered side street after a blank, in Korean and in an English sentence (ko, en)', () => {
    assertFound(
      [
        ['주소: 서울특별시 강북구 삼양로 181길 25, 2층 201호', ['ADDRESS:서울특별시 강북구 삼양로 181길 25, 2층 201호']],
        ['address 서울특별시 관악구 신림로 59길 14, 302호 please', ['ADDRESS:서울특별시 관악구 신림로 59길 14, 302호']],
        ["I'm at 서울 마포구 월드컵북로 21길 8, 103동 703호.", ['ADDRESS:서울 마포구 월드컵북로 21길 8, 103동 703호']],
        // A numbered street with no road before it is no address, nor a road's word of an ordinary sentence.
        ['우리 동네 59길 14 번지', []],
        ['출근길 3번 버스', []],
      ],
      'ADDRESS',
    );
  });

  test("a hyphenated building, a villa's lettered building and a basement unit (ko)", () => {
    assertFound(
      [
        [
          '주소 인천광역시 연수구 컨벤시아대로 165, 더샵 마스터뷰 23-1동 2704호 맞나요?',
          ['ADDRESS:인천광역시 연수구 컨벤시아대로 165, 더샵 마스터뷰 23-1동 2704호'],
        ],
        ['주소는 인천광역시 부평구 동수로 56 청천빌라 나동 지하 1호예요', ['ADDRESS:인천광역시 부평구 동수로 56 청천빌라 나동 지하 1호']],
        // A social worker who gives the address keeps it the client's (사회복지사 holds a branch's word, 지사).
        [
          '문금순(사회복지사): 주소는 인천광역시 부평구 동수로 56 청천빌라 나동 지하 1호예요',
          ['ADDRESS:인천광역시 부평구 동수로 56 청천빌라 나동 지하 1호'],
        ],
        // A plant's running (가동) after the number is no building.
        ['서울 강남구 테헤란로 152 가동 중단', ['ADDRESS:서울 강남구 테헤란로 152']],
      ],
      'ADDRESS',
    );
  });

  test("a home's building and unit said alone after the home's words (ko)", () => {
    assertFound(
      [
        ['주차 위치는 지하2층 기둥 근처 (저희 집은 905동 1201호입니다)', ['ADDRESS:905동 1201호']],
        ['도기찬: 동호수 알려주세요\n윤미란: 아 동호수 빠졌네요 103동 1104호', ['ADDRESS:103동 1104호']],
        [
          '신고자: 광주 북구 우치로 177번길 12 그린빌라 2층이요, 냄새는 201호에서 나고 저는 202호예요',
          ['ADDRESS:광주 북구 우치로 177번길 12 그린빌라 2층', 'ADDRESS:202호'],
        ],
        // A subway line and a hospital's room are no home (and a hospital's own address is no one's).
        ['병원은 서울 강남구 테헤란로 152 본관이고요. 저는 302호실 환자 보호자예요', []],
        ['병원은 서울 강남구 테헤란로 152 본관이고요. 저는 2호선 타고 가요', []],
      ],
      'ADDRESS',
    );
  });

  test("a works notice's stretch of road and a site's area are no one's address (ko)", () => {
    assertFound(
      [
        ['- 대상: 강동구 천호동 일부 (천호대로 1005~1117 일대, 약 2,300세대)', []],
        ['발전소: 당진 석문 태양광 (충청남도 당진시 석문면 통정리 1440 일원)', []],
        ['신고 주소: 서울 강동구 천호대로 1005, 3층 / 단수 세대', ['ADDRESS:서울 강동구 천호대로 1005, 3층']],
      ],
      'ADDRESS',
    );
  });
});

describe("utilities', cafés', clinics' and letting agents' own addresses (en)", () => {
  test('by the name before the address, its label, its estate or the office after it', () => {
    assertFound(
      [
        ['CITY OF MAPLE RIDGE UTILITIES\n400 W. Commerce St, Maple Ridge, OH 43040  |  (937) 642-3100', []],
        ["Hi, it's the owner at The Larder Café, 8 High Street, Totnes TQ9 5NN. Our contract ends soon.", []],
        ['Clinic: Central Valley Pediatric Pulmonary, 1450 W Shaw Ave, Fresno, CA 93711', []],
        ['Mrs Ashby c/o Fenway Lettings, 22 Broad Street, Ely CB7 4AH, tel 01353 662 410', []],
        ['Supply address: Unit 2, Harrow Lane Trading Estate, Barnsley S71 1SA', []],
        ['call the super at 400 Riverdale Ave (building office) after 6', []],
        ['D. Santiago,LEHIGH VALLEY BAGEL CO,"1910 Hamilton St, Allentown, PA 18104",610-433-1200', []],
        // The customer's own address in the same letters stays hers.
        ['Supply address: 9 Heaton Grove, Shipley BD18 4LP', ['ADDRESS:9 Heaton Grove, Shipley BD18 4LP']],
        ['Patient: Rhonda Givens, 2819 W Thomas Rd Apt 112, Phoenix, AZ 85017', ['ADDRESS:2819 W Thomas Rd Apt 112, Phoenix, AZ 85017']],
      ],
      'ADDRESS',
    );
  });
});
