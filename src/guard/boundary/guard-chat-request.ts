// The guard in front of a plain model on /v1/chat/completions: a person in crisis is answered with support; injection,
// blocked personal data and denied topics are refused; protected data stays on local models; a remote model sees
// masked text and its reply comes back restored.
import { isLocalChatModel, type ChatModel, type ChatRequest, type ModelRegistry } from '../../models/index.ts';
import { GenstackError } from '../../core/index.ts';
import type { AuditPolicyDecision } from '../audit/index.ts';
import { checkInjection } from '../injection/index.ts';
import { applyPiiActions, contentBlockedError, guessTextLanguage, MaskVault } from '../masking/index.ts';
import { customHoldBack } from '../pii/custom/index.ts';
import { answerContextKey, EarlierValues, scanPii, withEarlierRepeats, type PiiEntityType, type PiiFinding } from '../pii/index.ts';
import { customTypeLabels, piiActionFor, policyScanOptions, requiresLocalModel, type GuardPolicy } from '../policy/index.ts';
import { checkSafety } from '../safety/index.ts';
import { createTopicPolicy, type TopicPolicy } from '../topics/index.ts';
import { fixedReplyModel } from './fixed-reply-model.ts';
import { maskedChatModel } from './masked-chat-model.ts';
import { outputGuardedChatModel } from './output-guarded-chat-model.ts';
import { answerContexts } from './answer-contexts.ts';
import { rememberScan } from './scan-memory.ts';

/** Topic examples are embedded once per policy, not per request. */
const compiledTopics = new WeakMap<GuardPolicy, TopicPolicy>();

function topicsOf(policy: GuardPolicy): TopicPolicy {
  let topics = compiledTopics.get(policy);
  if (!topics) {
    topics = createTopicPolicy({ topics: policy.topics });
    compiledTopics.set(policy, topics);
  }
  return topics;
}

export interface GuardChatRequestOptions {
  models: ModelRegistry;
  modelId: string;
  request: ChatRequest;
  policy: GuardPolicy;
  /**
   * Whose texts these are (the caller's workspace): messages are remembered across requests within the scope, so a
   * conversation's history is scanned once, not once per request. Without a scope, only within this request.
   */
  scope?: string;
}

export interface GuardedChat {
  model: ChatModel;
  decisions: AuditPolicyDecision[];
  /** Set when the request must not reach the model: throw it after recording the decisions. */
  refusal?: GenstackError;
  /** Set when `model` answers with the guard's own text (crisis support), which needs no output guard. */
  fixedReply?: true;
  /**
   * The last user message with every finding redacted, for the audit record: the audit log's own scan cannot know that a
   * name given alone answered a question for one ("김영희요").
   */
  auditInput: string;
}

/** The input checks and routing: a refusal, or the model to call (masked at a remote boundary, redacting for a local one). */
function routeChatRequest(options: GuardChatRequestOptions, scan: (text: string) => PiiFinding[]): Omit<GuardedChat, 'auditInput'> {
  const { policy, request } = options;
  const decisions: AuditPolicyDecision[] = [];
  const userTexts = request.messages.flatMap((message) => (message.role === 'user' ? [message.content] : []));
  const last = userTexts.at(-1) ?? '';
  const model = options.models.chat(options.modelId);
  // An assistant turn runs its assistant's own guard (which may differ from the global one), refuses inside the
  // conversation (dropping a pending change) and audits itself; a 422 here would pre-empt all of that.
  if (options.modelId.startsWith('assistant:')) return { model, decisions };
  const refuse = (refusal: GenstackError) => ({ model, decisions, refusal });
  const lang = guessTextLanguage(last);

  // First: a person in crisis gets support at once, whatever else the message holds.
  const safety = last ? checkSafety({ text: last, policy, language: lang }) : undefined;
  if (safety) {
    decisions.push(safety.decision);
    if (safety.reply !== undefined) return { model: fixedReplyModel({ model, text: safety.reply }), decisions, fixedReply: true };
  }

  const injection = checkInjection({
    text: last,
    source: 'user',
    action: policy.injection.direct,
    classifier: policy.injection.classifier,
  });
  if (injection.action !== 'passed') {
    decisions.push({ policy: 'injection', action: injection.action === 'blocked' ? 'block' : 'flag' });
    if (injection.action === 'blocked')
      return refuse(
        new GenstackError({
          code: 'content_blocked',
          message:
            lang === 'ko'
              ? '요청에 모델의 규칙을 바꾸려는 지시가 있어 처리하지 않았어요.'
              : 'The request was refused: it tries to override the model’s instructions.',
          param: 'messages',
        }),
      );
  }
  if (policy.topics.length && last) {
    const topic = topicsOf(policy).check(last);
    if (topic.action !== 'pass')
      decisions.push({ policy: 'topic', action: topic.action, detail: topic.matched.map((match) => match.topic).join(',') });
    if (topic.action === 'block')
      return refuse(
        new GenstackError({
          code: 'content_blocked',
          message: lang === 'ko' ? '이 주제는 정책상 답변할 수 없어요.' : 'This topic is not allowed by policy.',
          param: 'messages',
        }),
      );
  }

  const findings = userTexts.flatMap(scan);
  const blocked = findings.filter((finding) => piiActionFor(policy, finding.type) === 'block');
  if (blocked.length) {
    decisions.push({ policy: 'pii', action: 'block', detail: [...new Set(blocked.map((finding) => finding.type))].join(',') });
    return refuse(contentBlockedError({ findings: blocked, lang, customLabels: customTypeLabels(policy) }));
  }

  if (isLocalChatModel(options.models, options.modelId)) {
    // Redaction is irreversible whatever the model, as in assistant turns.
    const redacted = findings.filter((finding) => piiActionFor(policy, finding.type) === 'redact');
    if (redacted.length === 0) return { model, decisions };
    decisions.push({ policy: 'pii', action: 'redact', detail: [...new Set(redacted.map((finding) => finding.type))].join(',') });
    const redactOnly = (type: PiiEntityType) => (piiActionFor(policy, type) === 'redact' ? 'redact' : 'allow');
    return { model: maskedChatModel({ model, scan, actionOf: redactOnly }), decisions };
  }
  if (requiresLocalModel({ findings, policy })) {
    decisions.push({ policy: 'routing', action: 'block', detail: options.modelId });
    return refuse(
      new GenstackError({
        code: 'content_blocked',
        message:
          lang === 'ko'
            ? `이 요청에는 보호 대상 개인정보가 있어 내부 모델로만 보낼 수 있어요('${options.modelId}'는 외부 모델이에요).`
            : `This request carries protected personal data, which policy keeps on local models; '${options.modelId}' is remote.`,
        param: 'model',
      }),
    );
  }
  if (findings.length) decisions.push({ policy: 'pii', action: 'mask', detail: 'remote model' });
  return {
    model: maskedChatModel({
      model,
      scan,
      actionOf: (type) => piiActionFor(policy, type),
    }),
    decisions,
  };
}

