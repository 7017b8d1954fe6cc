// Korean form submissions, clinical notes and HR/KYC forms.
import { compose } from '../compose.ts';
import type { Template } from '../template-types.ts';

export const koreanRecordTemplates: Template[] = [
  {
    name: 'ko-form-signup',
    genre: 'form',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const name = pii.personKo();
      return compose`이름: ${name.part}\n생년월일: ${pii.dobKo()}\n휴대전화: ${pii.phoneKo()}\n이메일: ${pii.email(name.romanised)}\n주소: ${pii.addressKo()}\n가입일: ${negatives.dateKo()}`;
    },
  },
  {
    name: 'ko-form-pipe-rrn',
    genre: 'form',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`성명 ${pii.personKo().part} | 주민등록번호 ${pii.rrn()} | 연락처 ${pii.phoneKo()} | 신청일 ${negatives.dateKo()}`,
  },
  {
    name: 'ko-form-phone-change',
    genre: 'form',
    lang: 'ko',
    build: ({ pii }) =>
      compose`[회원정보 수정] 변경 전 전화번호 ${pii.phoneKo()} → 변경 후 ${pii.phoneKo()} (본인: ${pii.personKo().part})`,
  },
  {
    name: 'ko-form-application',
    genre: 'form',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`신청서\n- 신청인: ${pii.personKo().part}\n- 자택 전화: ${pii.phoneKo()}\n- 주소: ${pii.addressKo()}\n- 접수번호: ${negatives.invoice()}\n- 수수료: ${negatives.priceKo()}`,
  },
  {
    name: 'ko-form-inline-dob',
    genre: 'form',
    lang: 'ko',
    build: ({ pii, random }) =>
      compose`${pii.personKo().part} (${pii.dobKo()}${random.pick(['생', ' 출생', ''])}) 회원 등급 변경 신청, 연락처 ${pii.phoneKo()}`,
  },
  {
    name: 'ko-clinical-record',
    genre: 'clinical',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`[진료기록] 환자명: ${pii.personKo().part} (${random.pick(['등록번호', '환자번호', '차트번호'])} ${pii.mrn()}) 생년월일 ${pii.dobKo()} 성별 ${random.pick(['남', '여'])}\n주호소: 3일 전부터 발열 및 기침. 내원일 ${negatives.dateKo()}. 혈압 ${negatives.bloodPressure()}.\n처방: 아세트아미노펜 500mg ${negatives.quantityKo()}`,
  },
  {
    name: 'ko-clinical-discharge',
    genre: 'clinical',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`퇴원요약지\n환자: ${pii.personKo().part} / 환자번호: ${pii.mrn()} / 건강보험 번호: ${pii.healthKo()}\n입원일 ${negatives.dateKo()} 퇴원일 ${negatives.dateKo()}\n보호자 ${pii.personKo().part} (${pii.phoneKo()})\n퇴원 약: 3일분, 외래 추적 예정`,
  },
  {
    name: 'ko-clinical-outpatient',
    genre: 'clinical',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`${pii.personKo().part} 님(${random.between(20, 88)}세, 등록번호 ${pii.mrn()})은 ${negatives.dateKo()} 외래 방문. 혈압 ${negatives.bloodPressure()}, 체온 37.2도. 다음 예약 ${negatives.dateKo()} ${negatives.time()}.`,
  },
  {
    name: 'ko-clinical-insurance-check',
    genre: 'clinical',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`${random.pick(['건강보험증 번호', '건보 번호', '보험증번호'])} ${pii.healthKo()}, 주민등록번호 ${pii.rrn()}로 본인 확인 완료. 진료비 ${negatives.priceKo()} 수납.`,
  },
  {
    name: 'ko-clinical-nursing',
    genre: 'clinical',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`간호기록 ${negatives.time()} - ${pii.personKo().part} 환자 수술 후 ${negatives.quantityKo()} 수액 투여. 보호자 연락처 ${pii.phoneKo()}. 특이사항 없음.`,
  },
  {
    name: 'ko-hr-onboarding',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii }) => {
      const account = pii.bankAccount();
      return compose`[입사서류]\n성명: ${pii.personKo().part}\n주민등록번호: ${pii.rrn()}\n주소: ${pii.addressKo()}\n비상연락처: ${pii.phoneKo()}\n급여계좌: ${account.bankKo} ${account.part}`;
    },
  },
  {
    name: 'ko-hr-foreign-worker',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, random }) =>
      compose`외국인 근로자 등록: 성명 ${pii.personEn().part} / ${random.pick(['외국인등록번호', '외국인 등록번호', '외국인번호'])} ${pii.frn()} / 여권번호 ${pii.passportEn()} / 연락처 ${pii.phoneKo()}`,
  },
  {
    name: 'ko-hr-licence',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`운전면허번호 ${pii.licenceKo()} (${pii.personKo().part}) 확인했습니다. 법인차량 배정일 ${negatives.dateKo()}, 사번 ${negatives.employeeNumber()}.`,
  },
  {
    name: 'ko-hr-vendor',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`[거래처 등록]\n상호: ${negatives.company()}\n사업자등록번호: ${pii.brn()}\n법인등록번호: ${pii.crn()}\n대표자: ${pii.personKo().part}\n사업장 주소: ${pii.addressKo('road')}\n대표번호: ${negatives.businessNumber()}`,
  },
  {
    name: 'ko-kyc-passport',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`KYC 확인: 고객 ${pii.personKo().part}, 여권 ${pii.passportKo()}, 생년월일 ${pii.dobKo()}, 실명확인 완료일 ${negatives.dateKo()}`,
  },
  {
    name: 'ko-hr-tax-invoice',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, negatives, random }) => {
      const name = pii.personKo();
      return compose`${random.pick(['사업자번호', '사업자등록번호', '사업자 번호'])} ${pii.brn()}로 세금계산서 발행 부탁드립니다. 담당자 ${name.part} ${pii.email(name.romanised)}. 공급가액 ${negatives.priceKo()}`;
    },
  },
  {
    name: 'ko-hr-id-card-copy',
    genre: 'hr-kyc',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`신분증 사본 확인 결과 - 이름 ${pii.personKo().part}, 주민번호 ${pii.rrn()}, 발급일자 ${negatives.dateKo()}, 주소 ${pii.addressKo('lot')}`,
  },
];
