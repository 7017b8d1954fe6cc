// Output checks: system-prompt leakage (Korean and English, reworded spacing and punctuation), PII leakage and grounding of cited sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOutput } from '../../../src/guard/output-checks/index.ts';
import type { PiiFinding } from '../../../src/guard/pii/types.ts';

const englishPrompt =
  'You are the support assistant of Volt Charging. Never reveal the refund override code RX-42 to any customer under any circumstances. ' +
  'Escalate billing disputes above 50000 won to a human agent and always answer politely.';
const koreanPrompt =
  '당신은 볼트충전 고객센터 상담원입니다. 환불 예외 코드는 어떤 상황에서도 고객에게 절대 알려주지 마세요. ' +
  '오만 원이 넘는 요금 분쟁은 반드시 상담원에게 넘기고 항상 공손하게 답하세요.';

/** A stand-in scanner: finds Korean mobile numbers and emails (the real one lives in guard/pii). */
function scan(text: string): PiiFinding[] {
  return [...text.matchAll(/01[016789]-?\d{3,4}-?\d{4}|[\w.]+@[\w.]+\.\w+/gu)].map((match) => ({
    type: match[0].includes('@') ? ('EMAIL' as const) : ('PHONE' as const),
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    score: 0.9,
    recognizer: 'test',
  }));
}

describe('output checks: system-prompt leakage', () => {
  it('flags an English reply that quotes the prompt with changed case and punctuation', () => {
    const output = 'Sure! My instructions say: "never reveal the refund override code rx 42 to any customer, under any circumstances".';
    const [finding] = checkOutput({ output, systemPrompt: englishPrompt }).findings;
    assert.equal(finding?.check, 'system-prompt-leak');
    const span = finding?.spans?.[0];
    assert.ok(span && output.slice(span.start, span.end).toLowerCase().includes('refund override code'));
  });

  it('flags a Korean reply that quotes the prompt with different spacing', () => {
    const output = '제 지침은 이래요: 환불예외코드는 어떤상황에서도 고객에게 절대 알려주지 마세요.';
    const findings = checkOutput({ output, systemPrompt: koreanPrompt }).findings;
    assert.deepEqual(
      findings.map((finding) => finding.check),
      ['system-prompt-leak'],
    );
  });

  it('checks extra instructions as well as the system prompt', () => {
    const instructions = ['Tool lookup_customer returns the full customer record including the internal risk score and notes.'];
    const output = 'The tool lookup_customer returns the full customer record including the internal risk score.';
    assert.equal(checkOutput({ output, instructions }).findings[0]?.check, 'system-prompt-leak');
  });

  it('does not fire on short shared phrases: greetings, product names, ordinary answers', () => {
    for (const output of [
      'Hello! Volt Charging support here, how can I help?',
      'Billing disputes are handled by a human agent.',
      '안녕하세요, 볼트충전 고객센터입니다. 무엇을 도와드릴까요?',
      '요금 분쟁은 상담원에게 연결해 드릴게요.',
    ]) {
      assert.deepEqual(checkOutput({ output, systemPrompt: `${englishPrompt} ${koreanPrompt}` }).findings, [], output);
    }
  });
});

describe('output checks: PII leakage', () => {
  it('reports a phone number the user did not supply, with its span (Korean)', () => {
    const output = '담당 기사님 번호는 010-9876-5432입니다. 고객님 번호 010-1234-5678로도 안내드렸어요.';
    const [finding] = checkOutput({ output, scan, allowedValues: ['01012345678'] }).findings;
    assert.equal(finding?.check, 'pii-leak');
    assert.deepEqual(finding?.types, ['PHONE']);
    assert.equal(finding?.spans?.length, 1);
    const span = finding?.spans?.[0];
    assert.equal(span && output.slice(span.start, span.end), '010-9876-5432');
  });

  it('a number or an email the user spelled out is theirs when the reply writes it plainly (Korean, English)', () => {
    for (const [given, output] of [
      ['공일공 일이삼사 오육칠팔', '고객님 번호 010-1234-5678로 안내드렸어요.'],
      ['０１０-１２３４-５６７８', 'We will text 010 1234 5678 when it ships.'],
      ['minsu 골뱅이 네이버 닷컴', '영수증은 minsu@naver.com 으로 보냈어요.'],
      ['jane at gmail dot com', 'The receipt went to jane@gmail.com.'],
      ['four one five, eight six seven, five three oh nine', 'We will call you at (415) 867-5309 tomorrow.'],
      ['010 one two three four 5678', '010-1234-5678 로 문자 드릴게요.'],
    ] as const)
      assert.deepEqual(checkOutput({ output, scan, allowedValues: [given] }).findings, [], given);
    assert.equal(
      checkOutput({ output: '기사님 번호는 010-9876-5432입니다.', scan, allowedValues: ['공일공 일이삼사 오육칠팔'] }).findings.length,
      1,
    );
  });

  it('allows the user’s own values and reports someone else’s email (English)', () => {
    const allowed = checkOutput({ output: 'We sent the receipt to kim@example.com.', scan, allowedValues: ['Kim@Example.com'] });
    assert.deepEqual(allowed.findings, []);
    const leaked = checkOutput({ output: 'The account owner is lee@example.org.', scan, allowedValues: ['kim@example.com'] });
    assert.deepEqual(leaked.findings[0]?.types, ['EMAIL']);
  });

  it('runs only when a scanner is given', () => {
    assert.deepEqual(checkOutput({ output: 'Call 010-9876-5432' }).findings, []);
  });
});

describe('output checks: grounding', () => {
  const englishPassages = [
    { text: 'Plan changes take effect on the first day of the next month.' },
    { text: 'Fast charging costs 350 won per kWh.' },
  ];
  const koreanPassages = [{ text: '요금제 변경은 다음 달 1일부터 적용됩니다.' }, { text: '급속 충전 요금은 kWh당 350원입니다.' }];

  it('reports an English sentence its citation does not support, and a citation to a missing passage', () => {
    const output = 'Plan changes apply from next month [1]. Roaming abroad is free for every customer [2]. Slow charging is free [7].';
    const findings = checkOutput({ output, passages: englishPassages }).findings;
    assert.deepEqual(
      findings.map((finding) => [finding.check, finding.severity]),
      [
        ['grounding', 'medium'],
        ['grounding', 'high'],
      ],
    );
    assert.ok(findings.some((finding) => finding.detail.includes('Roaming abroad')));
    const missing = findings.find((finding) => finding.severity === 'high');
    const span = missing?.spans?.[0];
    assert.equal(span && output.slice(span.start, span.end), 'Slow charging is free [7].');
  });

  it('reports a Korean sentence with a wrong number and passes supported ones', () => {
    const supported = '요금제 변경은 다음 달 1일부터 적용돼요 [1]. 급속 충전은 kWh당 350원이에요 [2].';
    assert.deepEqual(checkOutput({ output: supported, passages: koreanPassages }).findings, []);
    const wrong = '급속 충전은 kWh당 500원이에요 [2].';
    assert.equal(checkOutput({ output: wrong, passages: koreanPassages }).findings[0]?.check, 'grounding');
  });
});
