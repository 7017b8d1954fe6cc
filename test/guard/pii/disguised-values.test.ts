// Values that a system encoded or a person hid on the way: percent-encoding, HTML references, JSON escapes, characters
// that do not show, symbols between a number's groups and letters a scan put for digits are read as the plain text, and
// each finding spans the characters as written.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodedForm } from '../../../src/guard/pii/decoded-forms.ts';
import { assertFound } from './pii-test-helpers.ts';

describe('the decoded form of a text', () => {
  test('each decoded character knows the characters it stands for (en, ko)', () => {
    const text = 'email=jane%40gmail.com&name=%EC%A0%95%EC%9A%B0%EC%A7%84';
    const decoded = decodedForm(text)!;
    assert.equal(decoded.text, 'email=jane@gmail.com&name=정우진');
    const at = decoded.text.indexOf('@');
    assert.equal(text.slice(decoded.starts[at], decoded.ends[at]), '%40');
    const surname = decoded.text.indexOf('정');
    assert.equal(text.slice(decoded.starts[surname], decoded.ends[surname]), '%EC%A0%95');
  });

  test('a text with nothing encoded, and bytes that are no UTF-8, stay as written (en, ko)', () => {
    assert.equal(decodedForm('R&D costs rose 50% this year'), undefined);
    assert.equal(decodedForm('할인율 30%, 배송비 무료'), undefined);
    assert.equal(decodedForm('progress 100%FF done'), undefined);
  });
});

describe('values found through their encoding', () => {
  test('percent-encoded values in a URL and HTML references in a form (en)', () => {
    assertFound([
      [
        'GET /api/v2/leads?email=marta.kowalczyk%40wp.pl&phone=%2B48%20601%20294%20857&source=web',
        ['EMAIL:marta.kowalczyk%40wp.pl', 'PHONE:%2B48%20601%20294%20857'],
      ],
      [
        '<input name="email" value="grainne.omalley&#64;eircom.net">\n<input name="tel" value="+353&nbsp;87&nbsp;214&nbsp;6630">',
        ['EMAIL:grainne.omalley&#64;eircom.net', 'PHONE:+353&nbsp;87&nbsp;214&nbsp;6630'],
      ],
    ]);
  });

  test("a label printer's commands around the fields it prints (en, ko)", () => {
    const label =
      '^XA\n^FO40,100^FDSHIP TO:^FS\n^FO40,140^A0N,40,40^FDDeShawn Ellery^FS\n' +
      '^FO40,180^FD1920 SE Belmont St Unit 308, Portland OR 97214^FS\n^BY3^BCN,100,Y,N,N^FD684219001^FS\n^XZ';
    assertFound([[label, ['PERSON:DeShawn Ellery', 'ADDRESS:1920 SE Belmont St Unit 308, Portland OR 97214']]]);
    assertFound([['^XA\n^FO40,120^FD받는분: 도윤서^FS\n^FO40,160^FD010-8842-1376^FS\n^XZ', ['PERSON:도윤서', 'PHONE:010-8842-1376']]]);
  });

  test("a query's plus between a name's words is a blank; an address's tag and a key's base64 keep theirs (en, ko)", () => {
    assertFound([
      [
        'curl -s "https://crm.example.io/api/v2/leads?name=Marta+Kowalczyk&email=marta.kowalczyk%40wp.pl"',
        ['PERSON:Marta+Kowalczyk', 'EMAIL:marta.kowalczyk%40wp.pl'],
      ],
      ['POST /sms 본문: From=%2B821038274615&Body=hi&name=Fatima+Begum', ['PHONE:%2B821038274615', 'PERSON:Fatima+Begum']],
      ['notify=kenji.watanabe+ops@fastmail.com&lang=ja', ['EMAIL:kenji.watanabe+ops@fastmail.com']],
      ['Body=Hi+this+is+Carmen+Villalobos%2C+need+to+move+my+appt', ['PERSON:Carmen+Villalobos']],
      // "박서연 고객님", each word percent-encoded.
      ['GET /v1/claims?memo=%EB%B0%95%EC%84%9C%EC%97%B0+%EA%B3%A0%EA%B0%9D%EB%8B%98&page=2', ['PERSON:%EB%B0%95%EC%84%9C%EC%97%B0']],
      ['GET /search?q=red+running+shoes&size=270', []],
    ]);
  });

  test("JSON's escapes, characters that do not show and symbols between groups (ko, en)", () => {
    assertFound([
      ['{\\"name\\":\\"오하린\\",\\"email\\":\\"harin.oh\\u0040gmail.com\\"}', ['PERSON:오하린', 'EMAIL:harin.oh\\u0040gmail.com']],
      ['주민등록번호 880314\u200b-\u200b2146804 입니다', ['RRN:880314\u200b-\u200b2146804']],
      ['번호 010🍀4471🍀9082 로 보내주세요', ['PHONE:010🍀4471🍀9082']],
      ['Emergency contact: Carla (wife) 617•829•0453', ['PERSON:Carla', 'PHONE:617•829•0453']],
      ['Posted by kiwi_tramper88 · 2 days ago', ['USERNAME:kiwi_tramper88']],
    ]);
  });
});

