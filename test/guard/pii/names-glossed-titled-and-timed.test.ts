// Names of round 27's shapes: a foreigner's Hangul name beside its own spelling, a name found with its word of address or
// trade trimmed off, a sender before a time, and the everyday Korean words that took a name's place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { persons } from './pii-test-helpers.ts';
import { findForeignNamesWithGlosses } from '../../../src/guard/pii/names/foreign-names-with-glosses.ts';

function glossed(text: string): string[] {
  return findForeignNamesWithGlosses(text).map((finding) => finding.text);
}

describe("a foreigner's name in Hangul beside its own spelling", () => {
  test('Han characters of a Chinese or a Japanese name after a field or a word for the person (ko)', () => {
    assert.deepEqual(persons('민원인: 쑨하오(孙浩), 중국 국적'), ['쑨하오', '孙浩']);
    assert.deepEqual(glossed('요청: 배우자 리샤오옌(李晓燕) 피부양자 취득'), ['리샤오옌', '李晓燕']);
    assert.deepEqual(glossed('고객: はい、사토 유이(佐藤 結衣)です。'), ['사토 유이', '佐藤 結衣']);
  });

  test('Latin words word for word, or pinyin beside one Hangul word (ko, en)', () => {
    assert.deepEqual(persons('재해자: 아지즈 토시마토프(Aziz Toshmatov), 우즈베키스탄'), ['아지즈 토시마토프', 'Aziz Toshmatov']);
    assert.deepEqual(glossed('고객명: 왕샤오린 (WANG XIAOLIN)   고객구분: 외국인 개인'), ['왕샤오린', 'WANG XIAOLIN']);
    assert.deepEqual(glossed('통역사 장웨이 (Zhang Wei) 월요일 배정'), ['장웨이', 'Zhang Wei']);
    assert.deepEqual(glossed('고객 상담 (Kim Soo) 예약'), []);
  });

  test("a word's Hanja, a city, a firm or a branch is no name (ko, en)", () => {
    assert.deepEqual(glossed('사업(事業) 계획서를 제출합니다'), []);
    assert.deepEqual(glossed('계약서: 계약(契約) 조건'), []);
    assert.deepEqual(glossed('출장지: 상하이(上海)'), []);
    assert.deepEqual(glossed('협력사: 현대모비스 (HYUNDAI MOBIS)'), []);
    assert.deepEqual(glossed('결제: 신한 카드 (Shinhan Card)'), []);
    assert.deepEqual(glossed('Visit 여의도 지점 (Yeouido Branch) first'), []);
  });

  test("a Korean name's romanisation with a rarer surname, given name first (ko)", () => {
    assert.deepEqual(persons('배우자: 기수정 (Sujeong Ki), DOB 1991-10-03'), ['기수정', 'Sujeong Ki']);
    assert.ok(persons('판매자 Seller: 용석진 (Seokjin Yong)   연락처: 021 043 8815').includes('Seokjin Yong'));
    assert.deepEqual(persons('주문 상품: 가방 (Big Bag) 1개'), []);
  });
});

describe('a word of address or of trade trimmed off the name', () => {
  test('kin and polite titles in the languages written beside English (en)', () => {
    assert.deepEqual(persons('Ate Joy: bunso pinadala ko na\nLiza: salamat ate!\nAte Joy: ok noted'), ['Joy', 'Liza', 'Joy']);
    assert.deepEqual(persons('Hello Madame Girard,\n\nFollowing our phone call'), ['Girard']);
    assert.ok(persons('Ngā mihi,\nWhaea Lisa (Room 12)').includes('Lisa'));
  });

  test("a worker's role before the name and a contact's trade after it (en)", () => {
    assert.ok(persons('Incident at 09:15. Operator Liu Yang (emp no. DG2-30418) left hand injured').includes('Liu Yang'));
    assert.deepEqual(persons('[07/03/2025, 14:05] Otieno Driver: Niko Ngong Road\n[07/03/2025, 14:31] Otieno Driver: Delivered ✅'), [
      'Otieno',
      'Otieno',
    ]);
  });

  test('a Korean speaker keeps the whole name (ko)', () => {
    assert.deepEqual(persons('[정서연] [오후 3:25] 근데 이런거 가족톡에 올려도 돼?ㅋㅋ'), ['정서연']);
  });
});

