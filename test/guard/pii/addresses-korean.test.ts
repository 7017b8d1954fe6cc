// Korean ADDRESS recognition: road-name and lot-number addresses with exact spans from the region to the unit; road words without numbers are ignored.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addressRecognizer } from '../../../src/guard/pii/addresses/index.ts';

function addresses(text: string, minScore = 0.5): string[] {
  const findings = addressRecognizer.find(text, { lang: 'ko' });
  for (const finding of findings) {
    assert.equal(finding.text, text.slice(finding.start, finding.end));
    assert.equal(finding.type, 'ADDRESS');
  }
  return findings.filter((finding) => finding.score >= minScore).map((finding) => finding.text);
}

describe('addressRecognizer (Korean)', () => {
  const positives: Array<[string, string]> = [
    ['배송지: 서울특별시 강남구 테헤란로 152, 101동 1203호 부탁해요', '서울특별시 강남구 테헤란로 152, 101동 1203호'],
    // A complex's name of three words before its building and unit.
    [
      '주소: 경기도 김포시 김포한강4로 125 한강신도시 반도유보라 6차 611동 1702호',
      '경기도 김포시 김포한강4로 125 한강신도시 반도유보라 6차 611동 1702호',
    ],
    // A lettered building of a complex, and a building's name before it.
    ['경기도 성남시 분당구 판교역로 235 에이치스퀘어 N동 7층으로 와 주세요', '경기도 성남시 분당구 판교역로 235 에이치스퀘어 N동 7층'],
    ['Ship to 서울시 강남구 테헤란로 152 B동 301호 please', '서울시 강남구 테헤란로 152 B동 301호'],
    // A building's name of two words, and a particle after the number that ends the address before a later floor.
    ['주소는 서울시 중구 세종대로 110 누리꿈스퀘어 R&D타워 12층입니다', '서울시 중구 세종대로 110 누리꿈스퀘어 R&D타워 12층'],
    ['Deliver to 서울 마포구 월드컵북로 396 누리꿈스퀘어 비즈니스타워 5층', '서울 마포구 월드컵북로 396 누리꿈스퀘어 비즈니스타워 5층'],
    ['서울 강남구 테헤란로 152에 가서 2층으로 오세요', '서울 강남구 테헤란로 152'],
    ['서울 강남구 역삼동 737-32', '서울 강남구 역삼동 737-32'],
    ['경기도 화성시 봉담읍 동화리 123번지로 보내주세요', '경기도 화성시 봉담읍 동화리 123번지'],
    ['경기도 성남시 분당구 판교역로 235 (삼평동) 3층', '경기도 성남시 분당구 판교역로 235 (삼평동) 3층'],
    ['부산 해운대구 중앙로12번길 5', '부산 해운대구 중앙로12번길 5'],
    ['주소는 서울시 마포구 월드컵북로 396 누리꿈스퀘어 5층입니다', '서울시 마포구 월드컵북로 396 누리꿈스퀘어 5층'],
    ['강남구 테헤란로 152에 있어요', '강남구 테헤란로 152'],
    ['저희 집은 세종대로 110입니다', '세종대로 110'],
    ['제주특별자치도 제주시 첨단로 242', '제주특별자치도 제주시 첨단로 242'],
    // A numbered side street written apart from the road it branches from.
    ['경기도 고양시 일산동구 중앙로 1275번길 38-10', '경기도 고양시 일산동구 중앙로 1275번길 38-10'],
    // An apartment's building and unit after the 동 or district the complex stands in.
    ['역삼동 현대아파트 102동 1203호로 보내 주세요', '역삼동 현대아파트 102동 1203호'],
    ['대구 수성구 범어동 아파트 101동 502호', '대구 수성구 범어동 아파트 101동 502호'],
    // A value of data: the province right after a quote or an equals sign.
    ['{"addr":"서울 강남구 테헤란로 152"}', '서울 강남구 테헤란로 152'],
    ['address=서울 마포구 월드컵북로 396', '서울 마포구 월드컵북로 396'],
  ];
  for (const [text, expected] of positives) {
    test(`finds "${expected}"`, () => {
      assert.deepEqual(addresses(text), [expected]);
    });
  }

  test('scores a full address above a partial one and a bare road with a number lowest', () => {
    const score = (text: string) => addressRecognizer.find(text, {})[0]?.score ?? 0;
    const full = score('서울특별시 강남구 테헤란로 152');
    const partial = score('강남구 테헤란로 152');
    const bare = score('테헤란로 152');
    assert.ok(full > partial && partial > bare, `${full} ${partial} ${bare}`);
    assert.ok(bare < 0.5);
  });

  const hardNegatives = [
    '테헤란로 지점 방문 예약',
    '강남역 2번 출구 앞에서 만나요',
    '3층으로 올라오세요',
    '그대로 100% 환불해 드려요',
    '서울로 3시에 출발해요',
    '갤럭시 프로 12 주문',
    '우편번호 06236',
    '101동 1203호',
    '이동 3개 완료, 관리 2건',
    '퇴근길 5시에 들를게요',
    // A complex and unit with no place before them.
    '현대아파트 102동 1203호로 보내 주세요',
    '친구 아파트 101동 1001호',
  ];
  for (const text of hardNegatives) {
    test(`finds no address in "${text}"`, () => {
      assert.deepEqual(addresses(text), []);
    });
  }

  test('reads addresses in a delivery chat and a form', () => {
    assert.deepEqual(addresses('기사님, 서울 송파구 올림픽로 300 롯데월드타워 101호로 오후에 배달 부탁드려요. 부재 시 문 앞에 두세요.'), [
      '서울 송파구 올림픽로 300 롯데월드타워 101호',
    ]);
    assert.deepEqual(addresses('성명: 홍길동\n주소: 대전광역시 유성구 대학로 99\n연락처: 010-1234-5678'), ['대전광역시 유성구 대학로 99']);
  });
});
