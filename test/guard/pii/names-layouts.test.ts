// Names that the layout of a message or a record marks, with no context word next to them: a detail after the name, a
// sign-off, a name called out, a speaker before a colon, the same name in two scripts, a numbered table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPersons, found } from './pii-test-helpers.ts';

describe('names marked by layout', () => {
  test("the line under a CV's heading names its owner (en, ko)", () => {
    assertPersons([
      ['CURRICULUM VITAE\nSEOJUN PARK, Ph.D.\nsj.park.chem@gmail.com | +82-10-5512-3391', ['SEOJUN PARK']],
      ['CURRICULUM VITAE\nTaerin Baek (백태린)\nDate of Birth: 8 August 1993', ['Taerin Baek', '백태린']],
      ['RESUME\nKANG, MINSEO\nBorn: 21 March 1995 | Seoul', ['KANG, MINSEO']],
      ['이력서\n김민서\n생년월일 1996.09.07 / 010-4471-2093', ['김민서']],
      // A title or a heading under it: no listed name or surname vouches for the words.
      ['RESUME\nSenior Software Engineer\n2019-2024 Seoul', []],
      ['이력서\n인적사항\n학력 2015.03 입학', []],
    ]);
  });

  test('a full name right before a date of birth or a record number is a person (en, ko)', () => {
    assertPersons([
      ['Phone triage: caller is mother of Amara Obi (DOB 2019-06-08), 38.9C fever', ['Amara Obi']],
      ['Re: Sandra Whitlock, DOB 19.11.1967, NHS number 485 777 3456', ['Sandra Whitlock']],
      ['We confirm that Ana Lúcia Ferreira, born 17.04.1993, has been employed', ['Ana Lúcia Ferreira']],
      ['보호자 문의: Daniel Park, date of birth 1990-03-02, 재진 예약', ['Daniel Park']],
    ]);
    // Papers and places have no date of birth; a name's own label is not doubled.
    assertPersons([
      ['Please bring your Birth Certificate, Date of birth 1990-01-01 must match', []],
      ['Springfield General, born 1990 as a cottage hospital', []],
      ['Pt Ngozi Eze (MRN 00482917) called re: post-op pain', ['Ngozi Eze']],
    ]);
  });

  test('a full name right before a passport and its number is a person; a passport without one names nobody (en, ko)', () => {
    assertPersons([
      ['me - Georgia Mae Whitby, passport PA9173054 (exp 2032), DOB 27/03/1996', ['Georgia Mae Whitby']],
      ['Travellers: two adults, Georgia Mae Whitby (passport no. 553018742)', ['Georgia Mae Whitby']],
      ['예약 변경: Georgia Mae Whitby - passport PA9173054 로 부탁드려요', ['Georgia Mae Whitby']],
      // A companion's role is no name: "동행자" is a word, not 동 and a given name.
      ['동행자: Daniel Park - passport M12345678 로 예약해 주세요', ['Daniel Park']],
    ]);
    assertPersons([
      ['Lost Passport, passport no. 12345678 reported', []],
      ['Please bring Travel Insurance, passport and visa to the desk', []],
      ['여권 분실 신고: Emergency Passport, passport 번호 미정', []],
    ]);
  });

  test('a first name alone that signs a message off is the writer (en, ko)', () => {
    assertPersons([
      ['Hi, the DD comes out on the 15th.\n\nJack', ['Jack']],
      ['Ihr Paket ist da. Danke!\nKatrin', ['Katrin']],
      ["I'll be at arrivals, Terminal 4. - Deshawn", ['Deshawn']],
      ['내일 회의 자료 공유드립니다.\n- Priya', ['Priya']],
      // After a dash that follows a sentence's end, a name no list holds signs as well.
      ['can someone rotate it before the 4pm deploy?? - Tariq', ['Tariq']],
      ['주차비 venmo 부탁해, 아이디는 tre_holloway22. - Tremaine', ['Tremaine']],
    ]);
    // A list, a heading or a place on the last line signs nothing.
    assertPersons([
      ['Colours in stock:\nRed\nJade', []],
      ['Thanks for the help.\nNew York', []],
      ['Where is my parcel? - Amazon', []],
      ['Available in two colours. - Red', []],
      ['배송은 3일 걸려요. - Free', []],
      ['주문 확인했습니다.\nCustomer Service', []],
    ]);
  });

  test("a message that opens by saying who writes names the writer: it's and a name no list holds (en, ko)", () => {
    assertPersons([
      ["hey it's Valen 👋 use this email for the reunion invite", ['Valen']],
      ["new phone who dis 😂 jk it's Reuben, 0473 260 918 is my number now", ['Reuben']],
      ['omg hiii its Keziah!! got a new phone', ['Keziah']],
      ["언니 it's Yuri!! new number 저장해줘", ['Yuri']],
    ]);
    // A day, a feast or a firm; a word inside a sentence, or one the sentence goes on after.
    assertPersons([
      ["hey it's Tuesday 👋 anyone free?", []],
      ["it's Christmas!! 배송 언제 와요", []],
      ["Honestly it's Ridiculous, three weeks now", []],
      ["it's Monday again and my order is late", []],
    ]);
  });

  test('a name written surname first, in capitals and a comma, as labels and charts print it (en, ko)', () => {
    assertPersons([
      ['Shoppers Drug Mart #1142\nPATEL, NIKHIL\nAmoxicillin 500 mg cap', ['PATEL, NIKHIL']],
      ['DR: NAKAMURA, KENJI MD\nMFR MYLAN   LOT 8P41172', ['NAKAMURA, KENJI']],
      ['After-hours triage 02:40. Pt WISNIEWSKI, Tomasz, DOB 14.11.1941', ['WISNIEWSKI, Tomasz']],
      ['3-219-0 and the name on it is DANIELS, TERRENCE J', ['DANIELS, TERRENCE J']],
      ['Accompanying guests: SANTOS DA SILVA, MARIANA (spouse)', ['SANTOS DA SILVA, MARIANA']],
      ['Surname, Given: MACKENZIE-ROSS, Isla', ['MACKENZIE-ROSS, Isla']],
      ['처방의: NAKAMURA, KENJI 선생님 확인 부탁드려요', ['NAKAMURA, KENJI']],
      ['성명 Name in full: DELA CRUZ, MARIA CLARISSE\n성별 Sex: F', ['DELA CRUZ, MARIA CLARISSE']],
    ]);
    // A place and its region, a heading, a street, a tax number's end, one name written twice.
    assertPersons([
      ['ATLANTA, GEORGIA 30303', []],
      ['NOTE, Please call before delivery', []],
      ['2256 W 12TH AVE, EUGENE OR 97402', []],
      ['GSTIN 24AAGFA5521R1ZK, Sachin GIDC, Surat', []],
      ['배송지 MELBOURNE, VICTORIA 3000 으로 보내주세요', []],
    ]);
    // The street's capitals stay an address.
    assert.deepEqual(found('Service address: 2256 W 12TH AVE, EUGENE OR 97402'), ['ADDRESS:2256 W 12TH AVE, EUGENE OR 97402']);
  });

  test('the name on the line after a closing in any words signs the message (en, ko)', () => {
    assertPersons([
      ['Diolch,\nGwenllian Hughes', ['Gwenllian Hughes']],
      ['Merci,\nCamille\n06 47 82 19 33', ['Camille']],
      ['Sincerely,\nPriya Venkataraman, MD', ['Priya Venkataraman']],
      ['Yours faithfully,\nFolasade Bankole (Mrs)\nHead, Human Resources', ['Folasade Bankole']],
      ['자료 보내드립니다.\n\n감사합니다,\nDaniel Cho', ['Daniel Cho']],
    ]);
    // A line that opens a message, or one that is no closing, before the next line's words.
    assertPersons([
      ['Hi team,\nPlease find the report attached', []],
      ['Dear Sir,\nKindly refund my order', []],
      ['Order 2231: shipped,\nTracking Number follows', []],
    ]);
  });

  test('a form gives a title, a numbered party and new parties before the name (en, ko)', () => {
    assertPersons([
      ['Account holder: MR OLUWADAMILARE J. ADEBAYO\nFlat 9', ['OLUWADAMILARE J. ADEBAYO']],
      ['Guest: Sr. Alejandro Martín Gómez\nCheck-in: 12 May', ['Alejandro Martín Gómez']],
      ['Requesting physician: Dra. Verónica Salinas', ['Verónica Salinas']],
      ['Raised by: Ananya Krishnamurthy (IT)', ['Ananya Krishnamurthy']],
      ['Referee 1: Craig Henning (NUM)', ['Craig Henning']],
      ['First names: Lerato Palesa\nSurname: Mokoena', ['Lerato Palesa', 'Mokoena']],
      ['접수자 메모 - Seller: Emily Macready, 16 Koala Crescent', ['Emily Macready']],
    ]);
    assertPersons([
      ['Seller: Harvey Norman Electrical', []],
      ['Requesting physician: see referral', []],
    ]);
  });

  test('a greeting of another language, or "it\'s" opening a message, introduces a name (en, ko)', () => {
    assertPersons([
      ['Hola Marta! I am landing in Madrid on Fri', ['Marta']],
      ['Bonjour Julien,\n\nAs discussed', ['Julien']],
      ['Howzit Thabo, the bakkie is ready', ['Thabo']],
      ["Kia ora, it's Aroha from Harbourside Physio", ['Aroha']],
      ["hey it's Tahnee, new number 0412 387 905 - save it!", ['Tahnee']],
      ["It's Joaquín, lost my phone, this is my work one", ['Joaquín']],
      ["yo it's jake. 인스타 또 잠겼어", ['jake']],
      // A bracket after the name says who the writer is.
      ["hey it's Marisol (Diego's mom) - can he stay late?", ['Marisol', 'Diego']],
      ['Bonjour,\n\nThis is Élodie Marchand (née le 04/07/1985).', ['Élodie Marchand']],
      ["bro it's Minho (새 번호야) 저장해줘", ['Minho']],
    ]);
    assertPersons([
      ["It's broken again", []],
      ["It's Monday.", []],
      ["It's Friday (finally)", []],
      ['Hola! Do you ship to Spain?', []],
    ]);
  });

  test('a given name called out where a message or a line starts is a person (ko, en)', () => {
    assertPersons([
      ['민지야 나 번호 바꿨어 010-4821-7793 으로 저장', ['민지']],
      ['지훈아, 내일 봐', ['지훈']],
      ['엄마 나야\n수진아 오늘 몇 시에 와?', ['수진']],
      ["Jiho ya, Soojin's number is 010 2291 7745", ['Jiho', 'Soojin']],
    ]);
    // After a chat's speaker, a time or a calling word; and a first name that ends a sentence after a comma.
    assertPersons([
      ['[박서연] [오후 2:11] 야 지훈아 너 이번주 토욜에 시간됨?', ['박서연', '지훈']],
      ['엄마: 정우야 할머니 댁 주소 다시 보내줄게', ['정우']],
      ['Mom: Jiwoo-ya did you renew your license??', ['Jiwoo']],
      ["Rosa: I'm sorry to hear that, Tyler. Can you confirm the card?", ['Rosa', 'Tyler']],
      ['CALLER: June ninth.\nAGENT: Thanks Daniel. Your port-out PIN is ready', ['Daniel']],
    ]);
    assertPersons([
      ['We ship to Paris, London, Madrid.', []],
      ['상태: 정상이야', []],
    ]);
    // Darlings, "only now" and "here it is" end in 야 too; a word that goes on is no call.
    assertPersons([
      ['자기야 뭐해', []],
      ['이제야 알았네', []],
      ['여기야 빨리 와', []],
      ['민지야말로 최고', []],
      ['Oh ya, that works', []],
    ]);
  });

  test('a speaker named before the colon that opens a chat line is a person (ko, en)', () => {
    assertPersons([
      [
        '총무팀 박 과장: 이번 달 출장비 정산하려면 계좌 알려주세요\n신입 조하늘: 네! 토스뱅크 1000-2739-4418 예금주 조하늘입니다',
        ['조하늘', '조하늘'],
      ],
      ['> Jiwon: 네! M29045713 입니다.', ['Jiwon']],
      ['Sarah: hi can you help me with my bill?\nAgent: sure!', ['Sarah']],
    ]);
    // A form's labels take values, not turns.
    assertPersons([
      ['배송지: 서울시 강남구 테헤란로 152\n요청사항: 문 앞', []],
      ['Total: 3 items!\nAgent: sure', []],
      ['전 주소: 전북 전주시 완산구 효자로 225\n새 주소: 세종시 한누리대로 2130', []],
      ['[청소년 글쓰기 공모전] 주제: 정전이 된 밤, 등대지기가 겪는 이야기', []],
    ]);
  });

  test('a chat export names its senders, a given name alone when it speaks twice (ko, en)', () => {
    assertPersons([
      ['[박서연] [오후 2:11] 집들이함 ㅋㅋ\n[이지훈] [오후 2:12] ㅇㅇ 왜', ['박서연', '이지훈']],
      ['[민호] [오후 11:02] 낼 케이크 받아줄수있어?\n[지은] [오후 11:03] 웅 어디로 와?', ['민호', '지은']],
      ['[여행방] 하은: 항공권 이름 똑같이 써야 돼!!\n[여행방] 하은: 여권번호도 보내줘', ['하은', '하은']],
      ['[09:14] Chidinma Okeke: Good morning all.\n[09:16] Tunde: 0803 417 2258, he changed it', ['Chidinma Okeke', 'Tunde']],
      ['[Chat] Customer (Tyler): hi i see a charge\nAgent Priya: Sorry to hear that.', ['Tyler', 'Priya']],
      ['Wei Ling: ok I wait at Starbucks\nWei Ling: call me', ['Wei Ling', 'Wei Ling']],
    ]);
    assertPersons([
      ['[팀장님] 김 과장 오늘 미팅 결과 공유 좀\n[김동현] 네 팀장님. 대성물산 구매팀과 통화했습니다', ['김동현']],
      ['[응우옌 반 안] [오전 9:15] 사장님 저 외국인등록증 새로 나왔어요', ['응우옌 반 안']],
      ['전입신고서\n신고인: 류지은 / 전화 010-3912-6604', ['류지은']],
      ['3 | 나도겸 | 010-2053-8871\n담임: 안소라', ['나도겸', '안소라']],
    ]);
    assertPersons([
      ['[문자] 010-8820-1746\n안녕하세요 택배 기사입니다\n\n[문자] 010-8820-1746\n배송완료 했습니다', []],
      ['[SMS] 0412 883 091\nYour parcel is on its way\n[SMS] 0412 883 091\nDelivered', []],
      ['[공지] [오후 2:11] 내일 휴무입니다', []],
      ['[공지 사항] [오후 2:11] 내일 휴무입니다', []],
    ]);
  });

  test("the turn after one that asks for a name gives it; a role's turn that goes on is speech, not a name (ko, en)", () => {
    assertPersons([
      ['상담원: 성함이 어떻게 되세요?\n손님: 윤태호요. 연락은 이 번호로 주세요', ['윤태호']],
      ["Advisor: Can I get your full name please?\nCustomer: It's Margaret Ann Doyle.", ['Margaret Ann Doyle']],
      ['상담원: 김민수 고객님, 확인되었습니다.', ['김민수']],
    ]);
    assertPersons([
      ['상담원: 반환 요청 접수해 드리겠습니다.', []],
      ['상담원: 양수인 정보도 말씀해 주세요.', []],
      ['고객: 주문한 운동화 사이즈 교환하고 싶어요.', []],
      ['NURSE: Can I have your Ontario health card number?', []],
    ]);
  });

  test('a name written in both scripts side by side is a person in each (ko, en)', () => {
    assertPersons([
      [
        '여행자 명단\n1. 곽민서 / KWAK MINSEO / 여권 M38127704\n2. 곽도윤 / KWAK DOYUN / 여권 M51930286',
        ['곽민서', 'KWAK MINSEO', '곽도윤', 'KWAK DOYUN'],
      ],
      ['감사합니다.\n\nKevin Oh | 오경빈\nSenior Account Manager', ['Kevin Oh', '오경빈']],
      ['성명: NGUYEN VAN HUNG (응우옌 반 흥)\n국적: 베트남', ['NGUYEN VAN HUNG', '응우옌 반 흥']],
      ['성명: CHAN SOKHA (짠 소카)\n국적: 캄보디아', ['CHAN SOKHA', '짠 소카']],
      ['Guest: John Smith (존 스미스), room 1204', ['John Smith', '존 스미스']],
    ]);
    assertPersons([
      ['삼성전자 / SAMSUNG ELECTRONICS', []],
      ['가방 / LEE BAGS 할인', []],
      // A note in brackets after a name is not its spelling.
      ['투숙객 성명: WANG LI (중국 여권)', ['WANG LI']],
      ['Guest: John Smith (중국 국적), room 1204', ['John Smith']],
    ]);
  });

  test('the holder written after an account number is a person (ko)', () => {
    assertPersons([
      ['회비 3만원씩 이거로 보내줘~ 카카오뱅크 3333-08-4172659 한소희', ['한소희']],
      ['송금: 신한 110-482-715093 이영희', ['이영희']],
    ]);
    assertPersons([['주문번호 2024-0517-88213 배송완료', []]]);
  });

  test('a name alone in a cell is a person where no header names the column (ko, en)', () => {
    assertPersons([
      ['| 제우진 | 영업 | 02)514-3387 |\n| 온세라 | 회계 | 02)514-3392 |', ['제우진', '온세라']],
      ['2024-08-01\t입금\t김민영\t1,500,000\n2024-08-03\t출금\tGS25 선릉점\t4,200', ['김민영']],
      ['감사합니다.\n\n정하늘 | 교육팀 대리\n(주)누리소프트', ['정하늘']],
      ['1 | 강하준 | 강민석(부) | 010-4419-2038', ['강하준', '강민석']],
      ['├ 영업1팀 | 팀장 구하은 | 010-2231-4409', ['구하은']],
      ['| Aminata Diallo | Finance | ext. 4412 |', ['Aminata Diallo']],
      ['T-99121,Wei Zhang,Y,129.99\nT-99122,Sandeep Bhatt,Y,18.40', ['Wei Zhang', 'Sandeep Bhatt']],
    ]);
    assertPersons([
      ['| 사과 | 3,000원 | 배송중 |', []],
      ['| 경정비 | 엔진오일 교환 |\n| 편의점 | 간식 |', []],
      ['| Grace Cleaner | 2 | $4.99 |', []],
    ]);
  });

  test('a department, a clinic or a role between a label and the name, and the names listed after it (ko, en)', () => {
    assertPersons([
      ['ID: sy.chun\n담당: 헬프데스크 이정훈', ['이정훈']],
      ['담당의: 이비인후과 변승우', ['변승우']],
      ['의뢰 의사: 튼튼내과의원 원장 주은혜', ['주은혜']],
      ['보호자: 부 황석진 / 모 우미경', ['황석진', '우미경']],
      ['참석자: 이승훈 본부장, 탁민지 팀장, 공서연, 표재성\n안건: 3분기 매장', ['이승훈', '탁민지', '공서연', '표재성']],
      ['Attendees: John Smith, Priya Raman', ['John Smith', 'Priya Raman']],
      // Past an item that is no name, and a given name alone with an elder's word or before a full name.
      ['입금완료: 권오성, 봉미래, 지석구 회장님, 길자 언니, 하정민(+지인 1명)', ['권오성', '봉미래', '지석구', '길자', '하정민']],
      ['참석: 신동욱 본부장, 류가은, 황보석진, Daniel Park, 노지아(인턴)', ['신동욱', '류가은', '황보석진', 'Daniel Park', '노지아']],
    ]);
    // A list of things after a name holds words of a name's syllables.
    assertPersons([['준비물: 김민수, 물통, 수건, 간식', ['김민수']]]);
    assertPersons([
      ['담당: 고객 만족 개선팀', []],
      ['작성자 김민수 / 검토자 이영희 / 승인자 박철수', ['김민수', '이영희', '박철수']],
    ]);
  });

  test('a romanisation in capitalised words, a label in two scripts and a column of English names (ko, en)', () => {
    assertPersons([
      ['- Director: 엄하진 (Hajin Eom) / hajin.eom@mirae-global.com', ['엄하진', 'Hajin Eom']],
      ['성명(한글): 길하윤  성명(영문): GIL HAYOON', ['길하윤', 'GIL HAYOON']],
      ['No\t성명\t영문명\t생년월일\n1\t강태우\tKANG TAEWOO\t1990.03.14', ['강태우', 'KANG TAEWOO']],
      ['Surname\tForename\tDOB\nMacLeod\tIain\t14/02/1958', ['MacLeod', 'Iain']],
      ['{"display_name":"Tolulope A.","created_at":"2023-07-19"}', ['Tolulope A.']],
    ]);
  });

  test("a form's field whose whole value is a full name is a person, whatever its label or party's number; a field of things is not (ko, en)", () => {
    assertPersons([
      ['- 회원명: 류시우\n- 락커: 남자 탈의실 B-117', ['류시우']],
      ['성    명: 어진혁\n생년월일: 1990년 10월 8일', ['어진혁']],
      ['부: 탁현준 / 회사원 / 010-3390-4127\n모: 이슬기 / 간호사', ['탁현준', '이슬기']],
      ['의뢰자(보호자): 설지현 (모)  010-5061-3328', ['설지현']],
      ['직급: 대리\n비상연락처: 노상철 (부)', ['노상철']],
      ['목격자: 반장 조동훈, 사원 김예린', ['조동훈', '김예린']],
      ['접수자: 대리점 직원 방지원 (직통 031-8042-5567)', ['방지원']],
      ['[PT 회원 등록 카드]\n회원명: 남궁솔\n생년월일: 97.08.14', ['남궁솔']],
      ['피해자①: 탁재석 (운전자)\n피해자②: 탁서율 (동승 자녀, 만 7세)', ['탁재석', '탁서율']],
      ['Guardian 2: 김보람 010-6612-4093', ['김보람']],
    ]);
    assertPersons([['지역: 서초구\n반: 하늘반\n상태: 정상\n결제: 신용카드\n배송: 내일도착', []]]);
  });

  test('a Korean name as a passport prints it, in capitals, with its Hangul spelling before it (ko, en)', () => {
    assertPersons([
      ["Customer: Minjun Kim, on my passport it's KIM MINJUN", ['Minjun Kim', 'KIM MINJUN']],
      // The speaker of a chat's turn of speech, by the given name, too.
      ['[여행방] 하은: 항공권 이름 여권이랑 똑같이 써야 돼!! 나는 KANG HAEUN', ['하은', 'KANG HAEUN']],
      ['1. 최성진 CHOI SUNGJIN\n2. 황보미정\tHWANGBO MIJEONG', ['최성진', 'CHOI SUNGJIN', '황보미정', 'HWANGBO MIJEONG']],
      ['한글 성명: 오하린    영문 성명(카드 표기): OH HARIN', ['오하린', 'OH HARIN']],
      // A word before the capitals whose first syllable they do not spell is no name ("in the passport").
      ['예약할 땐 KIM DAHYUN 으로 넣었는데 여권엔 KIM DAHYEON 으로 돼 있어요', ['KIM DAHYUN', 'KIM DAHYEON']],
      ['Passengers: 최성진 CHOI SUNGJIN, 황보미정 HWANGBO MIJEONG', ['최성진', 'CHOI SUNGJIN', '황보미정', 'HWANGBO MIJEONG']],
    ]);
    for (const text of ['WELCOME TO PARK HOTEL', 'OH HELLO', 'LEE HAEUN CLINIC', 'GO HOME NOW', 'NO MORE DELAYS'])
      assertPersons([[text, []]]);
  });

  test('a foreign name in Hangul words and in Latin capitals, word for word, is a person in each (ko, en)', () => {
    assertPersons([
      ['가입자명: 트란 티 흐엉 (TRAN THI HUONG)', ['트란 티 흐엉', 'TRAN THI HUONG']],
      ['2024310588,사카모토 유이,SAKAMOTO YUI,일본', ['사카모토 유이', 'SAKAMOTO YUI']],
    ]);
    for (const text of ['서울 본사 (SEOUL HQ)', '삼성 전자 (SAMSUNG ELECTRONICS)', '강남 센터 (GANGNAM CENTER)'])
      assertPersons([[text, []]]);
  });

  test('the same foreign name after a label, the capitals first, or a long surname after a slash; whole, not its first word (ko, en)', () => {
    assertPersons([
      ['임차인: 라이언 피터슨 (RYAN PETERSON) / 외국인등록번호', ['라이언 피터슨', 'RYAN PETERSON']],
      ['성명 토시마토프 자수르 / TOSHMATOV JASUR', ['토시마토프 자수르', 'TOSHMATOV JASUR']],
      ['성명: GURUNG SANJIV / 구룽 산지브', ['GURUNG SANJIV', '구룽 산지브']],
      ['Remitter: SANTOS MARIA CRISTINA (산토스 마리아 크리스티나)', ['SANTOS MARIA CRISTINA', '산토스 마리아 크리스티나']],
      ['Name: Nurlan ABDRAKHMANOV / 누를란 압드라흐마노프', ['Nurlan ABDRAKHMANOV', '누를란 압드라흐마노프']],
      ['피초청인: DELA CRUZ, MARIA ANGELICA (마리아 안젤리카 델라크루즈)', ['DELA CRUZ, MARIA ANGELICA', '마리아 안젤리카 델라크루즈']],
    ]);
    for (const text of ['본사: SEOUL HQ / 서울 본사', 'LOTTE MART (롯데 마트)']) assertPersons([[text, []]]);
  });

  test("a form's party or a transcript's role before a colon is no one's name, whatever gloss follows it (en, ko)", () => {
    assertPersons([
      [
        'Booking ref: HX-22817\nGuest: Priya Raman\nCardholder (if different from guest): Jennifer Walsh',
        ['Priya Raman', 'Jennifer Walsh'],
      ],
      [
        'Auftraggeber (payer): Jonas Albrecht\nEmpfänger (payee): Małgorzata Nowak\nPayer (if different from holder): Sam Reid',
        ['Jonas Albrecht', 'Małgorzata Nowak', 'Sam Reid'],
      ],
      [
        '환자: 진료기록 사본 발급 받으려면 뭐 필요한가요?\n원무과: 본인 방문 시 신분증만 지참하시면 되고요\n환자: 등록번호가 뭐죠??\n원무과: 영수증 상단에 있는 8자리 숫자예요\n환자: 아 여기있네요',
        [],
      ],
      ['보호자: 네 맞아요\n간호사: 성함 확인할게요\n보호자: 서지안이요', ['서지안']],
    ]);
  });

  test("a form's field for the Hangul spelling of the name in capitals before it (ko, en)", () => {
    assertPersons([
      ['성명(영문): SOK CHANTHA   한글: 속 찬타\n국적: 캄보디아', ['SOK CHANTHA', '속 찬타']],
      ['근로자 성명(영문): TAMANG BIKASH\n한글 표기: 타망 비카스\n국적: 네팔', ['TAMANG BIKASH', '타망 비카스']],
      ['Name: GURUNG BIKASH\nName in Korean (한글성명): 구룽 비카스', ['GURUNG BIKASH', '구룽 비카스']],
      ['상호: SAMSUNG ELECTRONICS\n한글 표기: 삼성 전자', []],
      ['Applicant: TAMANG BIKASH\n한글 표기: 김 민수', ['TAMANG BIKASH']],
    ]);
  });

  test("a chat's speakers no list holds: beside a role, or a roster that speaks in turns (en, ko)", () => {
    assertPersons([
      [
        '[18:02] Shazza: mum is moving house next week\n[18:03] Dazza: cheers. she still at the old flat?\n[18:03] Shazza: nah moved in march\n[18:05] Dazza: righto',
        ['Shazza', 'Dazza', 'Shazza', 'Dazza'],
      ],
      ['[16:02] Tomás (customer): webhooks stopped working today\n[16:03] Support: which workspace?', ['Tomás']],
      ['[10:14] 오지훈(재무팀): VPN이 계속 끊겨요 ㅠ\n[10:15] IT헬프데스크_남궁현우: 네 확인해 볼게요', ['오지훈', '남궁현우']],
      ['[오후 4:20] 정하늘 공인중개사: 계약서 초안 확인 부탁드려요', ['정하늘']],
      ['[투안] [오전 7:02] 저 오늘 아파요\n[김영철] [오전 7:05] 어디 아파?\n[투안] [오전 7:06] 배 아파요', ['투안', '김영철', '투안']],
    ]);
    assertPersons([
      ['image: nginx\nports: 80\nimage: redis\nports: 6379', []],
      ['Technician visit: 09.03.2026, 08:00-12:00\nCustomer center: 114', []],
      ['[공지] [오후 2:11] 내일 휴무입니다\n[공지] [오후 3:11] 모레도 휴무입니다', []],
      ['[개발팀] [오전 10:02] 배포 일정 공유\n[개발팀] [오전 10:05] 점검 30분', []],
    ]);
  });

  test("a chat export's speakers after its date and time, and a timed sender after a role (ko, en)", () => {
    assertPersons([
      [
        '2024년 2월 26일 오전 10:05, 허말순 : 네 재희씨 이사날 정해졌어요?\n2024년 2월 26일 오전 10:11, 허말순 : 알았어요',
        ['허말순', '허말순'],
      ],
      ['2024년 5월 31일 오후 10:02, 점장 여민아 : 다들 5월 급여 6월 10일에 들어가요~', ['여민아']],
      ['14/05/24, 10:11 - Tunde Bakare: 0803 417 2258, he changed it', ['Tunde Bakare']],
      ['[그린카센터 강민석] [오후 2:41] 사장님 차대번호 좀 찍어 보내주세요', ['강민석']],
    ]);
    assertPersons([['[청소년 글쓰기 공모전] 주제: 정전이 된 밤', []]]);
  });

  test('the person above an address block, or right after a Korean address, is its addressee (en, ko)', () => {
    assertPersons([
      ['To contact us: 1-800-829-1040\n\nNGUYEN THI HOA\n1420 S 3RD ST APT 208\nSAN JOSE CA 95112-4417', ['NGUYEN THI HOA']],
      ["MR LIAM J O'SULLIVAN\nUNIT 12 48 PARRAMATTA RD\nANNANDALE NSW 2038\n\nBSB 062-184   Account 1047 2291", ["LIAM J O'SULLIVAN"]],
      ['[엄마] 경상북도 안동시 풍천면 하회리 742 류복순\n[엄마] 할머니 폰 010-5528-1903', ['류복순']],
    ]);
    assertPersons([
      ['SHIP TO:\nACME LOGISTICS LTD\n12 High Street\nLeeds LS1 4DY', []],
      ['배송지: 경기도 성남시 분당구 정자일로 95 배송완료', []],
    ]);
  });

  test("a passenger list's passport after a name in capitals, a JSON list's names, a name called out in Vietnamese or Welsh (ko, en)", () => {
    assert.deepEqual(
      found('나트랑 3박5일\n1. 최성진 CHOI SUNGJIN M12948371\n3. 레 티 흐엉 LE THI HUONG C4829176').filter((value) =>
        value.startsWith('PASSPORT'),
      ),
      ['PASSPORT:M12948371', 'PASSPORT:C4829176'],
    );
    assert.deepEqual(found('ORDER SHIPPED AB1234567'), []);
    assertPersons([
      ['[{"name":"Liam Carter","seat":"14C"},{"name":"Noura Al-Rashid","seat":"14D"}]', ['Liam Carter', 'Noura Al-Rashid']],
      ['Linh ơi, I sent you the deposit already', ['Linh']],
      ['Bore da Rhys,\n\nCould you update my details', ['Rhys']],
      ['Name: Olivia Tremblay (올리비아 트렘블레이)', ['Olivia Tremblay', '올리비아 트렘블레이']],
    ]);
    assertPersons([['[{"name":"Galaxy S24"},{"name":"Pixel Nine"}]', []]]);
  });

  test('a table whose first column numbers the rows reads its name column (en, ko)', () => {
    assertPersons([
      ['# | Name | Age | Gender\n1 | SURESH AGARWAL | 58 | M\n2 | KAVITA AGARWAL | 54 | F', ['SURESH AGARWAL', 'KAVITA AGARWAL']],
      ['# | 이름 | 나이\n1 | 김하윤 | 34\n2 | 박서준 | 29', ['김하윤', '박서준']],
    ]);
  });
});

