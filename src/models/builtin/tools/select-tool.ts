// Chooses a tool for a message: TF-IDF n-gram similarity to each tool's text plus a bonus for arguments the message can fill.
import type { JsonSchema, ToolChoice, ToolDefinition } from '../../types.ts';
import { splitIdentifier } from '../language/index.ts';
import { createIntentClassifier, type IntentClassifier } from '../matching/index.ts';
import { fillJsonSchema, freshUse, type FillContext, asSchema, propertiesOf, requiredOf } from '../schema/index.ts';

/** Below this, 'auto' answers in text rather than call a tool. */
export const callThreshold = 0.22;
/** Between this and callThreshold, two close candidates are offered in a clarifying question. */
export const clarifyThreshold = 0.1;
/** Above the threshold, a runner-up within this ratio of the best makes the choice ambiguous. */
const nearTie = 0.88;
/** Below the threshold, a runner-up within this ratio is worth offering. */
const nearEnough = 0.7;
const slotBonus = 0.25;
const slotConfirmation = 0.15;
const missingPenalty = 0.1;
const coreWeight = 0.7;

export interface ToolCandidate {
  tool: ToolDefinition;
  /** Text similarity plus the slot bonus. */
  score: number;
  arguments: Record<string, unknown>;
  /** Required parameters the message does not contain. */
  missing: string[];
}

export type ToolDecision =
  | { type: 'call'; candidate: ToolCandidate }
  | { type: 'clarify'; candidates: [ToolCandidate, ToolCandidate] }
  | { type: 'none'; best?: ToolCandidate };

/** The text a tool is recognised by: its split name and description. */
export function toolText(tool: ToolDefinition): string[] {
  return [splitIdentifier(tool.name).join(' '), tool.description ?? ''];
}

const isScalar = (value: unknown): boolean => ['string', 'number', 'boolean'].includes(typeof value);

/** The text of a tool's parameters: names, descriptions and enum values. */
export function parameterText(tool: ToolDefinition): string[] {
  const texts: string[] = [];
  for (const [name, property] of propertiesOf(asSchema(tool.parameters))) {
    texts.push(splitIdentifier(name).join(' '));
    if (typeof property['description'] === 'string') texts.push(property['description']);
    if (Array.isArray(property['enum'])) texts.push(property['enum'].filter(isScalar).map(String).join(' '));
  }
  return texts;
}

// Clients send the same tool list every turn; training the classifier once per list keeps a turn in milliseconds.
const classifiers = new Map<string, IntentClassifier>();
function classifierFor(tools: readonly ToolDefinition[], describe: (tool: ToolDefinition) => string[]): IntentClassifier {
  const intents = tools.map((tool) => ({ id: tool.name, texts: describe(tool) }));
  const key = JSON.stringify(intents);
  let classifier = classifiers.get(key);
  if (!classifier) {
    classifier = createIntentClassifier(intents);
    if (classifiers.size >= 64) classifiers.delete(classifiers.keys().next().value ?? '');
    classifiers.set(key, classifier);
  }
  return classifier;
}

/**
 * Scores every tool (best first).
 * @example
 * rankTools(tools, context)[0]?.tool.name; // 'get_weather' for '서울 날씨 어때?'
 */
export function rankTools(tools: readonly ToolDefinition[], context: FillContext): ToolCandidate[] {
  // What the tool does (name, description) weighs more than what its parameters are called.
  const similarity = new Map(
    classifierFor(tools, toolText)
      .classify(context.text)
      .map((item) => [item.id, coreWeight * item.score]),
  );
  for (const item of classifierFor(tools, parameterText).classify(context.text))
    similarity.set(item.id, (similarity.get(item.id) ?? 0) + (1 - coreWeight) * item.score);
  const candidates = tools.map((tool, index) => {
    const parameters = asSchema(tool.parameters) as JsonSchema;
    const filled = fillJsonSchema(parameters, freshUse(context), { includeDefaults: false });
    const propertyCount = propertiesOf(parameters).length;
    const requiredCount = requiredOf(parameters).length;
    const textScore = similarity.get(tool.name) ?? 0;
    // A weak value (a bare number, a phrase) is evidence too, worth half a pattern match; slots only
    // confirm a tool the words point at, so "the capital of France" does not call get_weather(city).
    const evidence = filled.strong.length + 0.5 * (filled.found.length - filled.strong.length);
    const bonus = propertyCount === 0 ? 0 : ((slotBonus * evidence) / propertyCount) * Math.min(1, textScore / slotConfirmation);
    const penalty = requiredCount === 0 ? 0 : (missingPenalty * filled.missing.length) / requiredCount;
    const score = Math.max(0, textScore + bonus - penalty);
    return { candidate: { tool, score, arguments: filled.value as Record<string, unknown>, missing: filled.missing }, index };
  });
  candidates.sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index);
  return candidates.map((item) => item.candidate);
}

/**
 * Applies the tool choice to the ranking: forced names and 'required' always call; 'auto' calls above the threshold,
 * asks between two close candidates, or declines.
 * @example
 * decideTool({ tools, context, toolChoice: 'auto' }); // { type: 'call', candidate: { tool: get_weather, … } }
 */
export function decideTool(options: { tools: readonly ToolDefinition[]; context: FillContext; toolChoice: ToolChoice }): ToolDecision {
  const { tools, context, toolChoice } = options;
  if (toolChoice === 'none' || tools.length === 0) return { type: 'none' };
  const ranking = rankTools(tools, context);
  if (typeof toolChoice === 'object') {
    const forced = ranking.find((candidate) => candidate.tool.name === toolChoice.name);
    return forced ? { type: 'call', candidate: forced } : { type: 'none' };
  }
  const [best, second] = ranking;
  if (!best) return { type: 'none' };
  if (toolChoice === 'required') return { type: 'call', candidate: best };
  // Two near-equal candidates are a question to the user, not a coin toss; below the threshold, "close" is looser.
  const closeness = best.score >= callThreshold ? nearTie : nearEnough;
  if (second && best.score >= clarifyThreshold && second.score >= best.score * closeness)
    return { type: 'clarify', candidates: [best, second] };
  if (best.score >= callThreshold) return { type: 'call', candidate: best };
  return { type: 'none', best };
}
