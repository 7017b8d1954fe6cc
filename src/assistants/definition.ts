// An assistant's definition (JSON/YAML), validated with zod: who it is, which model, knowledge, tools, policies and handoff rules.
import { z } from 'zod';
import { guardPolicySchema, type GuardPolicyInput } from '../guard/index.ts';

const bilingual = z.union([z.string().min(1), z.object({ ko: z.string().min(1), en: z.string().min(1) })]);

/** An HTTP endpoint of a company system exposed as a tool. `{name}` in the url is filled from the arguments. */
export const httpToolSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'snake_case, starting with a letter'),
  description: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  url: z.url(),
  headers: z.record(z.string(), z.string()).default({}),
  /** JSON Schema of the arguments object. */
  parameters: z.record(z.string(), z.unknown()).default({ type: 'object', properties: {} }),
  changesState: z.boolean().default(false),
  requiresAuthentication: z.boolean().default(false),
  timeoutMs: z.number().int().positive().max(120_000).default(15_000),
});

/** Every operation of an OpenAPI 3 document (a file path or URL) becomes a tool; `operations` narrows them by operationId. */
export const openApiToolsSchema = z.object({
  spec: z.string().min(1),
  baseUrl: z.url().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  operations: z.array(z.string()).optional(),
  /** operationIds that change state (default: every operation whose method is not GET/HEAD). */
  readOnly: z.array(z.string()).default([]),
});

export const mcpServerSchema = z.discriminatedUnion('transport', [
  z.object({
    name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
    transport: z.literal('stdio'),
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    env: z.record(z.string(), z.string()).default({}),
    /** Tool names (as the server names them) that change state; others are read-only. */
    stateChangingTools: z.array(z.string()).default([]),
  }),
  z.object({
    name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
    transport: z.literal('http'),
    url: z.url(),
    headers: z.record(z.string(), z.string()).default({}),
    stateChangingTools: z.array(z.string()).default([]),
  }),
]);

export const assistantDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes'),
  name: bilingual,
  description: bilingual.optional(),
  languages: z
    .array(z.enum(['ko', 'en']))
    .min(1)
    .default(['ko', 'en']),
  /** System instructions for llama/openai models; the builtin engine follows the blueprint's dialogue instead. */
  instructions: z.string().default(''),
  // 'default' follows the platform's default chat model: builtin until a GGUF or an OpenAI-compatible server is configured.
  model: z.string().min(1).default('default'),
  fallbackModels: z.array(z.string().min(1)).default([]),
  knowledgeBases: z.array(z.string().min(1)).default([]),
  /** The blueprint whose data tools and dialogue this assistant uses, if any. */
  blueprint: z.string().optional(),
  httpTools: z.array(httpToolSchema).default([]),
  openApiTools: z.array(openApiToolsSchema).default([]),
  mcpServers: z.array(mcpServerSchema).default([]),
  policies: z
    .object({
      /** Account tools need an authenticated customer. */
      authenticationRequired: z.boolean().default(true),
      /** State-changing tools need an explicit yes to a listed summary. */
      confirmStateChanges: z.boolean().default(true),
      oneCustomerPerConversation: z.boolean().default(true),
      /** Topics the assistant refuses (matched by meaning), e.g. investment advice, medical diagnosis. */
      deniedTopics: z.array(z.object({ name: z.string(), examples: z.array(z.string()).min(1) })).default([]),
      /** Tool-loop bound for llama/openai models. */
      maxSteps: z.number().int().min(1).max(20).default(6),
    })
    .prefault({}),
  /**
   * Guard settings over the global ones (PII actions, routing, injection, topics, output checks, review, tool roles).
   * Kept as written, so that only the fields an assistant sets override the global policy; checked against the schema.
   */
  guard: z
    .record(z.string(), z.unknown())
    .superRefine((value, context) => {
      const parsed = guardPolicySchema.safeParse(value);
      if (!parsed.success) for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: issue.path } as never);
    })
    .transform((value) => value as GuardPolicyInput)
    .optional(),
  handoff: z
    .object({
      /** A user who asks for a person gets one. */
      onRequest: z.boolean().default(true),
      /** Queue the conversation after this many turns in a row the assistant could not handle. */
      afterFailedTurns: z.number().int().min(1).max(10).default(3),
    })
    .prefault({}),
});

export type AssistantDefinition = z.output<typeof assistantDefinitionSchema>;
export type AssistantDefinitionInput = z.input<typeof assistantDefinitionSchema>;
export type HttpToolDefinition = z.output<typeof httpToolSchema>;
export type OpenApiToolsDefinition = z.output<typeof openApiToolsSchema>;
export type McpServerDefinition = z.output<typeof mcpServerSchema>;
