// The energy-store assistant behind a real server, talked to with the official openai client, and its records to check afterwards.
import OpenAI from 'openai';
import { sqliteRecordCollections } from '../../../src/blueprints/index.ts';
import type { RecordCollections } from '../../../src/blueprints/records/types.ts';
import { installAndActivateBlueprint } from '../../../src/platform/index.ts';
import { startTestServer, type TestServer } from '../../helpers/start-test-server.ts';

export interface Reply {
  text: string;
  pending: string | undefined;
  handoff: boolean;
}

export interface Conversation {
  /** Sends one message and returns the assistant's reply. */
  say(message: string): Promise<Reply>;
}

export interface StoreUnderTest {
  server: TestServer;
  records: RecordCollections;
  conversation(): Conversation;
  close(): Promise<void>;
}

/**
 * @example
 * const store = await startStore({ from: dataDirectory });
 * const reply = await store.conversation().say('주문 취소하고 싶어요');
 */
export async function startStore(options: { from?: string } = {}): Promise<StoreUnderTest> {
  const server = await startTestServer();
  const result = installAndActivateBlueprint(server.platform, { name: 'energy-store', ...(options.from ? { from: options.from } : {}) });
  server.platform.jobs.start();
  if (result.knowledgeJob) await server.platform.jobs.wait(result.knowledgeJob.id);
  const client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
  const records = sqliteRecordCollections({ database: server.platform.store.database, blueprint: 'energy-store' });
  return {
    server,
    records,
    conversation() {
      let conversationId: string | undefined;
      return {
        async say(message) {
          const { data, response } = await client.chat.completions
            .create(
              { model: 'assistant:energy-store', messages: [{ role: 'user', content: message }] },
              conversationId ? { headers: { 'x-conversation-id': conversationId } } : {},
            )
            .withResponse();
          conversationId ??= response.headers.get('x-conversation-id') ?? undefined;
          const extra = data as unknown as { pending_confirmation?: { name: string }; handoff?: { id: string } };
          return {
            text: data.choices[0]?.message.content ?? '',
            pending: extra.pending_confirmation?.name,
            handoff: extra.handoff !== undefined,
          };
        },
      };
    },
    close: () => server.close(),
  };
}
