// The tech-support manual (ko and en), built from the same step lists the diagnostics tool returns.
import { apnSettings, operatorName, symptoms, troubleshootingSteps } from '../troubleshooting-steps.ts';

function section(language: 'ko' | 'en'): string {
  return symptoms
    .map((symptom) => {
      const guide = troubleshootingSteps[symptom];
      const steps = guide.steps.map((step, index) => `${index + 1}. ${step[language]}`).join('\n');
      return `## ${guide.title[language]}\n\n${steps}`;
    })
    .join('\n\n');
}

export function techSupportManual(): { ko: string; en: string } {
  return {
    ko: `# ${operatorName.ko} 기술 지원 매뉴얼

통화·문자·데이터 문제는 아래 순서대로 확인하세요. 순서는 간단하고 안전한 것부터 시작합니다. 각 단계 뒤에 문제가 해결되었는지 확인하고, 해결되면 다음 단계는 하지 않아도 됩니다.

먼저 회선 진단을 실행하면 회선 정지, USIM 잠김(PUK), 망 설정(데이터·MMS 프로비저닝), 지역 장애, 데이터 소진 여부를 한 번에 확인할 수 있습니다. 망 쪽 문제가 있으면 휴대폰 설정을 바꿔도 해결되지 않으므로 문의를 접수합니다.

${section('ko')}

## APN 설정값

| 항목 | 값 |
| --- | --- |
| 인터넷 APN | ${apnSettings.internet} |
| MMS APN | ${apnSettings.mms} |
| MMSC | ${apnSettings.mmsc} |
| MMS 프록시 | ${apnSettings.mmsProxy} |

APN을 직접 고친 적이 없다면 "초기화"만으로 올바른 값이 들어갑니다. 알뜰폰 유심이나 해외 단말은 값을 직접 입력해야 할 수 있습니다.

## 지역 장애

지역 장애는 회선 진단에서 장애 원인과 복구 예정 시각과 함께 안내됩니다. 장애 중에는 휴대폰을 재시작해도 해결되지 않으며, 복구되면 자동으로 다시 연결됩니다. 장애가 3시간 넘게 이어진 경우 해당 월 요금에서 장애 시간의 6배에 해당하는 월정액을 감면합니다.

## USIM 잠김(PUK)과 교체

PIN을 3번 틀리면 USIM이 PUK로 잠깁니다. PUK를 10번 틀리면 USIM을 다시 쓸 수 없으므로 추측해서 입력하지 마세요. 본인 확인 후 상담사가 PUK 코드를 문자로 보내 드립니다. USIM 교체는 매장에서 할 수 있으며 불량이면 무료, 그 외에는 7,700원입니다.

## 분실·도난

휴대폰을 잃어버렸다면 바로 분실 정지를 신청하세요. 정지는 즉시 적용되고 요금이 없으며, 찾으면 언제든 재개할 수 있습니다.
`,
    en: `# ${operatorName.en} tech-support manual

Work through problems with calls, texts and data in the order below, simplest and safest first. After each step check whether the problem is gone; if it is, skip the rest.

Start by running the line diagnostics: one check tells you whether the line is suspended, the SIM is PUK-locked, data or MMS is provisioned on the network, there is an outage in the area, or the data allowance is used up. A network-side problem is not fixed by phone settings, so open a ticket for it.

${section('en')}

## APN settings

| Setting | Value |
| --- | --- |
| Internet APN | ${apnSettings.internet} |
| MMS APN | ${apnSettings.mms} |
| MMSC | ${apnSettings.mmsc} |
| MMS proxy | ${apnSettings.mmsProxy} |

If you never edited the APN, "Reset to default" puts the right values back. SIMs from budget carriers or phones bought abroad may need the values typed in.

## Area outages

The line diagnostics report an outage in your area with its cause and expected restoration time. During an outage a restart does not help; the phone reconnects by itself once service is back. When an outage lasts more than 3 hours, the monthly fee for six times the outage duration is credited on that month's bill.

## PUK-locked SIM and SIM replacement

Three wrong PINs lock the SIM with a PUK. Ten wrong PUKs make the SIM unusable, so never guess. After identity checks an agent texts you the PUK code. SIMs are replaced at stores: free when faulty, otherwise ₩7,700.

## Lost or stolen phones

If your phone is lost, suspend the line straight away: it takes effect at once, costs nothing, and you can resume whenever you find the phone.
`,
  };
}
