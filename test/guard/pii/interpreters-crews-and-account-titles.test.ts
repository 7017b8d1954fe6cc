// What the fifty-eighth to sixtieth rounds of hand-written texts (payments and crypto; food, farms and fisheries; migrants'
// and humanitarian services) showed about names in English texts: speakers labelled with a role or a title ("Counsellor
// Grace:", "Help Desk (Eun-ji):", "Yoon 과장:", "정다운 행정사:", "[Sardor] 10:15"), interpreters, crew lists whose rows open
// with names, account titles in capitals, travel-rule and open-banking name fields, a new contact's name asked and
// confirmed, and Korean names after a Korean post in an English sentence.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("interpreters, crews and account titles: names in migrants', payments' and fisheries' texts", () => {
  test("a speaker's label with a role before the name, a desk and a name in brackets, a title after it (en, ko)", () => {
    assertFound(
      [
        [
          'Counsellor Mariam: Are you safe right now?\nVisitor: yes for now\nCounsellor Mariam: What name can I call you?\nVisitor: Zhyldyz',
          ['PERSON:Mariam', 'PERSON:Mariam', 'PERSON:Zhyldyz'],
        ],
        [
          'Tomasz Wierzbicki: my card was stolen at the market\nHelp Desk (Seo-yeon): Which bank is it?\nTomasz Wierzbicki: 우리은행\nHelp Desk (Seo-yeon): Call them now please.',
          ['PERSON:Tomasz Wierzbicki', 'PERSON:Seo-yeon', 'PERSON:Tomasz Wierzbicki', 'PERSON:Seo-yeon'],
        ],
        [
          'Bopha: hello sir, I start Monday?\nLim 과장: yes, come at 8 to the office.\nBopha: ok thank you\nLim 과장: bring your ARC please.',
          ['PERSON:Bopha', 'PERSON:Lim', 'PERSON:Bopha', 'PERSON:Lim'],
        ],
        [
          '편승우 선장: 내일 새벽 출항합니다\nLinh (crew desk): ok, the new crew are ready\n편승우 선장: 알겠어요 thanks',
          ['PERSON:편승우', 'PERSON:Linh', 'PERSON:편승우'],
        ],
        [
          '[Timur] 09:40 hello manager, my plate is 서울강서 배 1234\n[Timur] 09:41 and my licence photo attached',
          ['PERSON:Timur', 'PERSON:Timur'],
        ],
        [
          'Noona: send me your account\nHyunwoo: ok sec\nHyunwoo: it is the shinhan one, I will send it tonight',
          ['PERSON:Hyunwoo', 'PERSON:Hyunwoo'],
        ],
        // A desk's word before the title is no name, and a bracket after a desk that names its queue is no staff member.
        ['Sales 과장: 견적 보내드렸습니다\nSales 과장: 확인 부탁드려요', []],
        ['Help Desk (Tier-two): we are on it\nHelp Desk (Tier-two): still on it', []],
        ['[Server] 10:15 backup started\n[Server] 10:16 backup done', []],
      ],
      'PERSON',
    );
  });

  test('an interpreter named after the word, in brackets after a caller, or after 통역 (en, ko)', () => {
    assertFound(
      [
        ['[Intake line · Nanum legal aid · interpreter: Karim (Arabic)]', ['PERSON:Karim']],
        ['Interpreter (Dari, by phone): Farida', ['PERSON:Farida']],
        ['Accompanied by: union rep, interpreter Yulia (Bahasa Indonesia)', ['PERSON:Yulia']],
        ['Cc: 미얀마어 통역 Thandar <thandar.interp@gmail.com>', ['PERSON:Thandar']],
        ['interp: Nanthida P. — 38 min', ['PERSON:Nanthida P.']],
        // A language, an office, or an app after the same words is no interpreter's name.
        ['Interpreter: Arabic (requested for Tuesday)', []],
        ["Interpreter: Jeju foreign workers' support centre, Nepali line", []],
        ['Ms. Patel (via Remind): conferences are on Thursday', ['PERSON:Patel']],
      ],
      'PERSON',
    );
  });

  test("a list's rows that open with names beside a row whose name was found, and go on alike (en)", () => {
    assertFound(
      [
        [
          'Crew list:\n1. Rizky Pratama — passport C3390417\n2. Wayan Sudarta — passport C2871659\n3. Made Arsana — passport B9047728',
          ['PERSON:Rizky Pratama', 'PERSON:Wayan Sudarta', 'PERSON:Made Arsana'],
        ],
        [
          "Crew:\n1. Ketut Wirawan — passport C3390417\n2. Fajar Nugroho — don't know\n3. Slamet — don't know",
          ['PERSON:Ketut Wirawan', 'PERSON:Fajar Nugroho', 'PERSON:Slamet'],
        ],
        ['Household: Erik DOB 14/08/1968. Children: Signe (19, at Edinburgh) and Anders (16).', ['PERSON:Signe', 'PERSON:Anders']],
        // A list whose other rows go on to no one's value and in other words names no one there.
        [
          'Agenda:\n1. Rizky Pratama — passport C3390417\n2. Payment Terms — net 30 days\n3. Next Steps — see below',
          ['PERSON:Rizky Pratama'],
        ],
      ],
      'PERSON',
    );
  });

  test("an account title in capitals, a transfer's party, a travel-rule and an open-banking name field (en, ko)", () => {
    assertFound(
      [
        ['In the name(s) of: HARRIET JOAN ASHWORTH-BELL\nAddress: 9 Mill Lane', ['PERSON:HARRIET JOAN ASHWORTH-BELL']],
        ['Title exactly as shown on statement: MIRIAM OSTROVSKY', ['PERSON:MIRIAM OSTROVSKY']],
        ["the message carried only the originator name 'KANG MINJI' and the address", ['PERSON:KANG MINJI']],
        ['Imran: title is FARHAN ALI QURESHI, same as on CNIC', ['PERSON:Imran', 'PERSON:FARHAN ALI QURESHI']],
        ['"natural_person": {"primary_identifier": "LIM", "secondary_identifier": "JIA HUI"},', ['PERSON:LIM', 'PERSON:JIA HUI']],
        [
          '  req_client_name="연다솜" req_client_num="DASOM01" recv_client_name="탁지훈" tran_amt=50000',
          ['PERSON:연다솜', 'PERSON:탁지훈'],
        ],
        ['-> bank_name="국민은행" account_holder_name="편하윤" balance_amt=120000', ['PERSON:편하윤']],
        // A firm's title, and an identifier outside a person's object, name no one.
        ['In the name(s) of: HOLLOWAY TRADING LTD', []],
        ['"device": {"primary_identifier": "PIXEL", "secondary_identifier": "SEVEN"}', []],
      ],
      'PERSON',
    );
  });

  test("a new contact's name asked and confirmed, a Korean name after a Korean post in English (en)", () => {
    assertFound(
      [
        ['hi is this Marisol? I bought the bike from you', ['PERSON:Marisol']],
        ['Yes this is Marisol. Is something wrong?', ['PERSON:Marisol']],
        ['hey is this Tova from Birchline Farm? do you have eggs', ['PERSON:Tova']],
        ['Yes! Tova here. $6 a dozen', ['PERSON:Tova']],
        ["I'm cc'ing our 세무사 민경태 on the email", ['PERSON:민경태']],
        ['Notified: 개인정보보호책임자 도윤희; breach assessment pending', ['PERSON:도윤희']],
        // A day, a service, and a building after the same words, name no one.
        ['hi is this Thursday still ok for pickup?', []],
        ['hi, this is Marketplace support.', []],
        ['the shoot is at MBC 신사옥 11층', []],
      ],
      'PERSON',
    );
  });
});
