// Names a record gives beside another one or after a mark: the name a person goes by, a nurse or a resident after a chart's
// staff mark, relatives in brackets after names, a foreigner's name in capitals in a Korean form's field, a Korean name's
// spelling as its owner writes it, the writer named after a greeting or thanked by name, and a Korean name beside the
// account or the phone it owns, and a Korean name a record marks by a parent's, a colleague's or a desk's word in brackets
// or by a prescriber's licence, or that opens a numbered row of a person's details; a surname in capitals after its label.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from './pii-test-helpers.ts';

function persons(text: string): string[] {
  return found(text).filter((finding) => finding.startsWith('PERSON:'));
}

describe('nicknames, staff marks, relatives in brackets and names in capitals', () => {
  test('the name a person goes by, in brackets after the full name or in a field of its own (en, ko)', () => {
    for (const [text, expected] of [
      ['Insured: Terrence Boateng (goes by Terry)\nVehicle: 2021 Honda CR-V', ['Terrence Boateng', 'Terry']],
      ['Patient: Mr Stanislav Horvath (prefers Stan)\nDOB: 29-Jan-1958', ['Stanislav Horvath', 'Stan']],
      ['Employee: Nguyễn Thị Lan (preferred: Lana)\nEmployee ID: E-204417', ['Nguyễn Thị Lan', 'Lana']],
      ['Legal name: Okonkwo-Reyes, Daniel James\nGoes by: DJ\nSSN: 431-67-2290', ['Okonkwo-Reyes, Daniel James', 'DJ']],
      ['신청인: 김서연 (영어 이름 Sophie)\n연락처 010-2233-4455', ['김서연', 'Sophie']],
      ['성명: 김서연\n영어 이름: Sophie\n연락처: 010-2233-4455', ['김서연', 'Sophie']],
      ['Name: LIANG, Jiahui (pref. Jenny)      DOB: 2001/05/19', ['LIANG, Jiahui', 'Jenny']],
      ['Patient: Oluwadamilare Bankole (prefers "Dami")', ['Oluwadamilare Bankole', 'Dami']],
      ['성명: 박지윤 (pref. “Jiyoon”)', ['박지윤', 'Jiyoon']],
    ] as const)
      assert.deepEqual(
        persons(text),
        [...expected].map((name) => `PERSON:${name}`),
        text,
      );
    // A day, a time or a channel the person prefers is none.
    assert.deepEqual(persons('Patient: Mr Stanislav Horvath (prefers Monday)\nDOB: 29-Jan-1958'), ['PERSON:Stanislav Horvath']);
    assert.deepEqual(persons('Applicant: Thandiwe Mokoena-Price (preferred: Email)'), ['PERSON:Thandiwe Mokoena-Price']);
    assert.deepEqual(persons('Preferred: Morning\nContact method: phone'), []);
    assert.deepEqual(persons('Patient: Ana Silva (preferredName)'), ['PERSON:Ana Silva']);
    assert.deepEqual(persons('고객: 김서연 (영어 이름 없음)'), ['PERSON:김서연']);
  });

  test("a nurse or a resident after a chart's staff mark (ko, en)", () => {
    assert.deepEqual(persons('08:30 아침 식사 1/2 섭취. 인슐린 RI 4u SC 투여함. - RN 이하늘\n10:10 보호자 면회'), ['PERSON:이하늘']);
    assert.deepEqual(persons('당직의 noti 함, 경과관찰 지시\n작성: RN 윤다은'), ['PERSON:윤다은']);
    assert.ok(persons('주소지: 경상북도 안동시 경동로 1375\n작성: 신경과 R2 송유빈').includes('PERSON:송유빈'));
    assert.deepEqual(persons('Pt settled overnight, pain 2/10, repositioned 2-hourly. - RN 박소연'), ['PERSON:박소연']);
    assert.deepEqual(persons('Handover done. - RN Sarah Kim'), ['PERSON:Sarah Kim']);
    // A word after the mark is none.
    assert.deepEqual(persons('PA 시스템 점검 완료, RN 교육자료 배포'), []);
  });

  test('relatives and household roles in brackets after Korean names (ko, en)', () => {
    assert.deepEqual(persons('상주: 이상민(장남), 이정민(차남)\n빈소: 서울아산병원 장례식장 12호실'), ['PERSON:이상민', 'PERSON:이정민']);
    assert.deepEqual(persons('전입 세대원\n1. 여상욱 (세대주)\n2. 채미란 (배우자)\n3. 여은호 (자녀)'), [
      'PERSON:여상욱',
      'PERSON:채미란',
      'PERSON:여은호',
    ]);
    assert.deepEqual(persons('Chief mourners: 이상민(장남), 이정민(차남). Funeral on Sunday.'), ['PERSON:이상민', 'PERSON:이정민']);
    assert.deepEqual(persons('서울시(자녀) 지원 사업'), []);
  });

  test("a foreigner's name in capitals in a Korean form's field for a person, with its Hangul spelling (ko, en)", () => {
    assert.deepEqual(persons('재해자: THAPA RAM BAHADUR (타파 람 바하두르), 네팔, 32세'), [
      'PERSON:THAPA RAM BAHADUR',
      'PERSON:타파 람 바하두르',
    ]);
    assert.deepEqual(persons('수취인: MUELLER, ANNA\n수취은행: Deutsche Bank AG'), ['PERSON:MUELLER, ANNA']);
    assert.deepEqual(persons('위 내용이 사실임을 확인합니다.\n갑: 조형준 (서명)   을: LKHAGVA BATBAYAR (서명)'), [
      'PERSON:조형준',
      'PERSON:LKHAGVA BATBAYAR',
    ]);
    assert.deepEqual(persons('Remittance request\n수취인: SCHNEIDER, LENA MARIE\nAmount: EUR 3,200.00'), ['PERSON:SCHNEIDER, LENA MARIE']);
    // A cause, a maker or a product in capitals is none.
    assert.deepEqual(persons('- 원인: FCM HTTP v1 마이그레이션 후 배치 크기 설정 오류'), []);
    assert.deepEqual(persons('제조자: SAMSUNG ELECTRONICS\n품명: GALAXY BUDS'), []);
  });

  test('a Korean name and its Latin spelling as its owner writes it, in either order (ko, en)', () => {
    assert.deepEqual(persons('안녕하세요, 황다혜(Hwang Dahye)입니다. 다음 학기 교환학생으로 가요'), [
      'PERSON:황다혜',
      'PERSON:Hwang Dahye',
    ]);
    assert.deepEqual(persons('확인 후 회신 부탁드립니다.\n\n윤채린 (Chaerin Yoon) 드림'), ['PERSON:윤채린', 'PERSON:Chaerin Yoon']);
    assert.ok(persons('Customer: hi, my friend 서지훈 (Seo Ji-hoon) wants to apply for the card').includes('PERSON:서지훈'));
    // A thing's name beside a Latin word is none.
    assert.deepEqual(persons('가방 (Lee Bags) 주문했어요'), []);
  });

  test('the writer named right after a greeting (en, ko)', () => {
    for (const [text, expected] of [
      ['Hi Sharon, Nikhil from JB Hi-Fi Home deliveries. On my way', ['Sharon', 'Nikhil']],
      ['Hey mate, Trent the sparky here re ur oven install Sat', ['Trent']],
      ['Hello Mr Pryce, Ffion at Heath Road Surgery here.', ['Pryce', 'Ffion']],
      ['Hi Seoyeon, Tom again from HR 🙂 Payroll setup 때문에 급여 계좌 확인 부탁드려요', ['Seoyeon', 'Tom']],
      ['Hi Daniel, Sora from People Ops here. 급여 계좌랑 비상연락처를 아직 못 받았어요', ['Daniel', 'Sora']],
    ] as const)
      assert.deepEqual(
        persons(text),
        [...expected].map((name) => `PERSON:${name}`),
        text,
      );
    assert.deepEqual(persons('Hi all, Thanks from the team'), []);
    assert.deepEqual(persons('Hi team, Quick update from ops: 배포 완료'), []);
  });

  test('a Korean full name right beside the account or the phone it owns (ko, en)', () => {
    for (const [text, name] of [
      ['취소되면 예약금은 카카오뱅크 3333-17-4820591 엄태호 로 돌려주세요.', '엄태호'],
      ['점장님 저 계좌 바꿨어요! 케이뱅크 100-213-884019 유하람으로 보내주세요', '유하람'],
      ['연락은 010-7724-5013 채희정 앞으로 주세요.', '채희정'],
      ['05.01\t10:04\t타행이체 이가영(우리 1002-847-339102)\t150,000', '이가영'],
      ['2025.05.03 19:40\t출금\t1,200,000\t월세 이정란\t농협 351-0927-4418-33', '이정란'],
      ['Please refund the deposit to KakaoBank 3333-17-4820591 엄태호, thanks', '엄태호'],
      ['If I miss your call, try my friend on 010-3358-2071 한지우 instead', '한지우'],
    ] as const)
      assert.ok(persons(text).includes(`PERSON:${name}`), text);
    // A word after the number, or the bank's own name before it, is none.
    assert.deepEqual(persons('나 번호 바뀜!! 010.5392.8017 이걸로 저장 ㄱㄱ'), []);
    assert.deepEqual(persons('국민은행 123456-01-234567 으로 보내주세요'), []);
    assert.deepEqual(persons('010-1234-5678 고객님 번호 맞으신가요?'), []);
  });

  test("a person thanked by name inside a message, and a closing before the writer's firm (en, ko)", () => {
    assert.deepEqual(persons('Lovely, thanks Gwen. Keys at desk 3 from 7.30.'), ['PERSON:Gwen']);
    assert.deepEqual(persons('Thanks Aisling, 계약서 초안은 오늘 중으로 보내드릴게요'), ['PERSON:Aisling']);
    assert.deepEqual(persons('Open till 5:30 today. Cheers, Dave @ Onehunga Auto'), ['PERSON:Dave']);
    assert.deepEqual(persons('견적서 첨부합니다. Thanks, Kevin from accounts'), ['PERSON:Kevin']);
    // A brand or a first name that is a word is thanked as no one.
    assert.deepEqual(persons('Thanks Amazon. Parcel came today'), []);
    assert.deepEqual(persons('thanks Will. 내일 봬요'), []);
  });

  test("a name in a parent's, a colleague's or a desk's brackets, and a prescriber beside the licence (ko, en)", () => {
    for (const [text, name] of [
      ['비상연락처: 010-2290-6614 (모 한정숙)\nE-mail: yuna@example.com', '한정숙'],
      ['처리: NAC에 무선 MAC 등록, 인증서 재발급 후 정상 접속 확인 (담당 노재훈)', '노재훈'],
      ['비상연락처: 010-3927-4815 (동료 ALIMOV SHERZOD)', 'ALIMOV SHERZOD'],
      ['처방의료인: 내과 전문의 하동균 (면허 제58213호)', '하동균'],
      ['Emergency contact 010-2290-6614 (모 한정숙), she speaks Korean only', '한정숙'],
      ['Certificate issued by 정형외과 전문의 류석환 (면허번호 제58273호) for the insurer', '류석환'],
    ] as const)
      assert.ok(persons(text).includes(`PERSON:${name}`), text);
    // A desk's or a department's word in the brackets is none.
    assert.deepEqual(persons('처리 완료 (담당 부서장)'), []);
    assert.deepEqual(persons('의사 선생님께 전달했습니다'), []);
  });

  test("a Korean full name that opens a numbered row of a person's details (ko, en)", () => {
    assert.deepEqual(
      persons('같은 날 받으려고 해요.\n1) 권혁수 / 1962.07.19 / 건강보험증번호 1-6204718325\n2) 이미경 / 1964.02.03 / 1-6204718325'),
      ['PERSON:권혁수', 'PERSON:이미경'],
    );
    assert.deepEqual(persons('신입생 명단\n1. 민서준 | 25학번 | 010-4482-0917\n2. 변하린 | 25 | 01037742208'), [
      'PERSON:민서준',
      'PERSON:변하린',
    ]);
    assert.deepEqual(
      persons('Passengers for the Osaka trip:\n① 어준혁 / EO JUNHYEOK / 여권 M60391127\n② 진서윤 / JIN SEOYOON / 여권 M22850473'),
      ['PERSON:어준혁', 'PERSON:EO JUNHYEOK', 'PERSON:진서윤', 'PERSON:JIN SEOYOON'],
    );
    // A row of goods or a row with no number is none.
    assert.deepEqual(persons('주문 목록\n1) 이용권 / 3개월\n2) 김치찌개 / 8,000원'), []);
    assert.deepEqual(persons('Order list\n- 배송중 / 3 items'), []);
  });

  test("a surname in capitals after the surname's own label (en, ko)", () => {
    assert.deepEqual(persons('Title: Mr   Surname: KARAGIANNIS   First name: Dimitrios'), ['PERSON:KARAGIANNIS', 'PERSON:Dimitrios']);
    assert.deepEqual(persons("Employee's surname: KOWALCZYK   Forenames or initials: Bartosz J"), ['PERSON:KOWALCZYK']);
    assert.deepEqual(persons('여권 영문 성명 확인 부탁드립니다.\nSurname: PAPADOPOULOS\n생년월일: 1990.03.02'), ['PERSON:PAPADOPOULOS']);
    // A placeholder is none, nor an acronym after another label.
    assert.deepEqual(persons('Surname: TBC\nStatus: pending'), []);
    assert.deepEqual(persons('Owner: IT\n담당: TBD'), []);
  });
});
