// Acceptance through the real server and the openai client: verification, data usage, top-ups, roaming, suspend/resume —
// scripted in Korean and English, on the samples and on a different imported dataset, checking the data afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Acceptance, hangul, healthyIndividual, openAcceptance, variants } from './acceptance-harness.ts';

for (const variant of variants) {
  describe(`telecom-care acceptance: lines (${variant} data)`, () => {
    let acceptance: Acceptance;
    before(async () => {
      acceptance = await openAcceptance(variant);
    });
    after(() => acceptance.close());

    test('ko: verifies by number + birth date, answers data usage, and a follow-up about "그 회선"', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      const asked = await chat.send('데이터 얼마나 남았어요?');
      assert.match(asked.text, /본인 확인/);
      assert.match(asked.text, /생년월일/);
      const usage = await chat.send(acceptance.credentials(customer).replace(/-/gu, ''));
      assert.ok(usage.tools.includes('authenticate_customer:ok'), usage.tools.join());
      assert.match(usage.text, new RegExp(`${customer.name}님`));
      assert.ok(usage.text.includes(customer.phone), usage.text);
      assert.match(usage.text, /GB|무제한/);
      const followUp = await chat.send('그 회선 데이터 얼마나 썼어요?');
      assert.equal(followUp.intent, 'data_usage');
      assert.ok(followUp.text.includes(customer.phone));
    });

    test('en: a business verifies with business number + email, lists lines, picks one by user name and by position', async () => {
      const business = acceptance.customer(
        (customer, lines) => customer.type === 'business' && lines.filter((line) => line.label && line.status === 'active').length >= 6,
      );
      assert.equal(business.type, 'business');
      if (business.type !== 'business') return;
      const lines = acceptance.lines(business.customerId).filter((line) => line.status !== 'cancelled');
      const chat = acceptance.chat();
      await chat.send('list our lines');
      const listed = await chat.send(`business number ${business.businessNumber.replace(/-/gu, '')}, email ${business.email}`);
      assert.match(listed.text, new RegExp(`verified for the business account`));
      assert.match(listed.text, new RegExp(`${acceptance.lines(business.customerId).length} lines`));
      const target = lines.find(
        (line) => line.label && lines.filter((other) => other.label?.split(' · ')[0] === line.label?.split(' · ')[0]).length === 1,
      )!;
      const user = target.label!.split(' · ')[0]!;
      const byName = await chat.send(`how much data did ${user} use?`);
      assert.ok(byName.text.includes(target.number), byName.text);
      const again = await chat.send('list our lines');
      const second = /\n2\. (010-\d{4}-\d{4})/u.exec(again.text)?.[1];
      assert.ok(second, again.text);
      const bySecond = await chat.send('the second one, how much data did it use?');
      assert.ok(bySecond.text.includes(second), bySecond.text);
    });

    test('ko: a top-up is summarised, corrected ("아니요, 10GB로…"), and only bought after 네', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      await chat.send('데이터 충전해 주세요');
      const asked = await chat.send(acceptance.credentials(customer));
      assert.match(asked.text, /얼마나 충전할까요/);
      const summary = await chat.send('5GB 충전할게요');
      assert.ok(summary.pending);
      assert.match(summary.text, /5GB/);
      assert.match(summary.text, /₩12,000/);
      assert.equal(acceptance.line(customer.phone).addOns.length, 0);
      const corrected = await chat.send('아니요, 10GB로 충전해 주세요');
      assert.match(corrected.text, /10GB/);
      assert.match(corrected.text, /₩20,000 \+ 부가세 ₩2,000 = ₩22,000/);
      assert.equal(acceptance.line(customer.phone).addOns.length, 0);
      const done = await chat.send('네');
      assert.match(done.text, /충전했어요/);
      assert.deepEqual(
        acceptance.line(customer.phone).addOns.map((addOn) => addOn.gb),
        [10],
      );
    });

    test('en: "no" leaves the line as it was, and a new topic instead of yes changes nothing either', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      await chat.send('add 5GB of data to my phone');
      const summary = await chat.send(`my number is ${customer.phone}, born ${customer.type === 'individual' ? customer.birthDate : ''}`);
      assert.ok(summary.pending, summary.text);
      assert.match(summary.text, /Add 5 GB/);
      const declined = await chat.send('no');
      assert.equal(declined.intent, 'declined');
      assert.match(declined.text, /haven't changed anything/);
      const roaming = await chat.send("I'm going to Japan next week, turn on roaming");
      assert.ok(roaming.pending);
      assert.match(roaming.text, /Japan/);
      const moved = await chat.send('how much data do I have left on my phone?');
      assert.equal(moved.intent, 'data_usage');
      assert.equal(moved.pending, false);
      const line = acceptance.line(customer.phone);
      assert.equal(line.addOns.length, 0);
      assert.equal(line.roaming.enabled, false);
    });

    test('ko + en: roaming on with a corrected country, then off, each after a yes', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      await chat.send('로밍 켜 주세요');
      const country = await chat.send(acceptance.credentials(customer));
      assert.match(country.text, /어느 나라/);
      const japan = await chat.send('일본이요');
      assert.match(japan.text, /일본/);
      const usa = await chat.send('잠깐만요 미국으로 바꿔 주세요');
      assert.match(usa.text, /미국/);
      assert.equal(acceptance.line(customer.phone).roaming.enabled, false);
      const on = await chat.send('네');
      assert.match(on.text, /미국 로밍을 켰어요/);
      assert.deepEqual(
        { enabled: acceptance.line(customer.phone).roaming.enabled, country: acceptance.line(customer.phone).roaming.country },
        { enabled: true, country: 'US' },
      );
      const off = await chat.send("I'm back home, please turn roaming off");
      assert.match(off.text, /Turn roaming off/);
      assert.equal(acceptance.line(customer.phone).roaming.enabled, true);
      const done = await chat.send('yes');
      assert.match(done.text, /Roaming is off/);
      assert.equal(acceptance.line(customer.phone).roaming.enabled, false);
    });

    test('en + ko: a lost phone is suspended after yes and resumed after 네', async () => {
      const customer = acceptance.customer(healthyIndividual(acceptance));
      const chat = acceptance.chat();
      await chat.send('I lost my phone');
      const summary = await chat.send(`${customer.phone}, born ${customer.type === 'individual' ? customer.birthDate : ''}`);
      assert.match(summary.text, /Suspend .* \(lost phone\)/);
      assert.equal(acceptance.line(customer.phone).status, 'active');
      await chat.send('yes');
      assert.equal(acceptance.line(customer.phone).status, 'suspended');
      assert.equal(acceptance.line(customer.phone).suspension?.reason, 'lost');
      const resume = await chat.send('휴대폰 찾았어요 정지 해제해 주세요');
      assert.ok(hangul.test(resume.text));
      assert.match(resume.text, /해제/);
      await chat.send('네');
      assert.equal(acceptance.line(customer.phone).status, 'active');
    });

    test('ko: three failed verifications hand the conversation to a person', async () => {
      const chat = acceptance.chat();
      await chat.send('본인 확인할게요');
      for (const attempt of [0, 1]) {
        const failed = await chat.send(`010-0000-000${attempt} 1990-01-0${attempt + 1}`);
        assert.match(failed.text, /본인 확인을 할 수 없습니다/);
        assert.equal(failed.handoff, false);
      }
      const third = await chat.send('010-0000-0009 1990-01-09');
      assert.equal(third.handoff, true);
      assert.match(third.text, /상담원/);
    });
  });
}
