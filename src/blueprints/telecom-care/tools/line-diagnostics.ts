// run_line_diagnostics: read-only checks of a line (status, SIM, provisioning, area outage, allowance, roaming, arrears) and the next steps.
import { z } from 'zod';
import type { Language } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Bill } from '../schemas/bill-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import { roamingCountries, suspensionReasonLabels } from '../telecom-policy.ts';
import { type Symptom, symptoms, troubleshootingSteps } from '../troubleshooting-steps.ts';
import { dataUsage } from './line-usage.ts';
import { currentLine, ownedLine, planOf, today } from './telecom-records.ts';
import { defineTool, formatDate, say, type Text } from './tool-support.ts';

type CheckStatus = 'ok' | 'warning' | 'problem';
interface Check {
  check: string;
  status: CheckStatus;
  detail: string;
}

const parameters = z.object({
  number: z.string().min(1).describe('Mobile number of the line to check, e.g. 010-1234-5678'),
  symptom: z.enum(symptoms).optional().describe('What the customer reports: no-service, mobile-data, mms, calls, roaming or slow-data'),
});

function time(value: string, language: Language): string {
  return `${formatDate(value, language)} ${value.slice(11, 16)}`;
}

function checks(options: {
  line: Line;
  records: RecordCollections;
  language: Language;
  day: string;
  symptom: Symptom | undefined;
}): Check[] {
  const { line, language } = options;
  const text = (value: Text) => say({ language }, value);
  const found: Check[] = [];
  const add = (check: string, status: CheckStatus, detail: Text) => found.push({ check, status, detail: text(detail) });
  if (line.status === 'active') add('line-status', 'ok', { ko: '회선이 정상 사용 중입니다.', en: 'The line is active.' });
  else if (line.status === 'cancelled') add('line-status', 'problem', { ko: '해지된 회선입니다.', en: 'The line is cancelled.' });
  else {
    const reason = line.suspension ? suspensionReasonLabels[line.suspension.reason] : { ko: '정지', en: 'suspended' };
    add('line-status', 'problem', {
      ko: `회선이 ${reason.ko} 상태라 통화·데이터가 되지 않습니다.`,
      en: `The line is suspended (${reason.en}), so calls and data do not work.`,
    });
  }
  if (line.network.simState === 'puk-locked')
    add('sim', 'problem', {
      ko: 'USIM이 PIN 3회 오류로 잠겼습니다(PUK). 본인 확인 후 PUK 코드를 안내받아야 합니다.',
      en: 'The SIM is locked after three wrong PINs (PUK); the PUK code is given after identity checks.',
    });
  else if (line.network.simState === 'not-registered')
    add('sim', 'problem', {
      ko: 'USIM이 망에 등록되지 않았습니다. 재시작·USIM 재장착 후에도 같으면 USIM 교체가 필요합니다.',
      en: 'The SIM is not registered on the network; if a restart and reseating do not help, the SIM needs replacing.',
    });
  else add('sim', 'ok', { ko: 'USIM이 정상 등록되어 있습니다.', en: 'The SIM is registered normally.' });
  const outage = line.network.outage;
  const area = `${line.network.area.city} ${line.network.area.district}`;
  if (outage && outage.expectedRestoration > `${options.day}T00:00`)
    add('area-outage', 'problem', {
      ko: `${area} 지역 장애: ${outage.cause.ko}. ${time(outage.since, 'ko')}부터, ${time(outage.expectedRestoration, 'ko')} 복구 예정.`,
      en: `Outage in ${area}: ${outage.cause.en}. Since ${time(outage.since, 'en')}, expected back by ${time(outage.expectedRestoration, 'en')}.`,
    });
  else add('area-outage', 'ok', { ko: `${area} 지역에 알려진 장애가 없습니다.`, en: `No known outage in ${area}.` });
  const provisioning = line.network.provisioning;
  if (!provisioning.data)
    add('data-provisioning', 'problem', {
      ko: '망에서 이 회선의 데이터 서비스가 꺼져 있습니다. 문의를 접수하면 1시간 안에 복구합니다.',
      en: 'Data service is off for this line on the network; open a ticket and it is restored within an hour.',
    });
  else add('data-provisioning', 'ok', { ko: '데이터 서비스가 정상 설정되어 있습니다.', en: 'Data service is provisioned.' });
  if (!provisioning.mms)
    add('mms-provisioning', 'problem', {
      ko: '망에서 MMS가 설정되어 있지 않습니다. 문의를 접수하면 재설정합니다.',
      en: 'MMS is not provisioned for this line; open a ticket and it is re-provisioned.',
    });
  else add('mms-provisioning', 'ok', { ko: 'MMS가 정상 설정되어 있습니다.', en: 'MMS is provisioned.' });
  if (!provisioning.volte)
    add('volte', 'warning', {
      ko: 'VoLTE가 꺼져 있어 통화 연결이 늦거나 통화 중 데이터가 끊길 수 있습니다.',
      en: 'VoLTE is off: calls may connect slowly and data may pause during calls.',
    });
  const usage = dataUsage({ line, plan: planOf(options.records, line.planId), today: options.day, language });
  if (usage.overAllowance) found.push({ check: 'data-allowance', status: 'warning', detail: usage.summary });
  else found.push({ check: 'data-allowance', status: 'ok', detail: usage.summary });
  if (options.symptom === 'roaming') {
    const country = line.roaming.country === null ? undefined : roamingCountries[line.roaming.country];
    if (line.roaming.enabled && country)
      add('roaming', 'ok', { ko: `${country.name.ko} 로밍이 켜져 있습니다.`, en: `Roaming is on for ${country.name.en}.` });
    else add('roaming', 'problem', { ko: '로밍이 신청되어 있지 않습니다.', en: 'Roaming is not set up on this line.' });
  }
  const overdue = options.records.listByOwner<Bill>('bills', line.customerId).filter((bill) => bill.status === 'overdue');
  if (overdue.length > 0)
    add('billing', 'warning', {
      ko: `미납 청구서가 ${overdue.length}건 있습니다. 납기일로부터 60일이 지나면 이용이 정지됩니다.`,
      en: `${overdue.length} overdue bill(s) on the account; lines are suspended 60 days after a missed due date.`,
    });
  return found;
}

/**
 * @example
 * const tool = lineDiagnosticsTool(records);
 * await tool.run({ number: '010-1234-5678', symptom: 'mms' }, context);
 */
export function lineDiagnosticsTool(records: RecordCollections) {
  return defineTool({
    name: 'run_line_diagnostics',
    description:
      'Read-only troubleshooting of a line for a reported symptom (no service, mobile data, MMS, calls, roaming, slow data): checks line status, SIM, network provisioning, area outages, data allowance and overdue bills, and returns the next steps from the tech-support manual.',
    parameters,
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const day = today(context);
      const line = currentLine(ownedLine({ records, context, number: args.number }), day);
      const found = checks({ line, records, language: context.language, day, symptom: args.symptom });
      const problems = found.filter((check) => check.status === 'problem');
      const needsOperator = problems.some((check) => ['data-provisioning', 'mms-provisioning', 'sim'].includes(check.check));
      const guide = args.symptom === undefined ? undefined : troubleshootingSteps[args.symptom];
      return {
        number: line.number,
        overall: problems.length > 0 ? 'problem' : found.some((check) => check.status === 'warning') ? 'warning' : 'ok',
        checks: found,
        // Device-side steps help only when nothing on the network side explains the symptom.
        nextSteps: guide && problems.length === 0 ? guide.steps.map((step) => say(context, step)) : [],
        recommendTicket: needsOperator,
      };
    },
  });
}
