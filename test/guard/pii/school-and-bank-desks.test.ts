// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools, universities and families) showed
// of organisations' own values: the lines of schools' offices, academies' desks, dormitories and police stations, and the mailboxes of payables, collections, scholarships and international students' offices.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("schools', banks' and insurers' desks", () => {
  test("an office's, a school's, a centre's or a help desk's line (en)", () => {
    assertFound(
      [
        ['Ms. Patel: Sure, I will call from the school line (901-416-5500) so it may show up as unknown.', []],
        ['Questions about the fees? Office of International Affairs: 02-2123-3483', []],
        ['Centre phone: (08) 9271 4403\nEmergency contact: Margaret Doyle 0418 775 240', ['PHONE:0418 775 240']],
        ['Admissions: (028) 5413 7520 ext. 112', []],
        ['Studentensekretariat: +49 351 463-42000', []],
        ['Helpdesk: 011-40759000', []],
        ['Transport office landline 080-2845 3311 only after 8 am. Driver Ramesh 98801 47362.', ['PHONE:98801 47362']],
        ['Local transport office: 091 537 530 (10:00–13:00).', []],
        ['Registered office: Suwon (company tel 031-214-8830)', []],
        ['Incident no. 25-118843 (Dún Laoghaire Garda Station, 01 666 5000)', []],
        ['Clinic: Canal Winchester Pediatrics, (614) 355-8000', []],
        ['Shop 12, 240 Church St, Parramatta NSW 2150 — ph 02 9635 7710.', []],
        ['Appeal lodged at the service centre, 9 Tampines Central 1, #02-11 (tel 6788 1122) on 02/05/2025.', []],
        // A person's own office, a lost company phone and an office manager's line stay theirs.
        ['Reach me on my office: 020 7946 0381', ['PHONE:020 7946 0381']],
      ],
      'PHONE',
    );
  });

  test("an academy's, a dormitory's, a centre's or a care room's line (ko)", () => {
    assertFound(
      [
        ['접수 완료했습니다. 현재 대기 3순위예요. 돌봄교실 032-551-8027', []],
        ['개인 연락처는 남기지 마시고 진학실 02-940-7213 으로 전화 주세요.', []],
        ['사감실: 네. 외박 신청 확인했어요. 사감실 054-330-2215', []],
        ['교습비 등록번호 제1537호\n데스크: 02-555-7391', []],
        ['기부금 영수증 발급번호: HS-2024-0157 / 동문회 사무국 032-427-8810', []],
        ['어린이집 전화 02-415-3827 / 하원 가능 시간 16:00~19:30', []],
        ['지역위원 | 여상철 | 지역 청소년센터장 | 센터 031-8036-5540 | 동일', []],
        // 제 사무실 is the writer's own.
        ['급한 일은 제 사무실 02-555-1234로 연락주세요', ['PHONE:02-555-1234']],
      ],
      'PHONE',
    );
  });

  test("payables', collections', scholarships' and students' offices' mailboxes (en, ko)", () => {
    assertFound(
      [
        ['From: Accounts Payable <ap@brightlinemedia.com>\nHi Wen, before we can release invoice 4471', []],
        ['From: Collections — FlexiPay <collections@flexipay.com.au>', []],
        ['To: motorclaims@harbourinsure.ie', []],
        ['To: intlhouse.dorm@hanseo-univ.ac.kr\nSubject: Dorm contract', []],
        ['From: Scholarship Office <hocbong.kt@ftu-hn.edu.vn>', []],
        ['문의 janghak@hanbit.ac.kr / 031-8005-2040', []],
        ['문의: 학사지원팀 haksa@kyungin.ac.kr', []],
        ['To: Homestay Office <homestay@brightoncollege.edu.au>', []],
        // A person's address at a webmail stays theirs, whatever its word.
        ['보내실 곳: collections@gmail.com', ['EMAIL:collections@gmail.com']],
      ],
      'EMAIL',
    );
  });
});
