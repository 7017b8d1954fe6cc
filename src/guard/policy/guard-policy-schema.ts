// The guard settings an assistant definition (and the global config) carries: PII actions, data-aware routing, injection, topics, output checks, review, safety, tools.
import { z } from 'zod';
import { classifierLevels } from '../injection/types.ts';
import { piiActions } from '../masking/pii-action.ts';
import { allowListSchema } from '../pii/allowed-values.ts';
import { customPatternListSchema } from '../pii/custom/index.ts';
import { piiTypes, structuredPiiTypes, type PiiType } from '../pii/types.ts';

/** Structured identifiers plus names: what `local-only` routing protects unless a policy lists its own types. */
export const defaultProtectedTypes: readonly PiiType[] = piiTypes.filter((type) => structuredPiiTypes.has(type) || type === 'PERSON');

const piiActionSchema = z.enum(piiActions);
/** A built-in type or one declared in `pii.custom`: checked by `resolveGuardPolicy` once the global and assistant policies are merged. */
const piiTypeNameSchema = z.string().min(1).max(32);

const piiSchema = z.strictObject({
  /** The action for types not listed in `types`. */
  default: piiActionSchema.default('mask'),
  types: z.record(piiTypeNameSchema, piiActionSchema).default({}),
  /** Findings scored below this are ignored. */
  minScore: z.number().min(0).max(1).default(0.5),
  /** Also scan model output (and apply `output.piiLeak`). */
  scanOutput: z.boolean().default(true),
  /** The organisation's own identifiers, found next to the built-in types (see custom-pattern-schema.ts). */
  custom: customPatternListSchema.default([]),
  /** Values that are never findings: the organisation's public contact details (see allowed-values.ts). */
  allow: allowListSchema.default([]),
});

const routingSchema = z.strictObject({
  /** `local-only`: a request that would carry protected data unmasked to a model goes to a local model only. */
  protectedData: z.enum(['any', 'local-only']).default('any'),
  /** Built-in types; custom types say it themselves (`pii.custom[].protected`). */
  protectedTypes: z.array(z.enum(piiTypes)).default(() => [...defaultProtectedTypes]),
});

const injectionSchema = z.strictObject({
  /** Injection in the user's own message. */
  direct: z.enum(['block', 'flag', 'off']).default('block'),
  /** Injection inside retrieved passages and tool results. */
  indirect: z.enum(['block', 'flag', 'off']).default('flag'),
  /**
   * The learned classifier beside the rules: it catches phrasings no rule names, at the cost of a few more false positives.
   * `true` is `standard`; `strict` catches more new attacks and flags more texts that use attack words in everyday ways,
   * `relaxed` fewer of both.
   */
  classifier: z.union([z.boolean(), z.enum(classifierLevels)]).default(true),
});

const topicSchema = z.strictObject({
  name: z.string().min(1).max(100),
  examples: z.array(z.string().min(1).max(2000)).min(1).max(50),
  action: z.enum(['block', 'flag', 'review']),
  threshold: z.number().min(0).max(1).optional(),
});

const outputSchema = z.strictObject({
  systemPromptLeak: z.enum(['block', 'flag', 'off']).default('block'),
  piiLeak: z.enum(['mask', 'flag', 'off']).default('mask'),
  grounding: z.enum(['flag', 'off']).default('flag'),
});

const reviewSchema = z.strictObject({
  /** Which replies wait for a person before reaching the user. */
  when: z.array(z.enum(['topic', 'clinical', 'always', 'low-grounding'])).default([]),
  /** What the user sees while a reply waits (a built-in message when absent). */
  holdMessage: z.strictObject({ ko: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
});

const safetySchema = z.strictObject({
  /**
   * A person who says they may harm or kill themselves: `respond` answers at once with crisis support (and hands an
   * assistant's conversation to a person when it can), `flag` only records it, `off` does neither.
   */
  selfHarm: z.enum(['respond', 'flag', 'off']).default('respond'),
  /** The crisis message per language, e.g. with an organisation's own helpline (a built-in one when absent). */
  crisisMessage: z.strictObject({ ko: z.string().min(1).max(2000).optional(), en: z.string().min(1).max(2000).optional() }).optional(),
});

const toolsSchema = z.strictObject({
  /** Roles whose keys may run state-changing tools. */
  stateChangingRoles: z.array(z.enum(['admin', 'builder', 'user'])).default(['admin', 'builder', 'user']),
});

/**
 * Every field is optional; `guardPolicySchema.parse({})` is the full default policy.
 * @example
 * const policy = guardPolicySchema.parse({ pii: { types: { RRN: 'block' } }, routing: { protectedData: 'local-only' } });
 */
export const guardPolicySchema = z.strictObject({
  pii: piiSchema.prefault({}),
  routing: routingSchema.prefault({}),
  injection: injectionSchema.prefault({}),
  topics: z.array(topicSchema).max(100).default([]),
  output: outputSchema.prefault({}),
  review: reviewSchema.prefault({}),
  safety: safetySchema.prefault({}),
  tools: toolsSchema.prefault({}),
});

export type GuardPolicy = z.output<typeof guardPolicySchema>;
export type GuardPolicyInput = z.input<typeof guardPolicySchema>;
export type GuardTopic = GuardPolicy['topics'][number];
