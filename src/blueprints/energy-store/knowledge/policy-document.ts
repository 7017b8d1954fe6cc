// The shape of one knowledge topic written in both languages; it becomes two documents (…ko.md and …en.md).

export interface PolicyTopic {
  /** Path stem, e.g. 'returns-and-exchanges'. */
  slug: string;
  title: { ko: string; en: string };
  tags: string[];
  text: { ko: string; en: string };
}

/** Won with thousands separators, as every document quotes amounts. */
export function won(amount: number): string {
  return `₩${amount.toLocaleString('en-US')}`;
}
