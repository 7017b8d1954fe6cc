// Fixing "no service", mobile data, MMS, call, roaming and speed problems: diagnostics first, then the manual's steps one at a time.
import type { DialogueOperation, OperationReply, OperationTurn } from '../../../assistants/index.ts';
import { type Symptom, troubleshootingSteps } from '../troubleshooting-steps.ts';
import { confirmThenAct, outcomeProblem } from './dialogue-support.ts';
import { pickLine } from './line-picker.ts';
import { operationExamples } from './operation-examples.ts';

interface Diagnosis {
  number: string;
  checks: Array<{ check: string; status: 'ok' | 'warning' | 'problem'; detail: string }>;
  nextSteps: string[];
  recommendTicket: boolean;
}

const symptomPatterns: Array<[Symptom, RegExp]> = [
  ['mms', /(mms|멀티\s*메시지|사진\s*문자|문자\s*사진|사진.*(안\s*가|전송)|긴\s*문자|picture (message|text)|group text|photo)/iu],
  ['roaming', /(로밍|해외에서|roaming|abroad)/iu],
  ['slow-data', /(느려|느림|속도|slow|speed)/iu],
  ['mobile-data', /(데이터|데이타|인터넷|lte\s*안|5g\s*안|mobile data|\bdata\b|internet)/iu],
  ['calls', /(전화|통화|콜|call)/iu],
  ['no-service', /(안\s*터|신호|서비스\s*안|서비스 없음|먹통|안테나|no service|no signal|signal|no bars)/iu],
];

/** What the customer says they already tried, by the words each manual step is known by. */
const triedPatterns: Array<[RegExp, RegExp]> = [
  [/(재시작|재부팅|껐다|껐다 켜|restart|reboot|turned it off)/iu, /(완전히 껐다가|fully off)/iu],
  [/(비행기|airplane|flight mode)/iu, /(비행기 모드|airplane mode)/iu],
  [/(유심|usim|sim)/iu, /(USIM을 다시|Reseat the SIM)/iu],
  [/(apn)/iu, /(APN을 초기화|Reset the APN)/iu],
  [/(데이터.*켜|mobile data.*on|data is on)/iu, /(모바일 데이터가 켜져|Check mobile data is on)/iu],
];

function symptomIn(text: string): Symptom | undefined {
  return symptomPatterns.find(([, pattern]) => pattern.test(text))?.[0];
}

function offerTicket(turn: OperationTurn, subject: string): Promise<OperationReply> {
  turn.slots.stage = 'ticket';
  const symptom = turn.slots.symptom as Symptom;
  return confirmThenAct(turn, {
    tool: 'create_ticket',
    args: {
      category: symptom === 'roaming' ? 'roaming' : 'network',
      subject,
      description: String(turn.slots.findings ?? ''),
      number: turn.slots.number,
    },
    report: (result) => {
      const ticket = result as { ticketId: string; firstAnswer: string };
      turn.memory.lastMentioned.ticket = ticket.ticketId;
      return turn.say({
        ko: `문의가 ${ticket.ticketId}번으로 접수되었어요. 기술팀이 ${ticket.firstAnswer} 연락드릴게요.`,
        en: `Ticket ${ticket.ticketId} is open; our technical team will get back to you ${ticket.firstAnswer}.`,
      });
    },
  });
}

function stepReply(turn: OperationTurn): OperationReply {
  const steps = turn.slots.steps as string[];
  const index = turn.slots.step as number;
  return {
    text: turn.say({
      ko: `${index + 1}/${steps.length}단계: ${steps[index]}\n해 보시고 해결되었는지 알려 주세요 (네/아니요).`,
      en: `Step ${index + 1} of ${steps.length}: ${steps[index]}\nTry it and tell me: is it fixed now? (yes/no)`,
    }),
    done: false,
  };
}

