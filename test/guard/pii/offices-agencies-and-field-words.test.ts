// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; recruitment, staffing and payroll;
// hotels, travel and wellness) showed about words read as names: a public office's divisions, halls, districts and towns,
// staffing agencies, bookkeepers and agencies' chat labels, payroll's and counselling's words, police ranks and a
// civil-defence unit's posts, a gym's front desk, brands and carmakers; and names whose span took a word too many or too
// few ("Congratulations, Megan", an accented first name before a surname said before, a third name before an ID number).
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('offices, agencies and field words: what reads as a name and is none', () => {
  test("a public office's division, hall, district and town, and the person beside them (en, ko)", () => {
    assertFound(
      [
        ['> Baek Su-min, Property Tax Division — direct line 02-3011-4477', ['PERSON:Baek Su-min']],
        ['Documents: 15 Sejong-daero, Jung-gu, Seoul, Civil Affairs Hall, 2F.', []],
        ['2025년 예비군 교육 일정 안내 (노원구)\n장소: 노원구 예비군훈련장 (상계동)', []],
        ['담당: 향남읍 행정복지센터 민원팀 구하린', ['PERSON:구하린']],
        ['접수처: 신림동 주민센터 (담당 오세린 주무관)', ['PERSON:오세린']],
        // A name in brackets is still one, and a person called 강동수 is no district.
        ['담당: 강동수 (민원팀)', ['PERSON:강동수']],
      ],
      'PERSON',
    );
  });

  test("a staffing agency, a bookkeeper, a client's warehouse, a regional arm and an agency's chat label (en)", () => {
    assertFound(
      [
        ['Dispatch sheet — Daesung Manpower (인력사무소), Bupyeong branch', []],
        ['Thanks,\nRosa\nDelacroix Bookkeeping, for Harbor Events LLC', ['PERSON:Rosa']],
        ['Position: Forklift Driver, Client: Westbrook Distribution, Sparks NV', []],
        ['Bill to: Kestrel Europe B.V., Accounts Payable', []],
        ['Business name: Tanaka Visuals (DBA)', []],
        ['Mirae Tour Travel: Hello, this is Ms. Oh.\nCustomer (Nina): Hi!\nMirae Tour Travel: Thank you.', ['PERSON:Oh', 'PERSON:Nina']],
        // A given name and one trade word is a sole trader's chat name: the given name speaks.
        ['Dave Plumbing: boiler is fixed\nCustomer: great thanks\nDave Plumbing: cash or card?', ['PERSON:Dave', 'PERSON:Dave']],
      ],
      'PERSON',
    );
  });

  test("a form's field words, a parent's word, a grade, an insurer, a carmaker and a fashion house (en)", () => {
    assertFound(
      [
        ['Vehicle: 2020 Kia Niro, VIN KNDCB3LC5L5359210', []],
        ['Subscriber (employee): Han Ji-woo', ['PERSON:Han Ji-woo']],
        ['Emergency contact: Mum — Deborah Frost, 07700 900 412', ['PERSON:Deborah Frost']],
        ['Offer: Platform Team Senior SRE — start 1 June', []],
        ['Caller: Cigna, member ID U5521 0097 01.', []],
        ['Other car: a grey Renault, plate AB-123-CD', []],
        ['Item: brown leather belt, Calvin Klein, size 34', []],
        // A listed first name and a surname on their own are still a person's.
        ['Item found by Calvin Brooks at gate 4', ['PERSON:Calvin Brooks']],
        ['Interpreter: Sokha Mom (Khmer)', ['PERSON:Sokha Mom']],
      ],
      'PERSON',
    );
  });

  test("payroll's, counselling's and a memo's words, police ranks, a civil-defence unit's posts and a desk's label (ko)", () => {
    assertFound(
      [
        ['4대보험 사업주 부담분 | 8명 | 210,000 | 1,680,000', []],
        ['작성: 서치펌 하이어링 / 2025-05-02 / 의뢰번호 HR-2291', []],
        ['주호소: 수면 문제, 업무 스트레스\n내담자: 정우진 (남, 1988.03.02)', ['PERSON:정우진']],
        ['담당: 경사 도민혁', ['PERSON:도민혁']],
        ['직책 | 성명 | 휴대전화\n대장 | 유병철 | 010-2231-8890\n부대장 | 남궁도윤 | 010-4412-7730', ['PERSON:유병철', 'PERSON:남궁도윤']],
        ['기관: 온길 심리상담센터 / 내담자 번호 OG-24-0311', []],
        ['인포: 안녕하세요 핏존 신림점입니다.\n회원: 양도 신청했어요\n인포: 접수 완료!', []],
        ['  위치: 신도림역 1번 출구 앞\n  내용: 보행자 사고', []],
        ['면허증 사본만 확인, 자격증 사본은 미제출', []],
        ['일당 13만원까지는 세금이 안 나오고, 나머지는 정산해서 보낼게요', []],
      ],
      'PERSON',
    );
  });

  test("a firm's legal form before a display name, a shop's name field, a university's short name, a post before a name (en, ko)", () => {
    assertFound(
      [
        ['보낸사람: 회계법인 다솜 <office@dasom-cpa.kr>\n받는사람: 문태오 <taeo.moon@naver.com>', ['PERSON:문태오']],
        ['From: 한지성 <jisung.han@naver.com>', ['PERSON:한지성']],
        ['{"shop": {"name": "Studio Maren Salon", "tel": "02-555-0101"}}', []],
        ['{"guest": {"name": "Olivia Grant", "tel": "010-2231-9910"}}', ['PERSON:Olivia Grant']],
        ['Me: i only have my student card from 한양대, is that ok?', []],
        ['Landlord 박정호 says the deposit goes back', ['PERSON:박정호']],
        ['작성: 현장소장 도윤재\n\n1. 사고 경위', ['PERSON:도윤재']],
        ['가입자: BAUTISTA, JOSE MIGUEL (Philippines)\n외국인등록번호: 880212-5123456', ['PERSON:BAUTISTA, JOSE MIGUEL']],
      ],
      'PERSON',
    );
  });

  test("a name's span: an opening word after it, an accented first name before a surname said before, a third name (en)", () => {
    assertFound(
      [
        [
          'Caller: Hi, it is Paige Morrow.\nRep (Dan): Congratulations, Paige. Your date of birth?',
          ['PERSON:Paige Morrow', 'PERSON:Dan', 'PERSON:Paige'],
        ],
        [
          'Thread: Dispatch ↔ Mateo Salgado\nMateo: my brother can come\nMateo: Ramón Salgado 713-555-0198',
          ['PERSON:Mateo Salgado', 'PERSON:Mateo', 'PERSON:Mateo', 'PERSON:Ramón Salgado'],
        ],
        [
          'Payees: Grace Lin Tan is a foreign national.\n> Grace Lin Tan 020611-6123450 (paid 900,000)',
          ['PERSON:Grace Lin Tan', 'PERSON:Grace Lin Tan'],
        ],
        // Only the Vietnamese middle name of a man or a woman is no mention of its own.
        ['No | Name\n1 | Tran Van Khoa | 010-2231-4410\nVan pickup at 05:30.', ['PERSON:Tran Van Khoa']],
      ],
      'PERSON',
    );
  });
});
