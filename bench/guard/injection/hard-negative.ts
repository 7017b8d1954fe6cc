// A benign text that uses attack words in everyday ways ("setup instructions", "이전 주문은 무시하고"), for the classifier's
// training and held-out hard negatives.
export interface HardNegative {
  text: string;
  lang: 'ko' | 'en';
  source: 'user' | 'passage';
}

export const user = (lang: HardNegative['lang'], text: string): HardNegative => ({ text, lang, source: 'user' });
export const passage = (lang: HardNegative['lang'], text: string): HardNegative => ({ text, lang, source: 'passage' });