async function diagnose(turn: OperationTurn): Promise<OperationReply> {
  const symptom = turn.slots.symptom as Symptom;
  const outcome = await turn.call('run_line_diagnostics', { number: turn.slots.number, symptom });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
  const diagnosis = outcome.result as Diagnosis;
  const problems = diagnosis.checks.filter((check) => check.status === 'problem');
  turn.slots.findings = problems.map((check) => check.detail).join(' ');
  const outage = problems.find((check) => check.check === 'area-outage');
  const lineStatus = problems.find((check) => check.check === 'line-status');
  if (outage)
    return {
      text: turn.say({
        ko: `${diagnosis.number} 회선을 확인해 보니 지역 장애가 원인이에요. ${outage.detail} 복구되면 자동으로 정상화되니 휴대폰 설정은 바꾸지 않으셔도 돼요.`,
        en: `I checked ${diagnosis.number}: there is an outage in your area. ${outage.detail} Service comes back by itself once it is fixed, so there is no need to change any settings.`,
      }),
      done: true,
    };
  if (lineStatus)
    return {
      text: `${lineStatus.detail} ${turn.say({ ko: '정지를 해제하려면 "정지 해제해 주세요", 미납이 있다면 "요금 납부할게요"라고 말씀해 주세요.', en: 'To lift it, say "resume my line", or "pay my bill" if it is for non-payment.' })}`,
      done: true,
    };
  if (diagnosis.recommendTicket) {
    const details = problems.map((check) => `· ${check.detail}`).join('\n');
    const title = turn.say(troubleshootingSteps[symptom].title);
    const offer = await offerTicket(
      turn,
      turn.say({ ko: `${title}: 망 설정 문제 (회선 진단)`, en: `${title}: network-side fault found by diagnostics` }),
    );
    return {
      ...offer,
      text: `${turn.say({ ko: `${diagnosis.number} 회선 진단 결과, 휴대폰이 아니라 저희 쪽 설정 문제예요:`, en: `The diagnostics on ${diagnosis.number} found a problem on our side, not your phone:` })}\n${details}\n${offer.text}`,
    };
  }
  // Nothing on the network side: the manual's device steps, except the diagnostics step just done.
  turn.slots.steps = diagnosis.nextSteps.filter((step) => !/(회선 진단|line diagnostics)/iu.test(step));
  turn.slots.stage = 'tried';
  const warnings = diagnosis.checks.filter((check) => check.status === 'warning').map((check) => `· ${check.detail}`);
  return {
    text: [
      turn.say({
        ko: `${diagnosis.number} 회선을 진단해 보니 망 쪽에는 문제가 없어요 (지역 장애 없음, 회선·USIM 정상).`,
        en: `I ran the diagnostics on ${diagnosis.number}: nothing is wrong on the network side (no area outage, line and SIM fine).`,
      }),
      ...warnings,
      turn.say({
        ko: '휴대폰에서 이미 해 보신 것이 있나요? (예: 재시작, 비행기 모드, USIM 다시 꽂기) 없으면 "없어요"라고 해 주세요.',
        en: 'What have you already tried on the phone (for example restarting, airplane mode, reseating the SIM)? Say "nothing" if nothing yet.',
      }),
    ].join('\n'),
    done: false,
    awaitsFreeText: true,
  };
}

export const troubleshootOperation: DialogueOperation = {
  id: 'troubleshoot',
  label: { ko: '통화·데이터 문제 해결', en: 'fix a service problem' },
  examples: operationExamples.troubleshoot,
  requiresAuthentication: true,
  async handle(turn) {
    const slots = turn.slots;
    if (slots.stage === 'ticket') {
      if (turn.answer === 'yes') return offerTicket(turn, String((slots.pending as { args: { subject: string } }).args.subject));
      return {
        text: turn.say({
          ko: '문의를 접수할지 "네" 또는 "아니요"로 답해 주세요. 상담원과 이야기하고 싶으시면 "상담원 연결"이라고 말씀해 주세요.',
          en: 'Shall I open the ticket? Answer "yes" or "no", or say "agent" to talk to a person.',
        }),
        done: false,
      };
    }
    if (slots.stage === 'tried') {
      const steps = slots.steps as string[];
      const tried = triedPatterns.filter(([said]) => said.test(turn.text)).map(([, step]) => step);
      slots.steps = steps.filter((step) => !tried.some((pattern) => pattern.test(step)));
      slots.step = 0;
      slots.stage = 'steps';
      if ((slots.steps as string[]).length === 0)
        return offerTicket(turn, turn.say({ ko: '안내 단계로 해결되지 않음', en: 'Manual steps did not help' }));
      return stepReply(turn);
    }
    if (slots.stage === 'steps') {
      const fixed =
        turn.answer === 'yes' ||
        (turn.answer === undefined &&
          /(됐어|되네|돼요|고쳐|해결|works|fixed|solved|working now)/iu.test(turn.text) &&
          !/(안\s*돼|not)/iu.test(turn.text));
      if (fixed)
        return {
          text: turn.say({
            ko: '해결되어 다행이에요! 더 도와드릴 일이 있을까요?',
            en: "Great, glad it's working! Anything else I can help with?",
          }),
          done: true,
        };
      slots.step = (slots.step as number) + 1;
      if ((slots.step as number) < (slots.steps as string[]).length) return stepReply(turn);
      const title = turn.say(troubleshootingSteps[slots.symptom as Symptom].title);
      const offer = await offerTicket(
        turn,
        turn.say({ ko: `${title}: 안내 단계로 해결되지 않음`, en: `${title}: manual steps did not help` }),
      );
      return {
        ...offer,
        text: `${turn.say({ ko: '안내해 드린 방법으로 해결되지 않았네요. 기술팀에 문의를 접수해 드릴게요 (상담원 연결을 원하시면 "상담원"이라고 말씀해 주세요).', en: "Those steps didn't fix it, so I'll pass it to our technical team (say \"agent\" if you'd rather talk to a person)." })}\n${offer.text}`,
      };
    }
    const symptom = symptomIn(turn.text);
    if (symptom) slots.symptom = symptom;
    if (slots.symptom === undefined)
      return {
        text: turn.say({
          ko: '어떤 문제가 있나요? 서비스 안 됨(신호 없음), 모바일 데이터, MMS(사진 문자), 통화, 로밍, 느린 속도 중에서 알려 주세요.',
          en: 'What is going wrong: no service, mobile data, MMS (picture messages), calls, roaming or slow data?',
        }),
        done: false,
      };
    const picked = await pickLine(turn, {});
    if ('reply' in picked) return picked.reply;
    return diagnose(turn);
  },
};
