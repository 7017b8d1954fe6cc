// The guard around one assistant turn: safety, injection, PII and topic checks before any engine; leak, grounding and review
// checks after.
import {
  applyPiiActions,
  answerContextOf,
  type AnswerContext,
  checkInjection,
  checkOutput,
  checkSafety,
  contentBlockedError,
  createTopicPolicy,
  customTypeLabels,
  type EarlierValues,
  MaskVault,
  medicalDiagnosisTopic,
  piiActionFor,
  policyScanOptions,
  resolveGuardPolicy,
  scanPii,
  withEarlierRepeats,
  type AuditPolicyDecision,
  type GuardPolicy,
  type GuardPolicyInput,
  type OutputPassage,
  type PiiFinding,
  type TopicPolicy,
  heldReply,
} from '../../guard/index.ts';
import type { Language } from '../../models/builtin/index.ts';
import type { AssistantDefinition } from '../definition.ts';
import { deniedTopicRefusal, injectionRefusal, instructionsLeakReply } from './turn-replies.ts';

export interface AssistantGuard {
  policy: GuardPolicy;
  /** The policy's topics plus the definition's denied topics (blocked); undefined when there are none. */
  topics: TopicPolicy | undefined;
  /** Clinical content, for `review.when: ['clinical']`. */
  clinical: TopicPolicy | undefined;
}

export interface InputInspection {
  /** The reply when the turn must reach no engine and no tool. */
  refusal: string | undefined;
  /** The refusal is crisis support for a person who may harm themselves: the conversation goes to a person if it can. */
  crisis: boolean;
  /** The message with irreversibly redacted values replaced; what every engine and the transcript see. */
  message: string;
  /**
   * The message with every finding redacted, for the audit log: its own scan cannot know that a name given alone
   * answered a question for one ("김영희요").
   */
  auditMessage: string;
  findings: PiiFinding[];
  decisions: AuditPolicyDecision[];
  /** Why the reply must wait for a reviewer, if it must. */
  reviewReason: string | undefined;
}

export interface OutputInspection {
  reply: string;
  decisions: AuditPolicyDecision[];
  reviewReason: string | undefined;
}

/**
 * @example
 * const guard = compileAssistantGuard({ global: config.guard, definition });
 */
export function compileAssistantGuard(options: { global?: GuardPolicyInput; definition: AssistantDefinition }): AssistantGuard {
  const policy = resolveGuardPolicy({ global: options.global, assistant: options.definition.guard });
  const topics = [...policy.topics, ...options.definition.policies.deniedTopics.map((topic) => ({ ...topic, action: 'block' as const }))];
  return {
    policy,
    topics: topics.length ? createTopicPolicy({ topics }) : undefined,
    clinical: policy.review.when.includes('clinical')
      ? createTopicPolicy({ topics: [{ ...medicalDiagnosisTopic, action: 'review' }] })
      : undefined,
  };
}

/** PII findings of a text at the policy's threshold; `answer` when it replies to a question (`answerContextOf`). */
export function scanForPolicy(
  guard: AssistantGuard,
  text: string,
  context: { language?: Language; answer?: AnswerContext } = {},
): PiiFinding[] {
  return scanPii(text, { ...policyScanOptions(guard.policy, context.language), ...context.answer });
}

/**
 * @example
 * const input = inspectInput({ guard, message: '주민번호 900101-1234567 맞나요?', language: 'ko' });
 * if (input.refusal) return input.refusal;
 */
