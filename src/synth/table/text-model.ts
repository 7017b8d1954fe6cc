// Free-text generator: a bounded Markov chain (words, order 2; characters, order 3) that never returns a training value verbatim.
import { isMissingToken } from './cell-tokens.ts';
import { fnv1a32 } from './fnv1a.ts';

/** Transitions: for each state, the next tokens and how often each followed it. */
export interface TextTransitions {
  states: string[];
  tokens: string[][];
  counts: number[][];
}

/** Plain JSON. Holds transitions and 32-bit hashes of the training values, never the values themselves. */
export interface TextModel {
  version: 1;
  mode: 'word' | 'char';
  order: number;
  /** Order-`order` transitions. */
  transitions: TextTransitions;
  /** Order-1 transitions used where a pruned state has none. */
  backoff: TextTransitions;
  /** Longest training value in tokens; samples are cut there. */
  maxLength: number;
  /** Frequent tokens, used to perturb a sample that keeps matching a training value. */
  alphabet: string[];
  /** Sorted FNV-1a hashes of the (whitespace-normalised) training values. */
  trainingHashes: number[];
}

export interface FitTextModelOptions {
  /** Most (state, next token) transitions kept across both tables (default 20,000). */
  maxStates?: number;
}

const startToken = '\u0002';
const endToken = '\u0003';
const separator = '\u0001';
const defaultMaxStates = 20_000;
const alphabetSize = 300;

function normalise(value: string): string {
  return value.trim().split(/\s+/).join(' ');
}

function tokenize(value: string, mode: TextModel['mode']): string[] {
  return mode === 'word' ? value.split(' ') : Array.from(value);
}

type Counts = Map<string, Map<string, number>>;

function addTransition(table: Counts, state: string, token: string): void {
  let next = table.get(state);
  if (!next) table.set(state, (next = new Map()));
  next.set(token, (next.get(token) ?? 0) + 1);
}

/** Keeps the `limit` most frequent transitions (first-seen order breaks ties) as parallel arrays. */
function prune(table: Counts, limit: number): TextTransitions {
  const all: { state: string; token: string; count: number }[] = [];
  for (const [state, next] of table) for (const [token, count] of next) all.push({ state, token, count });
  const kept = all.length > limit ? all.sort((left, right) => right.count - left.count).slice(0, limit) : all;
  const byState = new Map<string, { tokens: string[]; counts: number[] }>();
  for (const { state, token, count } of kept) {
    let entry = byState.get(state);
    if (!entry) byState.set(state, (entry = { tokens: [], counts: [] }));
    entry.tokens.push(token);
    entry.counts.push(count);
  }
  const states = [...byState.keys()];
  return {
    states,
    tokens: states.map((state) => byState.get(state)?.tokens ?? []),
    counts: states.map((state) => byState.get(state)?.counts ?? []),
  };
}

function transitionCount(table: Counts): number {
  let total = 0;
  for (const next of table.values()) total += next.size;
  return total;
}

/**
 * Fits a text model: word-level order 2 when values average two or more words, else character-level order 3
 * (Hangul counts by characters, words split on whitespace). The model holds at most `maxStates` transitions.
 * @example
 * const model = fitTextModel(['배송이 빨라서 좋아요', '포장이 꼼꼼해서 좋아요']);
 * sampleText(model, { count: 1, random: seededRandom(3) });
 */
export function fitTextModel(values: readonly string[], options: FitTextModelOptions = {}): TextModel {
  const texts = values.filter((value) => !isMissingToken(value)).map(normalise);
  const wordCount = texts.reduce((sum, text) => sum + text.split(' ').length, 0);
  const mode: TextModel['mode'] = texts.length > 0 && wordCount / texts.length >= 2 ? 'word' : 'char';
  const order = mode === 'word' ? 2 : 3;
  const main: Counts = new Map();
  const backoff: Counts = new Map();
  const frequency = new Map<string, number>();
  let maxLength = 1;
  for (const text of texts) {
    const tokens = tokenize(text, mode);
    maxLength = Math.max(maxLength, tokens.length);
    const history: string[] = Array.from({ length: order }, () => startToken);
    for (const token of [...tokens, endToken]) {
      addTransition(main, history.join(separator), token);
      addTransition(backoff, history[history.length - 1] ?? startToken, token);
      if (token !== endToken) frequency.set(token, (frequency.get(token) ?? 0) + 1);
      history.shift();
      history.push(token);
    }
  }
  const maxStates = Math.max(2, options.maxStates ?? defaultMaxStates);
  const mainCount = transitionCount(main);
  const backoffLimit = mainCount + transitionCount(backoff) <= maxStates ? Infinity : Math.floor(maxStates / 4);
  const prunedBackoff = prune(backoff, backoffLimit);
  const backoffKept = prunedBackoff.tokens.reduce((sum, tokens) => sum + tokens.length, 0);
  const alphabet = [...frequency]
    .sort((left, right) => right[1] - left[1])
    .slice(0, alphabetSize)
    .map(([token]) => token);
  return {
    version: 1,
    mode,
    order,
    transitions: prune(main, maxStates - backoffKept),
    backoff: prunedBackoff,
    maxLength,
    alphabet,
    trainingHashes: [...new Set(texts.map(fnv1a32))].sort((left, right) => left - right),
  };
}

