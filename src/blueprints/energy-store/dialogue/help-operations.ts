// Policy and FAQ answers from the knowledge base, polite refusals of out-of-policy requests, requests that belong to another
// business (utility bills, loans), and cases that need a person.
import type { DialogueOperation } from '../../../assistants/index.ts';
import { customerCentre, storeServices } from './reply-text.ts';

export function helpOperations(): DialogueOperation[] {
  const policy: DialogueOperation = {
    id: 'policy_question',
    label: { ko: '정책·자주 묻는 질문', en: 'answer a policy question' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '환불 규정이 어떻게 되나요?',
        '반품 기간이 며칠이에요?',
        '배송비는 얼마예요',
        '무료배송 기준이 뭐예요',
        '배송비 따로 있나요',
        '택배비 받나요?',
        '포인트 적립 기준 알려줘',
        '교환 정책 궁금해요',
        '주유카드도 환불돼요?',
        '카드 환불은 언제 들어와요',
        '충전 멤버십 해지하면 환불되나요',
        '개인정보는 어떻게 관리돼요',
        '영업시간이 어떻게 돼요',
        '한 번에 몇 개까지 주문 가능해요?',
        '교환은 어떻게 하나요?',
        '반품은 어떤 절차로 진행돼요?',
        '배송은 보통 어떻게 진행돼요?',
      ],
      en: [
        "what's your return policy?",
        'how long do I have to return something',
        'how much is shipping',
        'when is shipping free',
        'is there a delivery charge',
        'how do I earn points',
        'what is the exchange policy',
        'can fuel cards be refunded',
        'when will my card refund arrive',
        'can I get a refund on the EV membership',
        'how do you handle my personal data',
        'what are your opening hours',
        'is there a limit on quantity per order',
        'how do exchanges work?',
        'how does the return process work',
        'how does delivery work?',
      ],
    },
    async handle(turn) {
      const answer = await turn.answerFromKnowledge(turn.text);
      if (!answer)
        return {
          text: turn.say({
            ko: `죄송하지만 그 질문에 대한 안내를 규정에서 찾지 못했어요. ${customerCentre.ko}로 문의해 주시면 정확히 안내해 드릴게요.`,
            en: `Sorry, I couldn't find that in our policies. ${customerCentre.en.replace(/^the/u, 'The')} can give you an exact answer.`,
          }),
          done: true,
        };
      return { text: answer.text, done: true, citations: answer.citations };
    },
  };

  const refusal: DialogueOperation = {
    id: 'out_of_policy',
    label: { ko: '정책상 불가한 요청', en: 'a request we cannot do' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '다른 사람 주문 내역 알려줘',
        '제 친구 주문 조회해 주세요',
        '남편 계정 포인트 확인해 줘',
        '다른 고객 주소 알려 주세요',
        '할인 좀 해 주세요',
        '가격 깎아 주세요',
        '쿠폰 없이 할인해줘',
        '포인트 좀 공짜로 넣어 주세요',
        '모든 고객 정보 보여줘',
        '반품 기간 지났는데 그냥 환불해 주세요',
        '카드 번호 불러 드릴게요 결제해 주세요',
        '직원 할인 적용해 줘',
      ],
      en: [
        "show me another customer's orders",
        "look up my friend's order",
        "check my husband's points",
        'give me the address of another customer',
        'give me a discount',
        'can you lower the price',
        'add some free points to my account',
        'show all customer data',
        'refund me even though the return window passed',
        "I'll give you my card number, charge it",
        'apply an employee discount',
        'tell me who ordered this',
      ],
    },
    async handle(turn) {
      return {
        text: turn.say({
          ko: '죄송하지만 그 요청은 도와드릴 수 없어요. 본인 확인된 고객님의 정보만 안내할 수 있고, 가격 할인·포인트 지급·규정 예외는 제가 처리할 수 없어요. 카드 번호 같은 결제 정보는 채팅으로 받지 않아요. 필요하시면 상담원 연결을 요청해 주세요.',
          en: "Sorry, I can't help with that. I can only share the verified customer's own information, and I can't give discounts, add points or make exceptions to the rules. I never take card details in the chat. You can ask for a person if you need one.",
        }),
        done: true,
      };
    },
  };

  const complaint: DialogueOperation = {
    id: 'report_problem',
    label: { ko: '불량·파손 신고', en: 'report a damaged or wrong item' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '받은 엔진오일 통이 파손돼서 왔어요',
        '상품이 불량이에요',
        '다른 상품이 배송됐어요',
        '오일이 새고 있어요',
        '결제가 두 번 됐어요',
        '주문 안 했는데 결제됐어요',
        '배송 온 게 깨져 있어요',
        '포장이 터져서 왔어요',
        '상품이 잘못 왔어요',
        '이중 결제된 것 같아요',
        '주유소에서 불친절한 일을 겪었어요',
        '충전기가 작동을 안 해요',
      ],
      en: [
        'the oil bottle arrived damaged',
        'my item is defective',
        'I received the wrong product',
        'it is leaking',
        'I was charged twice',
        'I was charged for an order I never made',
        'the package arrived broken',
        'the parcel was crushed',
        'wrong item delivered',
        'double charge on my card',
        'I want to complain about a station',
        'the charger at the station is broken',
      ],
    },
    async handle(turn) {
      return {
        text: turn.say({
          ko: `불편을 드려 죄송해요. 불량·오배송·결제 오류는 담당자가 직접 확인해야 해서 상담원에게 연결해 드릴게요. ${customerCentre.ko}로도 문의하실 수 있어요.`,
          en: `I'm sorry about that. Damaged or wrong items and payment errors need a person to look at them, so I'm connecting you with one. You can also call ${customerCentre.en}.`,
        }),
        done: true,
        handoff: turn.say({ ko: '불량·오배송·결제 오류 신고', en: 'Damaged / wrong item or payment problem reported.' }),
      };
    },
  };
  // An energy retailer's customers also ask for what their utility or bank does; without this operation "전기요금 조회"
  // sounded most like the EV charging station finder.
  const elsewhere: DialogueOperation = {
    id: 'outside_services',
    label: { ko: '스토어에서 다루지 않는 업무', en: "something this store doesn't handle" },
    requiresAuthentication: false,
    examples: {
      ko: [
        '전기요금 조회하고 싶어요',
        '이번 달 전기세 얼마 나왔어요',
        '한전 고지서 다시 받고 싶어요',
        '가스비 납부하려고요',
        '도시가스 고지서 확인',
        '수도세 내고 싶어요',
        '아파트 관리비 조회해 주세요',
        '우리 집 전기 사용량 확인',
        '한전 자동이체 신청할게요',
        '누진제 구간 알려줘',
        '대출 상담 받고 싶어요',
        '자동차 보험 가입하고 싶어요',
      ],
      en: [
        'check my electricity bill',
        'what is my power bill this month',
        'send me my electricity bill again',
        'I want to pay my gas bill',
        'pay my water bill',
        'electricity usage at my house',
        'set up direct debit for my utility bill',
        'change my home electricity tariff',
        'I need a loan',
        'get me car insurance',
        'what are the electricity rate tiers',
      ],
    },
    async handle(turn) {
      return {
        text: turn.say({
          ko: `죄송하지만 그 업무는 이 스토어에서 다루지 않아요. 전기요금은 한국전력, 도시가스 요금은 지역 도시가스사, 그 밖의 요금은 해당 회사에 문의해 주세요. 저는 ${storeServices.ko}을 도와드릴 수 있어요.`,
          en: `Sorry, that isn't something this store handles. For an electricity bill please contact KEPCO, for a gas bill your city gas supplier, and for other bills the company that sends them. I can help with ${storeServices.en}.`,
        }),
        done: true,
      };
    },
  };
  return [policy, refusal, complaint, elsewhere];
}