describe('a sender before a time, or beside a firm', () => {
  test("a team chat's name and time before the colon, a WeChat group's on its own line (en)", () => {
    assert.deepEqual(persons('Keeley Dawson 09:03: Morning! Starter form?\nKeeley Dawson 09:14: Perfect thanks.'), [
      'Keeley Dawson',
      'Keeley Dawson',
    ]);
    assert.deepEqual(persons('[WeChat group: Plant 2]\nZhou Jianguo 09:42\nIncident on Line 4.\nZhou Jianguo 09:49\nHe is ok.'), [
      'Zhou Jianguo',
      'Zhou Jianguo',
    ]);
    assert.deepEqual(persons('Daily Standup 09:00\nagenda\nDaily Standup 14:00\nmore'), []);
  });

  test('a name before its firm in brackets or after a bar (en)', () => {
    assert.deepEqual(persons("Jesse (Koala Mobile): G'day! How can I help?\nYou: port my number\nJesse (Koala Mobile): Easy."), [
      'Jesse',
      'Jesse',
    ]);
    assert.ok(persons('[14/03/2025, 09:15] Tunde | MTN Care: Good morning ma').includes('Tunde'));
  });

  test("a shop's time after its bracket names no one (ko)", () => {
    assert.deepEqual(
      persons('[블루핸즈 양재점] 오전 10:12\n안녕하세요 고객님\n나 오전 10:30\n네 맞아요\n[블루핸즈 양재점] 오전 10:34\n예약해드렸습니다'),
      [],
    );
  });
});

describe('everyday Korean words in a name’s place', () => {
  test('a consultation, an adverb, once, a price, a team, a role and a header are no names (ko)', () => {
    assert.deepEqual(persons('민원인: 여권을 잃어버렸어요\n상담: 많이 놀라셨겠어요\n민원인: 네\n상담: 확인했습니다'), []);
    assert.deepEqual(persons('[정서연] [오후 3:32] 이미 엄마 읽음 1 없어짐ㅋ'), ['정서연']);
    assert.deepEqual(persons('해담솔라: 네 사모님. 성함 한번만 확인 부탁드립니다'), []);
    assert.deepEqual(persons('최근 결제 중 GS25 상계점 4,800원 건은 본인 사용 맞으실까요?'), []);
    assert.deepEqual(persons('[11/19 배차표]   작성: 배차팀   출고 마감 05:30'), []);
    assert.deepEqual(persons('PNR: 6QX8TR   인솔자: 여민호 (010-3391-5527)'), ['여민호']);
    assert.deepEqual(persons('| 라인 | 모델 | 달성률 | 가동률 |\n|---|---|---|---|\n| SMT-1 | ECU | 98.2% | 93.5% |'), []);
  });

  test('the same frames still hold names (ko)', () => {
    assert.deepEqual(persons('성함 한지수요'), ['한지수']);
    assert.deepEqual(persons('작성: 김민준'), ['김민준']);
    assert.deepEqual(persons('민재 엄마예요'), ['민재']);
  });
});

