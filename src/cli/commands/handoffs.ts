// `genstack handoffs …`: the queue of conversations waiting for a person — list, show, take, reply, close.
import { GenstackError } from '../../core/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';

const usage = `genstack handoffs list [--status waiting|taken|closed] | show <id> | take <id> --agent <name>
  | reply <id> --agent <name> "message" | close <id> --agent <name>      [--data dir] [--json]`;

export const handoffsCommand: Command = {
  name: 'handoffs',
  summary: 'Human handoff: conversations waiting for a person; take over and reply',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { status: { type: 'string' }, agent: { type: 'string' } });
    const [action, id, ...words] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    const conversations = platform.assistants.conversations;
    const agent = () => {
      if (!values.agent)
        throw new GenstackError({ code: 'invalid_request', message: `Say who you are with --agent <name>. Usage: ${usage}` });
      return values.agent;
    };
    const need = () => {
      if (!id) throw new GenstackError({ code: 'invalid_request', message: `Give a handoff id. Usage: ${usage}` });
      return id;
    };
    try {
      switch (action) {
        case undefined:
        case 'list': {
          const status = values.status as 'waiting' | 'taken' | 'closed' | undefined;
          if (status && !['waiting', 'taken', 'closed'].includes(status))
            throw new GenstackError({ code: 'invalid_request', message: '--status is waiting, taken or closed.' });
          const list = conversations.handoffs(status ? { status } : {});
          print(io, {
            json: values.json,
            value: list,
            human: () =>
              list.length === 0
                ? 'No handoffs.'
                : table([
                    ['ID', 'ASSISTANT', 'STATUS', 'AGENT', 'SINCE', 'REASON'],
                    ...list.map((item) => [
                      item.id,
                      item.assistantId,
                      item.status,
                      item.agent ?? '',
                      item.createdAt.slice(0, 19),
                      item.reason,
                    ]),
                  ]),
          });
          return 0;
        }
        case 'show': {
          const handoff = conversations.getHandoff(need());
          if (!handoff) throw new GenstackError({ code: 'not_found', message: `No handoff '${id}'.` });
          const transcript = conversations.messages(handoff.conversationId);
          print(io, {
            json: values.json,
            value: { ...handoff, transcript },
            human: () =>
              [
                `${handoff.id} (${handoff.status}): ${handoff.reason}`,
                ...transcript.map((message) => `${message.role}: ${message.content}`),
              ].join('\n'),
          });
          return 0;
        }
        case 'take': {
          const handoff = conversations.takeHandoff({ id: need(), agent: agent() });
          print(io, { json: values.json, value: handoff, human: () => `Taken by ${handoff.agent}.` });
          return 0;
        }
        case 'reply': {
          if (words.length === 0) throw new GenstackError({ code: 'invalid_request', message: `Write the reply. Usage: ${usage}` });
          const message = conversations.agentReply({ id: need(), agent: agent(), content: words.join(' ') });
          print(io, { json: values.json, value: message, human: () => `Sent.` });
          return 0;
        }
        case 'close': {
          const handoff = conversations.closeHandoff({ id: need(), agent: agent() });
          print(io, { json: values.json, value: handoff, human: () => `Closed; the assistant answers this conversation again.` });
          return 0;
        }
        default:
          throw new GenstackError({ code: 'invalid_request', message: `Unknown action '${action}'. Usage: ${usage}` });
      }
    } finally {
      await platform.close();
    }
  },
};
