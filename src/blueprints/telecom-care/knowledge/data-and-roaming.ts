// The data top-up price list and the roaming guide with rates per zone (ko and en), generated from the policy tables.
import { dataTopUps, maximumTopUpGbPerCycle, roamingCountries, roamingZones, vatRate } from '../telecom-policy.ts';
import { operatorName } from '../troubleshooting-steps.ts';

const won = (value: number) => `₩${value.toLocaleString('en-US')}`;

export function dataTopUpGuide(): { ko: string; en: string } {
  const rows = (unit: string) =>
    dataTopUps
      .map((option) => `| ${option.gb}${unit} | ${won(option.price)} | ${won(Math.round(option.price * (1 + vatRate)))} |`)
      .join('\n');
  return {
    ko: `# ${operatorName.ko} 데이터 충전

기본 제공 데이터를 다 쓰면 요금제에 따라 속도가 제한되거나(예: 1Mbps) MB당 요금이 붙습니다. 데이터 충전을 하면 바로 정상 속도로 쓸 수 있습니다.

| 용량 | 가격(부가세 별도) | 부가세 포함 |
| --- | --- | --- |
${rows('GB')}

- 충전한 데이터는 구매한 달의 말일까지 쓸 수 있고 다음 달로 이월되지 않습니다.
- 기본 제공 데이터를 먼저 쓰고 충전 데이터를 나중에 씁니다.
- 한 회선은 한 달에 최대 ${maximumTopUpGbPerCycle}GB까지 충전할 수 있습니다.
- 무제한 요금제는 충전이 필요 없어 구매할 수 없습니다. 사용 중인 회선만 충전할 수 있습니다.
- 충전 요금은 다음 청구서에 "데이터 충전" 항목으로 청구됩니다. 구매 후에는 취소·환불되지 않습니다.
`,
    en: `# ${operatorName.en} data top-ups

Once a plan's data allowance is used, the speed is limited (for example to 1 Mbps) or data is charged per MB, depending on the plan. A top-up restores full speed at once.

| Size | Price (VAT excluded) | With VAT |
| --- | --- | --- |
${rows(' GB')}

- Top-up data lasts until the last day of the month it was bought and does not carry over.
- The plan's allowance is used first, then top-up data.
- A line can be topped up by at most ${maximumTopUpGbPerCycle} GB a month.
- Unlimited plans need no top-up and cannot buy one. Only active lines can be topped up.
- Top-ups appear on the next bill as "Data top-up" and cannot be cancelled or refunded once bought.
`,
  };
}

export function roamingGuide(): { ko: string; en: string } {
  const countries = (language: 'ko' | 'en', zone: string) =>
    Object.values(roamingCountries)
      .filter((country) => country.zone === zone)
      .map((country) => country.name[language])
      .join(', ');
  const rows = (language: 'ko' | 'en') =>
    roamingZones
      .map(
        (zone) =>
          `| ${zone.name[language]} | ${countries(language, zone.id)} | ${won(zone.dailyPass.price)} (${zone.dailyPass.dataGb}GB, ${zone.dailyPass.speedAfterKbps}kbps) | ${won(zone.voicePerMinute)} | ${won(zone.smsPerMessage)} |`,
      )
      .join('\n');
  return {
    ko: `# ${operatorName.ko} 해외 로밍 안내

## 신청

출국 전 챗봇·앱·고객센터에서 회선과 방문 국가를 알려 로밍을 켜세요. 신청은 즉시 적용됩니다. 로밍을 켜지 않은 회선은 해외에서 통화·문자·데이터가 되지 않습니다. 귀국 후에는 로밍을 꺼도 되고 켜 둔 채로 두어도 국내 요금에는 영향이 없습니다.

## 요금 (부가세 별도)

데이터는 데이터를 쓴 날마다 일일권이 적용됩니다(한국 시간 기준 0시~24시). 일일 제공량을 다 쓰면 표의 속도로 계속 쓸 수 있고 추가 요금은 없습니다.

| 지역 | 국가 | 데이터 일일권 | 음성(분당) | 문자(건당) |
| --- | --- | --- | --- | --- |
${rows('ko')}

수신 통화는 발신 통화 요금의 절반이 부과되고, 문자 수신은 무료입니다.

## 요금제 포함 로밍

5G 시그니처(4개 지역 월 5GB), 5G 프리미엄(아시아 월 3GB), 5G 트래블러(전 세계 월 10GB), 비즈 5G 프로 100(아시아·미주·유럽 월 3GB), 비즈 5G 글로벌(전 세계 월 15GB)은 포함된 지역에서 로밍 데이터를 먼저 쓰고, 다 쓴 뒤에만 일일권이 적용됩니다.

## 현지에서 데이터가 안 될 때

1. 휴대폰의 데이터 로밍이 켜져 있는지 확인합니다.
2. 네트워크 사업자를 자동 선택으로 둡니다.
3. 휴대폰을 재시작합니다.
4. 그래도 안 되면 회선 진단을 실행하거나 고객센터(+82-2-1234-5678, 무료)로 연락합니다.
`,
    en: `# ${operatorName.en} roaming guide

## Setting up

Before you travel, turn roaming on for the line and destination through the assistant, the app or the call centre; it applies at once. Without roaming a line cannot call, text or use data abroad. After you come home you may turn it off or leave it on; it does not affect domestic charges.

## Rates (VAT excluded)

Data abroad uses a daily pass for each day you use data (midnight to midnight, Korean time). Once the day's data is used you keep going at the speed shown, at no extra charge.

| Zone | Countries | Daily data pass | Calls (per min) | Texts (each) |
| --- | --- | --- | --- | --- |
${rows('en')}

Incoming calls cost half the outgoing rate; incoming texts are free.

## Roaming included in plans

5G Signature (5 GB a month in four zones), 5G Premium (3 GB in Asia), 5G Traveler (10 GB worldwide), Business 5G Pro 100 (3 GB in Asia, the Americas and Europe) and Business 5G Global (15 GB worldwide) use their included roaming data first in the zones they cover; daily passes apply only after it is used.

## If data does not work abroad

1. Check data roaming is on in the phone's settings.
2. Leave the network operator on automatic selection.
3. Restart the phone.
4. If it still fails, run the line diagnostics or call us at +82-2-1234-5678 (free).
`,
  };
}
