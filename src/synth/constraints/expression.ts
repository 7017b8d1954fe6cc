// A tiny arithmetic parser for formula constraints: numbers, column names (bare or `backticked`), + − * /, parentheses; no eval.

export type Expression =
  | { type: 'number'; value: number }
  | { type: 'column'; name: string }
  | { type: 'negate'; operand: Expression }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/'; left: Expression; right: Expression };

type Token =
  | { kind: 'number'; value: number; position: number }
  | { kind: 'column'; name: string; position: number }
  | { kind: 'operator'; symbol: '+' | '-' | '*' | '/' | '(' | ')'; position: number };

/** Thrown for syntax errors; callers wrap it into a GenstackError naming the constraint. */
export class ExpressionSyntaxError extends Error {
  override name = 'ExpressionSyntaxError';
}

// Typographic operators are accepted too, since users copy formulas from documents ('수량 × 단가').
const operatorSymbols: Record<string, '+' | '-' | '*' | '/' | '(' | ')'> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '/': '/',
  '\u00f7': '/',
  '(': '(',
  ')': ')',
};
const identifierStart = /[\p{L}_]/u;
const identifierPart = /[\p{L}\p{M}\p{N}_]/u;
const numberPattern = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

function readBacktickName(text: string, start: number): { name: string; end: number } {
  let name = '';
  let index = start + 1;
  while (index < text.length) {
    const character = text[index];
    if (character === '`') {
      // A doubled backtick stands for one backtick inside the name.
      if (text[index + 1] === '`') {
        name += '`';
        index += 2;
        continue;
      }
      if (name === '') throw new ExpressionSyntaxError(`empty column name \`\` at position ${start + 1}`);
      return { name, end: index + 1 };
    }
    name += character;
    index += 1;
  }
  throw new ExpressionSyntaxError(`unclosed backtick at position ${start + 1}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index] ?? '';
    if (/\s/u.test(character)) {
      index += 1;
    } else if (character in operatorSymbols) {
      tokens.push({ kind: 'operator', symbol: operatorSymbols[character] ?? '+', position: index });
      index += 1;
    } else if (character === '`') {
      const { name, end } = readBacktickName(text, index);
      tokens.push({ kind: 'column', name, position: index });
      index = end;
    } else if (/[\d.]/.test(character)) {
      const match = numberPattern.exec(text.slice(index));
      if (!match) throw new ExpressionSyntaxError(`bad number at position ${index + 1}`);
      tokens.push({ kind: 'number', value: Number(match[0]), position: index });
      index += match[0].length;
    } else if (identifierStart.test(character)) {
      const start = index;
      while (index < text.length && identifierPart.test(text[index] ?? '')) index += 1;
      tokens.push({ kind: 'column', name: text.slice(start, index), position: start });
    } else {
      throw new ExpressionSyntaxError(
        `unexpected character '${character}' at position ${index + 1} (use \`backticks\` around column names with spaces or symbols)`,
      );
    }
  }
  return tokens;
}

function describe(token: Token | undefined): string {
  if (!token) return 'end of expression';
  if (token.kind === 'number') return `number ${token.value} at position ${token.position + 1}`;
  if (token.kind === 'column') return `column '${token.name}' at position ${token.position + 1}`;
  return `'${token.symbol}' at position ${token.position + 1}`;
}

/** Recursive descent: sum → product → unary → primary. */
class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Expression {
    if (this.tokens.length === 0) throw new ExpressionSyntaxError('the expression is empty');
    const expression = this.sum();
    const rest = this.tokens[this.index];
    if (rest) throw new ExpressionSyntaxError(`unexpected ${describe(rest)}`);
    return expression;
  }

  private peekOperator(...symbols: string[]): '+' | '-' | '*' | '/' | null {
    const token = this.tokens[this.index];
    if (token?.kind === 'operator' && symbols.includes(token.symbol) && token.symbol !== '(' && token.symbol !== ')') return token.symbol;
    return null;
  }

  private sum(): Expression {
    let left = this.product();
    for (let operator = this.peekOperator('+', '-'); operator; operator = this.peekOperator('+', '-')) {
      this.index += 1;
      left = { type: 'binary', operator, left, right: this.product() };
    }
    return left;
  }

  private product(): Expression {
    let left = this.unary();
    for (let operator = this.peekOperator('*', '/'); operator; operator = this.peekOperator('*', '/')) {
      this.index += 1;
      left = { type: 'binary', operator, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expression {
    const operator = this.peekOperator('+', '-');
    if (operator === '-') {
      this.index += 1;
      return { type: 'negate', operand: this.unary() };
    }
    if (operator === '+') {
      this.index += 1;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Expression {
    const token = this.tokens[this.index];
    if (token?.kind === 'number') {
      this.index += 1;
      return { type: 'number', value: token.value };
    }
    if (token?.kind === 'column') {
      this.index += 1;
      return { type: 'column', name: token.name };
    }
    if (token?.kind === 'operator' && token.symbol === '(') {
      this.index += 1;
      const inner = this.sum();
      const closing = this.tokens[this.index];
      if (closing?.kind !== 'operator' || closing.symbol !== ')') {
        throw new ExpressionSyntaxError(`missing ')' for '(' at position ${token.position + 1}, found ${describe(closing)}`);
      }
      this.index += 1;
      return inner;
    }
    throw new ExpressionSyntaxError(`expected a number, a column or '(' but found ${describe(token)}`);
  }
}

/**
 * Parses a formula expression into a tree; throws ExpressionSyntaxError with the position of the problem.
 * @example
 * parseExpression('`단가` * 수량 + shipping'); // { type: 'binary', operator: '+', … }
 */
export function parseExpression(text: string): Expression {
  return new Parser(tokenize(text)).parse();
}

/** The column names an expression reads, each once, in first-seen order. */
export function expressionColumns(expression: Expression): string[] {
  const names = new Set<string>();
  const visit = (node: Expression): void => {
    if (node.type === 'column') names.add(node.name);
    else if (node.type === 'negate') visit(node.operand);
    else if (node.type === 'binary') {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(expression);
  return [...names];
}
