// Names written in Japanese script, as the forty-fifth, forty-seventh and forty-eighth rounds of hand-written texts showed
// them: a Japanese management company's letter to a Korean tenant, a fan meeting's list of winners, a bank's account
// holder in katakana.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('names in Japanese script', () => {
  test('a name before 様, the writer after the company, a contact after its label (ko, ja)', () => {
    assertFound(
      [
        [
          '관리회사에서 온 메일이야. 번역해 줘.\n\n崔 ユンホ 様\nいつもお世話になっております。なにわ住宅管理の田中です。\n・緊急連絡先：朴 ミナ 様 090-3317-8264',
          ['PERSON:崔 ユンホ', 'PERSON:田中', 'PERSON:朴 ミナ'],
        ],
        ['お客様各位\n入居者様へのお知らせ：ご担当者様は管理室までお越しください。皆様のご協力をお願いします。', []],
      ],
      'PERSON',
    );
  });

  test("a name in kanji with its reading in brackets, an account's holder in katakana (ko, en)", () => {
    assertFound(
      [
        [
          '예매번호 | 좌석 | 성명 | 생년월일\nNV-TKY-004418 | A블록 3열 15번 | 佐藤 美咲 (サトウ ミサキ) | 1999.08.21',
          ['PERSON:佐藤 美咲', 'PERSON:サトウ ミサキ'],
        ],
        ['□ 三井住友銀行 新宿支店 (店番 221) 普通 7734921 / 名義 キム ミンソ', ['PERSON:キム ミンソ']],
        ['Beneficiary bank: MUFG\n口座名義 (katakana): タカハシ ナオコ', ['PERSON:タカハシ ナオコ']],
      ],
      'PERSON',
    );
  });
});
