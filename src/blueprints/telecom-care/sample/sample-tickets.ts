// Sample support tickets: common telecom problems in the customer's language, with agent updates on the ones in progress or resolved.
import { addDays, pad } from '../calendar.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Ticket } from '../schemas/ticket-schema.ts';
import { sampleToday } from './sample-lines.ts';
import type { SampleRandom } from './sample-random.ts';

type Text = { ko: string; en: string };

interface TicketTemplate {
  category: Ticket['category'];
  subject: Text;
  description: Text;
  reply: Text;
  /** A line problem the ticket is about: chosen for lines that have it. */
  about?: (line: Line) => boolean;
}

const templates: readonly TicketTemplate[] = [
  {
    category: 'network',
    subject: { ko: 'MMS 수신이 안 됩니다', en: 'Cannot receive MMS' },
    description: { ko: '사진이 첨부된 문자가 오지 않고 다운로드 실패가 뜹니다.', en: 'Picture messages fail to download.' },
    reply: {
      ko: 'MMS 프로비저닝을 재설정했습니다. 휴대폰을 재시작해 주세요.',
      en: 'We re-provisioned MMS on your line. Please restart your phone.',
    },
    about: (line) => !line.network.provisioning.mms,
  },
  {
    category: 'network',
    subject: { ko: '모바일 데이터가 연결되지 않아요', en: 'Mobile data does not connect' },
    description: { ko: '와이파이를 끄면 인터넷이 안 됩니다. 재부팅해도 같아요.', en: 'No internet off Wi-Fi, even after a restart.' },
    reply: { ko: '데이터 서비스 설정 오류를 수정했습니다.', en: 'We fixed the data service setting on your line.' },
    about: (line) => !line.network.provisioning.data,
  },
  {
    category: 'network',
    subject: { ko: '집 안에서 통화가 자주 끊깁니다', en: 'Calls drop at home' },
    description: { ko: '거실에서 통화하면 1~2분 안에 끊깁니다.', en: 'Calls in the living room drop within a minute or two.' },
    reply: {
      ko: '인근 기지국 점검을 요청했습니다. 3일 내 결과를 안내드리겠습니다.',
      en: 'We asked for the nearby cell site to be checked; results within 3 days.',
    },
  },
  {
    category: 'device',
    subject: { ko: 'USIM PUK 잠김', en: 'SIM locked with PUK' },
    description: { ko: 'PIN을 세 번 틀려서 PUK 코드를 요구합니다.', en: 'I entered the wrong PIN three times and it asks for a PUK.' },
    reply: { ko: '본인 확인 후 PUK 코드를 문자로 보내드렸습니다.', en: 'After verifying you we sent the PUK code by text.' },
    about: (line) => line.network.simState === 'puk-locked',
  },
  {
    category: 'billing',
    subject: { ko: '이번 달 요금이 평소보다 많이 나왔어요', en: 'This bill is higher than usual' },
    description: { ko: '지난달보다 2만 원 넘게 더 나왔는데 이유를 알고 싶습니다.', en: 'It is over ₩20,000 more than last month; why?' },
    reply: {
      ko: '해외 로밍 일일권 요금이 포함되어 있습니다. 상세 내역을 보내드렸습니다.',
      en: 'It includes roaming day passes; we sent you the itemised detail.',
    },
  },
  {
    category: 'billing',
    subject: { ko: '자동이체 카드 변경 요청', en: 'Change the card for autopay' },
    description: { ko: '자동이체 카드를 새 카드로 바꾸고 싶어요.', en: 'I would like autopay on my new card.' },
    reply: { ko: '새 카드로 자동이체를 변경했습니다.', en: 'Autopay now uses your new card.' },
  },
  {
    category: 'roaming',
    subject: { ko: '해외에서 데이터가 안 됩니다', en: 'No data abroad' },
    description: { ko: '현지에 도착했는데 데이터가 연결되지 않아요.', en: 'Data does not work since I landed.' },
    reply: {
      ko: '데이터 로밍 설정을 켜도록 안내드렸고 정상 연결을 확인했습니다.',
      en: 'We guided you to turn on data roaming; it connects now.',
    },
    about: (line) => line.roaming.enabled,
  },
  {
    category: 'plan',
    subject: { ko: '요금제 변경 문의', en: 'Question about changing plans' },
    description: { ko: '약정 중에 더 저렴한 요금제로 바꿀 수 있나요?', en: 'Can I move to a cheaper plan during my commitment?' },
    reply: {
      ko: '약정 요금제 간 변경은 가능하며 약정 기간은 유지됩니다.',
      en: 'You can move between commitment plans; the commitment period stays.',
    },
  },
  {
    category: 'account',
    subject: { ko: '청구서 이메일 주소 변경', en: 'Change the billing email' },
    description: { ko: '청구서를 받을 이메일을 바꾸고 싶습니다.', en: 'Please send bills to a new email address.' },
    reply: { ko: '청구서 수신 이메일을 변경했습니다.', en: 'Bills now go to the new address.' },
  },
];

/**
 * @example
 * sampleTicket({ random, customer, lines, ticketNumber: 1 });
 */
export function sampleTicket(options: { random: SampleRandom; customer: Customer; lines: readonly Line[]; ticketNumber: number }): Ticket {
  const { random, customer, lines } = options;
  const language = customer.language;
  const matching = templates.filter((template) => template.about !== undefined && lines.some((line) => template.about?.(line)));
  const template =
    matching.length > 0 && random.chance(0.7) ? random.pick(matching) : random.pick(templates.filter((entry) => entry.about === undefined));
  const line = template.about
    ? lines.find((candidate) => template.about?.(candidate))
    : lines.length > 0 && random.chance(0.7)
      ? random.pick(lines)
      : undefined;
  const created = addDays(sampleToday, -random.int(0, 150));
  const createdAt = `${created}T${pad(random.int(8, 21))}:${pad(random.int(0, 59))}:00+09:00`;
  const age = Math.round((Date.parse(`${sampleToday}T00:00:00Z`) - Date.parse(`${created}T00:00:00Z`)) / 86_400_000);
  const status: Ticket['status'] = age > 14 ? 'resolved' : age > 2 ? random.pick(['in-progress', 'resolved'] as const) : 'open';
  const updates: Ticket['updates'] = [
    { at: createdAt, by: 'system', text: language === 'ko' ? '문의가 접수되었습니다.' : 'We received your request.' },
  ];
  if (status !== 'open')
    updates.push({ at: `${addDays(created, 1)}T10:${pad(random.int(0, 59))}:00+09:00`, by: 'agent', text: template.reply[language] });
  return {
    ticketId: `T-${pad(options.ticketNumber, 6)}`,
    customerId: customer.customerId,
    ...(line === undefined ? {} : { number: line.number }),
    category: template.category,
    subject: template.subject[language],
    description: template.description[language],
    status,
    createdAt,
    updates,
  };
}
