// ADDRESS by its postcode: an address of any country's order on one line with commas, or a block of lines above its
// postcode as a label or a letter prints it; a postcode-like code in a sentence, a phone or a term of trade is none.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

function addresses(text: string): string[] {
  return found(text)
    .filter((finding) => finding.startsWith('ADDRESS:'))
    .map((finding) => finding.slice('ADDRESS:'.length));
}

describe('addresses by their postcode', () => {
  test('one line with commas, from the number or the dwelling to the postcode and its town (en, ko)', () => {
    for (const [text, expected] of [
      ['Caller: 22 Heol Tawe, SA9 1GH.\nAgent: Perfect', ['22 Heol Tawe, SA9 1GH']],
      [
        'New hire: Aiden Williams, DOB 7 November 1971, address 8225 Pine Street, Suite 784, Austin, TX 78701, phone',
        ['8225 Pine Street, Suite 784, Austin, TX 78701'],
      ],
      [
        'Complainant: Bridget Nolan, DOB 22/09/1961, 4 Sycamore Close, Tullamore, Co. Offaly R35 F6K2, tel 057',
        ['4 Sycamore Close, Tullamore, Co. Offaly R35 F6K2'],
      ],
      [
        'Residing at No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090 (mob. +91 98401 27736)',
        ['No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090'],
      ],
      [
        'LANDLORD: Declan Byrne of 9 Seafield Park, Killiney, Co. Dublin, A96 T2W8 ("the Landlord")',
        ['9 Seafield Park, Killiney, Co. Dublin, A96 T2W8'],
      ],
      [
        '"shipping_address": "Rua Visconde de Pirajá, 550, apto 1203 - Ipanema, Rio de Janeiro - RJ, 22410-002",',
        ['Rua Visconde de Pirajá, 550, apto 1203 - Ipanema, Rio de Janeiro - RJ, 22410-002'],
      ],
      ['해외 배송지 Flat 6, Kennet Court, Reading RG1 7SB 로 보내주세요', ['Flat 6, Kennet Court, Reading RG1 7SB']],
      [
        'Change order 20231209-0449563 from 6416 Cedar Lane, Springfield, IL 62704 to 4776 Oak Avenue, Boston, MA 02116',
        ['6416 Cedar Lane, Springfield, IL 62704', '4776 Oak Avenue, Boston, MA 02116'],
      ],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });

  test("an Irish address: a street's name with its article, a letter with a fada, a townland with no number (en, ko)", () => {
    for (const [text, expected] of [
      [
        'My name is Colm Fitzgerald, 23 Ard na Gréine, Ballincollig, Co. Cork P31 E2K7, mobile 085 730 4412.',
        ['23 Ard na Gréine, Ballincollig, Co. Cork P31 E2K7'],
      ],
      ['"homeAddress": "14 Bóthar na Mara, Salthill, Galway H91 E2W7",', ['14 Bóthar na Mara, Salthill, Galway H91 E2W7']],
      ['Addr: Rathcoursey East, Midleton, Co. Cork, P25 X2F6\nExam: CT thorax', ['Rathcoursey East, Midleton, Co. Cork, P25 X2F6']],
      ['어머니 댁 주소는 14 Cnoc na Coille, Knocknacarra, Galway H91 X2K7 입니다', ['14 Cnoc na Coille, Knocknacarra, Galway H91 X2K7']],
      ['배송지: Rathcoursey East, Midleton, Co. Cork, P25 X2F6', ['Rathcoursey East, Midleton, Co. Cork, P25 X2F6']],
      // A county and a code with no label or word before them, and a sentence, are no address.
      ['Rathcoursey East, Midleton, Co. Cork, P25 X2F6', []],
      ['We shipped the order to Co. Cork P31 E2K7 yesterday', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });

  test('a European address in a short chat turn with no other digits: the postcode before its town cues the search (en, ko)', () => {
    for (const [text, expected] of [
      ['Send to Schillerstraße 41, 80336 München please', ['Schillerstraße 41, 80336 München']],
      ['Send to Oudegracht 118, 3511 AV Utrecht please', ['Oudegracht 118, 3511 AV Utrecht']],
      ['주소 바꿔주세요 Via Carlo Farini 17, int. 6, 20159 Milano', ['Via Carlo Farini 17, int. 6, 20159 Milano']],
      ['I paid 2024 Euros for it', []],
      ['2024 Models 할인 언제까지예요?', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });

  test("a shipping label's or a bill's block in capitals, alone or after a blank-set TO, and a numbered street (en, ko)", () => {
    for (const [text, expected] of [
      ['88 PRINCETON AVE APT 2\nSOMERVILLE, MA 02143', ['88 PRINCETON AVE APT 2\nSOMERVILLE, MA 02143']],
      ['UNIT 12 48 PARRAMATTA RD\nANNANDALE NSW 2038', ['UNIT 12 48 PARRAMATTA RD\nANNANDALE NSW 2038']],
      ['FedEx Home Delivery\nTO  2714 MAGNOLIA TRACE DR\n    SUGAR LAND TX 77479', ['2714 MAGNOLIA TRACE DR\n    SUGAR LAND TX 77479']],
      ['고객 주소 변경\n2231 W 24TH ST RD\nGREELEY CO 80634-7708', ['2231 W 24TH ST RD\nGREELEY CO 80634-7708']],
      ['받는 곳:\n88 PRINCETON AVE APT 2\nSOMERVILLE, MA 02143', ['88 PRINCETON AVE APT 2\nSOMERVILLE, MA 02143']],
      // A year or an amount after capitals is no postcode of an address.
      ['TOTAL DUE\nPAID IN FULL 2024', []],
      ['결제 금액\nUSD 2024', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });

  test('a block of lines above the postcode, from the line that opens the address (en, ko)', () => {
    for (const [text, expected] of [
      [
        "Defendant:\nMr Jasper Oyelaran-Hughes\n3 Tanner's Yard\nMill Lane\nFrome\nBA11 3DR\n\nClaimant: Westmark",
        ["3 Tanner's Yard\nMill Lane\nFrome\nBA11 3DR"],
      ],
      [
        'SHIP TO:\nTAN WEI LING\nNO 23 JALAN SS 2/55\n47300 PETALING JAYA\nSELANGOR\nTEL: 012-338 4712',
        ['NO 23 JALAN SS 2/55\n47300 PETALING JAYA\nSELANGOR'],
      ],
      [
        'NGUYEN THI HOA\n1420 S 3RD ST APT 208\nSAN JOSE CA 95112-4417\n\nWe assigned you a number',
        ['1420 S 3RD ST APT 208\nSAN JOSE CA 95112-4417'],
      ],
      ['수취인:\n홍길동\n3F, 17 Marchmont Road\nEdinburgh EH9 1HY\n연락처 없음', ['3F, 17 Marchmont Road\nEdinburgh EH9 1HY']],
      ['Ref 2024-118-40417\n\nTO: ELEANOR M. HUTCHINS\n4627 42ND AVE SW\nSEATTLE WA 98116', ['4627 42ND AVE SW\nSEATTLE WA 98116']],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });

  test('a code in a sentence, after a phone or a reference, or in terms of trade is no address (en, ko)', () => {
    for (const text of [
      'Call 020 7946 0958, ref AB12 3CD',
      'Order ID 12345 shipped, total 2024 Points',
      'Terms: 30 days net, 2% discount within 10 days. Incoterms 2020 DAP.',
      'Date of service: 2024/06/05\nTariff 0190  ICD-10 J45.9',
      '주문번호 2024 ABC, 결제 12,000원 SW1A 1AA 배송 예정',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  test("an itinerary's times, flights and dates are no address, the address beside them is (en, ko)", () => {
    for (const [text, expected] of [
      ['AF 1680  CDG 07:15 - LIS 08:55   Economy Standard\nAF 1681  LIS 19:40 - CDG 23:15   Economy Standard', []],
      ['Passenger: Ms Siobhán Ní Bhriain   Flight EI 104 JFK -> DUB, 09 Mar 2026\nBag: 1 x hardside suitcase', []],
      ['Departure: 23:15, 14 Mar 2026   Boarding point: Anand Rao Circle (report by 22:45)', []],
      ['출발 09:10 - 도착 12:40   Economy Classic\nOZ 1085  GMP 13:30 - HND 15:35', []],
      [
        'Flight EI 104 JFK -> DUB, 09 Mar 2026\nDelivery address (temporary): 14 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7',
        ['14 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7'],
      ],
      ['귀국편 KE 908 LHR 21:00 출발\n수취인 주소: 3F, 17 Marchmont Road\nEdinburgh EH9 1HY', ['3F, 17 Marchmont Road\nEdinburgh EH9 1HY']],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });
  test("a German street's word apart or after a preposition, a Polish one after ul. (en, ko)", () => {
    for (const [text, expected] of [
      ['Address on file: Landsberger Str. 212, 80687 München, tel. 089 123 456', ['Landsberger Str. 212, 80687 München']],
      ['Buyer: Kateryna Bondar, Am Mühlenteich 3a, 31134 Hildesheim', ['Am Mühlenteich 3a, 31134 Hildesheim']],
      ['Dipl.-Ing. Jürgen Weißhaupt\nFürstenrieder Str. 118\n81377 München', ['Fürstenrieder Str. 118\n81377 München']],
      ['받는 사람: Marek Kowalski, ul. Długa 17/4, 80-827 Gdańsk, POLAND', ['ul. Długa 17/4, 80-827 Gdańsk, POLAND']],
      ['배송지 ul. Piękna 22 m. 5, 00-549 Warszawa, tel 512 338 907', ['ul. Piękna 22 m. 5, 00-549 Warszawa']],
      // A price range and a time with a hyphen are no Polish postcode.
      ['Prices 10-150 Euro, call 14-30 Uhr', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });
  test('a city whose addresses carry no postcode ends one, from a numbered dwelling or a post office box (en, ko)', () => {
    for (const [text, expected] of [
      [
        'Premises: Apartment C4, Kileleshwa Court, Othaya Road, Nairobi\nPostal: P.O. Box 52218-00100, Nairobi\nTel: 0711 846 302',
        ['Apartment C4, Kileleshwa Court, Othaya Road, Nairobi', 'P.O. Box 52218-00100, Nairobi'],
      ],
      ['배송지: Plot 209, Nyali Road, Nyali, Mombasa / 연락처 0711 056 482', ['Plot 209, Nyali Road, Nyali, Mombasa']],
      // A firm, a flight and a box with no town are none.
      ['Supplier: Building Materials Trading LLC, Sharjah, invoice 2231', []],
      ['Flight KQ 101, arriving Nairobi 06:40, seat 12A', []],
      ['Your PO Box 1182 renewal ($148) is due 1 March.', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });
  test("Japan's block numbers, hyphenated German streets, French streets in lower case, Canada's unit and civic numbers (en, ko)", () => {
    for (const [text, expected] of [
      [
        'my home address in Japan is 2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031, phone 090-6372-1148',
        ['2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031'],
      ],
      [
        '[수빈] [오전 11:04] 영어로는 7-14-6 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023 이라고 써',
        ['7-14-6 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023'],
      ],
      ['Registered keeper on file: Klaus Hoffmeister, Agnes-Bernauer-Str. 58, 80687 München', ['Agnes-Bernauer-Str. 58, 80687 München']],
      [
        "Please post it to 31 avenue de l'Opéra, 5th floor, 75001 Paris (ask at reception).",
        ["31 avenue de l'Opéra, 5th floor, 75001 Paris"],
      ],
      [
        'Consignee:\n  304-1508 Kingsway, Vancouver, BC V5N 2S1, Canada - tel +1 604 879 3316',
        ['304-1508 Kingsway, Vancouver, BC V5N 2S1, Canada'],
      ],
      [
        '[나연] [오후 6:05] 주소는 Apt 12, Grattan Court, Mount Street Lower, Dublin 2, D02 XK73 이야',
        ['Apt 12, Grattan Court, Mount Street Lower, Dublin 2, D02 XK73'],
      ],
      // A date before a town, a phone's groups and a date's numbers without a ward are none.
      ['Visit on 2-14-24 Tokyo 155-0031 office hours', []],
      ['Call 604-879-3316 Vancouver, BC V5N 2S1 desk', []],
      ['회의 2-3-4 Osaka, 오전 10시', []],
    ] as const)
      assert.deepEqual(addresses(text), expected, text);
  });
});

test("an address after a birth date's year, after 주소 or Adresse, and a romanised road with a numbered name (en, ko)", () => {
  const user = 'User: SIN 478 932 882, Priya Nair, born March 8 1993, 55 Erskine Ave, Unit 1207, Toronto ON M4P 1Y7.';
  assert.deepEqual(ofType(user, 'ADDRESS'), ['ADDRESS:55 Erskine Ave, Unit 1207, Toronto ON M4P 1Y7']);
  const car = 'Kennzeichen M-KR 4821, FIN KNAE651A0R5031884, 주소 Leopoldstraße 112, 80802 München, Handy +49 171 4839206';
  assert.deepEqual(ofType(car, 'ADDRESS'), ['ADDRESS:Leopoldstraße 112, 80802 München']);
  const busan = 'foreigner registration number 850703-5247317, address 2305-ho, 38 Marine City 2-ro, Haeundae-gu, Busan.';
  assert.deepEqual(ofType(busan, 'ADDRESS'), ['ADDRESS:2305-ho, 38 Marine City 2-ro, Haeundae-gu, Busan']);
});