/**
 * @example
 * const { model, decisions, refusal } = guardChatRequest({ models, modelId: body.model, request, policy });
 * audit.append({ event: 'chat.completion', decisions });
 * if (refusal) throw refusal;
 */
export function guardChatRequest(options: GuardChatRequestOptions): GuardedChat {
  const { policy } = options;
  const scanOptions = policyScanOptions(policy);
  // A user message that answers a question is scanned for a name or the identifiers asked for given alone ("김영희요",
  // "312847596" after "Can I have your passport number?").
  const answers = answerContexts(options.request.messages);
  const scan = (text: string) => {
    const answer = answers.get(text);
    return scanPii(text, answer === undefined ? scanOptions : { ...scanOptions, ...answer });
  };
  // Routing, masking and the output guard's record of the caller's values read the same messages: each is scanned once
  // in the request, and with a scope once for all the requests that send it again (as far as the process's memory holds).
  const { scope } = options;
  const scopedScan = (text: string) =>
    scope === undefined ? scan(text) : rememberScan({ policy, scope, answer: answerContextKey(answers.get(text)), text }, () => scan(text));
  const requestScans = new Map<string, PiiFinding[]>();
  const inputScan = (text: string) => {
    let findings = requestScans.get(text);
    if (findings === undefined) requestScans.set(text, (findings = scopedScan(text)));
    return findings.slice();
  };
  // Each message as the remote boundary reads it: alone, then for the values of the messages before it ("서준도 …" after
  // "박서준"). The audit's input and the output guard's record of the caller's values read them so.
  const sent = new EarlierValues();
  const conversationFindings = options.request.messages.map((message) => {
    if (typeof message.content !== 'string') return [];
    const findings = withEarlierRepeats(message.content, inputScan(message.content), sent);
    sent.add(findings);
    return findings;
  });
  const lastUserIndex = options.request.messages.findLastIndex((message) => message.role === 'user');
  const lastUserText = options.request.messages[lastUserIndex]?.content;
  const auditInput = applyPiiActions({
    text: typeof lastUserText === 'string' ? lastUserText : '',
    findings: conversationFindings[lastUserIndex] ?? [],
    actions: () => 'redact',
    vault: new MaskVault(),
  }).text;
  const guarded = { ...routeChatRequest(options, inputScan), auditInput };
  // Genstack's own models (kb: answers quote documents, assistant: turns check their replies) are left to their guards.
  const ownModel = /^(kb|assistant):/u.test(options.modelId);
  if (guarded.refusal || guarded.fixedReply || ownModel || !policy.pii.scanOutput || policy.output.piiLeak !== 'mask') return guarded;
  const userValues = new MaskVault();
  // Anything the caller sent (its messages, system prompt and tool results) may come back; only new values are leaks.
  for (const finding of conversationFindings.flat()) userValues.mask({ type: finding.type, value: finding.text });
  return {
    ...guarded,
    model: outputGuardedChatModel({
      model: guarded.model,
      // A streamed reply's later windows also find the values its earlier ones held, as the whole reply does.
      scan: (text, earlier) => scanPii(text, earlier === undefined ? scanOptions : { ...scanOptions, earlier }),
      actionOf: (type) => piiActionFor(policy, type),
      userValues,
      holdBack: customHoldBack(policy.pii.custom),
    }),
  };
}
