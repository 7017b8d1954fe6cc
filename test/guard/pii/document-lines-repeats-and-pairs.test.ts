// The structured values the twelfth to the fifteenth rounds of hand-written texts showed: airline document lines, a value
// read back later, a login pasted with its password, answers after a request without a question mark, door codes keyed
// after 공동현관, phones by their account, their list or their country's grouping, and the bills whose account is no bank's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('document lines, repeats and pairs', () => {
  test("an airline's document line gives the passport and the birth date; FOID and a country before a passport (en)", () => {
    assertFound([
      ['DOCS: P/HKG/K08316452/HKG/05AUG92/F/21NOV31/LAM/KA YAN', ['PASSPORT:K08316452', 'DATE_OF_BIRTH:05AUG92', 'PERSON:LAM/KA YAN']],
      ['Travel document: P/SGP/K4419283M   DOB 07OCT79', ['PASSPORT:K4419283M', 'DATE_OF_BIRTH:07OCT79']],
      ['BOOKING REFERENCE: 7XKQ4N\nFOID: PP M41839266', ['PASSPORT:M41839266']],
      ['여권: Passport NZ LP448917 확인', ['PASSPORT:LP448917']],
      // A reference with slashes is no document line.
      ['ref P/ABC/12345678', []],
    ]);
  });

  test('an identifier read back later is found again; a date is not (en, ko)', () => {
    assertFound([
      [
        'Agent: New passport number and expiry please?\nCustomer: canadian, GK608214, expires 11 Jun 2034\nAgent: Thank you, GK608214 is now saved.',
        ['PASSPORT:GK608214', 'PASSPORT:GK608214'],
      ],
      ['연락처 010-4471-2093 맞으시죠? 네, 010-4471-2093 으로 문자 드릴게요', ['PHONE:010-4471-2093', 'PHONE:010-4471-2093']],
      // A child's birth date is also the day of its first vaccine.
      ['Date of birth: 02.03.2023\nBCG | 02.03.2023 | 0571K22', ['DATE_OF_BIRTH:02.03.2023']],
    ]);
  });

  test('a login pasted with its password, logs of sudo and sshd (en, ko)', () => {
    assertFound([
      ['omg pasted my steam login by accident 💀 user xXkaiXx_99 pass Mochi!2024', ['USERNAME:xXkaiXx_99', 'PASSWORD:Mochi!2024']],
      ['NAS 세팅 끝났어 계정 hyungjun 비번 Nas!2580kk 로 해놨어', ['USERNAME:hyungjun', 'PASSWORD:Nas!2580kk']],
      ['sudo: lmarchetti : TTY=pts/0 ; PWD=/srv/checkout ; USER=root', ['USERNAME:lmarchetti']],
      ['FATAL: password authentication failed for user "svc_orders"', ['USERNAME:svc_orders']],
      ['Customer: BattleTag Haneul#21847, login email', ['USERNAME:Haneul#21847']],
      ['sshd[20418]: Disconnected from user dhkang port 52214', ['USERNAME:dhkang']],
      ['SAP 사용자 ID: YEOSW01', ['USERNAME:YEOSW01']],
      ['%ASA-6-722022: Group <SSL-VPN> User <jhkwon> IP <211.36.142.87>', ['USERNAME:jhkwon', 'IP_ADDRESS:211.36.142.87']],
      ['radiusd[1187]: (8812) Login OK: [jh.kwon] (from client wlc02 port 1)', ['USERNAME:jh.kwon']],
      ['openvpn[902]: jh.kwon/211.36.142.118:50144 MULTI_sva', ['USERNAME:jh.kwon', 'IP_ADDRESS:211.36.142.118']],
      ['이력서 | github.com/sjpark-lab | 대전', ['USERNAME:sjpark-lab']],
      ['QuickConnect ID는 jinhome77 이고 공유기 펌웨어는 15.024', ['USERNAME:jinhome77']],
      ['see github.com/facebook/react for the docs', []],
      ['LOGIN_FAILED: Login failed [user: jhkwon] [Source: 10.20.4.117]', ['USERNAME:jhkwon', 'IP_ADDRESS:10.20.4.117']],
      ['My LinkedIn is linkedin.com/in/tobi-adeyemi-aca and my CV is attached', ['USERNAME:tobi-adeyemi-aca']],
      ['Affected user: memberId=starlit_0915 / email', ['USERNAME:starlit_0915']],
      [
        '접속 주소: https://poc.lumenworks.io\n- ID: yujin.han_poc / 임시 비밀번호: Lmw!2025poc#7',
        ['USERNAME:yujin.han_poc', 'PASSWORD:Lmw!2025poc#7'],
      ],
      ['사내 GitLab: gitlab.corp-nexa.io', []],
      ['the user manual pass rate is 95%', []],
    ]);
  });

  test("answers to a request without a question mark, 회신 부탁, a card's printed number (en, ko)", () => {
    assertFound([
      [
        "Agent: Before we release the van I'll need the number off your photocard licence.\nCustomer: OKAFO 703284 CN9XY",
        ['DRIVER_LICENSE:OKAFO 703284 CN9XY'],
      ],
      ['Agent: I need the account passcode please.\nCustomer: bluefinch88', ['PASSWORD:bluefinch88']],
      ['상담원: 환자분 등록번호 알려주시겠어요?\n고객: 진료카드에 있는 번호 10448731 이요.', ['MEDICAL_RECORD:10448731']],
      ["Sarah: passport number 회신 부탁드려요\nArjun: Sure! It's V3928475.", ['PERSON:Sarah', 'PERSON:Arjun', 'PASSPORT:V3928475']],
      ['Agent: can you confirm your date of birth?\nCustomer: 14.02.88', ['DATE_OF_BIRTH:14.02.88']],
      ["AGENT: And do you have your membership number?\nCALLER: It's 40917732-02.", ['HEALTH_INSURANCE:40917732-02']],
      [
        'Agent: what was the original ID and email?\nCustomer: mingyu_0927 and kmg0927@naver.com',
        ['USERNAME:mingyu_0927', 'EMAIL:kmg0927@naver.com'],
      ],
    ]);
  });

  test('door codes keyed after 공동현관 or a buzzer, passwords after 비번도 or in a URL (ko, en)', () => {
    assertFound(
      [
        ['공동현관은 열쇠모양 누르고 3691 하시면 열려요', ['PASSWORD:3691']],
        ['배달 요청사항) 공동현관 #4829* 누르고 들어오세요', ['PASSWORD:#4829*']],
        ['와이파이 비번도 hoonfamily2019 로 맞게 넣었어요', ['PASSWORD:hoonfamily2019']],
        ['공동현관은 열쇠 모양 누르고 2580, 현관 도어락은 031490 이에요.', ['PASSWORD:2580', 'PASSWORD:031490']],
        ['Apt 3F, Brooklyn, NY 11221, buzzer code 2468', ['PASSWORD:2468']],
        ['REDIS_URL=redis://:hG4kT8sQ2nB6@10.20.31.52:6379/0', ['PASSWORD:hG4kT8sQ2nB6']],
        ['현관 앞에 놔주세요 2024년', []],
      ],
      'PASSWORD',
    );
  });

  test("phones by their account, their list, their country's grouping and the drama range (en, ko)", () => {
    assertFound(
      [
        ['Contact no. on account: 0117 924 3806', ['PHONE:0117 924 3806']],
        ['Agent: The mobile on the account is 087 412 6630', ['PHONE:087 412 6630']],
        ['Ph: 0484-2427718 / 94470 61385', ['PHONE:0484-2427718', 'PHONE:94470 61385']],
        ['Mobile: 9822 417 306   Email: rohan@example.in', ['PHONE:9822 417 306']],
        ['could you give me a ring on 01632 960418 to sort keys?', ['PHONE:01632 960418']],
        ['Mum reachable on 0813 447 2095', ['PHONE:0813 447 2095']],
        ["Daughter's no. 0813 447 2091. Discussed with Dr", ['PHONE:0813 447 2091']],
        ['Mobile: 0157 83924716', ['PHONE:0157 83924716']],
        // A business's lines and a bill's customer number are no person's.
        ['rather than the main repairs line (0300 123 4560).', []],
        ['Questions? Call 0800 123 4455 (free)', []],
        ['한국전력공사 청구서\n고객번호 0312447821', []],
      ],
      'PHONE',
    );
  });

  test("a bill's account is no bank's; a transfer's beneficiary and a Korean bank after its number are (en, ko)", () => {
    assertFound(
      [
        ['CITY OF GREELEY WATER & SEWER\nACCOUNT NUMBER 004419-338201   BILLING DATE 03/02', []],
        ['my contract (account 1903 8842 617) was fixed', []],
        ['Bank transfer to account 12345678', ['BANK_ACCOUNT:12345678']],
        ['Beneficiary: 0697124538 - OKAFOR CHIDINMA GRACE (GTBank)', ['BANK_ACCOUNT:0697124538']],
        ['V-0098,우리축산,412-23-88019,국민,491801-01-207735,어정민', ['BANK_ACCOUNT:491801-01-207735']],
        ['총 53,000원이구요, 351-1187-6624-93 농협 (예금주 꽃담) 으로 입금 부탁드려요~', ['BANK_ACCOUNT:351-1187-6624-93']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('health and hospital numbers: PHN, NHI, EHIC field 6, Krankenversichertennummer, 병록, UR (en, ko)', () => {
    assertFound([
      ['AHCIP PHN: 41823-6670', ['HEALTH_INSURANCE:41823-6670']],
      ['DVA Gold Card no.: NX204117', ['HEALTH_INSURANCE:NX204117']],
      ['review in clinic Thu. HMO card no. NHIS-7730-2281-04 to be brought.', ['HEALTH_INSURANCE:NHIS-7730-2281-04']],
      ['온타리오 OHIP 카드 번호가 5584-217-396-KT 예요', ['HEALTH_INSURANCE:5584-217-396-KT']],
      ['[한사랑내과] 남궁현우님(등록번호 0031-8842) 4/2(수) 오전 8:40', ['PERSON:남궁현우', 'MEDICAL_RECORD:0031-8842']],
      ['NHI no.: 71408263519 (dependant of employee-insured)', ['HEALTH_INSURANCE:71408263519']],
      ['NHI: ZAC5361', ['MEDICAL_RECORD:ZAC5361']],
      ['European Health Insurance Card\nPersonal identification number: Y289471560', ['HEALTH_INSURANCE:Y289471560']],
      ['Krankenversichertennummer: H837216400', ['HEALTH_INSURANCE:H837216400']],
      ['| 현재 건강보험증 번호 | 61049381572 |', ['HEALTH_INSURANCE:61049381572']],
      ['환자: 변옥순 (병록 0048213 / 월수금 오전)', ['PERSON:변옥순', 'MEDICAL_RECORD:0048213']],
      ['re: son, UR 3310847, 4yo, temp 38.9 since last night', ['MEDICAL_RECORD:3310847']],
      ['Kauvery Hospital   IP no.: KH/IP/26/018472', ['MEDICAL_RECORD:KH/IP/26/018472']],
      ['review Tomás (DOB 22/01/2018, chart EP-058214) on 04/10', ['PERSON:Tomás', 'DATE_OF_BIRTH:22/01/2018', 'MEDICAL_RECORD:EP-058214']],
      ['MRN: 0839962   GMS medical card no.: 1184327T', ['MEDICAL_RECORD:0839962', 'HEALTH_INSURANCE:1184327T']],
      ['Billboard chart 2024 hits', []],
      // A personal identification number off a health card is anything.
      ['Personal identification number: 123456789', []],
    ]);
  });

  test('birth dates: year, month, day; spaced labels; a list after and (en, ko)', () => {
    assertFound(
      [
        ['Birth date: 1983 Jun 27', ['DATE_OF_BIRTH:1983 Jun 27']],
        ['생 년 월 일: 1989년 4월 30일', ['DATE_OF_BIRTH:1989년 4월 30일']],
        ['our dates of birth are 11/07/1990 and 28/02/1992', ['DATE_OF_BIRTH:11/07/1990', 'DATE_OF_BIRTH:28/02/1992']],
        ['생년월일 1990.01.02 / 2024.05.06 방문', ['DATE_OF_BIRTH:1990.01.02']],
        ['주민번호 앞자리: 800311', ['DATE_OF_BIRTH:800311']],
        ['- 채하린 / CHAE HARIN / 여 / 2019.01.08 / 여권 M94402871', ['DATE_OF_BIRTH:2019.01.08']],
        ['수검자: 모현숙 님 (1962.08.30)', ['DATE_OF_BIRTH:1962.08.30']],
        ['환자: 제갈영순 (1949.12.03 / 만 75세)', ['DATE_OF_BIRTH:1949.12.03']],
        ['사번,성명,입사일,생년월일\nE2301,표지훈,2023-03-02,1992-07-14', ['DATE_OF_BIRTH:1992-07-14']],
        ['Mieterin: Yoon Chaewon, geb. 02.11.2001', ['DATE_OF_BIRTH:02.11.2001']],
        ['Invoice 2024 Jun 27', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test('names in capitals: a record line before its birth date, a title in capitals, a passenger with a hyphen (en)', () => {
    assertFound(
      [
        ['RX# 0419927   DATE: 02/03/26\nESPINOZA, GABRIELA   DOB: 12-21-2016', ['PERSON:ESPINOZA, GABRIELA']],
        ['Name: LÉVESQUE, Marc-Antoine      DOB: 24/01/1983', ['PERSON:LÉVESQUE, Marc-Antoine']],
        ['2. MRS ELIF GRUBER-DEMIR  ADT  P, TUR, U27493816', ['PERSON:ELIF GRUBER-DEMIR']],
        ['DR. SURESH KAMATH\nMFG: AUROBINDO', ['PERSON:SURESH KAMATH']],
        ['1 | GERBER/ANNA-LENA MS | Passport X4829173', ['PERSON:GERBER/ANNA-LENA']],
        ['Passenger 1: ALMANSOORI/KHALID MR   Passport N04418273 (ARE)', ['PERSON:ALMANSOORI/KHALID']],
        ['MS TEAMS MEETING at 10:30', []],
      ],
      'PERSON',
    );
  });

  test('keys, licences, plates, IMEIs and dotted cards by their shapes (en, ko)', () => {
    assertFound([
      ['headers={"Authorization": "Bearer a8F3kLm29QpX7vBn4TzR1wYc"}', ['SECRET:a8F3kLm29QpX7vBn4TzR1wYc']],
      ["constructEvent(body, sig, 'whsec_7Jq2mXv9LcR4tN8pWb3sKd6hYf1aZe5G')", ['SECRET:whsec_7Jq2mXv9LcR4tN8pWb3sKd6hYf1aZe5G']],
      [
        "Agent: Before I hand over the keys I'll need your licence number.\nCustomer: it's Ontario, K3207-48815-60912",
        ['DRIVER_LICENSE:K3207-48815-60912'],
      ],
      ['Registration number MH 12 TK 4471', ['VEHICLE_PLATE:MH 12 TK 4471']],
      ['Agent: the IMEI is on the sticker.\nCustomer: found it, 352906118473026', ['IMEI:352906118473026']],
      ['카드번호 5310.7624.0081.3399 입니다', ['CREDIT_CARD:5310.7624.0081.3399']],
      ['Veeam agent upgrade 12.1.1.56 -> 12.1.2.172', []],
      ['Bearer bonds pay 5%', []],
    ]);
  });
});
