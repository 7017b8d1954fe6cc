// A Chinese or a Japanese name in Han characters beside its romanisation: the two halves vouch for each other.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from './pii-test-helpers.ts';
import { findHanNamesWithRomanisations } from '../../../src/guard/pii/names/han-names-with-romanisations.ts';

function persons(text: string): string[] {
  return found(text).filter((finding) => finding.startsWith('PERSON:'));
}

function paired(text: string): string[] {
  return findHanNamesWithRomanisations(text).map((finding) => finding.text);
}

describe('names in Han characters beside their romanisation', () => {
  test('a Chinese name and its pinyin, Wade-Giles or Cantonese spelling, either first (ko, en)', () => {
    assert.deepEqual(persons('행정사님, 초청 서류 보내드려요. 성명 刘雨桐 (LIU YUTONG), 여권번호 EJ4827615'), [
      'PERSON:刘雨桐',
      'PERSON:LIU YUTONG',
    ]);
    assert.deepEqual(persons('| 2024-03 | 노량진동 118-22 | 매매 | Wang Lei (王磊) | 중국 거주 |'), ['PERSON:Wang Lei', 'PERSON:王磊']);
    assert.deepEqual(paired('Buyer Chen Yu-Ting (陳玉婷) signed on delivery'), ['Chen Yu-Ting', '陳玉婷']);
    assert.deepEqual(paired('Consignee: 陳志明 / Chan Chi-ming'), ['陳志明', 'Chan Chi-ming']);
    assert.deepEqual(paired('Passenger 张伟 (ZHANG, WEI)'), ['张伟', 'ZHANG, WEI']);
    // The pair alone is a cue: a text of nothing else is scanned.
    assert.deepEqual(persons('张伟 (ZHANG WEI)'), ['PERSON:张伟', 'PERSON:ZHANG WEI']);
  });

  test('a Japanese name and its Hepburn spelling after a listed surname (ko, en)', () => {
    assert.deepEqual(persons('받는 사람 To: 山口 美咲 (YAMAGUCHI MISAKI)\nAddress: 大阪府'), [
      'PERSON:山口 美咲',
      'PERSON:YAMAGUCHI MISAKI',
    ]);
    assert.deepEqual(persons('Best regards,\n高橋 彩花 / Takahashi Ayaka\nNagoya Bussan'), ['PERSON:高橋 彩花', 'PERSON:Takahashi Ayaka']);
    assert.deepEqual(paired('Guest: 佐々木 希 (Sasaki Nozomi)'), ['佐々木 希', 'Sasaki Nozomi']);
  });

  test('characters that open with no surname, or Latin words that are not their sounds, are no names (en, ko)', () => {
    assert.deepEqual(paired('会議室 (Meeting Room) is on the 3rd floor'), []);
    assert.deepEqual(paired('東京 本社 (TOKYO HONSHA) 방문 예정'), []);
    assert.deepEqual(paired('高速 (Express Bus) 터미널'), []);
    assert.deepEqual(paired('李小龍 (Bruce Lee) 영화 보러 가요'), []);
    assert.deepEqual(persons('王府井 (Wangfujing Street) 근처 호텔'), []);
  });

  test('a name in Hangul and its Latin spelling in brackets, either first, mixed case or a foreign name transcribed (ko, en)', () => {
    assert.deepEqual(persons('학생: 임도경 (Dokyung LIM), MSc Finance'), ['PERSON:임도경', 'PERSON:Dokyung LIM']);
    assert.deepEqual(persons('임대인 (Vermieter): 클라우스 베버 (Klaus Weber)'), ['PERSON:클라우스 베버', 'PERSON:Klaus Weber']);
    assert.deepEqual(persons('| 게스트 | 크리스티나 로페스 (Cristina López) |'), ['PERSON:크리스티나 로페스', 'PERSON:Cristina López']);
    // Words whose consonants the Latin name does not hold are no spelling of it.
    assert.deepEqual(persons('고객 상담 (Kim Soo) 예약'), []);
  });
});
