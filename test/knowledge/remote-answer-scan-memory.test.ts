// Grounded answers by a remote model: retrieved passages reach the upstream masked, and the passages that come again
// question after question are scanned once within the knowledge base's workspace — Korean and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { scanMemoryStatistics } from '../../src/guard/boundary/scan-memory.ts';
import { openGuardPlatform, textReply, type GuardTestPlatform } from '../assistants/guard-fixtures.ts';

let opened: GuardTestPlatform;

before(async () => {
  opened = await openGuardPlatform();
  const { platform } = opened;
  platform.knowledge.createBase({ name: '요금-안내' });
  const job = platform.knowledge.ingest({
    name: '요금-안내',
    sources: [
      {
        kind: 'text',
        path: 'contacts.txt',
        text:
          '요금제 변경 문의는 담당자 김민수 과장(010-2345-6789)에게 연락하세요. 변경은 신청한 날 바로 적용됩니다.\n\n' +
          'Plan changes: contact the account manager Jane Doe at jane.doe@example.com. A change applies on the day it is made.',
      },
    ],
  });
  platform.jobs.start();
  for (let waited = 0; platform.jobs.get(job.id)?.status !== 'succeeded'; waited += 1) {
    assert.ok(waited < 400, `ingest job ended ${platform.jobs.get(job.id)?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
});
after(() => opened.close());

for (const [language, questions, values] of [
  ['ko', ['요금제 변경은 언제 적용되나요?', '요금제 변경 문의는 누구에게 하나요?'], ['010-2345-6789', '김민수']],
  ['en', ['When does a plan change apply?', 'Who handles plan changes?'], ['jane.doe@example.com', 'Jane Doe']],
] as const) {
  test(`passages reach the remote model masked, and a passage asked about again is not scanned again (${language})`, async () => {
    const { platform, upstream } = opened;
    const scannedPerQuestion: number[] = [];
    for (const question of questions) {
      const before = scanMemoryStatistics();
      const from = upstream.requests.length;
      upstream.reply(textReply(language === 'ko' ? '신청한 날 바로 적용됩니다 [1].' : 'It applies on the day it is made [2].'));
      await platform.knowledge.ask('요금-안내', { question, model: 'remote-gpt' });
      const sent = JSON.stringify(upstream.requests[from]?.body);
      assert.ok(sent.length > 2, 'the remote model was asked');
      for (const value of values) assert.ok(!sent.includes(value), `${value} reached the remote model`);
      scannedPerQuestion.push(scanMemoryStatistics().misses - before.misses);
    }
    // The second question sends the same passages: only its own new text (the question) is scanned.
    assert.ok(scannedPerQuestion[0]! >= 1);
    assert.ok(scannedPerQuestion[1]! < scannedPerQuestion[0]!, `scans per question: ${scannedPerQuestion.join(', ')}`);
  });
}
