// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools, universities and families) showed
// of structured values: a canteen menu's allergens, a student's and a merchant's numbers, an address that a sentence or a
// note goes on after, a roster's address without commas, German and Irish plates, a unit record number said later, and a
// pet's birthday.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('menus, plates and pets', () => {
  test("a menu's allergen numbers are no address; a real one in brackets stays (ko, en)", () => {
    assertFound(
      [
        ['[학교알리미] 3월 2주 급식 안내\n3/11(월) 현미밥, 제육볶음(5.6.10.13), 배추김치(9)', []],
        ['접속 IP(211.36.142.118)에서 로그인 시도', ['IP_ADDRESS:211.36.142.118']],
        ['Login from (10.2.3.14) failed twice', ['IP_ADDRESS:10.2.3.14']],
      ],
      'IP_ADDRESS',
    );
  });

  test("a student's and a merchant's numbers, a credit union's member line (en, ko)", () => {
    assertFound(
      [
        ['My student number is 21374455.\nYou can reach me on 0412 555 901.', ['PHONE:0412 555 901']],
        ['2. 가맹점명: NORDIC HOME STORE AB (가맹점번호 4412098813)\n연락처 010-2741-8836', ['PHONE:010-2741-8836']],
        ['Northwoods Credit Union, Eau Claire - member services (715) 832-4400', []],
      ],
      'PHONE',
    );
  });

  test('an address ends at its postcode before a sentence or a note, or before a note in brackets; a roster writes one without commas (en, de)', () => {
    assertFound(
      [
        [
          'Registered address: 14 Albion Close, Stevenage SG1 4PJ. Failure to respond within 24hrs will result in suspension.',
          ['ADDRESS:14 Albion Close, Stevenage SG1 4PJ'],
        ],
        [
          'Unloading address: Belgradstraße 21, EG, 80796 München (we apply for the Halteverbot zone)',
          ['ADDRESS:Belgradstraße 21, EG, 80796 München'],
        ],
        ['Current address: 2908 Belmont Blvd, Nashville, TN 37212 (since 2021)', ['ADDRESS:2908 Belmont Blvd, Nashville, TN 37212']],
        [
          'Address (3 yrs+): 9 Whinfell Drive, Kendal LA9 7QF - homeowner, mortgage with Nationwide',
          ['ADDRESS:9 Whinfell Drive, Kendal LA9 7QF'],
        ],
        [
          'stop,time,student,parent,phone,address\n14,07:05,Ava Lindqvist,Erik Lindqvist,(608) 274-9153,412 N 3rd St Stoughton WI 53589',
          ['ADDRESS:412 N 3rd St Stoughton WI 53589'],
        ],
      ],
      'ADDRESS',
    );
  });

  test('German and Irish plates beside a car (en, ko)', () => {
    assertFound(
      [
        ['She drives a silver Volvo, B-IL 4471, in case the Hausmeister asks about parking.', ['VEHICLE_PLATE:B-IL 4471']],
        ['the other driver was Declan, his car was 171-KY-5502, he gave me his number', ['VEHICLE_PLATE:171-KY-5502']],
        ['우리 차는 회색 VW Touran, M-SH 8472 예요', ['VEHICLE_PLATE:M-SH 8472']],
        ['Ref 171-KY-5502 for your order', []],
      ],
      'VEHICLE_PLATE',
    );
  });

  test("a unit record number said later; a pet's birthday is no person's (en, ko)", () => {
    assertFound(
      [["Her UR number at the Royal Children's is 0771948 from the asthma admission.", ['MEDICAL_RECORD:0771948']]],
      'MEDICAL_RECORD',
    );
    assertFound(
      [
        ['Section B - Pet\nBreed: Cavoodle   Sex: M   Date of birth: 14/02/2021   Microchip: 956000012847731', []],
        ["반려동물: '보리' / 말티푸 / 수컷 / 2021.02.14생 / 동물등록번호 410100018827364", []],
        ['Policyholder: Georgia McAllister   Date of birth: 03/09/1987', ['DATE_OF_BIRTH:03/09/1987']],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test("an event's venue, a shop's unit, a restaurant or a hall before an address is no home (en, ko)", () => {
    assertFound(
      [
        ['Venue: The Grand, 1401 Fulton St, Fresno — Saturday Oct 11, 6 pm.', []],
        ['The studio is at Shop 3, 210 Lygon St, Carlton VIC 3053 if you want to drop in.', []],
        ['일시: 2025. 7. 19.(토) / 장소: 대학 본관 대강당 (서울특별시 성동구 왕십리로 222)', []],
        ['라온웨딩홀 청담 3층 (서울 강남구 선릉로 757)', []],
        ['- 사업장: 인천 연수구 컨벤시아대로 165, 1층 (임차)', []],
        // A delivery's or an installation's place is the customer's home.
        ['설치 장소: 서울특별시 양천구 목동동로 130, 712동 305호', ['ADDRESS:서울특별시 양천구 목동동로 130, 712동 305호']],
      ],
      'ADDRESS',
    );
  });

  test("an insurer's line, a death benefit's policy, a visa sponsor's licence and a vet's registration are no person's (en, ko)", () => {
    assertFound(
      [
        ['For questions the NHIS foreigner line is 1577-1000 (English available).', []],
        ['사망보험금 청구서\n청구접수번호 LC-24-118830 / 증권번호 WL-1998-0032417\n입원 후 사망', []],
      ],
      'HEALTH_INSURANCE',
    );
    assertFound([['Sponsor: University of Leeds (licence no. 7KH3Q29XD)\nCAS number: E4G8J20F1M73K5', []]], 'DRIVER_LICENSE');
    assertFound([['Treating vet: Dr Amit Khosla, VSB reg. V7712\nCondition: cranial cruciate ligament rupture', []]], 'VEHICLE_PLATE');
  });
});
