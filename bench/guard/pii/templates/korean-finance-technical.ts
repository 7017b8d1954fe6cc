// Korean banking, IT-ticket and international (foreign account, foreign phone) templates.
import { compose } from '../compose.ts';
import type { Template } from '../template-types.ts';

export const koreanFinanceTechnicalTemplates: Template[] = [
  {
    name: 'ko-bank-transfer-request',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`[이체 요청] 받는 계좌: ${account.bankKo} ${account.part} 예금주: ${pii.personKo().part} 금액: ${negatives.priceKo()} 메모: ${negatives.dateKo()} 월세`;
    },
  },
  {
    name: 'ko-bank-deposit-notice',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`${account.bankKo} ${account.part}로 ${negatives.priceKo()} 입금했습니다. 입금자명 ${pii.personKo().part}. ${negatives.amountAccount()}`;
    },
  },
  {
    name: 'ko-bank-statement',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`거래내역조회 (${negatives.dateKo()} ~ ${negatives.dateKo()})\n계좌번호 ${account.part} (${account.bankKo})\n${negatives.dateKo()} 급여 +${negatives.priceKo()}\n${negatives.dateKo()} 카드대금 -${negatives.priceKo()} (카드 ${pii.card().part})\n${negatives.dateKo()} 이체 -${negatives.priceKo()} ${negatives.amountAccount()}`;
    },
  },
  {
    name: 'ko-bank-card-lost',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii }) => compose`카드 분실 신고합니다. 카드번호 ${pii.card().part}, 본인 ${pii.personKo().part}, 연락처 ${pii.phoneKo()}.`,
  },
  {
    name: 'ko-bank-autopay',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`자동이체 신청: 출금계좌 ${account.bankKo} ${account.part}, 예금주 생년월일 ${pii.dobKo()}, 납부금액 매월 ${negatives.priceKo()}`;
    },
  },
  {
    name: 'ko-bank-account-inline',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives, random }) => {
      const account = pii.bankAccount();
      return compose`${random.pick(['계좌', '입금 계좌', '환불계좌'])} ${account.part} ${account.bankKo} ${pii.personKo().part}이요. ${negatives.koreanWord()} 건 ${negatives.priceKo()} 보내주세요`;
    },
  },
  {
    name: 'ko-bank-card-expiry',
    genre: 'banking',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const card = pii.card();
      return compose`${card.issuer} 카드 ${card.part} (유효기간 ${pii.cardExpiry()}) 등록 완료. 결제 예정일 ${negatives.dateKo()}, ${negatives.cardLastFour()} 카드는 해지됨.`;
    },
  },
  {
    name: 'ko-it-vpn',
    genre: 'it-ticket',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const name = pii.personKo();
      return compose`[장애 문의] 접속 IP ${pii.ip()}에서 VPN 연결 실패합니다. 담당자 ${name.part} (${pii.email(name.romanised)}) ${negatives.extension()}`;
    },
  },
  {
    name: 'ko-it-ssh',
    genre: 'it-ticket',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`서버 ${pii.ip()} 에서 ${pii.ip()}로 SSH 타임아웃. 에이전트 ${negatives.version()}. 티켓 ${negatives.invoice()}`,
  },
  {
    name: 'ko-it-account-unlock',
    genre: 'it-ticket',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`계정 잠금 해제 요청: 사번 ${negatives.employeeNumber()} 이메일 ${pii.email('dev')} 휴대폰 ${pii.phoneKo()}`,
  },
  {
    name: 'ko-it-no-pii',
    genre: 'it-ticket',
    lang: 'ko',
    noPii: true,
    build: ({ negatives }) =>
      compose`배포 ${negatives.version()} 이후 응답 지연. ${negatives.time()} 기준 에러율 3%. 포트 8080, 8443 확인 바랍니다. 빌드 ${negatives.orderNumber()}`,
  },
  {
    name: 'ko-intl-remittance',
    genre: 'international',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`해외송금 신청: 수취인 ${pii.personEn().part}, IBAN ${pii.iban()}, SWIFT ${negatives.bic()}, 금액 ${negatives.priceEn()}, 송금인 ${pii.personKo().part} ${pii.phoneKo()}`,
  },
  {
    name: 'ko-intl-us-payroll',
    genre: 'international',
    lang: 'ko',
    build: ({ pii }) => compose`미국 지사 ${pii.personEn().part} 연락처 ${pii.phoneUs()}, SSN ${pii.ssn()} 급여 처리 부탁드립니다.`,
  },
  {
    name: 'ko-intl-uk-partner',
    genre: 'international',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const name = pii.personEn();
      return compose`영국 거래처 ${name.part} 담당자 번호 ${pii.phoneUk()}, 이메일 ${pii.email(name.last)}. 미팅 ${negatives.dateKo()} ${negatives.time()}`;
    },
  },
  {
    name: 'ko-intl-plus82',
    genre: 'international',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`해외 체류 중이라 ${pii.phoneKo()} 말고 로밍 번호로 연락 주세요. 여권번호 ${pii.passportKo()}, 귀국일 ${negatives.dateKo()}.`,
  },
];
