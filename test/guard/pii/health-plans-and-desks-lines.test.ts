// What the forty-second and forty-third rounds of hand-written texts (health and care; public services) showed: a health
// plan's member numbers under more labels and shapes, and the lines of wards, clinics, practices and offices that no person
// answers.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("health plans' numbers, desks' lines", () => {
  test("a plan's certificate, membership, policy and card numbers under their labels (en)", () => {
    assertFound(
      [
        ['Extended health: Northbridge Benefits, certificate no. 44720913', ['HEALTH_INSURANCE:44720913']],
        ['Caller: Yes, Keystone Senior Health, member number KSH 60218847-01.', ['HEALTH_INSURANCE:KSH 60218847-01']],
        ['Owen Hughes: Yes, Albion Expat Health, membership AEH-559031-OH', ['HEALTH_INSURANCE:AEH-559031-OH']],
        ['My private insurer (policy no. PKV-3380417-02) reimburses me directly', ['HEALTH_INSURANCE:PKV-3380417-02']],
        ['DOB: 30/09/2016\nCHI number: 300916 5838\nAllergies: peanuts', ['HEALTH_INSURANCE:300916 5838']],
        ['Medical card no.: 2281 4470 9B', ['HEALTH_INSURANCE:2281 4470 9B']],
        ['SHA member no.: SHA-0019-4428-713', ['HEALTH_INSURANCE:SHA-0019-4428-713']],
        ['Insurance card no.: FH-1-04-2291-87734', ['HEALTH_INSURANCE:FH-1-04-2291-87734']],
        ['Zorgverzekeraar: CZ — polisnummer 224981367', ['HEALTH_INSURANCE:224981367']],
        ['Mutuelle: LMDE, n° adhérent 0047731926', ['HEALTH_INSURANCE:0047731926']],
        ['HMO: Maxicare — card no. 1192-0048-7731-06, LOA no. LOA-25-118402', ['HEALTH_INSURANCE:1192-0048-7731-06']],
        // A medical certificate's or a motor policy's certificate number is no one's plan.
        ['MEDICAL CERTIFICATE\nIssued by: Riverside Clinic\nCertificate No.: 2025-1104-0087', []],
        ['MOTOR INSURANCE CERTIFICATE\nCertificate no: MIC-0048812-24', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("long-term care's recognition number, a student's health policy (ko)", () => {
    assertFound(
      [
        ['장기요양인정번호 L1904472108 (3등급)의 갱신 기한이 2025년 2월입니다', ['HEALTH_INSURANCE:L1904472108']],
        ['수급자: 국미자 (장기요양인정번호 L2106839451, 2등급)', ['HEALTH_INSURANCE:L2106839451']],
        ['OSHC 보험: Bupa, 보험증권 번호 0038552174 (2025.02.01~2027.03.31)', ['HEALTH_INSURANCE:0038552174']],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("a ward's, a clinic's, a practice's or an office's line (en)", () => {
    assertFound(
      [
        ['Ravecto dose due. Clinic line: 04 566 2031.', []],
        ['Pharmacist: 10:00–16:00. Store line 0118 496 0732.', []],
        ["Nurses' station: 0191 445 2207, ext 7207.", []],
        ['Visiting is open; ring the unit on 01604 712 480 ext. 3.', []],
        ['Practice: 01285 653 100 (out of hours: 01242 222 345)', []],
        ['Non-emergency line 416-808-2222.', []],
        ['Questions: Main Library desk (951) 826-5201, Mon–Thu 10–8.', []],
        ['Council Tax Reduction team: 0141 287 5050', []],
        ['GP Dr Rana Haddad, Auburn Medical Centre (ph 02 9649 3311) within 7 days', []],
        ['Wellington Road Surgery, 88 Wellington Road North, Stockport SK4 1HF · 0161 480 2211', []],
        ['Room 1203, 12/F, 500 Hennessy Road, Causeway Bay · Tel 2838 6612', []],
        // A CV's header keeps its owner's number.
        ['Lagos, Nigeria · +234 803 417 2296 · chidinma.eze@gmail.com', ['PHONE:+234 803 417 2296']],
        // A person's own mobile after hours, and a customer reached by phone, stay theirs.
        ['M: 07823 551906\nOut of hours: 07459 208 113', ['PHONE:07823 551906', 'PHONE:07459 208 113']],
        ['We reached the customer by phone on +44 7700 184 629.', ['PHONE:+44 7700 184 629']],
      ],
      'PHONE',
    );
  });

  test("a booking desk's, a team's or an office's line (ko)", () => {
    assertFound(
      [
        ['예약 변경은 02-3443-2875로 연락 주세요.', []],
        ['접수 창구: 본관 1층 의무기록팀 (051-797-0105), 접수번호 MR-240611-022', []],
        ['서저리는 Camberwell Green Surgery, 리셉션 번호 020 7703 4851', []],
        ['담당 부서: 교통지도과 주차단속팀 (☎ 031-8075-3452)', []],
        ['면접일: 2024.11.23(토) / 입학처 051-410-4777', []],
        // A named person's direct line stays theirs.
        ['정산 담당 오지현 과장 / 직통 02-6952-3107 로 연락 주세요', ['PHONE:02-6952-3107']],
      ],
      'PHONE',
    );
  });

  test("desks' mailboxes, speakers that are roles, a plan that speaks (en)", () => {
    assertFound(
      [
        ['To: carparking@northgategeneral.nhs.uk\nFrom: gemma.whitfield79@gmail.com', ['EMAIL:gemma.whitfield79@gmail.com']],
        ['Repeat prescriptions: repeats@ballymorefp.ie', []],
      ],
      'EMAIL',
    );
    assertFound(
      [
        ['Reg: Interesting one from last night.\nConsultant: HELLP until proven otherwise.\nReg: 740.', []],
        ['Clerk: Citation number, please?\nCaller: AJ7M4KE.\nClerk: Card number when ready.', []],
        ['Caller: Yes, Keystone Senior Health, member number KSH 60218847-01.', []],
      ],
      'PERSON',
    );
  });

  test("a worker table's entry dates, a carer called 여사님, a public office's chat (ko)", () => {
    assertFound(
      [
        [
          '번호,성명,국적,외국인등록번호,여권번호,입국일,체류만료일\n1,RAHMAN MD ARIFUL,방글라데시,920418-5612734,EH0482915,2022-03-15,2025-03-14\n2,TRAN VAN HUNG,베트남,970202-5846195,C7305126,2023-07-04,2026-07-03',
          [],
        ],
      ],
      'DATE_OF_BIRTH',
    );
    assertFound(
      [
        ['간병협회 통해서 내일부터 조선희 여사님 오신대', ['PERSON:조선희']],
        ['간병인 여사님 일당 15만원 맞지?', []],
        ['주민: 여권 창구 몇 시까지 해요?\n구청: 평일 09:00~18:00입니다.\n주민: 수수료는요?\n구청: 53,000원입니다.', []],
      ],
      'PERSON',
    );
  });

  test("an elder's birthday, a Chinese passport's label, a password manager's export (ko, en)", () => {
    assertFound(
      [
        ['할머니 생신 1941년 3월 2일 맞죠?', ['DATE_OF_BIRTH:1941년 3월 2일']],
        ['할머니 생신 축하드려요 3월 2일 파티', []],
      ],
      'DATE_OF_BIRTH',
    );
    assertFound([['등록번호 970815-6361823, 护照号 EJ4827103', ['PASSPORT:EJ4827103']]], 'PASSPORT');
    assertFound(
      [
        [
          'name,url,username,password\nNHS App,https://www.nhsapp.service.nhs.uk,ellie.marsh91@gmail.com,,Face ID',
          ['EMAIL:ellie.marsh91@gmail.com'],
        ],
      ],
      'EMAIL',
    );
  });

  test("a foreigner's number given in answer beside a health card's word keeps its type (ko)", () => {
    assertFound(
      [
        [
          '상담사: 건강보험 피부양자 등록은 남편분 직장에서 신청하시면 돼요. 외국인등록증 번호 한 번 더 확인할게요\n마리셀: 네 선생님. 980623-6184275 예요.',
          ['FRN:980623-6184275'],
        ],
      ],
      'FRN',
    );
  });
});