export interface SampleTextOptions {
  count: number;
  random: () => number;
  /** Let a sample equal a training value (default false: such samples are redrawn, then perturbed). */
  allowCopies?: boolean;
}

interface Distribution {
  tokens: string[];
  cumulative: Float64Array;
}

interface CompiledTextModel {
  main: Map<string, Distribution>;
  backoff: Map<string, Distribution>;
  training: Set<number>;
}

const compiledModels = new WeakMap<TextModel, CompiledTextModel>();
const redrawsBeforePerturbing = 8;
const perturbAttempts = 24;

function compileTransitions(table: TextTransitions): Map<string, Distribution> {
  const compiled = new Map<string, Distribution>();
  table.states.forEach((state, index) => {
    const counts = table.counts[index] ?? [];
    const cumulative = new Float64Array(counts.length);
    let total = 0;
    counts.forEach((count, position) => (cumulative[position] = total += count));
    compiled.set(state, { tokens: table.tokens[index] ?? [], cumulative });
  });
  return compiled;
}

function compile(model: TextModel): CompiledTextModel {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    compiled = {
      main: compileTransitions(model.transitions),
      backoff: compileTransitions(model.backoff),
      training: new Set(model.trainingHashes),
    };
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function draw(distribution: Distribution, random: () => number): string {
  const total = distribution.cumulative[distribution.cumulative.length - 1] ?? 0;
  const target = random() * total;
  let low = 0;
  let high = distribution.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((distribution.cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return distribution.tokens[low] ?? endToken;
}

/** One walk through the chain; `complete` is false when it ran past the length cap and was cut there. */
function walk(model: TextModel, compiled: CompiledTextModel, random: () => number): { tokens: string[]; complete: boolean } {
  const history: string[] = Array.from({ length: model.order }, () => startToken);
  const tokens: string[] = [];
  // A little room past the longest training value, so the cap rarely cuts a walk that is about to end.
  const cap = Math.ceil(model.maxLength * 1.25) + 1;
  while (tokens.length < cap) {
    const distribution = compiled.main.get(history.join(separator)) ?? compiled.backoff.get(history[history.length - 1] ?? startToken);
    if (!distribution) return { tokens, complete: true };
    const token = draw(distribution, random);
    if (token === endToken) return { tokens, complete: true };
    tokens.push(token);
    history.shift();
    history.push(token);
  }
  return { tokens, complete: false };
}

/** Hangul, Latin letter, digit or other, so a perturbed character stays in its script. */
function scriptOf(token: string): string {
  if (/^[\uac00-\ud7a3]+$/.test(token)) return 'hangul';
  if (/^[A-Za-z]+$/.test(token)) return 'latin';
  if (/^\d+$/.test(token)) return 'digit';
  return 'other';
}

/** Replaces one token with a frequent token of the same script (or swaps neighbours when none differs). */
function perturb(tokens: readonly string[], model: TextModel, random: () => number): string[] {
  const changed = [...tokens];
  const position = Math.floor(random() * changed.length);
  const current = changed[position] ?? '';
  const sameScript = model.alphabet.filter((token) => token !== current && scriptOf(token) === scriptOf(current));
  const pool = sameScript.length > 0 ? sameScript : model.alphabet.filter((token) => token !== current);
  const replacement = pool[Math.floor(random() * pool.length)];
  if (replacement !== undefined) changed[position] = replacement;
  else if (changed.length > 1) changed.splice(position, 0, ...changed.splice((position + 1) % changed.length, 1));
  return changed;
}

function sampleOne(model: TextModel, compiled: CompiledTextModel, options: SampleTextOptions): string {
  const join = (tokens: readonly string[]): string => tokens.join(model.mode === 'word' ? ' ' : '');
  const isCopy = (text: string): boolean => !options.allowCopies && compiled.training.has(fnv1a32(text));
  let tokens: string[] = [];
  for (let attempt = 0; attempt < redrawsBeforePerturbing; attempt += 1) {
    const candidate = walk(model, compiled, options.random);
    if (candidate.tokens.length === 0 || (!candidate.complete && tokens.length > 0)) continue;
    tokens = candidate.tokens;
    if (candidate.complete && !isCopy(join(tokens))) return join(tokens);
  }
  if (tokens.length === 0) tokens = [model.alphabet[0] ?? ''];
  for (let attempt = 0; attempt < perturbAttempts && isCopy(join(tokens)); attempt += 1) tokens = perturb(tokens, model, options.random);
  // Last resort for tiny vocabularies: lengthen until the text is new.
  while (isCopy(join(tokens))) tokens = [...tokens, model.alphabet[Math.floor(options.random() * model.alphabet.length)] ?? '*'];
  return join(tokens);
}

/**
 * Samples `count` texts from a fitted model. By default a sample equal to a training value is redrawn a few times,
 * then perturbed (one token swapped for a frequent one of the same script) until it is new.
 * @example
 * sampleText(fitTextModel(reviews), { count: 100, random: seededRandom(7) });
 */
export function sampleText(model: TextModel, options: SampleTextOptions): string[] {
  const compiled = compile(model);
  return Array.from({ length: options.count }, () => sampleOne(model, compiled, options));
}