export function inspectInput(options: {
  guard: AssistantGuard;
  message: string;
  language: Language;
  /**
   * The assistant's last reply: when it asked for a name or an identifier, one given alone in the message is personal data
   * ("김영희요", "312847596" after "Can I have your passport number?").
   */
  previousReply?: string;
  /** The values of the conversation's earlier lines (`conversationValues`): the message's mention of one is that value. */
  earlier?: EarlierValues;
}): InputInspection {
  const { guard, language } = options;
  const { policy } = guard;
  const decisions: AuditPolicyDecision[] = [];
  const answer = options.previousReply === undefined ? undefined : answerContextOf(options.previousReply);
  const scanned = scanForPolicy(guard, options.message, { language, ...(answer ? { answer } : {}) });
  const findings = options.earlier === undefined ? scanned : withEarlierRepeats(options.message, scanned, options.earlier);
  // Blocked and redacted values never reach the transcript or an engine, also when the turn is refused for another reason.
  const redacted = applyPiiActions({
    text: options.message,
    findings,
    actions: (type) => {
      const action = piiActionFor(policy, type);
      return action === 'redact' || action === 'block' ? action : 'allow';
    },
    vault: new MaskVault(),
  });
  const auditMessage = applyPiiActions({ text: options.message, findings, actions: () => 'redact', vault: new MaskVault() }).text;
  const refuse = (refusal: string, crisis = false): InputInspection => ({
    refusal,
    crisis,
    message: redacted.text,
    auditMessage,
    findings: [],
    decisions,
    reviewReason: undefined,
  });

  // First: a person in crisis gets support at once, whatever else the message holds.
  const safety = checkSafety({ text: options.message, policy, language });
  if (safety) {
    decisions.push(safety.decision);
    if (safety.reply !== undefined) return refuse(safety.reply, true);
  }

  const injection = checkInjection({
    text: options.message,
    source: 'user',
    action: policy.injection.direct,
    classifier: policy.injection.classifier,
  });
  if (injection.action !== 'passed') {
    const kinds = [...new Set(injection.verdict.findings.map((finding) => finding.kind))].join(',');
    decisions.push({ policy: 'injection', action: injection.action === 'blocked' ? 'block' : 'flag', detail: kinds });
    if (injection.action === 'blocked') return refuse(injectionRefusal(language));
  }

  const blocked = findings.filter((finding) => piiActionFor(policy, finding.type) === 'block');
  if (blocked.length) {
    decisions.push({ policy: 'pii', action: 'block', detail: typesOf(blocked) });
    return refuse(contentBlockedError({ findings: blocked, lang: language, customLabels: customTypeLabels(policy) }).message);
  }
  for (const action of ['redact', 'mask', 'allow'] as const) {
    const matching = findings.filter((finding) => piiActionFor(policy, finding.type) === action);
    if (matching.length) decisions.push({ policy: 'pii', action, detail: typesOf(matching) });
  }

  let reviewReason: string | undefined;
  const topic = guard.topics?.check(options.message);
  if (topic && topic.action !== 'pass') {
    const names = topic.matched.map((match) => match.topic).join(',');
    decisions.push({ policy: 'topic', action: topic.action, detail: names });
    if (topic.action === 'block') return refuse(deniedTopicRefusal(language));
    // A topic whose action is review always waits for a person; with `review.when: [topic]`, so does a flagged one.
    if (topic.action === 'review' || policy.review.when.includes('topic')) reviewReason = `topic: ${names}`;
  }
  if (policy.review.when.includes('always')) reviewReason ??= 'every reply is reviewed';
  if (guard.clinical?.check(options.message).action === 'review') reviewReason ??= 'clinical content';
  return { refusal: undefined, crisis: false, message: redacted.text, auditMessage, findings, decisions, reviewReason };
}

/**
 * Checks a reply before the customer sees it. `allowed` holds what the customer may see of their own data (their
 * messages and the tool results of this conversation); `passages` are what [n] citations refer to.
 * @example
 * const output = inspectOutput({ guard, reply, language: 'en', instructions, allowed: [message, toolResultsJson] });
 */
export function inspectOutput(options: {
  guard: AssistantGuard;
  reply: string;
  language: Language;
  instructions?: string;
  allowed: readonly string[];
  passages?: readonly OutputPassage[];
}): OutputInspection {
  const { guard, language } = options;
  const { policy } = guard;
  const decisions: AuditPolicyDecision[] = [];
  let reply = options.reply;
  let reviewReason: string | undefined;
  const { findings } = checkOutput({
    output: reply,
    language,
    ...(options.instructions && policy.output.systemPromptLeak !== 'off' ? { systemPrompt: options.instructions } : {}),
    ...(policy.pii.scanOutput && policy.output.piiLeak !== 'off'
      ? { scan: (text: string) => scanForPolicy(guard, text, { language }), allowedValues: options.allowed }
      : {}),
    ...(options.passages?.length && policy.output.grounding !== 'off' ? { passages: options.passages } : {}),
  });
  for (const finding of findings) {
    if (finding.check === 'system-prompt-leak') {
      decisions.push({ policy: 'output.system-prompt-leak', action: policy.output.systemPromptLeak, detail: finding.detail });
      if (policy.output.systemPromptLeak === 'block') return { reply: instructionsLeakReply(language), decisions, reviewReason: undefined };
    } else if (finding.check === 'pii-leak') {
      decisions.push({ policy: 'output.pii-leak', action: policy.output.piiLeak, detail: (finding.types ?? []).join(',') });
      if (policy.output.piiLeak === 'mask' && finding.spans) reply = redactSpans(reply, finding.spans, finding.types ?? []);
    } else {
      decisions.push({ policy: 'output.grounding', action: 'flag', detail: finding.detail });
      if (policy.review.when.includes('low-grounding')) reviewReason ??= 'unsupported citation';
    }
  }
  if (guard.clinical?.check(reply).action === 'review') reviewReason = 'clinical content';
  return { reply, decisions, reviewReason };
}

