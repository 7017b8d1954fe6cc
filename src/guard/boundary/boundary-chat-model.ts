// A registry chat model as the guard lets it be used: a local one as it is, a remote one behind the masking boundary.
import { isLocalChatModel, type ChatModel, type ModelRegistry } from '../../models/index.ts';
import type { MaskVault } from '../masking/index.ts';
import { answerContextKey, scanPii } from '../pii/index.ts';
import { piiActionFor, policyScanOptions, type GuardPolicy } from '../policy/index.ts';
import { maskedChatModel } from './masked-chat-model.ts';
import { rememberScan } from './scan-memory.ts';

/**
 * `scope` names whose texts these are (an assistant's conversation, a workspace): with it, each message's scan is
 * remembered for the next call in the same scope (history, passages and tool results are sent again every step).
 *
 * @example
 * const model = boundaryChatModel({ models, id: 'gpt-4o', policy }); // remote: sees [PHONE_1], the reply gets the number back
 */
export function boundaryChatModel(options: {
  models: ModelRegistry;
  id: string;
  policy: GuardPolicy;
  vault?: MaskVault;
  scope?: string;
}): ChatModel {
  const model = options.models.chat(options.id);
  if (isLocalChatModel(options.models, options.id)) return model;
  const { policy, scope } = options;
  const scanOptions = policyScanOptions(policy);
  return maskedChatModel({
    model,
    scan: (text, answer) => {
      const scan = () => scanPii(text, answer === undefined ? scanOptions : { ...scanOptions, ...answer });
      if (scope === undefined) return scan();
      return rememberScan({ policy, scope, answer: answerContextKey(answer), text }, scan);
    },
    actionOf: (type) => piiActionFor(policy, type),
    ...(options.vault ? { vault: options.vault } : {}),
  });
}
