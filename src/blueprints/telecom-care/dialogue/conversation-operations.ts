// Operations outside any account: policy and FAQ answers from the knowledge base, cancelling a line, polite refusals, and asking
// for a person.
import type { DialogueOperation } from '../../../assistants/index.ts';
import { operationExamples } from './operation-examples.ts';

export const policyQuestionOperation: DialogueOperation = {
  id: 'policy_question',
  label: { ko: '규정·자주 묻는 질문', en: 'ask about our policies' },
  examples: operationExamples.policy_question,
  requiresAuthentication: false,
  async handle(turn) {
    const answer = await turn.answerFromKnowledge(turn.text);
    if (!answer)
      return {
        text: turn.say({
          ko: '죄송하지만 안내 자료에서 그 내용을 찾지 못했어요. 정확한 답변이 필요하시면 "상담원 연결"이라고 말씀해 주세요.',
          en: 'Sorry, I couldn\'t find that in our guides. If you need a definite answer, say "agent" and I\'ll connect you with a person.',
        }),
        done: true,
      };
    return { text: answer.text, done: true, citations: answer.citations };
  },
};

/** A question about cancelling ("위약금 없이 해지할 수 있나요?") rather than a request to cancel. */
const questionAboutCancelling = /[?？]\s*$|얼마|있나요|되나요|가능|how much|is there|can i|what is|what's/iu;

/**
 * Cancelling is done by an agent (a commitment's early termination fee has to be worked out first): the assistant says what
 * it costs, then hands a request over and leaves a question with the answer.
 */
export const cancelLineOperation: DialogueOperation = {
  id: 'cancel_line',
  label: { ko: '회선 해지', en: 'cancel a line' },
  examples: operationExamples.cancel_line,
  requiresAuthentication: false,
  async handle(turn) {
    const rules = turn.say({
      ko: '회선 해지는 본인 확인 후 상담사가 처리해요. 무약정 요금제나 약정이 끝난 회선은 위약금 없이 해지할 수 있고, 약정 기간 중이면 받은 약정 할인의 일부를 할인 반환금(위약금)으로 내셔야 해서 상담사가 정확한 금액을 먼저 안내해 드려요. 휴대폰을 잃어버리신 거라면 해지 대신 분실 정지도 할 수 있어요.',
      en: 'An agent cancels lines after checking who you are. A line on a no-commitment plan, or whose commitment has ended, can be cancelled with no fee; during a commitment part of the discount received is paid back as an early termination fee, and the agent tells you the exact amount first. If your phone is lost, the line can be suspended instead.',
    });
    if (questionAboutCancelling.test(turn.text))
      return {
        text: `${rules} ${turn.say({ ko: '해지를 원하시면 "상담원 연결"이라고 말씀해 주세요.', en: 'To cancel, say "agent" and I\'ll connect you.' })}`,
        done: true,
      };
    return {
      text: `${rules} ${turn.say({ ko: '지금 상담사에게 연결해 드릴게요.', en: "I'm connecting you with an agent now." })}`,
      done: true,
      handoff: turn.say({ ko: '고객이 회선 해지를 요청함', en: 'The customer asked to cancel a line.' }),
    };
  },
};

export const outOfPolicyOperation: DialogueOperation = {
  id: 'out_of_policy',
  label: { ko: '규정 밖 요청 안내', en: 'hear what I cannot do' },
  examples: operationExamples.out_of_policy,
  requiresAuthentication: false,
  async handle(turn) {
    const someoneElse =
      /(남편|아내|와이프|부인|친구|옆집|남자\s*친구|여자\s*친구|다른 사람|타인|엄마|아빠|husband|wife|friend|neighbou?r|girlfriend|boyfriend|someone else|another person|other people)/iu.test(
        turn.text,
      );
    const discount = /(할인|깎|면제|공짜|무료|discount|off my|waive|free|for nothing)/iu.test(turn.text);
    const text = someoneElse
      ? {
          ko: '죄송하지만 다른 분의 회선·통화 내역·청구서·위치는 안내하거나 변경할 수 없어요. 명의자 본인이 직접 본인 확인을 하셔야 해요.',
          en: "Sorry, I can't share or change another person's line, call history, bills or location. The account holder has to verify and ask themselves.",
        }
      : discount
        ? {
            ko: '죄송하지만 요금 규정에 없는 할인이나 면제는 해 드릴 수 없어요. 약정 할인(25%)이나 더 저렴한 요금제 추천은 도와드릴 수 있어요.',
            en: "Sorry, I can't give discounts or waivers outside our published rules. I can show the 25% commitment discount or recommend a cheaper plan.",
          }
        : {
            ko: '죄송하지만 그 요청은 도와드릴 수 없어요. 요금제, 청구서, 데이터, 로밍, 회선 관리와 장애 해결은 도와드릴 수 있어요.',
            en: "Sorry, that's not something I can help with. I can help with plans, bills, data, roaming, your lines and fixing service problems.",
          };
    return { text: turn.say(text), done: true };
  },
};

export const handoffOperation: DialogueOperation = {
  id: 'handoff',
  label: { ko: '상담원 연결', en: 'talk to a person' },
  examples: operationExamples.handoff,
  requiresAuthentication: false,
  async handle(turn) {
    return {
      text: turn.say({
        ko: '상담원에게 연결해 드릴게요. 지금까지의 대화 내용을 함께 전달했으니 잠시만 기다려 주세요.',
        en: "I'm connecting you with a person now; they'll see our conversation so far. Please hold on a moment.",
      }),
      done: true,
      handoff: turn.say({ ko: '고객이 상담원 연결을 요청함', en: 'The customer asked for a person.' }),
    };
  },
};