/**
 * The reply as the audit log keeps it: a mention of a value the conversation named ("서준이는 오후 3시에 …" after "박서준")
 * redacted like the value. The log's own masking reads each text alone and finds the rest.
 *
 * @example
 * auditedReply({ guard, reply: 'Bennett can be seen at 3 pm.', language: 'en', earlier }); // '[PERSON] can be seen at 3 pm.'
 */
export function auditedReply(options: { guard: AssistantGuard; reply: string; language: Language; earlier: EarlierValues }): string {
  const { guard, reply, language, earlier } = options;
  if (!earlier.mayRepeatIn(reply)) return reply;
  const findings = withEarlierRepeats(reply, scanForPolicy(guard, reply, { language }), earlier);
  return applyPiiActions({ text: reply, findings, actions: () => 'redact', vault: new MaskVault() }).text;
}

function typesOf(findings: readonly PiiFinding[]): string {
  return [...new Set(findings.map((finding) => finding.type))].join(',');
}

/** Replaces leaked spans, last first so earlier offsets stay valid; the label is the span's type when one type leaked. */
function redactSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, types: readonly string[]): string {
  const label = types.length === 1 ? `[${types[0]}]` : '[REDACTED]';
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) result = result.slice(0, span.start) + label + result.slice(span.end);
  return result;
}

/**
 * Retrieved passages with indirect injection: dropped when the policy blocks it, kept and recorded when it flags it.
 * @example
 * const kept = inspectPassages({ guard, passages, decisions });
 */
export function inspectPassages(options: {
  guard: AssistantGuard;
  passages: readonly string[];
  decisions: AuditPolicyDecision[];
}): string[] {
  const { indirect: action, classifier } = options.guard.policy.injection;
  return options.passages.filter((passage, index) => {
    const check = checkInjection({ text: passage, source: 'passage', action, classifier });
    if (check.action === 'passed') return true;
    options.decisions.push({
      policy: 'injection.indirect',
      action: check.action === 'blocked' ? 'block' : 'flag',
      detail: `passage ${index + 1}`,
    });
    return check.action !== 'blocked';
  });
}

/**
 * The tool-result hook of a model turn: a result carrying instructions for the model is replaced (block) or recorded (flag).
 * @example
 * runModelTurn({ …, inspectToolResult: toolResultInspector({ guard, decisions }) });
 */
export function toolResultInspector(options: { guard: AssistantGuard; decisions: AuditPolicyDecision[] }) {
  const { indirect: action, classifier } = options.guard.policy.injection;
  return ({ name, content }: { name: string; content: string }): string => {
    const check = checkInjection({ text: content, source: 'tool', action, classifier });
    if (check.action === 'passed') return content;
    options.decisions.push({ policy: 'injection.indirect', action: check.action === 'blocked' ? 'block' : 'flag', detail: `tool ${name}` });
    if (check.action === 'flagged') return content;
    return JSON.stringify({
      status: 'failed',
      code: 'untrusted_content',
      message: 'The tool result contained instructions addressed to the assistant and was withheld.',
    });
  };
}

/**
 * The output stage of a turn: `inspectOutput`, then — when the input or the output asks for review and a queue exists —
 * the reply is held and the customer gets the holding message instead. Decisions are appended to `decisions`.
 * @example
 * const { reply, reviewId } = guardReply({ guard, reply, language, allowed, inputReviewReason, decisions, hold });
 */
export function guardReply(options: {
  guard: AssistantGuard;
  reply: string;
  language: Language;
  allowed: readonly string[];
  instructions?: string;
  passages?: readonly string[];
  inputReviewReason: string | undefined;
  decisions: AuditPolicyDecision[];
  /** Holds a reply for review and returns the review id. */
  hold?: (output: string, reason: string) => string;
}): { reply: string; reviewId: string | undefined } {
  const { guard, language } = options;
  const output = inspectOutput({
    guard,
    reply: options.reply,
    language,
    allowed: options.allowed,
    ...(options.instructions ? { instructions: options.instructions } : {}),
    ...(options.passages ? { passages: options.passages.map((text) => ({ text })) } : {}),
  });
  options.decisions.push(...output.decisions);
  const reason = options.inputReviewReason ?? output.reviewReason;
  if (!reason || !options.hold) return { reply: output.reply, reviewId: undefined };
  const reviewId = options.hold(output.reply, reason);
  options.decisions.push({ policy: 'review', action: 'hold', detail: reason });
  return { reply: guard.policy.review.holdMessage?.[language] ?? heldReply(language), reviewId };
}