describe('letters a scan or a typist put for digits', () => {
  test('O, l and I beside digits, and S, Z and B between them in a long number (ko, en)', () => {
    assertFound([
      ['주민등록번호 : 96O6ll-lO636l6', ['RRN:96O6ll-lO636l6']],
      ['휴 대 폰 : 0l0-4872-33O6', ['PHONE:0l0-4872-33O6']],
      ['Social Insurance Number: 5O4 49O 277', ['CA_SIN:5O4 49O 277']],
      ['Plan member ID: XEH 8O4 5S1 77', ['HEALTH_INSURANCE:XEH 8O4 5S1 77']],
      ['Date of birth (DD/MM/YYYY): l9/O7/1986', ['DATE_OF_BIRTH:l9/O7/1986']],
    ]);
  });

  test("a passport's, a postcode's and a flight's letters stay letters (en)", () => {
    assertFound([
      ['Passport B5O2l8473 (copied from the scan)', ['PASSPORT:B5O2l8473']],
      ['OZ102  ICN 09:10 -> NRT 11:35   Economy (Y)', []],
      ['IBAN NO66 8601 1117 948, BIC DNBANOKK', ['IBAN:NO66 8601 1117 948']],
    ]);
  });
});

describe("what an encoding or a record's layout does not make personal", () => {
  test("an organisation's mailbox written with [at] is a desk's, as when written plain (en, ko)", () => {
    assertFound([
      ['Our claims inbox is claims[at]healthfirst-uk[dot]co[dot]uk if you would rather email.', []],
      ['채용 문의 recruit[at]daonsoft.co.kr 로 주세요', []],
      ['HR contact: hr-korea [at] northwind-global [dot] com', []],
      ['개인 메일은 jiwoo.han[at]naver[dot]com 이에요', ['EMAIL:jiwoo.han[at]naver[dot]com']],
    ]);
  });

  test("a URL's password keeps its escapes, and a record's keys are no chat's senders (en, ko)", () => {
    assertFound([
      ['DB_URL=postgres://orders_rw:Pl4nk%40Harbour_22@db.internal:5432/orders', ['USERNAME:orders_rw', 'PASSWORD:Pl4nk%40Harbour_22']],
      ['- employee_no: NA-25-0147\n  legal_name: "Priya Raman"\n  start_date: 2025-11-17\n  home_city: "Toronto"', ['PERSON:Priya Raman']],
      ['직원: 설하늘\n  입사일: "2025-11-17"\n  home_city: "부산"', ['PERSON:설하늘']],
    ]);
  });
});

