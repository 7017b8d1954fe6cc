// `genstack assistants …`: list, add a definition (JSON/YAML), chat from the terminal, show a conversation.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GenstackError } from '../../core/index.ts';
import type { TurnResult } from '../../assistants/index.ts';
import type { Platform } from '../../platform/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command, type CommandIo } from '../command.ts';

const usage = `genstack assistants list | add <definition.json|yaml> | remove <id> | chat <id> ["message"] [--conversation id]
  | show <conversation-id>      [--data dir] [--json]`;

function turnLine(result: TurnResult): string {
  const pending = result.pendingConfirmation ? '  (waiting for yes/no)' : '';
  const handoff = result.handoff ? `  [handoff ${result.handoff.id}: ${result.handoff.status}]` : '';
  return `${result.reply}${pending}${handoff}`;
}

async function chat(options: { platform: Platform; io: CommandIo; id: string; message?: string; conversation?: string; json?: boolean }) {
  const { platform, io, id } = options;
  if (!platform.assistants.get(id))
    throw new GenstackError({ code: 'not_found', message: `No assistant '${id}'. Try: genstack assistants list` });
  platform.jobs.start();
  let conversationId = options.conversation;
  const say = async (message: string) => {
    const result = await platform.assistants.turn({ assistantId: id, message, ...(conversationId ? { conversationId } : {}) });
    conversationId = result.conversationId;
    io.stdout.write(options.json ? JSON.stringify(result) + '\n' : `${turnLine(result)}\n`);
  };
  if (options.message) {
    await say(options.message);
    if (!options.json) io.stderr.write(`(conversation ${conversationId}; continue with --conversation ${conversationId})\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  io.stderr.write(`Talking to ${id}. Empty line or Ctrl-D to stop.\n`);
  for await (const line of lines) {
    if (!line.trim()) break;
    await say(line);
  }
  lines.close();
}

export const assistantsCommand: Command = {
  name: 'assistants',
  summary: 'Assistants: list, define, chat in the terminal, show conversations',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { conversation: { type: 'string' } });
    const [action, target, ...rest] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      switch (action) {
        case undefined:
        case 'list': {
          const list = platform.assistants.list();
          print(io, {
            json: values.json,
            value: list,
            human: () =>
              table([
                ['MODEL', 'NAME', 'ENGINE', 'KNOWLEDGE'],
                ...list.map((definition) => [
                  `assistant:${definition.id}`,
                  typeof definition.name === 'string' ? definition.name : definition.name.en,
                  definition.model,
                  definition.knowledgeBases.join(', '),
                ]),
              ]),
          });
          return 0;
        }
        case 'add': {
          if (!target) throw new GenstackError({ code: 'invalid_request', message: `Give a definition file. Usage: ${usage}` });
          const path = resolve(io.cwd, target);
          const text = readFileSync(path, 'utf8');
          let input: unknown;
          try {
            input = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
          } catch (error) {
            throw new GenstackError({ code: 'invalid_request', message: `Cannot parse ${path}: ${(error as Error).message}` });
          }
          const definition = platform.assistants.register({ definition: input as never });
          platform.assistantDefinitions.save(definition);
          print(io, { json: values.json, value: definition, human: () => `Added assistant:${definition.id}.` });
          return 0;
        }
        case 'remove': {
          if (!target || !platform.assistantDefinitions.remove(target))
            throw new GenstackError({ code: 'not_found', message: `No user-defined assistant '${target ?? ''}'.` });
          await platform.assistants.unregister(target);
          print(io, { json: values.json, value: { deleted: target }, human: () => `Removed assistant:${target}.` });
          return 0;
        }
        case 'chat':
          if (!target) throw new GenstackError({ code: 'invalid_request', message: `Name an assistant. Usage: ${usage}` });
          await chat({
            platform,
            io,
            id: target,
            ...(rest.length ? { message: rest.join(' ') } : {}),
            ...(values.conversation ? { conversation: values.conversation } : {}),
            ...(values.json ? { json: true } : {}),
          });
          return 0;
        case 'show': {
          const conversation = target ? platform.assistants.conversations.get(target) : undefined;
          if (!conversation || !target) throw new GenstackError({ code: 'not_found', message: `No conversation '${target ?? ''}'.` });
          const messages = platform.assistants.conversations.messages(target);
          const toolCalls = platform.assistants.conversations.toolCalls(target);
          print(io, {
            json: values.json,
            value: { ...conversation, messages, toolCalls },
            human: () =>
              [
                `${conversation.id} · assistant:${conversation.assistantId} · ${conversation.status}${conversation.customerId ? ` · customer ${conversation.customerId}` : ''}`,
                ...messages.map((message) => {
                  const calls = toolCalls.filter((call) => call.messageSeq === message.seq);
                  return [
                    `${message.role}: ${message.content}`,
                    ...calls.map((call) => `    ↳ ${call.name} ${JSON.stringify(call.arguments)} → ${call.status}`),
                  ].join('\n');
                }),
              ].join('\n'),
          });
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
