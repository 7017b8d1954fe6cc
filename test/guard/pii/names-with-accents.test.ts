// Names spelled with accents ("Zoë Müller", "Łukasz Wróbel", "MARÍA GONZÁLEZ") are found where the same names in ASCII are:
// the text is read again with its capitalised words' accents dropped, and the findings keep the text as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldCapitalisedWordAccents, linesAroundFoldedWords } from '../../../src/guard/pii/accent-folding.ts';
import { scanPii } from '../../../src/guard/pii/index.ts';
import { assertFound, found } from './pii-test-helpers.ts';

describe('names spelled with accents', () => {
  test('found as their ASCII spellings are, the text kept as written (en)', () => {
    assertFound(
      [
        ['Access for José Álvarez (Finance)', ['PERSON:José Álvarez']],
        ['François Dubois called about the invoice', ['PERSON:François Dubois']],
        ['Please add Zoë Müller to the thread', ['PERSON:Zoë Müller']],
        ['cc Łukasz Wróbel', ['PERSON:Łukasz Wróbel']],
        ['Meeting with Søren Kierkegaard tomorrow', ['PERSON:Søren Kierkegaard']],
        ['CC: MARÍA GONZÁLEZ', ['PERSON:MARÍA GONZÁLEZ']],
        // Words with accents that name no one, and a Vietnamese street and ward after a house number.
        ['Meet me at Café Rouge on the Rue de la Paix', []],
        ['The résumé from the café was naïve', []],
        ['42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1', []],
        ['Deliver to 42 Le Thanh Ton, District 1', []],
        ['Contact: Tran Van Duc', ['PERSON:Tran Van Duc']],
      ],
      'PERSON',
    );
  });

  test('found as their ASCII spellings are, the text kept as written (ko)', () => {
    assertFound(
      [
        ['다음 주 회의에 Björn Andersson 참석 예정', ['PERSON:Björn Andersson']],
        ['문의자 Łukasz Wróbel 연락 요망', ['PERSON:Łukasz Wróbel']],
        ['Élodie Garnier 가 오늘 퇴사합니다', ['PERSON:Élodie Garnier']],
        ['출장지: São Paulo, Brasil', []],
        ["Ming's Café에서 봐요", []],
      ],
      'PERSON',
    );
  });

  test('in text order among the other findings; the types asked for and the values allowed still hold', () => {
    assert.deepEqual(found('Ticket opened by Zoë Müller, phone 010-1234-5678'), ['PERSON:Zoë Müller', 'PHONE:010-1234-5678']);
    assert.deepEqual(found('담당: Zoë Müller / 010-1234-5678', { types: ['PHONE'] }), ['PHONE:010-1234-5678']);
    assert.deepEqual(scanPii('cc Łukasz Wróbel', { allow: ['Łukasz Wróbel'] }), []);
  });

  test('a long document is read again only around the lines with accents, each span still in the whole (en, ko)', () => {
    const english = 'The quarterly report covers the results of every region and product line.\n'.repeat(40);
    assert.deepEqual(found(`${english}Account manager:\nZoë Müller\n${english}`), ['PERSON:Zoë Müller']);
    const korean = '분기 보고서는 모든 지역과 제품군의 실적을 다룹니다. 세부 내용은 첨부 파일을 참고해 주세요.\n'.repeat(40);
    assert.deepEqual(found(`${korean}다음 주 회의에 Björn Andersson 참석 예정\n${korean}`), ['PERSON:Björn Andersson']);
    const reading = linesAroundFoldedWords('Intro\nNotes\nName:\nZoë Müller', 'Intro\nNotes\nName:\nZoe Muller');
    assert.equal(reading.text, 'Intro\nName:\nZoe Muller');
    assert.equal(reading.offsetInWhole(12), 18);
    assert.equal(reading.offsetInWhole(0), 0);
  });

  test("a capitalised word's accents are dropped one character for one; a word in small letters keeps them", () => {
    assert.equal(foldCapitalisedWordAccents('Zoë Müller'), 'Zoe Muller');
    assert.equal(foldCapitalisedWordAccents('Łukasz Wróbel at the café'), 'Lukasz Wrobel at the café');
    assert.equal(foldCapitalisedWordAccents('Nguyễn Văn Hùng, Marie-Ève, SØREN'), 'Nguyen Van Hung, Marie-Eve, SOREN');
    const korean = '김민수 고객님';
    assert.equal(foldCapitalisedWordAccents(korean), korean);
    for (const text of ['Weißhaupt Straße', 'Ødegaard × 2', 'Đặng Thị Ánh'])
      assert.equal(foldCapitalisedWordAccents(text).length, text.length);
  });
});
