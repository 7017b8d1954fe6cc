// The automaton that finds where any of many literals starts, in one pass: every start, in order, ASCII letters in any
// case, literals inside others and beyond ASCII (ko, en).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { literalAutomaton } from '../../../src/guard/pii/literal-automaton.ts';

/** Every start of every literal, by testing each position: what the automaton must return. */
function naiveStarts(text: string, literals: readonly string[]): number[] {
  const folded = text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const starts: number[] = [];
  for (let at = 0; at < text.length; at += 1)
    if (
      literals.some((literal) =>
        folded.startsWith(
          literal.replace(/[A-Z]/g, (letter) => letter.toLowerCase()),
          at,
        ),
      )
    )
      starts.push(at);
  return starts;
}

test('the starts of English literals in any case, overlapping and inside one another (en)', () => {
  const automaton = literalAutomaton(['ame is', 'e is', 'dear ', ':', 'mr', 'mrs']);
  assert.deepEqual(automaton.startsIn('Dear Jo, my NAME IS Kim: hi Mrs Lee'), [0, 13, 15, 23, 28]);
  assert.deepEqual(automaton.startsIn(''), []);
  assert.deepEqual(automaton.startsIn('nothing here at all'), []);
});

test('the starts of Korean literals and fullwidth marks among Hangul (ko)', () => {
  const automaton = literalAutomaton(['이름', '성함', '：', '비밀번호']);
  assert.deepEqual(automaton.startsIn('성함：홍길동, 이름은 홍길동이고 비밀번호는 없어요'), [0, 2, 8, 18]);
  assert.deepEqual(automaton.startsIn('배송 언제 와요?'), []);
});

test('matches a position-by-position search over mixed texts (ko, en)', () => {
  const literals = ['pass', 'pw', 'pin', '비번', '비밀', 'user', 'id', 'the 3', '：', 'ss'];
  const texts = [
    'Password: hunter2, PIN 4471, my user ID is jkim — the 3 digits',
    '비번 바꿨어요. 비밀번호는 그대로, 아이디：jkim88',
    'passpasspw ssss Pinpin',
  ];
  const automaton = literalAutomaton(literals);
  for (const text of texts) assert.deepEqual(automaton.startsIn(text), naiveStarts(text, literals), text);
});

test('an empty literal is refused', () => {
  assert.throws(() => literalAutomaton(['a', '']), /must not be empty/);
});

test('the groups of the literals that occur, OR-ed (ko, en)', () => {
  const automaton = literalAutomaton(['user', 'login', '비번', '비밀번호', 'sudo'], [1, 1, 2, 2, 4]);
  assert.equal(automaton.groupsIn('비번 바꿨어요'), 2);
  assert.equal(automaton.groupsIn('Failed LOGIN for user root; sudo -u admin'), 5);
  assert.equal(automaton.groupsIn('배송 언제 와요? where is my order'), 0);
});
