// Sentence splitting over tricky Korean and English text: endings without punctuation, numbers, abbreviations, URLs, quotes, lists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/knowledge/chunk/index.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

const cases: Array<[name: string, text: string, expected: string[]]> = [
  ['Korean 습니다 without punctuation', '회의가 취소되었습니다 내일 연락드리겠습니다', ['회의가 취소되었습니다', '내일 연락드리겠습니다']],
  ['Korean 요 endings without punctuation', '배송은 내일 출발해요 조금만 기다려 주세요', ['배송은 내일 출발해요', '조금만 기다려 주세요']],
  ['Korean 다 endings without punctuation', '날씨가 좋다 산책을 갔다', ['날씨가 좋다', '산책을 갔다']],
  ['Korean 죠 and questions', '그렇죠 정말 그런가요? 네!', ['그렇죠', '정말 그런가요?', '네!']],
  ['Korean 습니까 and ㄹ까', '준비되셨습니까 같이 갈까 생각 중이야', ['준비되셨습니까', '같이 갈까', '생각 중이야']],
  ['그러니까 and 아까 do not end a sentence', '비가 오니까 아까 우산을 챙겼어요', ['비가 오니까 아까 우산을 챙겼어요']],
  ['보다 / 마다 / 바다 are not endings', '어제보다 날마다 바다 소리가 크다', ['어제보다 날마다 바다 소리가 크다']],
  ['필요 / 중요 are nouns', '필요 서류와 중요 공지를 확인해요', ['필요 서류와 중요 공지를 확인해요']],
  ['ending at a newline', '접수되었습니다\n처리까지 3일 걸려요', ['접수되었습니다', '처리까지 3일 걸려요']],
  ['Korean period', '환불은 7일 이내 가능합니다. 배송비는 별도입니다.', ['환불은 7일 이내 가능합니다.', '배송비는 별도입니다.']],
  ['decimal numbers', '할인율은 3.5%입니다. 용량은 1.5GB예요.', ['할인율은 3.5%입니다.', '용량은 1.5GB예요.']],
  ['version numbers', 'Upgrade to v2.10.3 now. It is faster.', ['Upgrade to v2.10.3 now.', 'It is faster.']],
  ['e.g. and i.e.', 'Use a key, e.g. the admin key. It works, i.e. mostly.', ['Use a key, e.g. the admin key.', 'It works, i.e. mostly.']],
  ['titles before names', 'Mr. Kim met Dr. Lee and Prof. Park. They talked.', ['Mr. Kim met Dr. Lee and Prof. Park.', 'They talked.']],
  ['U.S. before lower case', 'The U.S. economy grew. Prices fell.', ['The U.S. economy grew.', 'Prices fell.']],
  ['U.S. at a sentence end', 'I live in the U.S. He does too.', ['I live in the U.S.', 'He does too.']],
  ['etc. before a capital', 'Apples, pears, etc. The rest is fine.', ['Apples, pears, etc.', 'The rest is fine.']],
  ['No. and Fig. before numbers', 'See Fig. 3 and No. 5 for details. Then stop.', ['See Fig. 3 and No. 5 for details.', 'Then stop.']],
  ['initials', 'J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
  [
    'URL with a query',
    '자세한 내용은 https://example.com/a?b=1&c=2 에서 확인하세요. 감사합니다.',
    ['자세한 내용은 https://example.com/a?b=1&c=2 에서 확인하세요.', '감사합니다.'],
  ],
  ['URL at a sentence end', 'Visit https://genstack.dev/docs. Then sign in.', ['Visit https://genstack.dev/docs.', 'Then sign in.']],
  [
    'e-mail addresses',
    '문의는 help@example.co.kr 로 보내주세요. Reply to a.b@c.io today.',
    ['문의는 help@example.co.kr 로 보내주세요.', 'Reply to a.b@c.io today.'],
  ],
  ['English quotation', 'He said "Stop. Now." and left. She stayed.', ['He said "Stop. Now." and left.', 'She stayed.']],
  ['Korean quotation with 라고', '그는 "가자. 빨리." 라고 말했다. 나는 웃었다.', ['그는 "가자. 빨리." 라고 말했다.', '나는 웃었다.']],
  ['quoted sentence then a new one', '"Stop." He left.', ['"Stop."', 'He left.']],
  [
    'curly and corner quotes',
    '그가 “안녕. 반가워.”라고 했다. 「끝. 정말.」이라고 적었다.',
    ['그가 “안녕. 반가워.”라고 했다.', '「끝. 정말.」이라고 적었다.'],
  ],
  ['dash list items', '준비물:\n- 신분증\n- 통장 사본', ['준비물:', '- 신분증', '- 통장 사본']],
  [
    'numbered list items are not split at their period',
    '1. 첫째 항목\n2. 둘째 항목\n가. 하위 항목',
    ['1. 첫째 항목', '2. 둘째 항목', '가. 하위 항목'],
  ],
  ['wrapped lines stay one sentence', 'This line wraps\nonto the next line. Done.', ['This line wraps\nonto the next line.', 'Done.']],
  ['blank lines end sentences', 'Title line\n\nBody text here', ['Title line', 'Body text here']],
  ['ellipsis and mixed terminals', 'Wait... what? Really!? Yes.', ['Wait... what?', 'Really!?', 'Yes.']],
  ['lower case after a period continues', 'It costs approx. five dollars. Fine.', ['It costs approx. five dollars.', 'Fine.']],
  [
    'mixed Korean and English',
    'API 키를 발급했습니다. Then call the endpoint. 결과를 확인해요',
    ['API 키를 발급했습니다.', 'Then call the endpoint.', '결과를 확인해요'],
  ],
  ['full-width terminals need no space', '日本語です。次の文。', ['日本語です。', '次の文。']],
  ['갈까 말까 stays together', '갈까 말까 고민이에요', ['갈까 말까 고민이에요']],
  ['parenthesis after a period', 'It is done (see above.) Next step.', ['It is done (see above.)', 'Next step.']],
];

describe('splitSentences', () => {
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepEqual(sentences(text), expected));
  }

  test('spans are trimmed, ordered, non-overlapping and cover every visible character', () => {
    const text = '  첫 문장입니다.  둘째 문장이에요\n\n- 항목 하나\n- item two.  ';
    const spans = splitSentences(text);
    let previousEnd = 0;
    let visible = 0;
    for (const span of spans) {
      assert.ok(span.start >= previousEnd && span.end > span.start);
      const slice = text.slice(span.start, span.end);
      assert.equal(slice, slice.trim());
      visible += slice.replace(/\s/gu, '').length;
      previousEnd = span.end;
    }
    assert.equal(visible, text.replace(/\s/gu, '').length);
  });

  test('empty and blank text give no sentences', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\t '), []);
  });

  test('an unmatched quote does not swallow the following lines', () => {
    assert.deepEqual(sentences('He said "wait. Go.\nNext line. Last.'), ['He said "wait.', 'Go.', 'Next line.', 'Last.']);
  });
});
