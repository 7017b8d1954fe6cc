// A telecom-care dataset unlike the samples (another seed, other id numbers, renamed plans and customers, extra plans),
// written as the JSON files `--from` imports, plus a broken copy that must be rejected.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import type { Customer, Plan } from '../../../src/blueprints/telecom-care/index.ts';

const renamedPlans: Record<string, { ko: string; en: string }> = {
  '5G-STANDARD': { ko: '5G 에센셜', en: '5G Essential' },
  '5G-LITE': { ko: '5G 미니멀', en: '5G Minimal' },
  'LTE-STANDARD': { ko: 'LTE 베이직 플랜', en: 'LTE Everyday' },
};

/** Rewrites every id with a different numbering (a bijection, so nothing collides) and renames plans and customers. */
function rewrite(files: Record<string, unknown[]>): Record<string, unknown[]> {
  const planIds = (files['plans.json'] as Plan[]).map((plan) => plan.planId);
  let text = JSON.stringify(files);
  for (const id of planIds) text = text.replaceAll(`"${id}"`, `"HG-${id}"`);
  text = text
    .replace(/010-(\d{4})-(\d{4})/gu, (_, first: string, second: string) => `010-${second.replace(/^[01]/u, '9')}-${first}`)
    .replace(/C-1(\d{5})/gu, 'C-7$1')
    .replace(/B-(\d{6})-1(\d{5})/gu, 'B-$1-7$2')
    .replace(/PM-1(\d{5})-/gu, 'PM-7$1-')
    .replace(/T-0(\d{5})/gu, 'T-4$1');
  const rewritten = JSON.parse(text) as Record<string, unknown[]>;
  const plans = rewritten['plans.json'] as Plan[];
  for (const plan of plans) {
    const name = renamedPlans[plan.planId.slice(3)];
    if (name) plan.name = name;
  }
  const template = plans.find((plan) => plan.planId === 'HG-5G-LITE')!;
  plans.push(
    {
      ...structuredClone(template),
      planId: 'HG-5G-CAMPUS-30',
      name: { ko: '5G 캠퍼스 30', en: '5G Campus 30' },
      monthlyFee: 47_000,
      dataGb: 30,
    },
    {
      ...structuredClone(template),
      planId: 'HG-LTE-WEEKEND',
      name: { ko: 'LTE 위켄드', en: 'LTE Weekend' },
      network: 'LTE',
      monthlyFee: 21_000,
      dataGb: 3,
    },
  );
  const customers = rewritten['customers.json'] as Customer[];
  customers.forEach((customer, index) => {
    if (index % 3 === 0) customer.name = customer.type === 'business' ? `${customer.name} 홀딩스` : `남궁${customer.name.slice(1)}`;
  });
  return rewritten;
}

function write(files: Record<string, unknown[]>): string {
  const directory = mkdtempSync(join(tmpdir(), 'genstack-telecom-data-'));
  for (const [file, records] of Object.entries(files)) writeFileSync(join(directory, file), JSON.stringify(records, null, 1));
  return directory;
}

/**
 * @example
 * const directory = writeCustomTelecomData(); // then installAndActivateBlueprint(platform, { name: 'telecom-care', from: directory })
 */
export function writeCustomTelecomData(): string {
  return write(rewrite(telecomCareBlueprint.sampleData({ seed: 7, scale: { customers: 0.4 } })));
}

/** The custom data with three mistakes in two files: a bad phone number, a missing field and a negative fee. */
export function writeBrokenTelecomData(): { directory: string; mistakes: Array<{ file: string; path: string }> } {
  const files = rewrite(telecomCareBlueprint.sampleData({ seed: 7, scale: { customers: 0.2 } }));
  const lines = files['lines.json'] as Array<Record<string, unknown>>;
  lines[2]!.number = '02-123-4567';
  delete lines[5]!.planId;
  const plans = files['plans.json'] as Array<Record<string, unknown>>;
  plans[1]!.monthlyFee = -5;
  return {
    directory: write(files),
    mistakes: [
      { file: 'lines.json', path: '[2].number' },
      { file: 'lines.json', path: '[5].planId' },
      { file: 'plans.json', path: '[1].monthlyFee' },
    ],
  };
}
