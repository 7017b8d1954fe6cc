// A registry chat model as the guard lets it be used: a local one as it is, a remote one behind the masking boundary.
import { isLocalChatModel, type ChatModel, type ModelRegistry } from '../../models/index.ts';
import type { MaskVault } from '../masking/index.ts';
import { scanPii } from '../pii/index.ts';
import { piiActionFor, policyScanOptions, type GuardPolicy } from '../policy/index.ts';
import { maskedChatModel } from './masked-chat-model.ts';

/**
 * @example
 * const model = boundaryChatModel({ models, id: 'gpt-4o', policy }); // remote: sees [PHONE_1], the reply gets the number back
 */
export function boundaryChatModel(options: { models: ModelRegistry; id: string; policy: GuardPolicy; vault?: MaskVault }): ChatModel {
  const model = options.models.chat(options.id);
  if (isLocalChatModel(options.models, options.id)) return model;
  const { policy } = options;
  const scanOptions = policyScanOptions(policy);
  return maskedChatModel({
    model,
    scan: (text, context) => scanPii(text, context?.nameExpected ? { ...scanOptions, nameExpected: true } : scanOptions),
    actionOf: (type) => piiActionFor(policy, type),
    ...(options.vault ? { vault: options.vault } : {}),
  });
}