describe('numbers written in Han numerals digit by digit', () => {
  test('a registration number, a phone and a birth date (ko, en)', () => {
    assertFound([
      ['Foreigner registration no.: 八八〇九二三-六一七四〇二九', ['FRN:八八〇九二三-六一七四〇二九']],
      ['피보험자 휴대폰: 〇一〇-三八七二-五五一九', ['PHONE:〇一〇-三八七二-五五一九']],
      ['생년월일: 一九九三年 五月 二日', ['DATE_OF_BIRTH:一九九三年 五月 二日']],
    ]);
  });

  test('a numeral in a name and a number counted with 十 stay as written (en)', () => {
    assertFound([['Guest: 山田 三郎, age 二十三, room 1204', []]], 'DATE_OF_BIRTH');
  });
});

describe('a name spelled letter by letter', () => {
  test('after the name it spells, or after a word that asks for a spelling (en, ko)', () => {
    assertFound(
      [
        ["Caller: Owen Pryce, that's P-R-Y-C-E.", ['PERSON:Owen Pryce', 'PERSON:P-R-Y-C-E']],
        ['Customer: surname O-Y-E-L-A-R-A-N, given name Folake.', ['PERSON:O-Y-E-L-A-R-A-N', 'PERSON:Folake']],
        ['여권에는 N-G-U-Y-E-N V-A-N T-H-A-N-H 으로 돼 있어요', ['PERSON:N-G-U-Y-E-N V-A-N T-H-A-N-H']],
      ],
      'PERSON',
    );
  });

  test("an abbreviation's letters name no one (en)", () => {
    assertFound([['the U-S-A roaming plan, a T-shirt and an e-mail receipt', []]]);
  });
});

describe("a document's letters and digits spaced one by one", () => {
  test('a passport, a national insurance number and a licence with their letters (ko, en)', () => {
    assertFound([
      ['여권번호: M 3 8 1 7 4 0 5 2', ['PASSPORT:M 3 8 1 7 4 0 5 2']],
      ['National Insurance no: J G 1 0 3 8 4 7 C', ['UK_NINO:J G 1 0 3 8 4 7 C']],
      ['The licence number is R E I D 9 8 0 3 1 2 5 C 9 9 J Z.', ['DRIVER_LICENSE:R E I D 9 8 0 3 1 2 5 C 9 9 J Z']],
    ]);
  });

  test('a letter that ends a word stays out, and spaced digits without a label are nothing (en)', () => {
    assertFound([['Table 4 B 1 2 3 4 5 6 seats, row A 2 3', []]]);
  });
});

describe("a number's groups apart by keycaps, slashes, dashes and underscores, and a web form's fields", () => {
  test('keycaps, a phone between slashes or dashes, a card between underscores, a hyphen that keeps its line (en, ko)', () => {
    assertFound([
      ['Ngozi: door code is 4️⃣7️⃣1️⃣9️⃣ then #', ['PERSON:Ngozi', 'PASSWORD:4️⃣7️⃣1️⃣9️⃣']],
      ['연락처: 010 / 2281 / 6604', ['PHONE:010 / 2281 / 6604']],
      ['Phones: (404) 218 — 6637 (landline)', ['PHONE:(404) 218 — 6637']],
      ['"card": 5143_7164_3124_5297, "exp": "08/28"', ['CREDIT_CARD:5143_7164_3124_5297', 'CARD_EXPIRY:08/28']],
      ['Applicant 1: Nadia Haddad-Koenig   DOB: 1995‐02‐17', ['PERSON:Nadia Haddad-Koenig', 'DATE_OF_BIRTH:1995‐02‐17']],
    ]);
  });

  test("a passport and a date a dash apart stay apart, and a web form's card fields are read by their names (en, ko)", () => {
    assertFound([
      [
        "1) Niamh O'Sullivan – passport PB3371846 – 14/02/1990",
        ["PERSON:Niamh O'Sullivan", 'PASSPORT:PB3371846', 'DATE_OF_BIRTH:14/02/1990'],
      ],
      [
        '<div class="cust" data-name="윤재민" data-card="5337&#8209;1643&#8209;1245&#8209;2920" data-exp="09/28" data-cvc="417">',
        ['PERSON:윤재민', 'CREDIT_CARD:5337&#8209;1643&#8209;1245&#8209;2920', 'CARD_EXPIRY:09/28', 'CARD_CVV:417'],
      ],
    ]);
  });
});
