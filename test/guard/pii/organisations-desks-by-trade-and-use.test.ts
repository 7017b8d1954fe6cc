// What the sixty-fourth to sixty-sixth rounds (public offices; recruitment and payroll; hotels, travel and wellness) showed
// about phones: an office's, a hotel's, an agency's or a salon's own line read as a person's when its words were a trade's
// name, a service's words, a switchboard's extension, a signature's office cell or a text thread's sender. A person's
// own mobile or direct line beside them stays theirs.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("organisations' own lines told by their trade, their use, their extension, their signature cell or their thread", () => {
  test("a business named by its trade before its line, a person's mobile after it kept (en)", () => {
    assertFound(
      [
        ['Thanks, you are all set. Payroll Team, Brightwater Hotels (0161 555 2090)', []],
        ['Spa: Jade Lotus Spa · 02-734-5561 · BRN 104-22-51837', []],
        ['Kind regards,\nOwen Park | Associate, Northgate Search | 02-2190-6650', []],
        ['Riverbend Staffing — Payroll\n01632 960 418', []],
        ['Organiser: Pine Hollow Wellness (Tel 033-441-2090, hello@pinehollow.kr)', []],
        ['Coach company: Daebak Coach, 031-552-7300.', []],
        // The trade's word with no business's name is no business's line, and a mobile stays its carrier's.
        ['Dispatched by travel 031-552-7300 call me', ['PHONE:031-552-7300']],
        ['Northgate Search | Owen Park | M. 010-4481-2290', ['PHONE:010-4481-2290']],
      ],
      'PHONE',
    );
  });

  test("a service's words before its line, someone's own words kept (en, ko)", () => {
    assertFound(
      [
        ['The surgery number is 01632 960 771 but ring me instead.', []],
        ['Hotel phone for guests: 02-744-1920.', []],
        ['If anything changes my direct line is 0113 496 0311; general enquiries are 0113 496 0300.', ['PHONE:0113 496 0311']],
        ['Enquiries: Parking Appeals Team 3, 02-2155-6120 (weekdays).', []],
        ['Detective: Sgt. Hwang. Team line 031-555-2840.', []],
        ['Renew at mycouncil.gov.uk/bins or call 01632 960 552.', []],
        ['Reply to m.osei.home@gmail.com or call 01632 960 552.', ['PHONE:01632 960 552']],
        ['Pension service: 1355 (international +82-63-713-6000)', []],
        ['당일 문의는 프론트 051-742-1100 또는 예약실로 주세요.', []],
        ['대기실 안내는 총무팀 공용 02-3710-4420 로 통일합니다.', []],
        ['레스토랑 연락처는 02-796-3320 입니다.', []],
        // A person's own number after their own words is theirs.
        ['제 집 전화는 02-796-3320 입니다.', ['PHONE:02-796-3320']],
        ['My home number is 01632 960 552.', ['PHONE:01632 960 552']],
      ],
      'PHONE',
    );
  });

  test("a switchboard's outside number beside an extension, not someone's own number (en, ko)", () => {
    assertFound(
      [
        ['Guest enquiries: housekeeping ext. 4 or 02-6655-0400.', []],
        ['Booking: ext. 6120 from your room, 051-741-6120 from outside.', []],
        ['추가 요청은 내선 0번 또는 02-6710-5000으로 주세요.', []],
        ['관리팀 내선 310 / 외부 031-940-2210', []],
        ['ext. 12 or my mobile 010-2290-4471', ['PHONE:010-2290-4471']],
      ],
      'PHONE',
    );
  });

  test("a signature's office cell beside the firm, not a cell beside a mailbox or a table's row (en, ko)", () => {
    assertFound(
      [
        ['박소윤 드림\n라움커리어 | 02-6120-4400', []],
        // A department's cell is the signer's own, and an extension after the number makes it their direct line.
        ['박소윤 드림\n총무팀 | 02-6120-4400', ['PHONE:02-6120-4400']],
        ['Consultant | Harbor Staffing | 612-555-0144 ext. 31', ['PHONE:612-555-0144']],
        // A signer named on the number's own line keeps it theirs, as a signature's direct line.
        ['정다은 세무사 | 세무법인 가온 | 02-562-8810', ['PHONE:02-562-8810']],
        ['Tel: 01632 960 410 / mob 07700 900 418', ['PHONE:01632 960 410', 'PHONE:07700 900 418']],
        ['Senior Consultant, Halden Partners\nM. 010-2281-5530 | T. 02-556-7190', ['PHONE:010-2281-5530']],
        ['☎ 02-6950-1122 / 카카오톡 채널 @소담한의원', []],
        // A person's mailbox beside the number makes it their contact; a table's rows keep their contacts' lines.
        ['Silver Spring, MD 20910\nr.alvarez.home@gmail.com · (240) 555-0187', ['PHONE:(240) 555-0187']],
        ['이름 | 전화\n김하늘 | 02-331-4420\n박바다 | 02-331-5530', ['PHONE:02-331-4420', 'PHONE:02-331-5530']],
      ],
      'PHONE',
    );
  });

  test("a landline that labels a text thread's turns is the sender's office, a mobile stays a person's (en, ko)", () => {
    assertFound(
      [
        ['(02-2650-7000) 유실물 접수되었습니다.\n(나) 감사합니다\n(02-2650-7000) 신분증 지참하세요.', []],
        ['[SMS] 02-2279-5000: 지갑 보관 중입니다.\nMe: thanks!\n02-2279-5000: Please bring your ARC.', []],
        ['010-3381-2290: 어디야?\n나: 곧 가\n010-3381-2290: ㅇㅋ', ['PHONE:010-3381-2290', 'PHONE:010-3381-2290']],
        // One line that opens with a landline is a list's row, not a thread.
        ['02-2279-5000: 어머니 집', ['PHONE:02-2279-5000']],
      ],
      'PHONE',
    );
  });

  test("a person's number on a record or after a signature's m., beside a desk's words (en)", () => {
    assertFound(
      [
        ['Vendor onboarding. Phone on file for 1099 questions: (312) 555-0199.', ['PHONE:(312) 555-0199']],
        ['For 1099 questions: (312) 555-0199.', []],
        ['Talent Acquisition Lead | m. +1 (415) 555-0142', ['PHONE:+1 (415) 555-0142']],
        ['Talent Acquisition | +1 (415) 555-0100', []],
      ],
      'PHONE',
    );
  });

  test("an organisation's JSON object of a shop or a salon holds its own line, a letterhead's T with a fax beside it (en, ko)", () => {
    assertFound(
      [
        ['{"shop": {"name": "하루네일 연남점", "tel": "02-334-2210"}, "customer": {"phone": "010-5521-7730"}}', ['PHONE:010-5521-7730']],
        ['{"salon": {"name": "Studio Mare", "tel": "02-790-4410"}}', []],
        ['세무법인 한결 | 서울 강남구 테헤란로 12, 3층 | T 02-557-4410 | F 02-557-4411', []],
      ],
      'PHONE',
    );
  });
});
