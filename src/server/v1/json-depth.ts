// Measures how deeply a parsed JSON value nests, without recursion, so hostile schemas cannot overflow the stack downstream.

/** Deepest nesting of objects/arrays in `value`; stops counting once `limit` is exceeded. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push({ value: child, depth: level });
  }
  return deepest;
}
