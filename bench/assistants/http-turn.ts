// One assistant turn over HTTP with the official openai client: `assistant:<id>` as the model, the conversation in x-conversation-id.
import type OpenAI from 'openai';

export interface HttpTurnResult {
  /** HTTP 200 with a non-empty reply. */
  ok: boolean;
  ms: number;
  conversationId: string | undefined;
  intent: string | undefined;
  reply: string;
  /** Why it failed: the HTTP status and error code, or the thrown message. */
  failure?: string;
}

/**
 * @example
 * const first = await httpTurn({ client, assistantId: 'energy-store', text: '안녕하세요' });
 * await httpTurn({ client, assistantId: 'energy-store', text: 'where is my order?', conversationId: first.conversationId });
 */
export async function httpTurn(options: {
  client: OpenAI;
  assistantId: string;
  text: string;
  conversationId?: string | undefined;
}): Promise<HttpTurnResult> {
  const started = performance.now();
  try {
    const { data, response } = await options.client.chat.completions
      .create(
        { model: `assistant:${options.assistantId}`, messages: [{ role: 'user', content: options.text }] },
        options.conversationId ? { headers: { 'x-conversation-id': options.conversationId } } : {},
      )
      .withResponse();
    const ms = performance.now() - started;
    const reply = data.choices[0]?.message.content ?? '';
    const conversationId = response.headers.get('x-conversation-id') ?? options.conversationId;
    const intent = (data as unknown as { intent?: string }).intent;
    const ok = response.status === 200 && reply.trim().length > 0;
    return { ok, ms, conversationId, intent, reply, ...(ok ? {} : { failure: `status ${response.status}, empty reply` }) };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const code = (error as { code?: string }).code;
    return {
      ok: false,
      ms: performance.now() - started,
      conversationId: options.conversationId,
      intent: undefined,
      reply: '',
      failure: status ? `status ${status}${code ? ` ${code}` : ''}` : (error as Error).message,
    };
  }
}
