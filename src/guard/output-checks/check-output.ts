// Checks a model reply before it is sent: system-prompt leakage, personal data the conversation did not supply, and unsupported citations.
import { findUngroundedSentences } from './grounding.ts';
import { findPiiLeak } from './pii-leak.ts';
import { findSystemPromptLeak } from './system-prompt-leak.ts';
import type { CheckOutputOptions, OutputCheckResult } from './types.ts';

/**
 * Runs each check whose input is given (a system prompt or instructions, a `scan` function, passages);
 * pure and synchronous, so it can run on every reply.
 * @example
 * const { findings } = checkOutput({ output: reply, systemPrompt, passages, scan: scanPii, allowedValues: [customer.phone] });
 * if (findings.some((finding) => finding.severity === 'high')) replaceReply();
 */
export function checkOutput(options: CheckOutputOptions): OutputCheckResult {
  const secrets = [...(options.systemPrompt ? [options.systemPrompt] : []), ...(options.instructions ?? [])];
  return {
    findings: [
      ...(secrets.length > 0 ? findSystemPromptLeak({ output: options.output, secrets }) : []),
      ...(options.scan
        ? findPiiLeak({
            output: options.output,
            scan: options.scan,
            ...(options.allowedValues ? { allowedValues: options.allowedValues } : {}),
          })
        : []),
      ...(options.passages
        ? findUngroundedSentences({
            output: options.output,
            passages: options.passages,
            ...(options.groundingThreshold === undefined ? {} : { threshold: options.groundingThreshold }),
          })
        : []),
    ],
  };
}
