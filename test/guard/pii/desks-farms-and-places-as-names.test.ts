// What the fifty-eighth to sixtieth rounds of hand-written texts (payments and brokerage; food, farms and fisheries;
// migrants, NGOs and embassies) showed about words read as names: the sides of a merchant's, a supplier's or a charity's
// chat, a post before the name that speaks, a bot, a business channel's own voice, a form's fields, a vessel's and a farm's
// ranks and owners, an investor's profile, a herd's rows, a country beside a foreigner's name, an organisation's display
// name, an embassy's desks, a Vietnamese address's communes and streets, and firms, shops and banks after a label.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('desks, farms and places as names: the sides and posts of a chat', () => {
  test("a merchant's, a supplier's, a kitchen's and a donor's side speaks as no one; the staff beside it do (en)", () => {
    assertFound(
      [
        [
          "Agent (Mina): Hi! To switch on payouts we need the owner's name and a mobile.\nMerchant: hello, this is for Haneul Florist\nAgent (Mina): Thanks. Who is the owner?\nMerchant: my aunt, the shop is in her name",
          ['PERSON:Mina', 'PERSON:Mina'],
        ],
        [
          'Donor: Hi, I sponsor a boy in Kenya and need my receipt for the tax return.\nAgent Yeon: Of course. May I have your name?\nDonor: Petra Lindqvist.\nAgent Yeon: Thank you. The receipt goes out today.\nDonor: Thanks so much!',
          ['PERSON:Yeon', 'PERSON:Petra Lindqvist', 'PERSON:Yeon'],
        ],
        // A kitchen and its grower speak for their firms; a customer who speaks twice beside a clinic is a person.
        [
          "Kitchen: morning, can we add 3 cases of leeks to Friday's order?\nHillside Produce: Morning! Added, $28 a case this week.\nKitchen: great. the last invoice had the milk twice\nHillside Produce: Sorry about that, a credit memo is on its way.",
          [],
        ],
        [
          'Carmela: Good morning po, can I book my son for a check-up on Friday?\nSunrise Pedia Clinic: Good morning! Is he an existing patient?\nCarmela: yes po, since 2021. my number is 0917 223 4410\nSunrise Pedia Clinic: Noted po, Friday 10:00 AM is available.',
          ['PERSON:Carmela', 'PERSON:Carmela'],
        ],
        // A contract's party glossed by its side is no one's name.
        ['Party A (employer): 홍길수, owner of 길수농장\nParty B (workers): listed below', []],
      ],
      'PERSON',
    );
  });

  test("a counsellor's post before the name, and a bot that says what it is (en)", () => {
    assertFound(
      [
        [
          'Counsellor Hana: You are safe to talk here. Where are you now?\nVisitor: at the dorm near the factory\nCounsellor Hana: Is there a number we can call you on?\nVisitor: no, he checks my phone',
          ['PERSON:Hana', 'PERSON:Hana'],
        ],
        [
          "Penny (bot): Hi! I'm Penny. How can I help?\nYou: my transfer is stuck\nPenny (bot): Connecting you to an agent now.\nAgent Dara: Hi, this is Dara. Can I have your login?",
          ['PERSON:Dara', 'PERSON:Dara'],
        ],
      ],
      'PERSON',
    );
  });

  test("a business channel's own voice and a form's fields speak as no one; friends in a group chat do (ko)", () => {
    assertFound(
      [
        [
          '[카카오톡 채널 · 성수 다솜 (베이커리)]\n고객: 토요일 케이크 예약 가능할까요?\n다솜: 안녕하세요, 성수 다솜입니다. 가능합니다!\n고객: 예약자 이름은 문지혜예요\n다솜: 예약 완료되었습니다 :)',
          ['PERSON:문지혜'],
        ],
        ['[단톡] 동네 친구들\n다솜: 오늘 몇 시에 봐?\n지우: 7시 어때?\n다솜: 좋아 그럼 7시!', ['PERSON:다솜', 'PERSON:다솜']],
        [
          '임대인\n  성명: 박정숙\n  전화: 010-2231-5567\n임차인\n  성명: 조현우\n  전화: 010-7719-3382',
          ['PERSON:박정숙', 'PERSON:조현우'],
        ],
      ],
      'PERSON',
    );
  });

  test("an open chat's bot and its hidden members are no accounts; a nickname is one (ko)", () => {
    assertFound(
      [
        ['[오픈채팅 코인 공지방]\n운영봇: 점검 안내입니다 02:00~04:00\n참여자: 언제 끝나요?\n운영봇: 04시 종료 예정입니다', []],
        ['[오픈채팅 코인 공지방]\n코인하는고양이: 언제 끝나요?\n운영봇: 04시 종료 예정입니다', ['USERNAME:코인하는고양이']],
      ],
      'USERNAME',
    );
  });
});

