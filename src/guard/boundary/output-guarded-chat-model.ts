// Model output under the PII-leak policy: personal data the user did not supply is redacted, in the answer and in the model's
// reasoning, also when streamed in pieces.
import type { ChatModel, ChatStreamPart } from '../../models/index.ts';
import { applyPiiActions, createStreamPiiGuard, MaskVault, type PiiAction, type StreamTransform } from '../masking/index.ts';
import type { EarlierValues } from '../pii/earlier-values.ts';
import type { PiiEntityType, PiiFinding } from '../pii/types.ts';
import { blockKey, deltaPart } from './text-blocks.ts';

export interface OutputGuardedChatModelOptions {
  model: ChatModel;
  /** Scans a reply, or a window of a streamed one after `earlier`, the values found in what was sent (`ScanPiiOptions.earlier`). */
  scan: (text: string, earlier?: EarlierValues) => PiiFinding[];
  /** The policy's action per type: an `allow`ed type passes, every other leaked value is redacted. */
  actionOf: (type: PiiEntityType) => PiiAction;
  /** The user's own values (each masked once into this vault): a reply may repeat them. */
  userValues: MaskVault;
  /** Characters of a streamed reply held back so a value is scanned whole (see `customHoldBack`); `builtInScanReach` (128) when absent. */
  holdBack?: number;
}

/**
 * @example
 * const scan = (text: string, earlier?: EarlierValues) => scanPii(text, earlier === undefined ? {} : { earlier });
 * const guarded = outputGuardedChatModel({ model, scan, actionOf: () => 'mask', userValues });
 */
export function outputGuardedChatModel(options: OutputGuardedChatModelOptions): ChatModel {
  const leakAction = (type: PiiEntityType): PiiAction => (options.actionOf(type) === 'allow' ? 'allow' : 'redact');
  return {
    provider: options.model.provider,
    modelId: options.model.modelId,
    async generate(request) {
      const result = await options.model.generate(request);
      const guard = (text: string): string => {
        const findings = options.scan(text).filter((finding) => !isUserValue(options.userValues, finding));
        return findings.length === 0 ? text : applyPiiActions({ text, findings, actions: leakAction, vault: new MaskVault() }).text;
      };
      return { ...result, text: guard(result.text), ...(result.reasoning === undefined ? {} : { reasoning: guard(result.reasoning) }) };
    },
    stream(request) {
      return guardStream(options.model.stream(request), () =>
        createStreamPiiGuard({
          scan: options.scan,
          actions: leakAction,
          vault: new MaskVault(),
          allowValuesFrom: options.userValues,
          ...(options.holdBack === undefined ? {} : { holdBack: options.holdBack }),
        }),
      );
    },
  };
}

function isUserValue(vault: MaskVault, finding: PiiFinding): boolean {
  return vault.placeholderOf({ type: finding.type, value: finding.text }) !== undefined;
}

async function* guardStream(parts: AsyncIterable<ChatStreamPart>, create: () => StreamTransform): AsyncIterable<ChatStreamPart> {
  const guards = new Map<string, StreamTransform>();
  for await (const part of parts) {
    if (part.type === 'text-delta' || part.type === 'reasoning-delta') {
      const key = blockKey(part);
      const guard = guards.get(key) ?? create();
      guards.set(key, guard);
      const delta = guard.push(part.delta);
      if (delta) yield { ...part, delta };
    } else if (part.type === 'text-end' || part.type === 'reasoning-end') {
      const rest = guards.get(blockKey(part))?.flush();
      if (rest) yield deltaPart(part, rest);
      yield part;
    } else yield part;
  }
}
