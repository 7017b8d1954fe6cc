// Before timing anything: checks that each path really relays the upstream's answer, streamed and whole.
import { request } from 'node:http';
import { expectedText } from './upstream.ts';
import { chatBody, keepAliveAgent, streamOnce, type Target } from './stream-client.ts';

function wholeAnswer(target: Target): Promise<string> {
  const body = JSON.stringify({ model: target.model, messages: [{ role: 'user', content: 'Say hello / 안녕이라고 말해 줘' }] });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${target.url}/v1/chat/completions`,
      { method: 'POST', headers: { ...target.headers, 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (piece: string) => (text += piece));
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${target.name}: HTTP ${response.statusCode} ${text.slice(0, 300)}`));
          const completion = JSON.parse(text) as { choices?: Array<{ message?: { content?: string } }> };
          resolve(completion.choices?.[0]?.message?.content ?? '');
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Throws unless every target streams exactly the expected text (English and Korean tokens) and answers it whole too.
 * @example
 * await verifyTargets({ targets, tokens: 32 });
 */
export async function verifyTargets(options: { targets: Target[]; tokens: number }): Promise<void> {
  const expected = expectedText(options.tokens);
  const agent = keepAliveAgent(1);
  try {
    for (const target of options.targets) {
      const streamed = await streamOnce({ target, agent, body: chatBody(target.model), collectText: true });
      if (streamed.text !== expected)
        throw new Error(
          `${target.name} streamed ${JSON.stringify(streamed.text?.slice(0, 80))}, expected ${JSON.stringify(expected.slice(0, 80))}`,
        );
      if (streamed.ttftMs < 0) throw new Error(`${target.name} streamed no content chunk`);
      const whole = await wholeAnswer(target);
      if (whole !== expected)
        throw new Error(`${target.name} answered ${JSON.stringify(whole.slice(0, 80))} without streaming, expected the same text`);
    }
  } finally {
    agent.destroy();
  }
}
