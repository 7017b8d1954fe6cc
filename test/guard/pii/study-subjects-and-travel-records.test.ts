// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma and clinical trials; logistics, shipping and
// aviation; security and fraud investigations) showed about records and identifiers: a trial's subject, participant,
// volunteer and biobank donor numbers after their labels, in their tables and beside them by site; hospital numbers after
// notes and said later; a crew list's "PP" passports; a booking's child birth dates; values given in answer; a plate's
// issuer in brackets; and a sample's, a kit's, a lot's or an accession's number, which stays unfound.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("a clinical study's numbers for its people", () => {
  test('a subject, a participant, a volunteer and a donor after their labels (en, ko)', () => {
    assertFound(
      [
        ['SAE report — Protocol ABX-112, Site 41\nSubject ID: 041-0193   Sex: M', ['MEDICAL_RECORD:041-0193']],
        ['Study KL-9 update: consent withdrawn for participant KL-P-002871, aliquots to be destroyed.', ['MEDICAL_RECORD:KL-P-002871']],
        ['Phase I unit, study HV-21\nVolunteer database ID: VDB-V-224817\nName on file only', ['MEDICAL_RECORD:VDB-V-224817']],
        ["Your mother's study ID is 318-0072; it's on the wallet card for the trial.", ['MEDICAL_RECORD:318-0072']],
        ['임상시험센터입니다. 아버님(대상자번호 KM-118-0426) 다음 방문은 Visit 5입니다.', ['MEDICAL_RECORD:KM-118-0426']],
        ['[오전 9:02] 박지은: 0522-031 대상자 스크리닝 탈락 처리했습니다', ['MEDICAL_RECORD:0522-031']],
        ['바이오뱅크 상담: 기증자 번호 D-2021-07713 로 확인됩니다.', ['MEDICAL_RECORD:D-2021-07713']],
        // An e-mail's subject line, a range of subjects, a date, and the same words outside a study name no one.
        ['Subject: PRJ-2024-0588 protocol review\n\nHi team, notes attached.', []],
        ['임상시험 DMX 모니터링: 대상자 05-001~05-009 중 6명 SDV 완료', []],
        ['Study visit for the subject on 2024-05-02 was rescheduled.', []],
        ['Jury service: participant no. 118-4022, parking validated at the courthouse.', []],
        ['Protocol ZN-204: Screening ID 014-007 consented today.', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("a site's other subjects written alike, and never a kit's, a sample's or a lot's number (en, ko)", () => {
    assertFound(
      [
        [
          'Protocol ZN-204 monitoring letter. Subject 12-031 signed ICF v2; kit 50112 went to 12-031 but is logged against 12-027.',
          ['MEDICAL_RECORD:12-031', 'MEDICAL_RECORD:12-031', 'MEDICAL_RECORD:12-027'],
        ],
        [
          '임상시험 SDV: 대상자 RB220-04-011, RB220-04-013 완료. Lot L24A003, 검체 SER-24-11902 반납.',
          ['MEDICAL_RECORD:RB220-04-011', 'MEDICAL_RECORD:RB220-04-013'],
        ],
        // Another site's subject, or a number of another shape, is no sibling.
        [
          'Protocol ZN-204: Subject 12-031 done; site 14-031 and subject 12-0315 pending.',
          ['MEDICAL_RECORD:12-031', 'MEDICAL_RECORD:12-0315'],
        ],
        ['Study ORB-5 shipment: sample NGB-24-003381, kit 40117 and accession AC-2024-11873 sent to the central lab.', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("a study's table under its subject, donor or 대상자번호 column, not its screening numbers (en, ko)", () => {
    assertFound(
      [
        ['Screening log — Study ORB-5\n\nSubject | Name | Status\nS-1182 | Ama Mensah | Enrolled', ['MEDICAL_RECORD:S-1182']],
        ['Screening log — Study ORB-5\n\nScr no. | Name | Status\nS-1182 | Ama Mensah | Screen fail', []],
        ['[KX-77 임상시험] 스크리닝 로그\n\n스크리닝번호 | 결과\nS03-011 | 탈락', []],
        [
          'BIOBANK register export\n\nsample_id,donor_id,consent\nNGB-24-0381,D-118274,v2.1\nNGB-24-0382,D-120905,v2.1',
          ['MEDICAL_RECORD:D-118274', 'MEDICAL_RECORD:D-120905'],
        ],
        ['[KX-77 임상시험] 교통비 지급\n\n대상자번호 | 금액 | 방문\nK02-014 | 50,000 | V3', ['MEDICAL_RECORD:K02-014']],
        ['PD log — Study TRV-2\n\n# | Subject | Category\nPD-305-009 | 305-0018 | Visit window', ['MEDICAL_RECORD:305-0018']],
        // A charity's donors, and a school's subjects, are no study's.
        ['Donors export\n\ndonor_id,name,amount\nD-00419,Standing order,£25', []],
        ['Timetable\n\nsubject,room,code\nChemistry,B12,CHEM-2041', []],
      ],
      'MEDICAL_RECORD',
    );
  });
});

describe("a hospital's number after a note, said later, or beside a surgery", () => {
  test('after a long note in brackets, said later with words between, in a clinical text (en, ko)', () => {
    assertFound(
      [
        [
          'SAE report, study CBT-201\nSubject ID: 108-0042\nHospital MRN (site file only — redact before faxing): 7731-0945',
          ['MEDICAL_RECORD:108-0042', 'MEDICAL_RECORD:7731-0945'],
        ],
        ['Source notes: the lab printout shows UR number 7734102 only.', ['MEDICAL_RECORD:7734102']],
        ['Admitted with suspected NSTEMI. Hospital case number LSH-2024-118452.', ['MEDICAL_RECORD:LSH-2024-118452']],
        [
          "Physio audit, patient R. Calvo: the clinic's own record number for him is HC-0098123 and the notes are templated.",
          ['MEDICAL_RECORD:HC-0098123'],
        ],
        ['Member verified: hospital MRN at Banner: 20774193 (ER visit, not disputed).', ['MEDICAL_RECORD:20774193']],
        ['피보험자 확인 요청\n귀원 등록번호(차트): KM-0048817\n도수치료 주 3회 청구', ['MEDICAL_RECORD:KM-0048817']],
        ['이식 기록\n · 등록번호 20931477 / 2024-03-11 수술 / TI-41713', ['MEDICAL_RECORD:20931477']],
        // Outside a clinic, a record number is an order's.
        ['Thanks! The record number for your order is AB-1234567.', []],
      ],
      'MEDICAL_RECORD',
    );
  });
});

describe('travel and crew records', () => {
  test("a crew list's PP passports, a passport after its country, a booking's child birth dates", () => {
    assertFound(
      [
        ['1. Ch/Off Oleh Bondar, UA, DOB 02.04.1981, PP FK518274', ['PASSPORT:FK518274']],
        ['2. Ramon Aquino — Bosun — Philippines — DOB 02 Sep 1984 — PP P4048817C', ['PASSPORT:P4048817C']],
        ['Passport: Canada AK518824', ['PASSPORT:AK518824']],
        ['He asked me to include his passport number, NXR7K41P3, and his home address.', ['PASSPORT:NXR7K41P3']],
        // Polypropylene and pages are PP too, and a flight after a passport's word is no passport.
        ['Material: PP 1234567A sheet, 3 mm', []],
        ["Please add my son's passport details for AC0857 YYZ-LHR on 3 Sep", []],
      ],
      'PASSPORT',
    );
    assertFound(
      [
        [
          '  1.KIM/MINHO MR   2.KIM/SORA MISS(CHD/21JUN18)\n 13 SSR CHLD OZ HK1 21JUN18/P2',
          ['DATE_OF_BIRTH:21JUN18', 'DATE_OF_BIRTH:21JUN18'],
        ],
        [' 14 SSR CHML KE HK1/S4/P3\n  4  KE 017 Y 02NOV 6 ICNLAX HK3', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test("a plate with its issuer in brackets under its column, and a data controller's or a minor's tag, which is none", () => {
    assertFound(
      [
        [
          'audit\n\nmileage_claims (personal vehicle)\nclaimant,vehicle_plate,date\nJordan Avila,7RKD318 (CA),2024-10-14',
          ['VEHICLE_PLATE:7RKD318'],
        ],
        ['Controller: Castle Lettings Ltd (ICO reg. ZA518722), 21 Market Street', []],
        ['For airline use: UM tag UM-DUB-7741 · escort assigned', []],
      ],
      'VEHICLE_PLATE',
    );
  });
});

describe('values given in answer, and health cards after their labels', () => {
  test("the phone's IMEI, a CDL after its state, a member card and a crew's medical cover card", () => {
    assertFound(
      [
        [
          "Agent: Do you have the phone's IMEI? It's on the box.\nCaller: I've got the box here... 358912067342158.",
          ['IMEI:358912067342158'],
        ],
        ["Agent: What's the phone number on the account?\nCaller: 07700 900461.", []],
      ],
      'IMEI',
    );
    assertFound(
      [
        ["Support: To verify, what's your CDL number and state?\nDriver: Illinois W452-7018-3391", ['DRIVER_LICENSE:W452-7018-3391']],
        ["Support: To verify, what's your CDL number and state?\nDriver: Illinois, give me a sec", []],
        ["Agent: And your driver's license number?\nCaller: Alabama DL 7349201, expires 08/2028.", ['DRIVER_LICENSE:7349201']],
      ],
      'DRIVER_LICENSE',
    );
    assertFound(
      [
        ['Member Alberto Ruiz, member card no. SPS-2287-0419-38, DOB 11/05/1976', ['HEALTH_INSURANCE:SPS-2287-0419-38']],
        ['Crew medical cover card no.: GRD-SF-77120498', ['HEALTH_INSURANCE:GRD-SF-77120498']],
        ['상담원: 아이 건강보험증 번호 아시면 미리 기재해 드립니다.\n보호자: 잠깐만요.. 61049381577요.', ['HEALTH_INSURANCE:61049381577']],
        ['상담원: 건강보험 관련 서류는 택배로 보내드립니다.\n보호자: 네 61049381577번 송장이요.', []],
      ],
      'HEALTH_INSURANCE',
    );
  });
});
