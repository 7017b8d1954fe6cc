// What the forty-ninth and fiftieth rounds of hand-written texts (automotive and manufacturing; retail, e-commerce,
// marketplaces and gig work) showed about English names: a chat's speaker with a joined given name, a sole trader's given
// name before the trade, a dealer's desk before the agent's name, a plant log's timed speakers, Vietnamese full names with
// their tone marks, a plant's and a marketplace's posts before a name, a support case's agents beside their team; and a
// team's display name, a titled guard's post and a trader's business that read as names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('plants, dealers and marketplaces: names where their chats, logs and cases put them', () => {
  test("a chat's speaker with a joined given name, a sole trader's given name, a dealer's desk (en)", () => {
    assertFound(
      [
        [
          "Anne-Sophie: is the bike still for sale?\nTobias: yes!\nAnne-Sophie: great, I'll come by",
          ['PERSON:Anne-Sophie', 'PERSON:Tobias', 'PERSON:Anne-Sophie'],
        ],
        [
          '[02/05/24, 09:10] Dave Plumbing: on my way now\n[02/05/24, 09:40] Dave Plumbing: done, invoice to follow',
          ['PERSON:Dave', 'PERSON:Dave'],
        ],
        [
          'Sales (Jessica): Hi! Still looking at the Sorento?\nDerek: yes\nSales (Jessica): Great, test drive Friday?',
          ['PERSON:Jessica', 'PERSON:Derek', 'PERSON:Jessica'],
        ],
        // A post staffed by a titled full name is a post; a desk's bracket of a product names no one.
        [
          'Front Gate (Cpl. Dana Whitlock): two visitors signed in\nStores (Ravi): thanks\nFront Gate (Cpl. Dana Whitlock): noted',
          ['PERSON:Dana Whitlock', 'PERSON:Ravi', 'PERSON:Dana Whitlock'],
        ],
        ['Service (Brakes): booked for Tuesday', []],
      ],
      'PERSON',
    );
  });

  test("a plant log's ISO time before the speaker (en, ko)", () => {
    assertFound(
      [
        ['2025-04-02 06:50, Yusuf: line 3 is down again\n2025-04-02 06:58, Yusuf: fixed now, restarting', ['PERSON:Yusuf', 'PERSON:Yusuf']],
        ['2025-04-02 07:10, 남궁도윤: 오늘 잔업 있어요?\n2025-04-02 07:12, 남궁도윤: 확인했어요', ['PERSON:남궁도윤', 'PERSON:남궁도윤']],
        ['2025-04-02 07:10, Line 3: stopped', []],
      ],
      'PERSON',
    );
  });

  test('Vietnamese full names with their tone marks (en, ko)', () => {
    assertFound(
      [
        ['Nguyễn Thị Hồng Nhung: hello, my salary not come yet', ['PERSON:Nguyễn Thị Hồng Nhung']],
        ['근로자: Đỗ Văn Thắng, 외국인등록번호 확인 필요', ['PERSON:Đỗ Văn Thắng']],
        // A city named after a person, a street after its number, a hotel's English word: no one.
        ['Office: 12 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh', []],
        ['Hotel: Khách sạn Hồ Tây Palace, Hà Nội', []],
      ],
      'PERSON',
    );
  });

  test("a team's or a function's display name and reply attribution name no one (en)", () => {
    assertFound(
      [
        ['From: Parts Warranty <partswarranty@harbourmotors.com>\nTo: Renata Silva <renata.silva@gmail.com>', ['PERSON:Renata Silva']],
        ['On Wed, 4 Jun, Acme Payouts Team <payouts@acme.com> wrote:\n> we need your ID', []],
        ['From: Plant Quality Leeds <quality.leeds@northaxle.co.uk>', []],
        ['On Wed, 4 Jun, Renata Silva <renata.silva@gmail.com> wrote:\n> see attached', ['PERSON:Renata Silva']],
      ],
      'PERSON',
    );
  });

  test("names after a plant's, a dealer's and a marketplace's posts (en)", () => {
    assertFound(
      [
        ['Crew:\n- Rigger: Dario Kessler\n- Foreman: Owen Pratt', ['PERSON:Dario Kessler', 'PERSON:Owen Pratt']],
        ['Customer SQE: Hiroshi Endo — hiroshi.endo@example.com', ['PERSON:Hiroshi Endo']],
        ['Inspectors: Farida Haddad', ['PERSON:Farida Haddad']],
        ['Salesperson: Nina Park | Business manager: Theo Lindqvist', ['PERSON:Nina Park', 'PERSON:Theo Lindqvist']],
        ['Shopper: Lwazi Dube · Shopper phone: (415) 555-0142', ['PERSON:Lwazi Dube']],
        ['Lift plan signed off by evaluator Bram Okafor', ['PERSON:Bram Okafor']],
        ['Two buyers report fakes. Buyer Helena Brandt filed first.', ['PERSON:Helena Brandt']],
        // A place or a firm before a dash after a label that names no post, a heading's capitalised post.
        ['Employer: Klinikum Nürnberg — staff nurse', []],
        ['Welder: Lincoln Electric', []],
        ['Rigger: Apex Cranes Ltd', []],
        ['Buyer Protection Program applies', []],
      ],
      'PERSON',
    );
  });

  test("the agent a support case's note names beside the team (en)", () => {
    assertFound(
      [
        ['Reply (Seller Support, Kemi): Hi, your payout is released.', ['PERSON:Kemi']],
        ['Agent notes (Lucía R., tier 1):\n- verified ID', ['PERSON:Lucía R.']],
        ['[Internal note — Tariq, Trust & Safety: account reinstated]', ['PERSON:Tariq']],
        ['Case owner: Ines (Courier Support, Tier 2)', ['PERSON:Ines']],
        // A tier or a channel in place of the name names no one.
        ['Reply (Seller Support, Tier 2): payout released', []],
        ['Agent (Chat, Support): hello', []],
      ],
      'PERSON',
    );
  });

  test('who asked, answered or handled a listing or an export, after "by" (en)', () => {
    assertFound(
      [
        ['Q: Is it dishwasher safe? — asked by Wendell Osei on 3 May', ['PERSON:Wendell Osei']],
        ['A: Yes, top rack only. — answered by Priya Menon, 4 May', ['PERSON:Priya Menon']],
        ['Exported 02/07 by Fatima (store 4) · 120 rows', ['PERSON:Fatima']],
        // A firm reviews, packs and posts as often as a person.
        ['Reviewed by Apex Steel safety team', []],
        ['Packed by Amazon Fulfilment', []],
      ],
      'PERSON',
    );
  });

  test('an initial and a surname as a payment or a proof prints them (en)', () => {
    assertFound(
      [
        ["sent the £20, it'll show as R OKAFOR on your side", ['PERSON:R OKAFOR']],
        ["delivered 03/05 14:10, signature 'D MARSH'", ['PERSON:D MARSH']],
        ['payout_changed user=k_shop holder="T NWOSU"', ['PERSON:T NWOSU']],
        // Words in capitals an article or a system prints there name no one.
        ['the form shows as A COPY until signed', []],
        ['payment shows as PENDING', []],
      ],
      'PERSON',
    );
  });

  test("a call-in list's rows after a dash, alike to a row whose name is listed (en)", () => {
    assertFound([
      [
        'Call-in list:\n1. Marcus Webb — 334-201-3344\n2. Ifeoluwa Adebanjo — 334-201-8890',
        ['PERSON:Marcus Webb', 'PHONE:334-201-3344', 'PERSON:Ifeoluwa Adebanjo', 'PHONE:334-201-8890'],
      ],
      // Rows with no value of the seed row's kind beside the words take no name from it.
      ['Stations:\n1. Marcus Webb — 334-201-3344\n2. Paint Booth — closed', ['PERSON:Marcus Webb', 'PHONE:334-201-3344']],
    ]);
  });

  test("a shop's or a platform's writer who signs within a line (en)", () => {
    assertFound(
      [
        ['Nothing has been handed in yet. Kind regards, Rowan, Duty Manager', ['PERSON:Rowan']],
        ['We have sent a new lid. — Ines, Brightkettle customer care', ['PERSON:Ines']],
        // A closing to a team, and a dash before a firm's words with no team's word, name no one.
        ['Thanks, Team Leader', []],
        ['Delivered on time. — Amazon, Prime delivery', []],
      ],
      'PERSON',
    );
  });

  test("a roadside firm, a machine builder and a record's field are no speakers or names (en)", () => {
    assertFound(
      [
        [
          'Dispatch call — Summit Roadside (member line)\nDispatcher (Aaliyah): Summit Roadside, this is Aaliyah.',
          ['PERSON:Aaliyah', 'PERSON:Aaliyah'],
        ],
        [
          'Resolution (agent): password reset\nSummary (customer): "locked out since Monday, please help me"\nResolution (agent): closed, customer informed by phone',
          [],
        ],
        ['Visitor: Paolo Ricci | Ricci Automazione | badge V-12', ['PERSON:Paolo Ricci']],
      ],
      'PERSON',
    );
  });
});
