// What the forty-seventh and forty-eighth rounds of hand-written texts (homes and property; media, entertainment and
// creators) showed of organisations' own values: the lines of letting agents, building offices, conveyancers, property
// managers and production offices, songwriters' IPI numbers, and the mailboxes and venues of movers, agencies and labels.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("property managers' and productions' desks", () => {
  test("a firm's line after its name and a comma, an office's line, a letterhead's (en)", () => {
    assertFound(
      [
        ["Buyer's conveyancer: Beth Moloney, Moloney Conveyancing, 03 9481 2270, beth@moloneyconvey.com.au", []],
        ['7. EMERGENCY REPAIRS. Apex Plumbing & Rooter, (619) 280-4411 (24 h).', []],
        ['Lena (Flat 12): yep, office is 0117 946 0213, 9–5 weekdays', []],
        ['The super is Luis, and the building office is (212) 864-3300.', []],
        ['Production office: Unit 2, Longman Ind. Est., Inverness, 01463 717 210.', []],
        ['Press office line on site is 0161 496 0800.', []],
        ['Out-of-hours line for Kingsbridge Property is 0161 832 4400 btw', []],
        ['Vendor: AquaPro (512-444-9100, main line). Told him we would call back.', []],
        ['Chartered Surveyors, 22 Prince of Wales Road, Norwich NR1 1LB, 01603 762 450', []],
        ['Landlord: Gregory Lam (c/o Lakeshore Property Mgmt, office 416-203-8840)', []],
        ['Writer 3: Dustin Kehoe | PRO: SESAC | IPI: 01002461935 | Publisher: Low Hollow Songs', []],
        // An agent's own mobile after the agency's name and a dash stays theirs.
        ['Agent: Jeremy Goh, Orchid Realty Pte Ltd — +65 8236 1057', ['PHONE:+65 8236 1057']],
        ['Site office: 061-460-2200 · community liaison: Kasun (WhatsApp +94 77 418 2936)', ['PHONE:+94 77 418 2936']],
      ],
      'PHONE',
    );
  });

  test("a management office's, a night desk's and an agency's line (ko)", () => {
    assertFound(
      [
        ['관리실 031-8017-2640 / 야간 당직 031-8017-2641', []],
        ['보증회사 가입 예정 / 관리회사 TEL 03-5342-1180', []],
        ['- 제작사: 필름앤빛 (사무실 063-282-7710), 동의서 원본은 하나 씨가 보관', []],
        ['담당 PD: 모건우 (사내 02-789-3461 내선 4412)', []],
        ['# 발신번호 02-3471-0098 (온하우징 임대관리팀)', []],
        ['사기 문자 발신번호 010-4471-2290 신고합니다', ['PHONE:010-4471-2290']],
      ],
      'PHONE',
    );
  });

  test("movers', agencies', labels' and platforms' mailboxes, and productions' venues (en, ko)", () => {
    assertFound(
      [
        ['To: angebote@umzug-kraemer.de\nSubject: Re: Angebot Nr. 2025-0412', []],
        ['Apply at 8 Market Place, Hexham or applications@northgatelettings.co.uk', []],
        ['To: copyright@vidloop.com\nSubject: DMCA notice', []],
        ['From: 로열티팀 <royalty@mintwave.kr>', []],
        ['문의: 비즈니스팀 02-6713-4500 / biz@playlab.kr', []],
      ],
      'EMAIL',
    );
    assertFound(
      [
        ['Return to the production office, Unit 5, 110 Mill Lane, Bristol BS3 4DP — tel. 0117 496 0712.', []],
        ['Recording: Thu 18 July 2024, Studio B, 41 Wardour Street, London W1D 6PY', []],
        ['공연장: 서울특별시 송파구 올림픽로 424 KSPO DOME', []],
        ['Homeowners Association, Inc.\nc/o Coastal Community Management, 2500 Tamiami Trail N, Suite 210, Naples, FL 34103', []],
      ],
      'ADDRESS',
    );
  });
});
