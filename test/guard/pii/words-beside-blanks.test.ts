// The gates that ask whether a listed word stands beside a blank: a word just beside one is always seen (spread or not,
// at the text's ends too), a word away from any blank is not, and a mark anywhere lets the text through.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { holdsWordBesideBlank, wordsBesideBlanks } from '../../../src/guard/pii/names/words-beside-blanks.ts';
import { findKoreanNamesAfterPosts } from '../../../src/guard/pii/names/korean-names-after-posts.ts';
import { findKoreanNamesBesideDutyPosts } from '../../../src/guard/pii/names/korean-names-beside-duty-posts.ts';
import { findKoreanStaffOfServices, mayHoldKoreanStaffOfService } from '../../../src/guard/pii/names/korean-staff-of-services.ts';

describe('words beside blanks', () => {
  test('a word right before a blank or right after one is seen, and only there (ko, en)', () => {
    const words = wordsBesideBlanks({ before: ['원고', 'CAPT.'], after: ['기장', 'PB'] });
    for (const text of ['원고 권나래', '원고\t권나래', '오늘 곽태준 기장님과', 'CAPT. 홍석진', '송지안 PB입니다', '끝에 원고 ']) {
      assert.equal(holdsWordBesideBlank(text, words), true, text);
    }
    for (const text of ['원고작성 완료', '기장 길이는요', '배송 언제 와요', 'CAPT.홍석진', 'PB', '']) {
      assert.equal(holdsWordBesideBlank(text, words), false, text);
    }
  });

  test('a word spread by blanks is seen, as a suit’s papers spread its parties (ko)', () => {
    const words = wordsBesideBlanks({ before: ['피고', '수신인'] });
    for (const text of ['피    고   서동진', '수 신 인   피현숙', '피 \t고\t서동진'])
      assert.equal(holdsWordBesideBlank(text, words), true, text);
    assert.equal(holdsWordBesideBlank('피해 고객 서동진', words), false);
  });

  test('a mark anywhere lets the text through, and a text of marks alone reads no word (ko, en)', () => {
    const late = wordsBesideBlanks({ before: ['고인'], marks: '故' });
    assert.equal(holdsWordBesideBlank('故최병수님께서', late), true);
    assert.equal(holdsWordBesideBlank('최병수님께서', late), false);
    const slash = wordsBesideBlanks({ marks: '/' });
    assert.equal(holdsWordBesideBlank('1) 권혁수 / 1962.07.19', slash), true);
    assert.equal(holdsWordBesideBlank('order status please', slash), false);
  });

  test('each text is read anew: the answer for one text is not the next one’s', () => {
    const words = wordsBesideBlanks({ before: ['책임자'] });
    assert.equal(holdsWordBesideBlank('시험책임자 최은혜', words), true);
    assert.equal(holdsWordBesideBlank('책임자확인', words), false);
    assert.equal(holdsWordBesideBlank('시험책임자 최은혜', words), true);
  });

  test('a text of more blanks than the tables hold is let through', () => {
    const words = wordsBesideBlanks({ before: ['원고'] });
    assert.equal(holdsWordBesideBlank(' '.repeat(5000), words), true);
  });
});

describe('the searches behind these gates', () => {
  test('a spread party, a post before its colon and a title after its blank are still found (ko)', () => {
    assert.deepEqual(
      findKoreanNamesAfterPosts('피    고   서동진').map((finding) => finding.text),
      ['서동진'],
    );
    assert.deepEqual(
      findKoreanNamesBesideDutyPosts('시험책임자: 최은혜 (소화기내과)').map((finding) => finding.text),
      ['최은혜'],
    );
    assert.deepEqual(
      findKoreanNamesBesideDutyPosts('/ 개발팀 협조 사공민').map((finding) => finding.text),
      ['사공민'],
    );
    assert.equal(mayHoldKoreanStaffOfService('추민규 방역관입니다'), true);
    assert.deepEqual(
      findKoreanStaffOfServices('추민규 방역관입니다').map((finding) => finding.text),
      ['추민규'],
    );
    assert.equal(mayHoldKoreanStaffOfService('담당부서 확인 후 연락'), false);
  });
});