describe('shops, firms and places that read as names', () => {
  test("a shop's label in a chat, a letter's colleague, a province, a joint-stock company, an airport (en)", () => {
    assert.deepEqual(
      persons('Shop Bếp Xinh: Dạ chào chị! Order #250\nBuyer: hi shop, send to my sister\nShop Bếp Xinh: Dạ em note rồi ạ.'),
      [],
    );
    assert.deepEqual(persons('Tel 07841 226903\n\nDear Colleague,\nI would be grateful if you could see her'), []);
    assert.deepEqual(persons('Shipper: Minh Phat Garment JSC, Bình Dương\nNotify: Pacific Coast Apparel'), []);
    assert.deepEqual(persons('Pick-up: Madrid-Barajas T4, 16/07/2024     Return: Málaga Airport, 23/07/2024'), []);
    assert.deepEqual(persons('Witness: Lê Hoàng Nam, TP Dĩ An, Bình Dương'), ['Lê Hoàng Nam']);
  });

  test('a Korean shop speaks for itself too (ko)', () => {
    assert.deepEqual(persons('해담솔라: 안녕하세요 고객님\n고객: 네 안녕하세요\n해담솔라: 설치 일정 안내드려요'), []);
  });
});

describe('names by the words written around them abroad', () => {
  test("a German account holder, German and French closings, a committer, a companion, a note before a label's colon (en)", () => {
    assert.deepEqual(persons('please transfer to:\n\nKontoinhaberin: Friederike Lang\nIBAN: DE33 1007 0024 0623 4721 00'), [
      'Friederike Lang',
    ]);
    assert.ok(persons('just call me on my mobile.\n\nViele Grüße\nFriederike').includes('Friederike'));
    assert.deepEqual(persons('Merci pour tout.\nCordialement,\nJulien Marchetti'), ['Julien Marchetti']);
    assert.deepEqual(persons('Guest: TANAKA Haruto, 2 adults\nCompanion: TANAKA Yui'), ['TANAKA Haruto', 'TANAKA Yui']);
    assert.deepEqual(persons('Account holder name (exactly as on old account): Yevgenia Sokolova'), ['Yevgenia Sokolova']);
    assert.deepEqual(persons('the payment was late this month.\nThe statement\nplease'), []);
  });

  test("an address's display name, Latin or Korean (en, ko)", () => {
    assert.deepEqual(persons('signed-off: Pieter van der Merwe <pvdmerwe@tarvologistics.co.za>'), ['Pieter van der Merwe']);
    assert.deepEqual(persons('Reply-To: Olamide <olamide.b@example.com>'), ['Olamide']);
    assert.deepEqual(persons('On Mon, Mar 3, 2025 at 3:14 PM Priya Raman <priya.raman@example.com> wrote:'), ['Priya Raman']);
    assert.deepEqual(persons('> 2024.06.10 윤석훈 <sh.yoon@daeilpack.co.kr> 작성:'), ['윤석훈']);
    assert.deepEqual(persons('From: Support Team <support@example.com>'), []);
    assert.deepEqual(persons('보낸 사람: 고객센터 <cs@shop.co.kr>'), []);
  });

  test("a relative's name and age in brackets, a party's names after its count (en, ko)", () => {
    assert.deepEqual(persons('Son (Ethan, 5) had similar sx last week'), ['Ethan']);
    assert.deepEqual(persons('Child (Male, 5) seen in ED'), []);
    assert.deepEqual(persons('아들(민준, 5세)도 같이 내원했어요'), ['민준']);
    assert.deepEqual(persons('설치 엔지니어 2명(임도훈, 추재혁) 7월 파견 예정'), ['임도훈', '추재혁']);
    assert.deepEqual(persons('인원 2명(성인, 소아) 예약'), []);
  });

  test('a Japanese honorific after the name, a greeting after a WhatsApp time, 씨 then 고 (en, ko)', () => {
    assert.deepEqual(persons('Tanaka-san,\n\nThe dealer confirmed the recall.'), ['Tanaka']);
    assert.ok(persons('12/04/2024, 19:22 - Siobhán Murphy: Hi Jiho, welcome to Dublin!').includes('Jiho'));
    assert.deepEqual(persons('기사님은 탁현우씨고 번호 010-6631-2058 이에요'), ['탁현우']);
    assert.deepEqual(persons('김치냉장고 샀어요'), []);
  });
});
