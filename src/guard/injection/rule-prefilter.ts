// The literal words each injection rule cannot match without, found in a text in one pass, so that a rule's expression
// runs only on texts that hold one of them: most messages and passages hold none of most rules' words, and trying every
// expression on every text and its re-spellings was half of an injection check.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A set of strings of which every match holds at least one; `undefined` where the expression guarantees none. */
type Necessary = readonly string[] | undefined;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Strings of which every match of `pattern` holds at least one, read from its syntax: runs of literal characters
 * (zero-width assertions do not break a run), the alternatives of a group every match passes through, a quantified part
 * that occurs at least once. `undefined` when no such set exists (or the pattern matches case-insensitively), and the
 * rule is then always tried.
 *
 * @example
 * necessaryLiterals(/\bforget (?:about )?everything\b/u); // ['everything']
 * necessaryLiterals(/(?:ignore|disregard) (?:all )?rules/u); // ['ignore', 'disregard']: its shortest is longer than 'rules'
 */
export function necessaryLiterals(pattern: RegExp): Necessary {
  if (pattern.ignoreCase) return undefined;
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
    unicodeSets: pattern.flags.includes('v'),
  });
  return ofAlternatives(ast.alternatives);
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Necessary {
  const union: string[] = [];
  for (const alternative of alternatives) {
    const necessary = ofSequence(alternative.elements);
    if (necessary === undefined) return undefined;
    union.push(...necessary);
  }
  return union;
}

/** The best of the sets the sequence's mandatory parts give: the one whose shortest string is longest. */
function ofSequence(elements: readonly AST.Element[]): Necessary {
  const candidates: (readonly string[])[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    // Zero width: the characters either side of an assertion stand side by side in the match.
    if (element.type === 'Assertion') continue;
    const exact = exactString(element);
    if (exact !== undefined) {
      run += exact;
      continue;
    }
    endRun();
    if (element.type === 'Group' || element.type === 'CapturingGroup') {
      const necessary = ofAlternatives(element.alternatives);
      if (necessary !== undefined) candidates.push(necessary);
    } else if (element.type === 'Quantifier' && element.min >= 1) {
      const necessary = ofSequence([element.element]);
      if (necessary !== undefined) candidates.push(necessary);
    }
  }
  endRun();
  let best: readonly string[] | undefined;
  for (const candidate of candidates) if (best === undefined || shortest(candidate) > shortest(best)) best = candidate;
  return best;
}

/** The one string a group of one literal alternative always matches ("(?:about )"), else `undefined`. */
function exactString(element: AST.Element): string | undefined {
  if ((element.type !== 'Group' && element.type !== 'CapturingGroup') || element.alternatives.length !== 1) return undefined;
  let text = '';
  for (const part of element.alternatives[0]!.elements) {
    if (part.type === 'Character') text += String.fromCodePoint(part.value);
    else if (part.type !== 'Assertion') return undefined;
  }
  return text;
}

function shortest(strings: readonly string[]): number {
  return strings.reduce((least, text) => Math.min(least, text.length), Infinity);
}

interface Node {
  next: Map<number, Node>;
  failure: Node | undefined;
  /** Ids of the literals that end here or at a node its failure links reach. */
  ends: number[];
}

/**
 * An Aho–Corasick automaton over every rule's literals: one pass over a text marks which occur, overlapping ones
 * included. Rules come back in their table's order, so findings and the verdict are exactly those of trying every rule.
 *
 * @example
 * const prefilter = createRulePrefilter(directPatterns);
 * prefilter.rulesFor('where is my order?'); // the few rules that hold none of their words, nothing else
 */
export function createRulePrefilter<Rule extends { pattern: RegExp }>(rules: readonly Rule[]): { rulesFor(text: string): readonly Rule[] } {
  const literalIds = new Map<string, number>();
  const ruleLiterals = rules.map((rule) =>
    necessaryLiterals(rule.pattern)?.map((literal) => {
      let id = literalIds.get(literal);
      if (id === undefined) literalIds.set(literal, (id = literalIds.size));
      return id;
    }),
  );
  const root = buildAutomaton([...literalIds.keys()]);
  const found = new Uint8Array(literalIds.size);
  return {
    rulesFor(text) {
      found.fill(0);
      let node = root;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        let next = node.next.get(code);
        while (next === undefined && node !== root) {
          node = node.failure!;
          next = node.next.get(code);
        }
        node = next ?? root;
        for (const id of node.ends) found[id] = 1;
      }
      return rules.filter((_, index) => {
        const literals = ruleLiterals[index];
        return literals === undefined || literals.some((id) => found[id] === 1);
      });
    },
  };
}

function buildAutomaton(literals: readonly string[]): Node {
  const root: Node = { next: new Map(), failure: undefined, ends: [] };
  literals.forEach((literal, id) => {
    let node = root;
    for (let index = 0; index < literal.length; index += 1) {
      const code = literal.charCodeAt(index);
      let next = node.next.get(code);
      if (next === undefined) node.next.set(code, (next = { next: new Map(), failure: undefined, ends: [] }));
      node = next;
    }
    node.ends.push(id);
  });
  // Breadth first: a node's failure is the longest proper suffix of its string that is also in the trie.
  const queue: Node[] = [];
  for (const child of root.next.values()) {
    child.failure = root;
    queue.push(child);
  }
  for (let at = 0; at < queue.length; at += 1) {
    const node = queue[at]!;
    for (const [code, child] of node.next) {
      let failure = node.failure!;
      while (failure !== root && !failure.next.has(code)) failure = failure.failure!;
      const target = failure.next.get(code);
      child.failure = target !== undefined && target !== child ? target : root;
      child.ends.push(...child.failure.ends);
      queue.push(child);
    }
  }
  return root;
}
