// The telecom-care knowledge base: every guide in Korean and English, with stable paths and tags.
import type { KnowledgeDocument } from '../../types.ts';
import { billGuide } from './bill-guide.ts';
import { businessGuide } from './business-guide.ts';
import { dataTopUpGuide, roamingGuide } from './data-and-roaming.ts';
import { planChangeRules } from './plan-change-rules.ts';
import { techSupportManual } from './tech-support-manual.ts';

const guides: readonly { name: string; title: { ko: string; en: string }; tags: string[]; text: () => { ko: string; en: string } }[] = [
  {
    name: 'tech-support',
    title: { ko: '기술 지원 매뉴얼', en: 'Tech-support manual' },
    tags: ['troubleshooting', 'network'],
    text: techSupportManual,
  },
  { name: 'bill-guide', title: { ko: '청구서 안내', en: 'Guide to your bill' }, tags: ['billing'], text: billGuide },
  { name: 'plan-change-rules', title: { ko: '요금제 변경 규정', en: 'Plan change rules' }, tags: ['plans'], text: planChangeRules },
  { name: 'data-top-ups', title: { ko: '데이터 충전', en: 'Data top-ups' }, tags: ['data', 'prices'], text: dataTopUpGuide },
  { name: 'roaming', title: { ko: '해외 로밍 안내', en: 'Roaming guide' }, tags: ['roaming', 'prices'], text: roamingGuide },
  {
    name: 'business-accounts',
    title: { ko: '법인 고객 안내', en: 'Business account guide' },
    tags: ['business', 'authentication'],
    text: businessGuide,
  },
];

/**
 * @example
 * telecomKnowledgeDocuments().map((document) => document.path); // ['telecom-care/tech-support.ko.md', …]
 */
export function telecomKnowledgeDocuments(): KnowledgeDocument[] {
  return guides.flatMap((guide) => {
    const text = guide.text();
    return (['ko', 'en'] as const).map((language) => ({
      path: `telecom-care/${guide.name}.${language}.md`,
      title: guide.title[language],
      text: text[language],
      tags: [...guide.tags, language],
    }));
  });
}