describe('desks, farms and places as names: words of the trade', () => {
  test("a vessel's owner and ranks, an investor's profile, a herd's row and a word with its particle (ko)", () => {
    assertFound(
      [
        ['[단톡] 여수 선원 관리 (선주/관리업체/통역)\n관리업체 남보라: 선주님, 이번 주 입국하는 선원 명단 드려요', ['PERSON:남보라']],
        ['| 직책 | 성명 | 연락처 |\n| 기관장 | 유정호 | 010-4418-2093 |', ['PERSON:유정호']],
        ['투자성향: 1등급 공격투자형 / 5등급 안정형 (9 이하)', []],
        ['개체 | 이력번호 | 증상\n어미소 | 002 1153 8842 7 | 식욕 저하', []],
        ['핫라인: 이름 전체랑 생년월일 알려주세요', []],
        ['남예슬: ok 기록 남기고 팀장님께 결재 요청해요', ['PERSON:남예슬']],
        ['From: Pablo Ortega\n계좌는 기존 계좌 그대로 씁니다.', ['PERSON:Pablo Ortega']],
      ],
      'PERSON',
    );
  });

  test("a doctor's department in brackets, a paper's spaced title and a firm in a payee's cell (ko)", () => {
    assertFound(
      [
        ['- 주치의: Dr. Anan Chaiyaporn (정형외과)\n- 입원일: 2025-02-03', ['PERSON:Anan Chaiyaporn']],
        ['- 담당: Nguyen Van Hung (응우옌 반 흥)\n- 입원일: 2025-02-03', ['PERSON:Nguyen Van Hung', 'PERSON:응우옌 반 흥']],
        ['진 정 서\n\n진정인: 이 주 원', ['PERSON:이 주 원']],
        ['지급번호,거래처,사업자번호,은행\nPB-01,한빛세라믹 주식회사,206-86-14523,기업은행', []],
      ],
      'PERSON',
    );
  });

  test("a country beside a foreigner's name, and an organisation's display name in a mail's header (ko)", () => {
    assertFound(
      [
        ['1) Emma Lavoie (캐나다, H-1)\n  - 여권: AB512093', ['PERSON:Emma Lavoie']],
        ['받는사람: 남산 야시장 운영사무국 <office@namsan-market.kr>\n제목: 푸드트럭 참가 신청', []],
        ['받는사람: 남궁민 <minnam88@naver.com>\n제목: 서류 보내드립니다', ['PERSON:남궁민']],
      ],
      'PERSON',
    );
  });
});

describe('desks, farms and places as names: offices, firms and streets', () => {
  test("an embassy's desks, a letter to a donor and thanks in Arabic name no one; the officer who signs is named (en)", () => {
    assertFound(
      [
        [
          'From: Consular Section <consular@embassy.example.org>\n\nDear Ms. Reyes,\nYour appointment is confirmed.\n\nRespectfully,\nR. Dimaculangan\nConsular Assistant',
          ['PERSON:Reyes', 'PERSON:R. Dimaculangan'],
        ],
        ['Dear Donor,\nThank you for your gift this year.', []],
        ['Caller: Shukran, thank you.', []],
      ],
      'PERSON',
    );
  });

  test("a Vietnamese address's hamlet, commune, district and street, and a mews (en)", () => {
    assertFound(
      [
        ['Home address: Thôn Bắc, xã Hải Lộc, huyện Hải Hậu, tỉnh Nam Định, Việt Nam', []],
        ['Office: Tầng 5, 27 Hàng Bài, Hoàn Kiếm, Hà Nội', []],
        ['Parking is in the yard behind the shop (entrance on Victoria Mews).', []],
        // The people above the address keep their names.
        ['Customer: Nguyễn Văn Hùng\nAddress: 25 Trần Phú, Phường 4, Quận 5, TP. Hồ Chí Minh', ['PERSON:Nguyễn Văn Hùng']],
        ['Contact: Lê Thị Hoa, 0912 334 556\nOffice: 12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội', ['PERSON:Lê Thị Hoa']],
      ],
      'PERSON',
    );
  });

  test('a bistro, a manning agent, a bank, a field office and an accountancy after a label or above an address (en)', () => {
    assertFound(
      [
        ['Bill to: Juniper Lane Bistro (acct JL-0091), 4 Mill Street', []],
        ['Bill to: Naomi Fairweather (acct NF-0044), 4 Mill Street', ['PERSON:Naomi Fairweather']],
        ['Bank: Kreissparkasse Köln, SWIFT COKSDE33XXX', []],
        ['Manning agent: PT Laut Biru Sejahtera (Cirebon).', []],
        ['Consignee: Caritas Gaziantep Field Office, Ataturk Blv. 12', []],
        ['Harbourline CPA LLP\n88 King Street West, Toronto, ON M5H 1A1', []],
        // A form's next field after two blanks is no firm's word after the name.
        ['Patient: Goh Mei Ling   Hospital No.: EGH-2290417', ['PERSON:Goh Mei Ling']],
      ],
      'PERSON',
    );
  });
});
