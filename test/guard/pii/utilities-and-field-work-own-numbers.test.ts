// What the fifty-first round of hand-written texts (energy, utilities and field work) showed about organisations' own
// numbers: a retailer's, a network's or a council's line by its own words ("Our 24/7 line is …", a dispatch desk, a team's
// emergency contact, a site office, a menu's option or "(복지관 대표)" after it, a clinic's field, a utility's letterhead, an
// agent's line "c/o" which a landlord is reached), a utility's or a
// cooperative's account for payments, a plant's and a metering system's addresses; and the people's own numbers beside
// them: a handler's direct line with its hours, a mobile that serves as an account (평생계좌), a meter's or a licence's
// number that reads as a phone.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("utilities and field work: organisations' own lines, accounts and servers", () => {
  test("an organisation's line by its own words, not a person's (en, ko)", () => {
    assertFound(
      [
        ["You're on our priority list now. Our 24/7 line is 785-555-0122.", []],
        ['Please send the balance. Our goods-in line is 01632 960 418, open 06:30-14:00.', []],
        ['Questions: Brightpath dispatch (512) 555-0148, service@brightpath.example', []],
        ['To accept, reply to quotes@northwind-energy.co.uk or call 0161 496 0733.', []],
        ['Pay online, by phone (937) 555-0164 option 2, or in person at our office.', []],
        ['Greenway Heat Network Billing, 0113 496 0871', []],
        ['Clinic: Valley Lung Care, 1450 W Grant Ave, Fresno, CA 93711, (559) 555-0136', []],
        ['TOWN OF ELM CREEK UTILITIES\n80 W. Main St, Elm Creek, OH 43041  |  (937) 555-0119\n\nNOTICE', []],
        ['2 | 23:18 | super at 40 Oak Ave (building office) | (914) 555-0187 | no heat', []],
        ['협력사 안전팀 비상연락 02-6952-1100 은 게시판에 붙였습니다', []],
        ['작성: 품질팀 / 현장사무소 063-584-1200', []],
        ['지원 사업은 남동구 보건소 032-555-8100 으로 문의해 보세요.', []],
        ['구청 담당 전화는 042-555-3170 입니다', []],
        ['어르신이 잘 못 들으셔서 02-944-1200 (복지관 대표) 또는 제 직통 070-4827-1216 으로 연락 주세요.', ['PHONE:070-4827-1216']],
        ['Landlord / agent: Mrs Ruth Avery c/o Fenway Lettings, 22 Broad Street, Ely CB7 4AH, tel 01632 960 410', []],
        // A household's line, a person's direct line and a person's reply address keep their numbers.
        ['Our home line is 785-555-0133.', ['PHONE:785-555-0133']],
        ['Reply to jane.ortiz@gmail.com or call 0161 496 0745.', ['PHONE:0161 496 0745']],
        ['구청 담당 김민수 042-555-3170 입니다', ['PHONE:042-555-3170']],
        ['Landlord: Mrs Ruth Avery, 22 Broad Street, Ely CB7 4AH, tel 01632 960 410', ['PHONE:01632 960 410']],
        ['분할납부 상담: 담당 서지훈 (직통 041-555-2273, 평일 09~18시) / 대표 1577-0000', ['PHONE:041-555-2273']],
        ['고객지원 (평일 09~18시) 02-760-0410 (평일 10~17시)', []],
      ],
      'PHONE',
    );
  });

  test("a meter's or a licence's number is no phone; a mobile that serves as an account is the account (ko)", () => {
    assertFound(
      [
        ['계기번호 07-1234-5590 세대는 AMI 설치 세대입니다.', []],
        ['자격: 전기기사 (자격 등록번호 07-201-3380)', []],
        ['- 김도윤: 카카오뱅크 010-4471-2290 (평생계좌, 전화번호와 같음)', []],
        ['- 김도윤: 010-4471-2290 (휴대폰)', ['PHONE:010-4471-2290']],
      ],
      'PHONE',
    );
    assertFound(
      [
        ['- 김도윤: 카카오뱅크 010-4471-2290 (평생계좌, 전화번호와 같음)', ['BANK_ACCOUNT:010-4471-2290']],
        ['- 김도윤: 010-4471-2290 (휴대폰)', []],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a utility's, a seller's or a cooperative's account for payments, not a customer's (en, ko)", () => {
    assertFound(
      [
        ['Invoice unchanged; payment to our account, sort code 40-11-62 acc 41209937, within 45 days.', []],
        ['For BACS remittance only, our account: Barclays, sort code 20-00-00, account 40318846.', []],
        ['출자금은 조합 계좌 신협 131-018-442077 로 입금했습니다.', []],
        ['관리비 납부계좌(우리은행 1005-302-774417, 예금주 푸른마을2단지입주자대표회의)로 납부하시면 됩니다.', []],
        ['가상계좌(농협 790-1822-3310-57, 예금주 한국가스공사)로 입금하시거나', []],
        ['납부처: 부산은행 101-2003-5571-08 (예금주: 부산광역시 상수도사업본부)', []],
        ['조합 출금계좌: 농협 301-6681-3390-41 (푸른바람에너지협동조합)', []],
        ['납부: 수납 가상계좌 국민 5391-40-0224482 (입금 시 수임번호 기재)', []],
        // A household's refund account, a customer's own virtual account and a member's account stay theirs.
        ['Please refund to our account, sort code 20-00-00, account 40318846.', ['BANK_ACCOUNT:40318846']],
        ['고객님 전용 가상계좌(우리은행 27301-884-330553)로 입금 부탁드립니다.', ['BANK_ACCOUNT:27301-884-330553']],
        ['배당금 수령 계좌: 토스 1000-1234-5678 (예금주 김민수)', ['BANK_ACCOUNT:1000-1234-5678']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test("a plant's, a metering system's and a resolver's addresses, not a person's (en, ko)", () => {
    assertFound(
      [
        ['[관제센터] SCADA 10.21.4.30 기준 유량은 정상', []],
        ['인버터 관리 IP 172.16.30.45 원격 접속 안 됨', []],
        ['{\n  "head_end": "10.44.12.20",\n  "interval": "15min"\n}', []],
        ['{"status":"APPROVED","gw":"10.20.4.33"}', []],
        ['HES 서버: 10.44.12.20:4059 (DLMS) / 백업 172.16.88.40', []],
        ['고정 IP 175.213.88.50 / 서브넷 255.255.255.248 / DNS 168.126.63.2', ['IP_ADDRESS:175.213.88.50']],
        ['Static IP 86.44.193.60, DNS 203.0.113.53', ['IP_ADDRESS:86.44.193.60']],
        // A server named bare and a person's own machine keep their addresses.
        ['배포 서버: 10.20.31.60 (bastion 경유)', ['IP_ADDRESS:10.20.31.60']],
        ['제 노트북 IP 10.31.0.40', ['IP_ADDRESS:10.31.0.40']],
        ['백업 172.16.88.40 으로 보내주세요', ['IP_ADDRESS:172.16.88.40']],
      ],
      'IP_ADDRESS',
    );
  });
});