test("a ticket's passenger and a statement's counterparty are names; a rate, a company or an own account is not (en, ko)", () => {
  assert.deepEqual(found('승객명: PYO/MINSEO MS / 여권번호 M930K4015'), ['PERSON:PYO/MINSEO', 'PASSPORT:M930K4015']);
  assert.deepEqual(
    found('PAX,NAME,SEAT\n1,DELA CRUZ/JUAN MIGUEL MR,14A\n2,DELA CRUZ/MARICEL MRS,14B').filter((value) => value.startsWith('PERSON')),
    ['PERSON:DELA CRUZ/JUAN MIGUEL', 'PERSON:DELA CRUZ/MARICEL'],
  );
  // No title: a Korean surname before a romanised given name, in a booking's field or a passenger list's row.
  assert.deepEqual(found('Travel document PARK/SEOYEON: M482K9153'), ['PERSON:PARK/SEOYEON', 'PASSPORT:M482K9153']);
  assert.deepEqual(
    found('No\t영문성명\t한글\n3\tDOKGO/MINJUN\t독고민준\n4\tLIM/HYERIN\t임혜린').filter((value) => value.includes('/')),
    ['PERSON:DOKGO/MINJUN', 'PERSON:LIM/HYERIN'],
  );
  assert.deepEqual(found('PARK/RIDE lot B, USD/KRW 1,380, KIM/LEE'), []);
  assert.deepEqual(found('19/04  FASTER PAYMENT TO K MENSAH  -150.00'), ['PERSON:K MENSAH']);
  // A listed first name first, before the payment's reference.
  assert.deepEqual(found('08 Apr  OSKO PAYMENT TO PRIYA NAIR REF RENT APR    1,450.00'), ['PERSON:PRIYA NAIR']);
  assert.deepEqual(found('15-04  IMPS/RAMESH PILLAI/rent      -2,000.00'), ['PERSON:RAMESH PILLAI']);
  // A British statement's codes: a standing order, a faster payment in, a transfer to an account, in a table's cells.
  const statement =
    'Date | Description | Paid out | Paid in\n02 Jan | SO Y QURESHI RENT SHARE | 425.00 |\n06 Jan | FPI ADNAN MALIK REF 40119928 | | 60.00\n17 Jan | TFR TO A/C 72019384 K LEWIS | 2,000.00 |\n20 Jan | SO BRITISH GAS | 40.00 |';
  assert.deepEqual(
    found(statement).filter((value) => value.startsWith('PERSON')),
    ['PERSON:Y QURESHI', 'PERSON:ADNAN MALIK', 'PERSON:K LEWIS'],
  );
  assert.deepEqual(found('거래내역\n03/02 | FP FROM E WISNIEWSKA REF BENEFIT | | 102.40'), ['PERSON:E WISNIEWSKA']);
  for (const text of [
    'SO THE TEAM WENT HOME AT 5',
    'rate USD/KRW MS 1300',
    'PAYMENT TO BRITISH GAS  -45.00',
    'TRANSFER TO SAVINGS ACCOUNT 200.00',
    'BILL PAYMENT TO BRITISH GAS REF 88120',
    '04월 자동이체 PAYMENT TO KEPCO REF 2291  -52,300',
    '07-04  NEFT/SALARY/Infomatrix  +84,500.00',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a name found once is a name wherever a text of lines writes it again; a firm named after it is not (en, ko)', () => {
  assert.deepEqual(found('Thanks for your order, Priscilla!\nShipping to: Priscilla Mahlangu'), [
    'PERSON:Priscilla',
    'PERSON:Priscilla Mahlangu',
  ]);
  assert.deepEqual(found('AGENT: Thank you.\nCALLER: Babatunde Oyelaran. Oyelaran is O-Y-E-L-A-R-A-N.'), [
    'PERSON:Babatunde Oyelaran',
    'PERSON:Oyelaran',
    'PERSON:O-Y-E-L-A-R-A-N',
  ]);
  assert.deepEqual(found('상담원: 김민수 고객님 맞으시죠?\n고객: 네, 민수 씨라고 불러 주세요'), ['PERSON:김민수', 'PERSON:민수']);
  // A surname alone before an honorific, too weak to stand by itself, is the name found above it.
  assert.deepEqual(found('From: Daniel Whitmore\n> 안녕하세요 Whitmore 고객님, 청구 건 회신 부탁드립니다'), [
    'PERSON:Daniel Whitmore',
    'PERSON:Whitmore',
  ]);
  assert.deepEqual(found('Kind regards,\nOwen Pritchard\nPritchard Joinery Ltd'), ['PERSON:Owen Pritchard']);
  // A first name that is an everyday word stays a word elsewhere.
  assert.deepEqual(found('Name: Will Smith\nWill you call me back?'), ['PERSON:Will Smith']);
  assert.deepEqual(found('담당: 김하늘 대리\n오늘 하늘이 맑네요'), ['PERSON:김하늘']);
});

test('a patient before sex and age, as charts write one, is a name; a floor or a size is not (ko, en)', () => {
  assert.deepEqual(found('[인계] 508호 2bed 남궁해수 M/64'), ['PERSON:남궁해수']);
  assert.deepEqual(found('김철수 (남/45) 내원'), ['PERSON:김철수']);
  assert.deepEqual(found('Tomasz Nowak 45/M, chest pain since 6am'), ['PERSON:Tomasz Nowak']);
  // A blank between the slash and the sex, or between the age and 세, as the search's first test allows.
  assert.deepEqual(found('김철수 (남 / 45) 내원'), ['PERSON:김철수']);
  assert.deepEqual(found('Tomasz Nowak 45 / M, chest pain'), ['PERSON:Tomasz Nowak']);
  assert.deepEqual(found('아동 남궁하준(만 7 세) 보호자 동반'), ['PERSON:남궁하준']);
  assert.deepEqual(found('제 번호 010-2947-6153 으로 연락 주세요. 정유나라고 저장해주세요.'), ['PHONE:010-2947-6153', 'PERSON:정유나']);
  for (const text of ['Samsung Pay 2F', '사이즈 M/95 재고 있나요', 'Order 12 M/L shirts', 'Galaxy S24 256/M', '갤럭시라고 저장했어요'])
    assert.deepEqual(found(text), [], text);
});

test('a couple sharing a surname in a field: the first alone, the second with the surname; a firm or a show is none (en, ko)', () => {
  assertPersons([
    ['Customer: Dwayne & Marisol Kettering   Ph: (419) 626-3095', ['Dwayne', 'Marisol Kettering']],
    ['04  09:05  1432 Taieri Road, Outram 9073 — Ken & Judy Burrows — dogs on property!', ['Ken', 'Judy Burrows']],
    ['MARISOL & DEREK FONTAINE\n2231 W 24TH ST RD\nGREELEY CO 80634-7708', ['MARISOL', 'DEREK FONTAINE']],
    ['예약자: Priya & Tom Castellanos-Webb (2인), 체크인 3시', ['Priya', 'Tom Castellanos-Webb']],
  ]);
  assertPersons([
    ['Bill to: Harlow & Finch Architects LLP', []],
    ['거래처: Marsh & Ledger Lawyers 에 송금', []],
    ['Agent: Hartley & Crane Estate Agents, Leeds', []],
  ]);
});

test("a passenger's name before its title mid-sentence and the same surname again, an Indian NEFT line's payer (en, ko)", () => {
  const names = (text: string) => found(text).filter((finding) => finding.startsWith('PERSON:'));
  assert.deepEqual(names('My ticket says OKONKWO/CHIDIEBERE MR but my passport says OKONKWO/CHIDIEBUBE'), [
    'PERSON:OKONKWO/CHIDIEBERE',
    'PERSON:OKONKWO/CHIDIEBUBE',
  ]);
  assert.deepEqual(names('항공권에 KIM/MINSU MR 로 되어 있는데 여권은 KIM/MINSOO 예요'), ['PERSON:KIM/MINSU', 'PERSON:KIM/MINSOO']);
  assert.deepEqual(names('03-10-2025 | NEFT CR HDFC0001021 SUNITA DESHMUKH |  | 25,000.00'), ['PERSON:SUNITA DESHMUKH']);
  // A firm's transfer and a pair of codes are no person's.
  assert.deepEqual(names('NEFT CR HDFC0001021 ACME TRADERS LLP | 5,000'), []);
  assert.deepEqual(names('Rates in USD/KRW and TCP/IP settings'), []);
});

test("a Vietnamese name in Hangul joined after 레 or 팜, beside a worker's or a relative's word or before 씨 (ko, en)", () => {
  const names = (text: string) => found(text).filter((finding) => finding.startsWith('PERSON:'));
  assert.deepEqual(names('재해자 베트남 근로자 레반투언 (사번 P-20871), 왼손 검지 열상.'), ['PERSON:레반투언']);
  assert.deepEqual(names('동행은 통역 가능한 팜티란 씨가 갑니다'), ['PERSON:팜티란']);
  assert.deepEqual(names('Guardian: 형 레반흥 (brother)'), ['PERSON:레반흥']);
  assert.deepEqual(names('레티놀 크림 주문했어요, 레티놀 씨앗은 없어요'), []);
});

test("a loan's, a tribunal's and a handover's headings that open lines are no speakers; the names after them are people (en, ko)", () => {
  const loan =
    '1. PARTIES\nBorrower: Denise Marie Kowalczyk\n   Residence: 5817 Tamarack Ridge Ct, Hilliard, OH 43026\n' +
    'Co-Borrower: Arturo Benítez Salgado\n   Residence: same as Borrower\n10. SIGNATURES\nBorrower: /s/ Denise M. Kowalczyk';
  assert.ok(!found(loan).some((finding) => /Borrower|Residence/.test(finding)), found(loan).join(', '));
  const handover = 'BED 12 — 탄 시우 란 (Tan Siew Lan), 82F\nDx: community-acquired pneumonia\nOvernight: T 37.9 °C at 02:00';
  assert.ok(!found(handover).some((finding) => /PERSON:(?:Dx|Overnight)$/.test(finding)), found(handover).join(', '));
});

test("a name after its search's rarer form: a capital ME, a curly quote, -a, nee, 사촌형, a hyphen's honorific (en, ko)", () => {
  assertPersons([
    ['yes that is me – Dom Hartley', ['Dom Hartley']],
    ["ok THAT'S ME: Dom Hartley, and send me the form", ['Dom Hartley']],
    ['hi it’s Valen 👋 new number', ['Valen']],
    ['Hyunbin-a I ordered the cake', ['Hyunbin']],
    ['He is survived by his wife Joan (nee Fraser).', ['Joan', 'Fraser']],
    ["in Rod's memory we planted a tree", ['Rod']],
    ['the Okafor family (Chidi, Ngozi, Emeka)', ['Okafor', 'Chidi', 'Ngozi', 'Emeka']],
    ['비상연락처: 사촌형 Pham Quoc Thinh +84 912 345 678', ['Pham Quoc Thinh']],
    ['Thanks, Yui-chan! See you', ['Yui']],
  ]);
});
