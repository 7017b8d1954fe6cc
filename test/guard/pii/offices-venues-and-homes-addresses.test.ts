// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; recruitment and payroll; hotels, travel
// and wellness) showed about addresses: homes written in English with their unit first and a numbered side road, a tax
// form's city line, a home's word or a complex's flat that keeps an office's letter from claiming it, a Cambodian village's
// address; and the counters, sites, venues, campuses, depots, signatures and footers of organisations, which are no one's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('offices, venues and homes: addresses', () => {
  test('homes in English with the unit first and a numbered side road, a form line, a village with no number (en)', () => {
    assertFound(
      [
        [
          'Home: 2F, 14 Sinhyeon-daero 118beon-gil, Bucheon-si, Gyeonggi-do (rent ₩500,000)',
          ['ADDRESS:2F, 14 Sinhyeon-daero 118beon-gil, Bucheon-si, Gyeonggi-do'],
        ],
        [
          'Residence: B02 (semi-basement), 31 Dongbu-gangbyeon-ro 9-gil, Gwangjin-gu, Seoul\nPhone: 010-4471-2290',
          ['ADDRESS:B02 (semi-basement), 31 Dongbu-gangbyeon-ro 9-gil, Gwangjin-gu, Seoul'],
        ],
        ['6 City or town, state, and ZIP code: Dayton, OH 45402\n7 Account number(s)', ['ADDRESS:Dayton, OH 45402']],
        ['City or town, state or province, country, and ZIP: Tempe, AZ 85281', ['ADDRESS:Tempe, AZ 85281']],
        [
          'Home: Phum Trapeang Veng, Khum Preaek Anhchanh, Srok Mukh Kampul, Kandal Province\nMobile: +855 12 345 678',
          ['ADDRESS:Phum Trapeang Veng, Khum Preaek Anhchanh, Srok Mukh Kampul, Kandal Province'],
        ],
        // A form line that holds no town, and a village's one word, are no address.
        ['City, state, and ZIP code: see the attached letter', []],
        ['we had lunch at Phum Chhay, a café by the river', []],
      ],
      'ADDRESS',
    );
  });

  test("a home's word, a complex's flat and a bracket's remark: the home stays, its remark does not (ko)", () => {
    assertFound(
      [
        [
          '결과 통지서는 댁(부산 남구 용소로 45, 2층)으로 보내드립니다. 문의는 팀 대표번호 051-620-4000 으로 주세요.',
          ['ADDRESS:부산 남구 용소로 45, 2층'],
        ],
        [
          '  위치: 대전 서구 둔산로 100, 한빛아파트 102동 1504호\n  내용: 층간소음 신고',
          ['ADDRESS:대전 서구 둔산로 100, 한빛아파트 102동 1504호'],
        ],
        ['  주소: 경기도 남양주시 다산로 120, 705호 (등본상 주소, 실거주 아님 확인됨)', ['ADDRESS:경기도 남양주시 다산로 120, 705호']],
        // A shop's location bullet, and a verb's 대로 before a date, are none.
        ['매장 안내\n- 위치: 대전 서구 둔산로 100, 3층', []],
        ['자료 받는 대로 12/3 에 송금할게요', []],
      ],
      'ADDRESS',
    );
  });

  test("counters, offices, sites, venues, car parks, depots and campuses (en), a person's home beside them", () => {
    assertFound(
      [
        ['Copies are $15 each, payable online or at 410 N Main St, Wichita, KS 67202.', []],
        ['Clerk: Yes, 220 E Court St, Dayton, Monday to Friday 9 to 4.', []],
        ['Our counter is at 1500 Main St, Dallas, TX 75201, tel. (214) 555-0100.', []],
        ['Residents complain about the construction site at 48 Dosan-daero, Gangnam-gu.', []],
        ['Venue: Daejeon MMA, Examination Hall 3, 55 Jungang-ro, Jung-gu, Daejeon', []],
        ['please use the public lot at 14 Hapjeong-ro 3-gil (4 min walk)', []],
        ['- Town Hall underground car park, 21 Jungang-ro (900)', []],
        ['[\n  {"office": "Tax Center Austin, 300 E 8th St", "slot": "09:00"}\n]', []],
        ['Accounts Payable, 9 Harbour Rd, Pyrmont NSW 2009', []],
        ['From: Kestrel Staffing — Logistics Division, 8 Park Row, Leeds LS1 5HD', []],
        ['Report to the north gate, 8800 Ranch Rd (Sealy DC).', []],
        ['Temporary labour supplied to your Swindon DC (Unit 7, Thornhill Way, Swindon SN3 4TA)', []],
        ['• Work location: 12F, 100 Sejong-daero, Jung-gu, Seoul', []],
        ['Interview at our Dublin campus: 4400 Tuttle Rd, Suite 200, Dublin, OH 43017.', []],
        ['People Team, Lumen Analytics Inc. | 200 Bay St, Suite 1200, Toronto | office +1 416-555-0199', []],
        ['3F, 9 Achasan-ro, Seongdong-gu, Seoul (Ttukseom stn exit 8, 2 min walk)', []],
        ['Booking confirmed. Address: 88 Dongbaek-ro, Giheung-gu, Yongin. Parking 2h free. Changes: 031-555-0100', []],
        ['Council Tax, PO Box 4410, Leeds LS1 9TT', []],
        // A person's record, and a home a cheque is sent to, stay addresses.
        ['{"name": "Dana Whitlock", "address": "1402 Elm St, Austin, TX 78701"}', ['ADDRESS:1402 Elm St, Austin, TX 78701']],
        ['Please send the cheque to my home at 88 Birch Lane, Dayton, OH 45402.', ['ADDRESS:88 Birch Lane, Dayton, OH 45402']],
      ],
      'ADDRESS',
    );
  });

  test("a signature's or a footer's line of cells with the office's line, a firm's chief before it (en, ko), a person's with a mobile", () => {
    assertFound(
      [
        ['PT AGREEMENT\nHarbor Pilates Mapo · 22 Yanghwa-ro 8-gil, Mapo-gu, Seoul · 02-332-1180\n\nMember: Lee Ha-eun', []],
        ['Clinic team\nBloom Derma · 6F, 300 Gangnam-daero, Seocho-gu, Seoul · +82 2-6000-1234 · intl@bloomderma.kr', []],
        ['Supplier: Bluefin Tours Co., Ltd.\nCEO: Park Seo-yeon · 7F, 20 Eulji-ro, Jung-gu, Seoul · 02-777-1200', []],
        ['Thanks,\nMina Cho | Travel desk\nT. 02-2000-1234 | 서울 중구 을지로 50, 8층', []],
        ['감사합니다.\n한결민박 / 서울 종로구 계동길 50 / 02-700-1234', []],
        ['홍보람 드림 | Partner\n다리컨설팅 | 서울 강남구 테헤란로 400, 10층 | T. 02-555-0100 | www.dari.kr', []],
        ['세무법인 하늘 | 서울 서초구 서초대로 300, 9층 | T 02-555-0000 | F 02-555-0001', []],
        // A person's line with a mobile is theirs.
        ['Member card\nKim Min-ji · 22 Yanghwa-ro 8-gil, Mapo-gu, Seoul · 010-4412-7780', ['ADDRESS:22 Yanghwa-ro 8-gil, Mapo-gu, Seoul']],
      ],
      'ADDRESS',
    );
  });

  test("Korean registers, venues, sites and a place's own line and name (ko), a person's beside them", () => {
    assertFound(
      [
        ['{\n  "회사": {\n    "법인등록번호": "110111-1234567",\n    "소재지": "서울특별시 중구 세종대로 100, 10층"\n  }\n}', []],
        ['■ 일시: 4월 3일 14:00\n■ 장소: 서울 종로구 율곡로 10, 5층 면접실', []],
        ['  1 | 3.12.(화) | 송파구민회관 대강당 (서울 송파구 백제고분로 242) | 300', []],
        ['내일 같이 가자 출입국 사무소 120 Queen St 로', []],
        ['현장 주소는 경기도 이천시 마장면 덕평로 100 (주)한길물류 이천센터 A동이고, 반장님 번호는 센터로 물어보세요', []],
        ['레스토랑 연락처는 02-555-1234, 주소는 서울 강남구 도산대로 100 입니다.', []],
        ['실장: 제주특별자치도 제주시 애월읍 애월해안로 200, 바람 요가 센터. 문의 064-700-1000', []],
        [
          '(사업주) 사업체명: (주)푸른상회   전화: 02-300-1000\n          주    소: 서울특별시 은평구 통일로 800, 3층\n          사업자등록번호: 123-81-45678\n(근로자) 주    소: 서울특별시 은평구 통일로 700, 101동 202호',
          ['ADDRESS:서울특별시 은평구 통일로 700, 101동 202호'],
        ],
        // One's own line before one's own address keeps it.
        ['제 연락처는 02-555-1234, 주소는 서울 강남구 도산대로 100, 302호 입니다.', ['ADDRESS:서울 강남구 도산대로 100, 302호']],
      ],
      'ADDRESS',
    );
  });
});
