// Sign-in: by email, or by full name + five-digit postcode (gathered over turns); after three failures, a person takes over.
import type { DialogueOperation, OperationTurn } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer } from '../schemas/index.ts';
import { nameKey, type DialogueIndexes } from './dialogue-indexes.ts';
import { customerCentre } from './reply-text.ts';

const maxFailures = 3;

/** A full name in the text: a customer at that postcode whose name appears, else a person entity, else a short Hangul name. */
function nameIn(turn: OperationTurn, candidates: readonly { name: string; key: string }[]): string | undefined {
  const compact = nameKey(turn.text);
  const known = candidates.find((candidate) => compact.includes(candidate.key));
  if (known) return known.name;
  // A capitalised product name is no person: take a name entity only when the message is about names or answers our question.
  const person = turn.entities.names[0]?.value;
  if (person && (turn.continuing || /name|이름|성함|i am|i'm|저는/iu.test(turn.text))) return person;
  if (!turn.continuing && !/name|이름|성함|저는/iu.test(turn.text)) return undefined;
  const words = normalizeText(turn.text)
    .replace(/\d{5}/gu, ' ')
    .split(/[\s,]+/u)
    .map((word) => word.replace(/(이에요|예요|입니다|이고|이요|요|고|은|는|이|가)$/u, ''))
    .filter((word) => /^[가-힣]{2,4}$/u.test(word) && !/^(이름|성함|우편번호|제|저|네|아니요|주소)$/u.test(word));
  return words.length === 1 ? words[0] : undefined;
}

export function authenticateOperation(options: { records: RecordCollections; indexes: DialogueIndexes }): DialogueOperation {
  const { records, indexes } = options;
  return {
    id: 'authenticate',
    label: { ko: '본인 확인', en: 'verify your identity' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '본인 확인할게요',
        '로그인하고 싶어요',
        '제 이메일은 minsu@example.com이에요',
        '이름은 김서연, 우편번호는 06236이에요',
        '본인인증 해주세요',
        '회원 확인 부탁드려요',
        '제 계정으로 확인해 주세요',
        '이메일로 인증할게요',
        '이름이랑 우편번호로 확인할게요',
        '로그인 좀 해줘',
        '내 계정 연결해줘',
        '회원인데요 확인해 주세요',
      ],
      en: [
        'verify me',
        'I want to log in',
        'my email is jane@example.com',
        'my name is Kim Seoyeon and my zip is 06236',
        'sign me in please',
        'authenticate me',
        'here is my email address',
        'log into my account',
        'I am a member, check my account',
        'verify my identity',
        'can you identify me by name and postcode',
        'sign in',
      ],
    },
    async handle(turn) {
      if (turn.customerId) {
        const customer = records.get<Customer>(collections.customers, turn.customerId);
        return {
          text: turn.say({
            ko: `이미 ${customer?.name ?? ''}님으로 본인 확인되어 있어요.`,
            en: `You're already verified as ${customer?.name ?? ''}.`,
          }),
          done: true,
        };
      }
      const email = turn.entities.emails[0]?.value;
      const zip = /(?<!\d)(\d{5})(?!\d)/u.exec(turn.text)?.[1] ?? (turn.slots.zip as string | undefined);
      if (zip) turn.slots.zip = zip;
      const name = email
        ? undefined
        : (nameIn(turn, zip ? (indexes.customersByZip().get(zip) ?? []) : []) ?? (turn.slots.name as string | undefined));
      if (name) turn.slots.name = name;
      if (!email && !(name && zip)) {
        if (name && !zip)
          return {
            text: turn.say({
              ko: `${name}님, 주소의 우편번호 5자리도 알려 주세요.`,
              en: 'Thanks. What is the five-digit postcode of your address?',
            }),
            done: false,
          };
        if (zip && !name)
          return { text: turn.say({ ko: '가입하신 분의 성함도 알려 주세요.', en: 'And your full name, please?' }), done: false };
        return {
          text: turn.say({
            ko: '가입하신 이메일 주소, 또는 성함과 우편번호(5자리)를 알려 주세요.',
            en: 'Please tell me the email on your account, or your full name and five-digit postcode.',
          }),
          done: false,
        };
      }
      const outcome = await turn.call('authenticate_customer', email ? { email } : { name, zip });
      if (outcome.status === 'ok') {
        const verified = (outcome.result as { name: string }).name;
        return {
          text: turn.say({ ko: `${verified}님, 본인 확인이 완료되었어요.`, en: `Thank you, ${verified}. You're verified.` }),
          done: true,
        };
      }
      const failures = ((turn.slots.failures as number | undefined) ?? 0) + 1;
      turn.slots.failures = failures;
      delete turn.slots.name;
      delete turn.slots.zip;
      if (failures >= maxFailures)
        return {
          text: turn.say({
            ko: `본인 확인을 ${maxFailures}번 하지 못했어요. 상담원에게 연결해 드릴게요. 급하시면 ${customerCentre.ko}로 연락 주세요.`,
            en: `I couldn't verify you after ${maxFailures} tries, so I'm passing you to a person. You can also call ${customerCentre.en}.`,
          }),
          done: true,
          handoff: turn.say({ ko: '본인 확인 3회 실패', en: 'Identity verification failed three times.' }),
        };
      return {
        text: outcome.status === 'failed' ? outcome.message : turn.say({ ko: '본인 확인에 실패했어요.', en: 'Verification failed.' }),
        done: false,
      };
    },
  };
}
