// The model chain of a turn under the guard: routing keeps protected data on local models, and remote models see masked text.
import { boundaryChatModel, MaskVault, requiresLocalModel, type PiiFinding } from '../../guard/index.ts';
import { isLocalChatModel, type ChatModel, type ModelRegistry } from '../../models/index.ts';
import type { AssistantGuard } from './turn-guard.ts';

/**
 * The assistant's model and fallbacks in order, minus remote ones when the message carries protected data the policy
 * keeps local; each remote model is wrapped so every message it receives is masked (one vault for the whole turn) and
 * its reply restored. Empty when no model may take the turn.
 * @example
 * const chain = guardedModelChain({ models, ids: ['gpt-4o', 'local'], guard, findings });
 */
export function guardedModelChain(options: {
  models: ModelRegistry;
  ids: readonly string[];
  guard: AssistantGuard;
  findings: readonly PiiFinding[];
  /** Whose texts these are (the conversation's workspace), so scans are remembered across steps and turns (`boundaryChatModel`). */
  scope?: string;
}): ChatModel[] {
  const { policy } = options.guard;
  const localOnly = requiresLocalModel({ findings: options.findings, policy });
  const vault = new MaskVault();
  return options.ids.flatMap((id) =>
    localOnly && !isLocalChatModel(options.models, id)
      ? []
      : [
          boundaryChatModel({
            models: options.models,
            id,
            policy,
            vault,
            ...(options.scope === undefined ? {} : { scope: options.scope }),
          }),
        ],
  );
}
