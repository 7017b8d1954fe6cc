// Value skeletons ('CUST-00012' → 'AAAA-#####') and display patterns ('CUST-#####'), shared by id inference and the id model.

/**
 * Replaces each digit with '#', each ASCII upper-case letter with 'A' and each lower-case one with 'a'; the rest stays.
 * @example
 * skeletonOf('P2024-ab12'); // 'A####-aa##'
 */
export function skeletonOf(value: string): string {
  let skeleton = '';
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) skeleton += '#';
    else if (code >= 65 && code <= 90) skeleton += 'A';
    else if (code >= 97 && code <= 122) skeleton += 'a';
    else skeleton += value[index];
  }
  return skeleton;
}

/** Skeletons with how many values have each, most frequent first (first-seen order breaks ties). */
export function skeletonCounts(values: Iterable<string>): { skeleton: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) {
    const skeleton = skeletonOf(value);
    counts.set(skeleton, (counts.get(skeleton) ?? 0) + 1);
  }
  return [...counts].map(([skeleton, count]) => ({ skeleton, count })).sort((left, right) => right.count - left.count);
}

/**
 * The display pattern of the most common skeleton: positions where all its values agree keep their character
 * ('CUST-' in 'CUST-00001' … 'CUST-00999'), the others show the class ('#', 'A', 'a').
 * @example
 * displayPattern(['CUST-00001', 'CUST-00420']); // 'CUST-00###'
 */
export function displayPattern(values: readonly string[]): string {
  const top = skeletonCounts(values)[0];
  if (!top) return '';
  const members = values.filter((value) => skeletonOf(value) === top.skeleton);
  const first = members[0] ?? '';
  let pattern = '';
  for (let index = 0; index < top.skeleton.length; index += 1) {
    const character = first[index] ?? '';
    const constant = members.length > 1 && members.every((value) => value[index] === character);
    pattern += constant ? character : (top.skeleton[index] ?? '');
  }
  return pattern;
}
