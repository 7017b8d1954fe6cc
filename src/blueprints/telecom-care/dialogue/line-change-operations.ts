// Changes to a line, each confirmed first: data top-ups, roaming on/off, suspending (lost, stolen, a break) and resuming.
import type { DialogueOperation } from '../../../assistants/index.ts';
import { formatDate } from '../tools/tool-support.ts';
import { dataTopUps } from '../telecom-policy.ts';
import { countryIn } from './telecom-gazetteers.ts';
import { askAgain, awaitingAnswer, confirmThenAct, gigabytesIn, mobileNumbersIn } from './dialogue-support.ts';
import { pickLine } from './line-picker.ts';
import { operationExamples } from './operation-examples.ts';

const topUpOptions = dataTopUps.map((option) => `${option.gb}GB ₩${option.price.toLocaleString('en-US')}`).join(', ');

export function lineChangeOperations(): DialogueOperation[] {
  const topUp: DialogueOperation = {
    id: 'top_up_data',
    label: { ko: '데이터 충전', en: 'top up data' },
    examples: operationExamples.top_up_data,
    requiresAuthentication: true,
    async handle(turn) {
      const gb = gigabytesIn(turn);
      if (awaitingAnswer(turn) && gb === undefined && mobileNumbersIn(turn).length === 0) return askAgain(turn);
      if (gb !== undefined) turn.slots.gb = gb;
      const picked = await pickLine(turn, { prefer: (line) => line.status === 'active' });
      if ('reply' in picked) return picked.reply;
      if (typeof turn.slots.gb !== 'number')
        return {
          text: turn.say({
            ko: `${picked.number} 회선에 얼마나 충전할까요? ${topUpOptions} (부가세 별도)`,
            en: `How much data should I add to ${picked.number}? ${topUpOptions} (VAT excluded)`,
          }),
          done: false,
        };
      return confirmThenAct(turn, {
        tool: 'top_up_data',
        args: { number: picked.number, gb: turn.slots.gb },
        report: (result) => {
          const done = result as { number: string; topUp: { gb: number; expiresOn: string }; priceText: string };
          return turn.say({
            ko: `${done.number} 회선에 데이터 ${done.topUp.gb}GB를 충전했어요. ${formatDate(done.topUp.expiresOn, 'ko')}까지 쓸 수 있고, ${done.priceText}(부가세 포함)은 다음 청구서에 청구됩니다.`,
            en: `Added ${done.topUp.gb} GB to ${done.number}, valid until ${formatDate(done.topUp.expiresOn, 'en')}; ${done.priceText} (VAT included) goes on your next bill.`,
          });
        },
      });
    },
  };

  const roaming: DialogueOperation = {
    id: 'roaming',
    label: { ko: '로밍 켜기·끄기', en: 'turn roaming on or off' },
    examples: operationExamples.roaming,
    requiresAuthentication: true,
    async handle(turn) {
      const country = countryIn(turn.text);
      const off = /(끄|꺼|해지|해제|차단|중지|귀국|\boff\b|disable|deactivate|stop|back home)/iu.test(turn.text);
      if (awaitingAnswer(turn) && !country && !off && mobileNumbersIn(turn).length === 0) return askAgain(turn);
      if (country) {
        turn.slots.country = country;
        turn.slots.enabled = true;
      } else if (off) turn.slots.enabled = false;
      else if (turn.slots.enabled === undefined) turn.slots.enabled = true;
      const picked = await pickLine(turn, { prefer: (line) => line.status === 'active' });
      if ('reply' in picked) return picked.reply;
      const enabled = turn.slots.enabled as boolean;
      if (enabled && typeof turn.slots.country !== 'string')
        return { text: turn.say({ ko: '어느 나라로 가시나요?', en: 'Which country are you travelling to?' }), done: false };
      return confirmThenAct(turn, {
        tool: 'set_roaming',
        args: { number: picked.number, enabled, ...(enabled ? { country: turn.slots.country } : {}) },
        report: (result) => {
          const done = result as { number: string; countryName: string | null };
          return done.countryName
            ? turn.say({
                ko: `${done.number} 회선의 ${done.countryName} 로밍을 켰어요. 현지에 도착하면 휴대폰을 한 번 재시작해 주세요. 즐거운 여행 되세요!`,
                en: `Roaming is on for ${done.number} in ${done.countryName}. Restart the phone once after you land. Have a good trip!`,
              })
            : turn.say({ ko: `${done.number} 회선의 로밍을 껐어요.`, en: `Roaming is off for ${done.number}.` });
        },
      });
    },
  };

  const suspend: DialogueOperation = {
    id: 'suspend_line',
    label: { ko: '분실·일시 정지', en: 'suspend a line' },
    examples: operationExamples.suspend_line,
    requiresAuthentication: true,
    async handle(turn) {
      const reason = /(도난|도둑|훔쳐|stolen|stole|theft)/iu.test(turn.text)
        ? 'stolen'
        : /(분실|잃어버|잃어 버|못 찾|lost|can't find|cannot find|missing)/iu.test(turn.text)
          ? 'lost'
          : /(일시|잠시|군대|입대|체류|휴식|pause|temporar|while|hold|freeze|abroad)/iu.test(turn.text)
            ? 'customer-request'
            : undefined;
      const until = turn.entities.dates[0]?.value;
      if (awaitingAnswer(turn) && !reason && !until && mobileNumbersIn(turn).length === 0) return askAgain(turn);
      if (reason) turn.slots.reason = reason;
      if (until) turn.slots.until = until;
      const picked = await pickLine(turn, { prefer: (line) => line.status === 'active' });
      if ('reply' in picked) return picked.reply;
      if (typeof turn.slots.reason !== 'string')
        return {
          text: turn.say({
            ko: `${picked.number} 회선을 어떤 이유로 정지할까요? 분실, 도난, 또는 일시 정지(최대 90일) 중에서 알려 주세요.`,
            en: `Why should ${picked.number} be suspended: a lost phone, a stolen phone, or a temporary break (up to 90 days)?`,
          }),
          done: false,
        };
      const args = {
        number: picked.number,
        reason: turn.slots.reason,
        ...(turn.slots.reason === 'customer-request' && typeof turn.slots.until === 'string' ? { until: turn.slots.until } : {}),
      };
      return confirmThenAct(turn, {
        tool: 'suspend_line',
        args,
        report: (result) => {
          const done = result as { number: string; reasonText: string };
          return turn.say({
            ko: `${done.number} 회선을 정지했어요 (${done.reasonText}). 휴대폰을 찾으시면 "정지 해제해 주세요"라고 말씀해 주세요.`,
            en: `${done.number} is suspended (${done.reasonText}). If you find the phone, just say "resume my line".`,
          });
        },
      });
    },
  };

  const resume: DialogueOperation = {
    id: 'resume_line',
    label: { ko: '정지 해제', en: 'resume a suspended line' },
    examples: operationExamples.resume_line,
    requiresAuthentication: true,
    async handle(turn) {
      if (awaitingAnswer(turn) && mobileNumbersIn(turn).length === 0) return askAgain(turn);
      const picked = await pickLine(turn, {
        prefer: (line) => line.status === 'suspended',
        question: { ko: '어느 회선의 정지를 해제할까요?', en: 'Which line should I resume?' },
      });
      if ('reply' in picked) return picked.reply;
      return confirmThenAct(turn, {
        tool: 'resume_line',
        args: { number: picked.number },
        report: (result) => {
          const done = result as { number: string };
          return turn.say({
            ko: `${done.number} 회선을 다시 사용할 수 있어요.`,
            en: `${done.number} is active again.`,
          });
        },
      });
    },
  };

  return [topUp, roaming, suspend, resume];
}
