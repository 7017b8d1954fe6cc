// What the sixty-first to sixty-third rounds of hand-written texts (games and trust & safety; construction and heavy
// industry; life events) showed about structured identifiers: a health check's register of foreign workers, a
// subcontractors' register with mistyped check digits, numbered answers to numbered questions, a SIN copied from the
// sample card, a business number a sentence after its label, plates described by where they were seen, long-term care
// numbers and Washington's licences; and registration numbers of events and rosters that read as plates.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("registers, answers and plates: identifiers by their column, their question or their car's words", () => {
  test("a health check's register heads the insurance card and the chart by their own names; a device register the SIM (ko, en)", () => {
    const register =
      '접수 | 성명 | 건강보험증 | 검진 차트번호 | 판정\n0101 | 마동현 | 61240385172 | K-25-00418 | A\n0102 | 석하윤 | 미가입(취득 중) | K-25-00419 | B';
    assertFound([[register, ['HEALTH_INSURANCE:61240385172']]], 'HEALTH_INSURANCE');
    assertFound([[register, ['MEDICAL_RECORD:K-25-00418', 'MEDICAL_RECORD:K-25-00419']]], 'MEDICAL_RECORD');
    assertFound(
      [
        [
          'Device | IMEI | SIM ICCID | Issued to\nT-01 | 353918104472810 | 898204117359028464 | night crew\nT-02 | spare | - | -',
          ['ICCID:898204117359028464'],
        ],
        ['단말 | 유심 ICCID | 지급일\nH-07 | 898204117359028464 | 04-02', ['ICCID:898204117359028464']],
        // A number that fails the SIM's check digit is the register's own code.
        ['Device | SIM ICCID | Issued to\nT-03 | 898204117359028465 | spare', []],
      ],
      'ICCID',
    );
  });

  test("a subcontractors' register gives business and corporate numbers as printed, a check digit mistyped (ko, en)", () => {
    assertFound(
      [
        [
          '협력사 | 사업자등록번호 | 법인등록번호 | 공종\n(주)한빛토건 | 214-37-58160 | 110111-2847301 | 토공\n우성전기 | 608-12-40273 | (개인) | 전기',
          ['BRN:214-37-58160', 'CRN:110111-2847301', 'BRN:608-12-40273'],
        ],
        [
          'vendor,biz_reg_no,corp_reg_no,amount\nHanbit Civil,214-37-58160,110111-2847301,184300000',
          ['BRN:214-37-58160', 'CRN:110111-2847301'],
        ],
        // Bare digits under the header must still pass the check digit, and a note is no number.
        ['협력사 | 사업자등록번호 | 비고\n한빛토건 | 2143758160 | -\n우성전기 | 신청 중 | -', []],
      ],
      undefined,
    );
  });

  test('a business number a sentence after its label, with no other number between (en, ko)', () => {
    assertFound(
      [
        ['maybe my 사업자등록번호 is wrong in your system, it is 214-37-58160. please check', ['BRN:214-37-58160']],
        ['The business number printed on the pay envelope is 608-12-40273.', ['BRN:608-12-40273']],
        ['사업자등록번호가 세금계산서에 잘못 찍혀 나왔는데 맞는 번호는 214-37-58160 입니다', ['BRN:214-37-58160']],
        // A sentence's end or another number between: the label is the other number's.
        ['Business number is on the invoice. Call me at 214-37-58160 tomorrow', []],
        ['사업자등록번호는 거래명세서에 있고, 담당 직통 02-418-2290, 계좌 608-12-40273 으로 입금', []],
      ],
      'BRN',
    );
  });

  test("a SIN right after its label, the sample card's 0 too; a JSON key's SIN (en, ko)", () => {
    assertFound(
      [
        ['SIN: 072 138 506\nDate of birth: 1981-02-14', ['CA_SIN:072 138 506']],
        ['{"legal_name": "Noé Tremblay", "emp_sin": "612 348 078"}', ['CA_SIN:612 348 078']],
        ['캐나다 급여 등록용 SIN 번호 072 138 506 보내드려요', ['CA_SIN:072 138 506']],
        // A 0 is never issued: away from its label or run together it is another number.
        ['SIN on file. Order 072 138 506 shipped today', []],
        ['SIN: 072138506', []],
      ],
      'CA_SIN',
    );
  });

  test('numbered answers to numbered questions take the type each question names (en, ko)', () => {
    const inline =
      'could you reply with: 1) name as in passport, 2) passport number, 3) date of birth.\n> 1) MÜLLER JONAS 2) C8K4T2M71 3) 24.09.1986';
    const korean = '아래 내용 회신 부탁드립니다.\n1) 성함\n2) 여권번호\n3) 생년월일\n\n1) 곽도윤\n2) M48213379\n3) 1987.05.21';
    assertFound(
      [
        [
          'Please reply with:\n1. SSN\n2. Date of birth\n3. Home address\n4. Passport\n\nReply:\n1. 418-62-9035\n2. 03/17/1979\n3. 881 W Elm St, Tempe, AZ 85281\n4. see attached',
          ['DATE_OF_BIRTH:03/17/1979'],
        ],
        [inline, ['DATE_OF_BIRTH:24.09.1986']],
        [korean, ['DATE_OF_BIRTH:1987.05.21']],
        // Questions that name no identifier, and an answer not of the shape asked, are no values.
        ['Agenda:\n1. Venue\n2. Catering\n\nNotes:\n1. Hall B\n2. 2024-05-01', []],
        ['1. Passport\n2. Date of birth\n\n1. on its way\n2. ask my mum', []],
      ],
      'DATE_OF_BIRTH',
    );
    assertFound(
      [
        [inline, ['PASSPORT:C8K4T2M71']],
        [korean, ['PASSPORT:M48213379']],
      ],
      'PASSPORT',
    );
  });

  test('plates described by where they were seen or whose car bears them; a regional plate after its province (en, ko)', () => {
    assertFound(
      [
        ['she posted the licence plate of his car (KTR4418) twice', ['VEHICLE_PLATE:KTR4418']],
        ['the plate in the video (OH GHX 2291) matches the BMV record', ['VEHICLE_PLATE:GHX 2291']],
        ['Plate visible in photos: Colorado LPW-M58', ['VEHICLE_PLATE:LPW-M58']],
        ['큰아버지: 충남42사 1187 이야', ['VEHICLE_PLATE:충남42사 1187']],
        // A steel plate or a dish is described by other words; an event's, a roster's and a tenancy's registration numbers are codes.
        ['weld the steel plate of the hull (HT-36 grade) first', []],
        ['Subject: invitation letter — registration ECN26-04417', []],
        ['[{"reg_no": "CP-2025-20417", "name": "Im Jae-won"}]', []],
        ['Tenancy registration RTB-T-0518826 confirmed.', []],
      ],
      'VEHICLE_PLATE',
    );
  });

  test("a long-term care number after 인정번호, and an insurance card offered in the answer's own question (ko, en)", () => {
    assertFound(
      [
        ['보호자: 성함 방순례, 인정번호 L2048813377 이요.', ['HEALTH_INSURANCE:L2048813377']],
        ['Mom got 장기요양 2등급 in May. 인정번호 is L2048813377.', ['HEALTH_INSURANCE:L2048813377']],
        ['상담원: 병원 등록번호 받으셨어요?\n보호자: 건강보험증 번호도 필요하세요? 61240385172 예요.', ['HEALTH_INSURANCE:61240385172']],
        // Without its label the shape is any code.
        ['Ticket L2048813377 closed', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("Washington's licences: the older name-based number after its label, the WDL number a few turns later (en)", () => {
    assertFound(
      [
        ['Washington licence SMITHJK482QZ, DOB 02/11/1980', ['DRIVER_LICENSE:SMITHJK482QZ']],
        ["I renewed my driver's licence last month.\nThe new card is WDL4K8PQ2ZT9.", ['DRIVER_LICENSE:WDL4K8PQ2ZT9']],
        // With no licence spoken of, the shape is anyone's code.
        ['Order WDL4K8PQ2ZT9 was shipped.', []],
      ],
      'DRIVER_LICENSE',
    );
  });

  test("a passport named with what it is for, Russia's passport in a roster's column, a classic car's short VIN (en, ko)", () => {
    assertFound(
      [
        ['Passport for the site induction at Geoje: C8K4T2M71, born 02.03.1984', ['PASSPORT:C8K4T2M71']],
        ['Name | Nationality | Passport | DOB\nIgor Sokolov | RU | 71 5520846 | 1977-04-12', ['PASSPORT:71 5520846']],
        ['성명 | 국적 | 여권번호\n올가 페트로바 | RU | 71 5520846', ['PASSPORT:71 5520846']],
        // A passport's purpose before another kind of number, and a roster's other column, hold no passport.
        ['Passport for the site induction: see HR ticket HR-4471', []],
        ['Name | Nationality | Room\nIgor Sokolov | RU | 71 5520846', []],
      ],
      'PASSPORT',
    );
    assertFound(
      [
        ['1968 Mercury Cougar, Lime Frost\nVIN: 8F91C553267\nPlate: Michigan historic', ['VIN:8F91C553267']],
        // Too few digits for a maker's number: a trim or an order code.
        ['VIN: CGTR1AKM', []],
      ],
      'VIN',
    );
  });

  test("an organisation's IBAN by its legal form, a team's account or a holder field above it; a person's stays (en)", () => {
    assertFound(
      [
        ['Entry fee by transfer to Kaamos Gaming ry, IBAN FI90 4055 0012 3456 76, BIC HELSFIHH.', []],
        ['# debtor: Baltic Cup Events B.V., NL91 ABNA 0417 1643 00, BIC ABNANL2A', []],
        ['org share goes to the team account DE89 3704 0044 0532 0130 00 as usual', []],
        ['Beneficiary: Lindholm Events AB\nBank: SEB\nIBAN on file: SE45 5000 0000 0583 9825 7466', []],
        ['Beneficiary: Karin Lindholm\nBank: SEB\nIBAN: SE45 5000 0000 0583 9825 7466', ['IBAN:SE45 5000 0000 0583 9825 7466']],
        ['Tobi: Tobias Brandt, DE89 3704 0044 0532 0130 00', ['IBAN:DE89 3704 0044 0532 0130 00']],
      ],
      'IBAN',
    );
  });

  test("an animal's birthday beside its sex and neutering, and a period's first date after a birth word, are no person's (ko, en)", () => {
    assertFound(
      [
        ['환자: 보리 (푸들, 암컷·중성화, 생일 2019-08-21)', []],
        ['Patient: Biscuit (beagle, neutered male), birthday 2020-03-14', []],
        ['요청 자료: 가입자 성명, 생년월일\n - 2024. 3. 1. ~ 2024. 4. 30. 접속 기록', []],
        ['보호자: 임채윤 (생일 1984-11-02)', ['DATE_OF_BIRTH:1984-11-02']],
      ],
      'DATE_OF_BIRTH',
    );
  });
});
