// `genstack reviews …`: outputs held for human review — list, show, approve, edit, reject (each decision is audited).
import { GenstackError } from '../../core/index.ts';
import type { ReviewItem, ReviewStatus } from '../../guard/review/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command } from '../command.ts';

const usage = `genstack reviews list [--status pending|approved|edited|rejected] [--workspace w] | show <id>
  | approve <id> --reviewer <name> [--note text] | edit <id> --reviewer <name> "new text" [--note text]
  | reject <id> --reviewer <name> [--note text]      [--data dir] [--json]`;

const statuses: readonly ReviewStatus[] = ['pending', 'approved', 'edited', 'rejected'];

function describe(item: ReviewItem): string {
  return [
    `${item.id} (${item.status}) — ${item.policy}: ${item.reason} [${item.language}]`,
    `original: ${item.originalOutput}`,
    ...(item.finalOutput !== null && item.status === 'edited' ? [`delivered: ${item.finalOutput}`] : []),
    ...(item.reviewer ? [`reviewer: ${item.reviewer} at ${item.decidedAt ?? ''}${item.note ? ` — ${item.note}` : ''}`] : []),
  ].join('\n');
}

export const reviewsCommand: Command = {
  name: 'reviews',
  summary: 'Human review: outputs held by a policy; approve, edit or reject them',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      status: { type: 'string' },
      workspace: { type: 'string' },
      reviewer: { type: 'string' },
      note: { type: 'string' },
    });
    const [action, id, ...words] = positionals;
    const need = () => {
      if (!id) throw new GenstackError({ code: 'invalid_request', message: `Give a review id. Usage: ${usage}` });
      return id;
    };
    const decision = () => {
      if (!values.reviewer?.trim())
        throw new GenstackError({ code: 'invalid_request', message: `Say who reviews with --reviewer <name>. Usage: ${usage}` });
      return { id: need(), reviewer: values.reviewer, ...(values.note ? { note: values.note } : {}) };
    };
    if (values.status !== undefined && !statuses.includes(values.status as ReviewStatus))
      throw new GenstackError({ code: 'invalid_request', message: `--status is ${statuses.join(', ')}.` });
    if (!['list', 'show', 'approve', 'edit', 'reject', undefined].includes(action))
      throw new GenstackError({ code: 'invalid_request', message: `Unknown action '${action}'. Usage: ${usage}` });
    const platform = await openPlatformForCommand({ io, values });
    const { reviews } = platform;
    try {
      let item: ReviewItem;
      switch (action) {
        case undefined:
        case 'list': {
          const list = reviews.list({
            ...(values.status ? { status: values.status as ReviewStatus } : {}),
            ...(values.workspace ? { workspace: values.workspace } : {}),
          });
          print(io, {
            json: values.json,
            value: list,
            human: () =>
              list.length === 0
                ? 'No reviews.'
                : table([
                    ['ID', 'STATUS', 'WORKSPACE', 'POLICY', 'SINCE', 'REASON'],
                    ...list.map((review) => [
                      review.id,
                      review.status,
                      review.workspace,
                      review.policy,
                      review.createdAt.slice(0, 19),
                      review.reason,
                    ]),
                  ]),
          });
          return 0;
        }
        case 'show': {
          const found = reviews.get(need());
          if (!found) throw new GenstackError({ code: 'not_found', message: `No review item '${id}'.` });
          item = found;
          break;
        }
        case 'approve':
          item = reviews.approve(decision());
          break;
        case 'edit':
          if (words.length === 0) throw new GenstackError({ code: 'invalid_request', message: `Write the new text. Usage: ${usage}` });
          item = reviews.edit({ ...decision(), text: words.join(' ') });
          break;
        default:
          item = reviews.reject(decision());
      }
      print(io, { json: values.json, value: item, human: () => describe(item) });
      return 0;
    } finally {
      await platform.close();
    }
  },
};
