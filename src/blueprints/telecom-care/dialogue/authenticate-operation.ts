// Verifying the customer: individuals by a line number + date of birth, businesses by business number + account email.
import type { DialogueOperation, OperationTurn } from '../../../assistants/index.ts';
import { businessNumberIn, mobileNumbersIn } from './dialogue-support.ts';
import { operationExamples } from './operation-examples.ts';
import { rememberLine } from './line-picker.ts';

const maximumFailures = 3;

/** 19850307, 850307 (YYMMDD) or a date the entity extractor read (1985년 3월 7일, 1985-03-07). */
function birthDateIn(turn: OperationTurn): string | undefined {
  const date = turn.entities.dates.find((entity) => entity.value < '2020');
  if (date) return date.value;
  // Phone and business numbers first, so their digits are not read as a date.
  const text = turn.text.replace(/(?:\+?82[-\s]?)?01[0][-\s.]?\d{3,4}[-\s.]?\d{4}|\d{3}-\d{2}-\d{5}/gu, ' ');
  const compact = /(?<!\d)((?:19|20)\d{6})(?!\d)/u.exec(text.replace(/(?<=\d)[./](?=\d)/gu, ''));
  if (compact) return `${compact[1]!.slice(0, 4)}-${compact[1]!.slice(4, 6)}-${compact[1]!.slice(6)}`;
  const short = /(?<![\d-])(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d-])/u.exec(text);
  if (!short) return undefined;
  const century = Number(short[1]) > 30 ? '19' : '20';
  return `${century}${short[1]}-${short[2]}-${short[3]}`;
}

export const authenticateOperation: DialogueOperation = {
  id: 'authenticate',
  label: { ko: '본인 확인', en: 'verify your identity' },
  examples: operationExamples.authenticate,
  requiresAuthentication: false,
  async handle(turn) {
    const slots = turn.slots;
    const business = businessNumberIn(turn.text.replace(/01[0]\s?-?\s?\d{3,4}\s?-?\s?\d{4}/gu, ''));
    if (business) slots.businessNumber = business;
    const email = turn.entities.emails[0]?.value;
    if (email) slots.email = email;
    const phone = mobileNumbersIn(turn)[0];
    if (phone) slots.phoneNumber = phone;
    const birth = birthDateIn(turn);
    if (birth) slots.birthDate = birth;
    if (turn.customerId && !turn.continuing)
      return { text: turn.say({ ko: '이미 본인 확인이 되어 있어요.', en: 'You are already verified.' }), done: true };

    const asBusiness = slots.businessNumber !== undefined && slots.email !== undefined;
    const asIndividual = slots.phoneNumber !== undefined && slots.birthDate !== undefined;
    if (!asBusiness && !asIndividual) {
      if (slots.businessNumber !== undefined)
        return {
          text: turn.say({ ko: '계정에 등록된 이메일 주소를 알려 주세요.', en: 'What is the email address on the business account?' }),
          done: false,
        };
      if (slots.phoneNumber !== undefined)
        return {
          text: turn.say({ ko: '생년월일을 알려 주세요 (예: 1985-03-07).', en: 'What is your date of birth (e.g. 1985-03-07)?' }),
          done: false,
        };
      if (slots.birthDate !== undefined)
        return {
          text: turn.say({ ko: '가입하신 휴대폰 번호를 알려 주세요.', en: 'What is the mobile number on your account?' }),
          done: false,
        };
      return {
        text: turn.say({
          ko: '개인 고객은 휴대폰 번호와 생년월일을, 법인 고객은 사업자등록번호와 계정 이메일을 알려 주세요.',
          en: 'Individuals: please give your mobile number and date of birth. Businesses: your business registration number and account email.',
        }),
        done: false,
      };
    }
    const args = asBusiness
      ? { businessNumber: slots.businessNumber, email: slots.email }
      : { phoneNumber: slots.phoneNumber, birthDate: slots.birthDate };
    const outcome = await turn.call('authenticate_customer', args);
    if (outcome.status === 'ok') {
      const { name, type } = outcome.result as { name: string; type: 'individual' | 'business' };
      if (!asBusiness && typeof slots.phoneNumber === 'string') rememberLine(turn, slots.phoneNumber);
      return {
        text: turn.say(
          type === 'business'
            ? { ko: `${name} 법인 계정으로 확인되었습니다.`, en: `Thank you, you're verified for the business account ${name}.` }
            : { ko: `${name}님, 본인 확인이 완료되었습니다.`, en: `Thank you ${name}, you're verified.` },
        ),
        done: true,
      };
    }
    const failures = Number(slots.failures ?? 0) + 1;
    for (const key of ['businessNumber', 'email', 'phoneNumber', 'birthDate']) delete slots[key];
    slots.failures = failures;
    const message = outcome.status === 'failed' ? outcome.message : '';
    if (failures >= maximumFailures || (outcome.status === 'failed' && outcome.code === 'too_many_attempts'))
      return {
        text: `${message} ${turn.say({ ko: '본인 확인이 여러 번 되지 않아 상담원에게 연결해 드릴게요.', en: "Since I couldn't verify you after several tries, I'm connecting you with a person." })}`,
        done: true,
        handoff: turn.say({ ko: '본인 확인 3회 실패', en: 'Identity verification failed three times.' }),
      };
    return { text: `${message} ${turn.say({ ko: '다시 알려 주시겠어요?', en: 'Could you give them again?' })}`, done: false };
  },
};
