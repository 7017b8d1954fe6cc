// English and romanised Korean ADDRESS recognition: number, street and street type, widened to unit, city, state and postcode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addressRecognizer } from '../../../src/guard/pii/addresses/index.ts';
import { found } from './pii-test-helpers.ts';

function addresses(text: string): string[] {
  const findings = addressRecognizer.find(text, { lang: 'en' });
  for (const finding of findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
  return findings.filter((finding) => finding.score >= 0.5).map((finding) => finding.text);
}

describe('addressRecognizer (English)', () => {
  const positives: Array<[string, string]> = [
    ['Ship to 123 Main Street, Springfield, IL 62704.', '123 Main Street, Springfield, IL 62704'],
    ['I live at 221B Baker Street', '221B Baker Street'],
    // Street types of campuses, estates and closes.
    ['Ship it to my office: 1 Infinite Loop, Cupertino, CA 95014', '1 Infinite Loop, Cupertino, CA 95014'],
    ['새 주소는 14 Maple Grove, Leeds LS6 2AB 입니다', '14 Maple Grove, Leeds LS6 2AB'],
    ['deliver to 22 Kings Crescent', '22 Kings Crescent'],
    ['500 Fifth Avenue, Suite 200, New York, NY 10110', '500 Fifth Avenue, Suite 200, New York, NY 10110'],
    ['Deliver to 42 Oak Rd., Apt 4B please', '42 Oak Rd., Apt 4B'],
    ['Office: 152 Teheran-ro, Gangnam-gu, Seoul', '152 Teheran-ro, Gangnam-gu, Seoul'],
    ['Sejong-daero 110, Jung-gu, Seoul 04524', 'Sejong-daero 110, Jung-gu, Seoul 04524'],
    // A city and state without a comma between them, when the ZIP code follows.
    ['ship it to 42 Oak Avenue, Apt 5B, Boston MA 02118', '42 Oak Avenue, Apt 5B, Boston MA 02118'],
    ['500 Elm Street, New York NY 10001-1234 please', '500 Elm Street, New York NY 10001-1234'],
    ['meet at 10 Main St, Boston MA', '10 Main St'],
    // A two-letter compass point before a numbered street.
    ['Service address: 14822 NE 8th St, Bellevue, WA 98007', '14822 NE 8th St, Bellevue, WA 98007'],
    // An Australian suburb, state and postcode.
    ['I live at 42 Wallaby Way, Sydney NSW 2000', '42 Wallaby Way, Sydney NSW 2000'],
    ['배송지는 12 Smith Street, Fitzroy, VIC 3065 입니다', '12 Smith Street, Fitzroy, VIC 3065'],
    // Australian street types written short (Tce, Pde) or long (Parade, Esplanade), and a unit before the number ("3/58").
    ['moving into Unit 3, 58 Gregory Tce, Spring Hill QLD 4000 on the 12th', 'Unit 3, 58 Gregory Tce, Spring Hill QLD 4000'],
    ["I'm at 3/58 Campbell Pde, Bondi Beach NSW 2026 now", '3/58 Campbell Pde, Bondi Beach NSW 2026'],
    ['새 집 주소: 3/117 Glenhuntly Rd, Elsternwick VIC 3185 이에요', '3/117 Glenhuntly Rd, Elsternwick VIC 3185'],
    ['호주 숙소는 31 The Esplanade, St Kilda VIC 3182 입니다', '31 The Esplanade, St Kilda VIC 3182'],
  ];
  for (const [text, expected] of positives) {
    test(`finds "${expected}"`, () => {
      assert.deepEqual(addresses(text), [expected]);
    });
  }

  test('a parade or an esplanade in a sentence, with no number before it, is no address (en, ko)', () => {
    for (const text of [
      'We watched the Parade on 5 May',
      '퍼레이드는 Esplanade 에서 3시에 시작해요',
      'Parade starts at 10, Esplanade closed',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  test('scores an address with city and postcode above a bare street line', () => {
    const [withCity] = addressRecognizer.find('123 Main Street, Springfield, IL 62704', {});
    const [bare] = addressRecognizer.find('123 Main Street', {});
    assert.ok(withCity !== undefined && bare !== undefined && withCity.score > bare.score);
  });

  const hardNegatives = [
    'Premium Diesel is on sale',
    'Apt 4B',
    'Dr. Kim will call you back',
    'We met on Main Street yesterday',
    'Order 3 bottles of Hanbit Lube',
    'Zip code 62704',
  ];
  for (const text of hardNegatives) {
    test(`finds no address in "${text}"`, () => {
      assert.deepEqual(addresses(text), []);
    });
  }

  test('a directional after the street type stays in the address, a compass word in the sentence does not (en, ko)', () => {
    assert.deepEqual(addresses('I live at 1600 Pennsylvania Ave NW, Washington, DC 20500'), [
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ]);
    assert.deepEqual(addresses('ship to 500 Main St E Apt 4, Boise, ID 83702'), ['500 Main St E Apt 4, Boise, ID 83702']);
    assert.deepEqual(addresses('미국 주소는 1600 Pennsylvania Ave NW, Washington, DC 20500 이에요'), [
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ]);
    assert.deepEqual(addresses('meet at 12 Elm St E of the park'), ['12 Elm St']);
  });

  test('a compass letter before a numbered street, a compass word after the street and a Canadian postcode (en, ko)', () => {
    assert.deepEqual(addresses('I live at 200 W 56th St, New York, NY 10019'), ['200 W 56th St, New York, NY 10019']);
    assert.deepEqual(addresses('Our office: Unit 12, 45 King Street West, Manchester M2 4LQ'), [
      'Unit 12, 45 King Street West, Manchester M2 4LQ',
    ]);
    assert.deepEqual(addresses('캐나다 주소 350 Bay St, Toronto, ON M5H 2S6 로 보내 주세요'), ['350 Bay St, Toronto, ON M5H 2S6']);
    assert.deepEqual(addresses('I have 3 N St cases'), []);
  });

  test('a post office box is an address with its town after it, not alone (en, ko)', () => {
    assert.deepEqual(addresses('Mail it to PO Box 123, Austin TX 78701'), ['PO Box 123, Austin TX 78701']);
    assert.deepEqual(addresses('P.O. Box 4567, Springfield, IL 62704'), ['P.O. Box 4567, Springfield, IL 62704']);
    assert.deepEqual(addresses('우편은 P.O. Box 12, Seoul, Korea 로 보내 주세요'), ['P.O. Box 12, Seoul, Korea']);
    assert.deepEqual(addresses('PO Box 123 is closed'), []);
    assert.deepEqual(addresses('the Box 3 item from Boston'), []);
  });

  test("an address label's value is one address in any country's order, not a network's or a mailbox's (en, ko)", () => {
    for (const [text, expected] of [
      [
        'Installation address: Bergstraße 27, 3. OG links, 69120 Heidelberg\nLandline: 06221 7389451',
        'Bergstraße 27, 3. OG links, 69120 Heidelberg',
      ],
      [
        'Address: B-204, Gulmohar Residency, Sector 50, Noida, Uttar Pradesh 201301\nCard No: 5522',
        'B-204, Gulmohar Residency, Sector 50, Noida, Uttar Pradesh 201301',
      ],
      [
        'Home address: 2210 Kessler Blvd N Dr, Indianapolis, IN 46222   Cell: (317) 924-6618',
        '2210 Kessler Blvd N Dr, Indianapolis, IN 46222',
      ],
      [
        '고객 정보\nAddress: Gyeonggi-do, Suwon-si, Yeongtong-gu, Gwanggyo-ro 145, 201-1703',
        'Gyeonggi-do, Suwon-si, Yeongtong-gu, Gwanggyo-ro 145, 201-1703',
      ],
    ] as const)
      assert.deepEqual(addresses(text), [expected], text);
    for (const text of [
      'IP Address: 192.168.0.10, gateway 192.168.0.1',
      'Email address: jane@example.com, backup',
      'Address: see attached',
      'Address: 10.0.0.1, port 22',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  test('reads a Korean address romanised inside Korean text', () => {
    assert.deepEqual(addresses('해외 배송 주소는 152 Teheran-ro, Gangnam-gu, Seoul, Republic of Korea 입니다'), [
      '152 Teheran-ro, Gangnam-gu, Seoul, Republic of Korea',
    ]);
  });
});

test('an address given in a sentence ("my new address is", "I live at") runs to the sentence\'s end (en, ko)', () => {
  for (const [text, expected] of [
    [
      'New address is H.No. 12-3-45/B, Vijaynagar Colony, Hyderabad, Telangana 500057. Call me',
      ['H.No. 12-3-45/B, Vijaynagar Colony, Hyderabad, Telangana 500057'],
    ],
    [
      'My new address is Apt 6, The Maltings, Bridge Street, Westport, Co. Mayo F28 K7P3.',
      ['Apt 6, The Maltings, Bridge Street, Westport, Co. Mayo F28 K7P3'],
    ],
    ['I live at 27B Admiralty Way, Lekki Phase 1, Lagos.\n\nYours faithfully', ['27B Admiralty Way, Lekki Phase 1, Lagos']],
    [
      '이사했어요! my new address from 1.10 is Bergmannstraße 7, 3. OG links, 10961 Berlin',
      ['Bergmannstraße 7, 3. OG links, 10961 Berlin'],
    ],
    ['Bill to: Hemi Walker, 7 Rata Street, Te Awamutu 3800\nDate: 18/06/2024', ['7 Rata Street, Te Awamutu 3800']],
  ] as const)
    assert.deepEqual(addresses(text), expected, text);
  for (const text of [
    'The address is on the invoice, 2 copies.',
    'The email address is jane@x.com, thanks',
    'we live at the edge of town, 2 km out, by the lake',
  ])
    assert.deepEqual(addresses(text), [], text);
});

test("a firm's letterhead address after its legal form is no person's; a customer's beside it still is (en, ko)", () => {
  const addresses = (text: string) => found(text).filter((value) => value.startsWith('ADDRESS:'));
  assert.deepEqual(addresses('Greenleaf Pantry Ltd, Unit 9 Riverside Park, Leeds LS10 1QP. Registered in England No. 0841'), []);
  assert.deepEqual(addresses('HANBIT LUBE CO., LTD.\n38 Gongdan-ro 140beon-gil, Seongsan-gu, Changwon\n사업자등록번호 문의'), []);
  assert.deepEqual(addresses('Waikato Lines Ltd, 24 Harwood Street, Hamilton\nDeliver to: 18 Clyde Street, Hamilton East, Hamilton 3216'), [
    'ADDRESS:18 Clyde Street, Hamilton East, Hamilton 3216',
  ]);
});
