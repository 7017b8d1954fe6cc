// The independent PII set: every labelled value is where its label says, the halves are balanced, and the values are valid.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { independentTexts, locateLabels } from '../../bench/guard/pii/independent/index.ts';
import { ibanRemainder, passesLuhn, plainValue, withEnglishDigits } from './checksums.ts';

const texts = independentTexts();
const valuesOf = (type: string) =>
  texts.flatMap((text) => text.labels.filter((label) => label.type === type).map((label) => text.text.slice(label.start, label.end)));

describe('independent PII set', () => {
  it('holds Korean and English conversations and documents, split in two halves of the same size', () => {
    assert.ok(texts.length >= 400, `${texts.length} texts`);
    for (const lang of ['ko', 'en'] as const)
      for (const kind of ['conversation', 'document'] as const)
        assert.ok(texts.filter((text) => text.lang === lang && text.kind === kind).length >= 90, `${lang} ${kind}`);
    // The first round is halved; the second extends the dev half only, so the test half stays what it was.
    const firstRound = texts.filter((text) => text.round === 1);
    const dev = firstRound.filter((text) => text.split === 'dev').length;
    assert.ok(Math.abs(dev - (firstRound.length - dev)) <= 4);
    assert.ok(texts.filter((text) => text.round === 2).every((text) => text.split === 'dev'));
    assert.ok(texts.filter((text) => text.labels.length === 0).length >= texts.length * 0.1, 'texts with no PII');
    assert.equal(new Set(texts.map((text) => text.id)).size, texts.length);
  });

  it('labels each value where it is written, a repeated value each time, and rejects one that is not in the text', () => {
    for (const text of texts)
      for (const label of text.labels) assert.ok(label.end > label.start && text.text.slice(label.start, label.end).trim() !== '', text.id);
    assert.deepEqual(
      locateLabels(
        {
          text: '김민수, 또 김민수',
          pii: [
            ['PERSON', '김민수'],
            ['PERSON', '김민수'],
          ],
        },
        'ko',
      ),
      [
        { type: 'PERSON', start: 0, end: 3 },
        { type: 'PERSON', start: 7, end: 10 },
      ],
    );
    assert.throws(() => locateLabels({ text: 'call me', pii: [['PHONE', '010-1234-5678']] }, 'en'), /not in the text/);
  });

  it('holds only valid card numbers and IBANs, as real traffic does', () => {
    // A disguised value is checked in its plain form ("4633-B326-…", "삼오이팔 …", "four one one seven …", "FR25\u200b3000…",
    // "PL one four, …"); a card's digits are as many as an issuer gives (12 to 19), so digit words left unread fail.
    for (const card of valuesOf('CREDIT_CARD')) {
      const digits = plainValue(withEnglishDigits(card), { digitsOnly: true });
      assert.ok(passesLuhn(digits) && digits.length >= 12 && digits.length <= 19, card);
    }
    for (const iban of valuesOf('IBAN')) assert.equal(ibanRemainder(withEnglishDigits(plainValue(iban)).toUpperCase()), 1, iban);
  });
});
