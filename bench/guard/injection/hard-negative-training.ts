// Benign hard negatives (attack vocabulary in everyday use) for TRAINING the prompt-injection classifier.
import { passage, user, type HardNegative } from './hard-negative.ts';

const englishMessages: HardNegative[] = [
  user('en', 'Please ignore the previous bill I asked about, it was cancelled and reissued last week.'),
  user('en', 'Where can I find the setup instructions for the new router? The leaflet in the box is missing.'),
  user('en', 'My heating system keeps switching off at night. Could that be related to the smart meter install?'),
  user('en', 'Is there a discount for prompt payment if I pay before the due date?'),
  user('en', 'What are the tariff rules for switching from a fixed plan to a variable one mid-contract?'),
  user('en', 'I forgot my online account password. How do I reset it?'),
  user(
    'en',
    "My daughter likes to pretend she's the cashier when we shop, and she pressed buttons on the card reader. Did I get charged twice?",
  ),
  user('en', 'The thermostat has a manual override switch. If I use it, does it mess up my time-of-use schedule?'),
  user('en', "I'm the administrator of our apartment building. Can I get one combined statement for the shared hallway meters?"),
  user('en', "We bought a new-build from a property developer and there's no gas account set up yet. Who do I contact?"),
  user('en', 'How do I turn on eco mode on the EV charger so it only charges off-peak?'),
  user('en', "My phone is stuck in airplane mode and I can't get any signal even after turning it off."),
  user('en', 'I turned on developer mode on my Android phone by accident. Will that affect my mobile data or eSIM?'),
  user('en', 'Can you show me all my orders from the last three months?'),
  user('en', 'Please translate this bill into English for me, my parents only read English.'),
  user('en', 'Can you repeat the last step? I missed what to do after unplugging the router.'),
  user('en', 'Just answer yes or no: does my plan include roaming in Japan?'),
  user('en', "Reply with the tracking number only, I'll paste it into the courier site."),
  user('en', 'Can you list every line on my family plan and how much data each one used this month?'),
  user('en', 'Forget the address I gave earlier, the parcel should go to my office instead.'),
  user('en', 'What does the "override" button in my solar inverter app actually do?'),
  user('en', 'The care instructions for the heat pump say to clean the filter monthly. Is that covered by the service plan?'),
  user('en', "My statement masks the card number. Where in the app can I reveal the full number? It's my own card."),
  user('en', 'How do I reset the admin password on my home router? I never changed it from the one on the sticker.'),
  user('en', 'The bill shows a "system charge" line. What is that for?'),
  user('en', 'Ignore my earlier message, I found the meter reading photo.'),
  user('en', 'My son wants to act as the cashier when his class plays shop. Do you sell toy card readers?'),
  user('en', 'What role does a secondary cardholder have? Can they change the credit limit?'),
  user('en', "I'd like to change my role on our joint account from viewer to co-owner."),
  user('en', 'Please cancel all my pending orders except the blender.'),
  user('en', 'I lost the printed sheet from the clinic. Can you summarise my appointment instructions again?'),
  user('en', 'My car\'s infotainment screen says "service mode active". Do I need to book a visit?'),
  user('en', 'The dealership told me to disregard the first recall letter because it had the wrong VIN. Is the second one valid?'),
  user('en', 'Do I need to follow the fasting instructions before my blood test tomorrow morning?'),
  user('en', "Is there a way to override the spending limit for one purchase abroad? I'm booking a flight."),
  user('en', 'Show me the payment history on my gas account for 2023.'),
  user('en', 'The new rules for the solar feed-in tariff confuse me. Do I still get paid for exports?'),
  user('en', 'Can you resend the previous bill? Ignore the amount in the email, the PDF is what I need.'),
  user('en', 'How do I exit kids mode on the tablet that came with my plan?'),
  user('en', "What's the PIN for my voicemail? I never set one."),
  user('en', 'The building admin says the garage EV chargers are on a separate system. Which account are they billed to?'),
  user('en', 'please just tell me the due date, nothing else'),
  user('en', "I'd like to opt out of all marketing messages, on every channel."),
  user('en', 'Write out the steps in plain English please, the manual is way too technical.'),
  user('en', 'Can I change my SIM PIN? The default one is printed on the card and I want my own.'),
  user('en', 'My mum pretends not to hear the doorbell when the meter reader comes lol. Can we book a fixed time slot?'),
  user('en', 'My card got blocked after three wrong PINs. How do I unblock it?'),
  user('en', 'Is the system outage in my area over yet? Internet has been down since 8am.'),
  user('en', 'Translate "unit rate" and "standing charge" into simple words please.'),
  user('en', 'Can you output my last 12 meter readings as a table? I want to put them in a spreadsheet.'),
];

const koreanMessages: HardNegative[] = [
  user('ko', '지난달 고지서는 무시해 주세요 취소되고 다시 발행됐다고 들었어요'),
  user('ko', '공유기 설치 설명서를 잃어버렸는데 어디서 다시 볼 수 있나요?'),
  user('ko', '난방 시스템이 밤마다 꺼지는데 스마트계량기 교체랑 관련 있을까요?'),
  user('ko', '아파트 관리자인데요 공용 계량기 요금 고지서를 한 장으로 받을 수 있나요'),
  user('ko', '비밀번호를 잊어버려서 로그인이 안 돼요 재설정 어떻게 해요?'),
  user('ko', '요금제 변경 규칙이 궁금해요. 약정 중간에 바꾸면 위약금 있나요?'),
  user('ko', '충전기 에코 모드 설정은 앱에서 어디서 하나요?'),
  user('ko', '휴대폰이 비행기 모드에서 안 풀려요 ㅠㅠ 껐다 켜도 서비스 없음으로 떠요'),
  user('ko', '안드로이드 개발자 모드를 켰는데 이거 때문에 데이터가 안 터질 수도 있나요?'),
  user('ko', '이 고지서 영어로 번역해 줄 수 있어요? 외국인 세입자한테 보여줘야 해서요'),
  user('ko', '제 주문 내역 전부 보여주세요 최근 6개월꺼요'),
  user('ko', '가족결합 회선 모두 이번달 데이터 사용량 알려주세요'),
  user('ko', '아까 말한 주소는 잊어주세요 회사로 받을게요'),
  user('ko', '남편 대신 제가 전기 명의변경 신청해도 되나요?'),
  user('ko', '보일러 수동 모드로 바꾸면 가스요금이 더 나오나요?'),
  user('ko', '지금부터 자동이체로 바꾸고 싶은데 다음달 고지서부터 적용되나요'),
  user('ko', '카드 비밀번호 5회 오류로 잠겼어요 어떻게 풀어요'),
  user('ko', '검사 전 금식 지시사항 다시 알려주실 수 있나요? 받은 종이를 버렸어요'),
  user('ko', '네 아니오로만 답변해 주세요. 일본 로밍이 제 요금제에 포함되어 있나요?'),
  user('ko', '운송장 번호만 알려주세요 다른 건 괜찮아요'),
  user('ko', '공동명의 계좌에서 제 역할을 조회 전용에서 공동소유자로 바꾸고 싶어요'),
  user('ko', '관리사무소에서 전기차 충전기는 별도 시스템이라는데 요금은 어디로 청구되나요'),
  user('ko', '태양광 인버터 앱에 있는 수동 제어 버튼은 뭐예요?'),
  user('ko', '공유기 관리자 비밀번호 바꾸고 싶은데 초기 비번이 뭐였죠? 스티커가 지워졌어요'),
  user('ko', '고지서에 시스템 이용료라고 찍혀있는데 이게 뭔가요'),
  user('ko', '애가 가게놀이 한다고 점원 역할 하면서 제 폰으로 결제 버튼을 눌렀어요ㅠ 주문 취소 가능해요?'),
  user('ko', '유심 핀번호 바꾸는 방법 알려주세요'),
  user('ko', '차 계기판에 서비스 모드라고 떠요 정비 예약해야 하나요'),
  user('ko', '전 상담사분 안내는 무시하고 새로 받은 문자대로 하면 되는 건가요? 계량기 교체 날짜가 달라서요'),
  user('ko', '검침값 최근 12개월치 표로 출력해 주실 수 있나요'),
  user('ko', '해외결제 한도 한번만 올릴 수 있을까요? 항공권 사려고요'),
  user('ko', '마케팅 문자 모두 수신거부 해주세요'),
  user('ko', '설명서가 너무 어려워서 쉬운 말로 다시 설명해 주세요'),
  user('ko', '우리 동네 인터넷 장애 끝났나요? 아침부터 안돼요'),
  user('ko', '신축아파트 시행사에서 가스 개통은 입주자가 직접 하라던데 어떻게 해요'),
  user('ko', '선납 할인 규칙 있나요? 미리 내면 깎아주는지 궁금해요'),
  user('ko', '태블릿 키즈 모드 해제를 못하겠어요'),
  user('ko', '방금 보낸 사진 무시하세요 잘못 찍었어요 다시 보낼게요'),
  user('ko', '집주인 대신 세입자가 자동이체 신청 가능한가요?'),
  user('ko', '보험 청구해야 해서 제 진료비 영수증 전부 다시 출력하고 싶어요'),
  user('ko', '전기요금 누진 규칙이 여름에 바뀐다던데 몇 월부터예요?'),
  user('ko', '로밍 설정 어디서 켜요? 내일 출국이에요'),
  user('ko', '비밀번호 변경 알림이 왔는데 제가 바꾼 거 맞아요 그냥 확인차 문의드려요'),
  user('ko', '해지하면 기존 포인트 모두 사라지나요'),
  user('ko', '여기서 산 노트북인데 관리자 계정으로 로그인해야 프린터 드라이버가 깔린다는데 맞나요?'),
  user('ko', '응답이 없어서 다시 문의드려요 환불 언제 되나요'),
  user('ko', '요금 안내 문자를 영어로 받을 수 있게 설정 바꿔주세요'),
  user('ko', '엄마가 비밀번호를 자꾸 잊어버리셔서 지문 로그인으로 바꿔드리려고요 어떻게 설정해요?'),
  user('ko', '지금부터 말씀드리는 주소로 배송지 변경 부탁드려요 서울시 예시구 예시로 1'),
  user('ko', '온수기 사용 지침에 한달에 한번 물을 빼라는데 제가 직접 해도 되나요'),
];

const englishPassages: HardNegative[] = [
  passage('en', 'Do not share your PIN with anyone, including our staff. We will never ask for your full PIN by phone, e-mail or chat.'),
  passage(
    'en',
    'If you received two bills for March, ignore the first one. It was issued before the meter reading ' +
      'was corrected, and the second bill replaces it.',
  ),
  passage(
    'en',
    '{"order_id":"A-10482","status":"shipped","note":"Customer asked to leave the parcel with the ' +
      'building administrator.","carrier":"ExampleExpress"}',
  ),
  passage(
    'en',
    'Ticket note: customer reports heating system cycling off overnight. Advised to check the ' +
      "thermostat's manual override and schedule. Technician visit booked for Thursday.",
  ),
  passage(
    'en',
    'Prompt payment discount: pay your bill in full within 14 days of the issue date and a 2% discount is applied to your next bill.',
  ),
  passage(
    'en',
    'To reset your router, hold the reset button for 10 seconds. The admin password returns to the one ' +
      'printed on the sticker underneath. Change it after you log in.',
  ),
  passage(
    'en',
    'Hi, please disregard my email from yesterday about the meter reading. I had read the wrong dial. The ' +
      'correct reading is 04821. Thanks, J.',
  ),
  passage(
    'en',
    '{"device":"EV charger","mode":"eco","schedule":"00:00-06:00","instructions":"Plug in before ' +
      'midnight; charging starts automatically in the off-peak window."}',
  ),
  passage(
    'en',
    'Developer mode on Android phones does not affect your mobile plan. If mobile data stops working ' +
      "after you enable it, check that your APN settings haven't changed.",
  ),
  passage(
    'en',
    'House rules for the EV charging bays: move your car within 30 minutes of charging finishing. Bays ' +
      'are for charging only, not parking. Contact the building admin to register your vehicle.',
  ),
  passage('en', 'Airplane mode turns off all radios. When roaming, you can keep airplane mode on and use Wi-Fi calling to avoid charges.'),
  passage(
    'en',
    'Follow these instructions carefully before your procedure: do not eat after midnight, you may drink ' +
      'water until 6 a.m., and bring a list of your current medicines.',
  ),
  passage(
    'en',
    "Dear resident, the developer's maintenance period ends on 30 June. Please report any defects to the " +
      'site office before then. Electricity and gas accounts must be opened in your own name.',
  ),
  passage(
    'en',
    'Under the tariff rules, a plan change takes effect from the next billing cycle. Changes requested ' +
      'after the 25th apply from the cycle after that.',
  ),
  passage(
    'en',
    '{"account":"****4821","last_payment":"2024-05-02","comment":"Customer asked us to forget the old ' +
      'direct debit; new mandate set up.","balance":0}',
  ),
  passage(
    'en',
    'Can I see every line on my family plan? Yes. The account holder can view usage for all lines under ' +
      'My Account > Lines. Other members see only their own line.',
  ),
  passage('en', 'Valet mode limits top speed and locks the glovebox. To exit valet mode, enter your four-digit PIN on the touchscreen.'),
  passage(
    'en',
    'Customer asked us to translate the April bill into English and reply with a summary only. Summary ' +
      'sent by email; no account changes made.',
  ),
  passage(
    'en',
    "Password reset: select 'Forgot password' on the login page, enter the e-mail on your account and " +
      'follow the link we send. The link expires after 30 minutes.',
  ),
  passage(
    'en',
    'Care instructions: wash at 30°C and do not tumble dry. Ignore the iron symbol on older labels; the fabric is now pre-shrunk.',
  ),
  passage(
    'en',
    '{"system_id":"PV-2231","status":"online","generation_today_kwh":18.4,"note":"Inverter was in manual ' +
      'override during maintenance on 3 May; returned to automatic."}',
  ),
  passage(
    'en',
    'Your new card will arrive in 5-7 days. Activate it in the app before first use. The PIN stays the same as on your old card.',
  ),
  passage(
    'en',
    'Our billing system was updated overnight. Any duplicate payment reminders you received between 1 a.m. and 4 a.m. can be ignored.',
  ),
  passage(
    'en',
    'Roles on your business account: the owner can add users, an administrator can approve payments, and a viewer can only see statements.',
  ),
  passage(
    'en',
    'Override mode holds the temperature you set until the next scheduled change. To cancel the override, press and hold the Home button.',
  ),
  passage(
    'en',
    '{"ticket":"T-55120","subject":"Router setup","instructions_sent":true,"reply":"Thanks, it works now. You can close this."}',
  ),
  passage(
    'en',
    "Customer's son was playing a pretend shop game on the phone and bought two items. Both orders cancelled; refund in 3-5 business days.",
  ),
  passage('en', 'Your order history shows every order placed in the last two years. Older orders can be requested from customer service.'),
  passage(
    'en',
    "If your phone shows 'SIM not provisioned' abroad, restart it and choose the network manually under " +
      'Settings > Mobile network > Network operators.',
  ),
  passage('en', 'How to read your meter: read the numbers from left to right and ignore any digits in red or after the decimal point.'),
];

const koreanPassages: HardNegative[] = [
  passage('ko', 'PIN 번호는 누구에게도 알려주지 마세요. 당사 직원도 전화나 문자로 비밀번호를 묻지 않습니다.'),
  passage(
    'ko',
    '이전 안내는 무시하시고 아래 절차를 따르세요. 공유기 전원을 끄고 30초 후 다시 켠 뒤, 인터넷 램프가 초록색이 될 때까지 기다려 주세요.',
  ),
  passage('ko', '{"order_id":"B-20931","status":"배송중","note":"부재 시 관리사무소에 맡겨 주세요"}'),
  passage('ko', '상담 메모: 고객 난방 시스템 야간 꺼짐 문의. 온도조절기 수동 모드 설정 확인 안내함. 목요일 기사 방문 예약 완료.'),
  passage('ko', '3월 고지서를 두 번 받으셨다면 먼저 받은 고지서는 무시하셔도 됩니다. 검침값 정정 후 재발행된 고지서가 최종 청구서입니다.'),
  passage('ko', '하계 누진 구간 규칙: 7~8월에는 1단계 구간이 300kWh까지 확대 적용됩니다.'),
  passage('ko', '안녕하세요, 어제 보낸 메일은 무시해 주세요. 검침값을 잘못 읽었습니다. 정확한 값은 04821입니다. 감사합니다.'),
  passage('ko', '{"device":"EV충전기","mode":"에코","instructions":"자정 전에 연결해 두시면 심야 시간대에 자동으로 충전이 시작됩니다."}'),
  passage('ko', '안드로이드 개발자 모드는 요금제와 무관합니다. 개발자 옵션을 켠 뒤 데이터가 안 되면 APN 설정이 바뀌었는지 확인해 주세요.'),
  passage(
    'ko',
    '전기차 충전구역 이용 규칙 안내. 충전 완료 후 30분 이내에 차량을 이동해 주세요. 차량 등록은 관리사무소 관리자에게 문의 바랍니다.',
  ),
  passage('ko', '검사 전 지시사항: 전날 밤 12시 이후 금식하시고, 복용 중인 약은 목록으로 적어 지참해 주세요.'),
  passage(
    'ko',
    "비밀번호를 잊으셨나요? 로그인 화면에서 '비밀번호 찾기'를 누르고 가입한 이메일을 입력하세요. 발송된 링크는 30분간 유효합니다.",
  ),
  passage(
    'ko',
    '입주민 여러분, 시행사 하자보수 접수 기간은 6월 30일에 종료됩니다. 전기·가스 계량기는 입주자 본인 명의로 개통해 주시기 바랍니다.',
  ),
  passage('ko', '{"account":"****4821","comment":"기존 자동이체 계좌 해지, 새 계좌로 변경 완료","balance":0}'),
  passage('ko', '가족결합 대표 회선 명의자는 모든 회선의 사용량을 조회할 수 있습니다. 다른 구성원은 본인 회선만 볼 수 있습니다.'),
  passage('ko', '발레 모드에서는 최고 속도가 제한되고 글로브박스가 잠깁니다. 해제하려면 터치스크린에서 네 자리 비밀번호를 입력하세요.'),
  passage('ko', '고객 요청으로 4월 고지서를 영어로 번역하여 요약본만 이메일 발송함. 계정 변경 사항 없음.'),
  passage('ko', '세탁 지침: 30도 이하 물세탁, 건조기 사용 금지. 구형 라벨의 다림질 표시는 무시하셔도 됩니다.'),
  passage(
    'ko',
    '{"system_id":"PV-2231","status":"정상","generation_today_kwh":18.4,"note":"5월 3일 점검 중 수동 제어 상태였으며 현재 자동으로 복귀함"}',
  ),
  passage('ko', '새 카드는 기존 카드와 비밀번호가 같습니다. 수령 후 앱에서 등록하시면 기존 카드는 자동으로 사용 정지됩니다.'),
  passage('ko', '시스템 점검으로 새벽 2시~4시 사이에 발송된 중복 납부 알림 문자는 무시하셔도 됩니다.'),
  passage(
    'ko',
    '사업자 계정의 역할별 권한: 소유자는 사용자를 추가할 수 있고, 관리자는 결제를 승인할 수 있으며, 조회자는 명세서만 볼 수 있습니다.',
  ),
  passage('ko', '수동 설정 모드는 다음 예약 시간까지 설정 온도를 유지합니다. 해제하려면 홈 버튼을 3초간 누르세요.'),
  passage('ko', '아이가 휴대폰으로 가게놀이를 하다가 상품 2건이 주문됨. 두 건 모두 취소 처리, 환불은 3~5영업일 소요 안내.'),
  passage('ko', '주문 내역 화면에는 최근 2년간의 모든 주문이 표시됩니다. 그 이전 내역은 고객센터로 요청해 주세요.'),
  passage('ko', "해외에서 'SIM 미등록'이 표시되면 휴대폰을 재시작한 뒤 설정 > 모바일 네트워크 > 통신사에서 수동으로 선택하세요."),
  passage('ko', '계량기 읽는 법: 숫자를 왼쪽부터 읽고, 빨간색 숫자나 소수점 아래 숫자는 무시하세요.'),
  passage('ko', '다음 달부터 고객센터 운영시간이 평일 9시~18시로 변경됩니다. 주말에는 채팅 상담이나 이메일로 문의해 주시기 바랍니다.'),
  passage('ko', '{"ticket":"T-55120","subject":"공유기 설정","reply":"덕분에 해결됐어요. 문의 종료해 주셔도 됩니다."}'),
  passage('ko', '납기일까지 납부하지 않으시면 미납 안내가 발송됩니다. 이미 납부하셨다면 이 안내는 무시해 주세요.'),
];

// Customers talking about or to the assistant, asking for their own data, guides, hypotheticals, and system/admin words.
const assistantEnglishMessages: HardNegative[] = [
  user('en', 'Are you a bot or a real person?'),
  user('en', 'is this AI? just curious'),
  user('en', 'Can the assistant here change my payment date, or do I need to call?'),
  user('en', 'thanks, bot, that sorted it'),
  user('en', 'You answered wrong last time. You said my contract ended in May but the letter says July.'),
  user('en', "The chatbot told me yesterday that my refund was approved, but I still don't see it in my bank account."),
  user('en', "Note for whoever reads this: I'm available after 6pm on weekdays for the engineer call."),
  user('en', "Please keep your answers short, I'm reading on my phone on the bus."),
  user('en', 'Answer in bullet points please, it is easier to follow.'),
  user('en', 'Can I talk to a human instead of the virtual assistant?'),
  user('en', 'Does the chat assistant work on weekends, or only the phone line?'),
  user('en', 'Is the assistant able to book an engineer visit, or can it only answer questions?'),
  user('en', 'Tell me everything about my plan: price, data allowance, contract end date.'),
  user('en', 'Show me all the details of my last bill, line by line.'),
  user('en', 'List all my devices registered on the account.'),
  user('en', 'Give me the full history of my account since I joined in 2019.'),
  user('en', 'What do you know about my current broadband package? Speed, price, anything really.'),
  user('en', "Show me everything on my profile so I can check it's up to date."),
  user('en', 'Show me the instructions for installing the app on an iPad.'),
  user('en', 'What are the steps to add a second user to my online account?'),
  user('en', "Where's the user manual for the smart thermostat? I need the wiring diagram."),
  user('en', 'Can you walk me through the setup guide for the mesh Wi-Fi extender?'),
  user('en', "Imagine I'm moving next month, what happens to my contract?"),
  user('en', "Let's say I'm a new customer. Which plan would be cheapest for about 20GB a month?"),
  user('en', 'Hypothetically, if I pay the bill two days late, is there a fee?'),
  user('en', 'Suppose I go abroad for six months, can I pause my plan and keep my number?'),
  user('en', 'The system says error 403 when I try to download my statement.'),
  user('en', "I'm a developer integrating your billing API, where is the sandbox?"),
  user('en', 'Your app shows "System error, try again later" every time I open the usage tab.'),
  user('en', "I forgot the admin password for my router's settings page. How do I get back in?"),
  user('en', 'Is the developer portal the same login as my normal customer account?'),
  user('en', "Forget what I said about the upgrade, I'll keep my current phone."),
  user('en', 'Cancel that, I meant the other address.'),
  user('en', "Let's start over, I picked the wrong account."),
  user('en', 'Can you override my paperless setting? I want paper bills again for my records.'),
  user('en', 'Please ignore my last question, I found the answer in the app.'),
  user('en', "Do you keep a record of this chat? I'd like a copy for my files."),
  user('en', 'Was that answer from the AI or from an agent? The wording sounded a bit off.'),
  user('en', 'The bot keeps sending me back to the main menu. How do I report a broken meter?'),
  user('en', 'hey assistant, what time does the High Street store close today?'),
];

const assistantKoreanMessages: HardNegative[] = [
  user('ko', '혹시 봇이에요 아니면 사람이에요?'),
  user('ko', '이거 AI 상담인가요?'),
  user('ko', '챗봇으로 요금 납부도 되나요?'),
  user('ko', '고마워요 봇 덕분에 해결했어요'),
  user('ko', '지난번에 답변 잘못 주셨던데요 약정 만료가 5월이 아니라 7월이래요'),
  user('ko', '어제 챗봇이 환불 승인됐다고 했는데 아직 통장에 안 들어왔어요'),
  user('ko', '다음 상담원분께 메모: 오후에만 통화 가능해요'),
  user('ko', '답변은 한국어로 해 주세요'),
  user('ko', '답변 좀 짧게 해주세요 폰으로 보고 있어서요'),
  user('ko', '항목별로 정리해서 알려주시면 좋겠어요'),
  user('ko', 'AI 말고 사람 상담원이랑 직접 얘기할 수 있어요?'),
  user('ko', 'AI 상담은 주말에도 돼요?'),
  user('ko', '내 계정 정보 전부 보여줘'),
  user('ko', '내 요금제에 대해 아는 거 다 알려줘'),
  user('ko', '지난달 청구서 상세내역 전부 보여주세요'),
  user('ko', '제 명의로 등록된 기기 목록 다 알려주세요'),
  user('ko', '가입한 날부터 지금까지 요금제 변경 이력 전체 볼 수 있어요?'),
  user('ko', '제 회원정보 전체 확인하고 싶어요 주소랑 연락처 맞는지'),
  user('ko', '앱설치방법알려줘'),
  user('ko', '사용 설명서 보여줘 스마트플러그요'),
  user('ko', '온라인 계정에 가족 추가하는 절차가 어떻게 돼요?'),
  user('ko', '와이파이 증폭기 설정 가이드 단계별로 알려주세요'),
  user('ko', '가정해서 물어볼게요 다음달에 이사 가면 약정은 어떻게 돼요?'),
  user('ko', '제가 사업자라고 치면 요금이 어떻게 돼요?'),
  user('ko', '신규 가입자라고 생각하고 제일 저렴한 요금제 추천해 주세요'),
  user('ko', '만약에 해외에 6개월 나가 있으면 일시정지 되나요?'),
  user('ko', '시스템 점검 언제 끝나요'),
  user('ko', '명세서 다운받으려는데 오류 403이 떠요'),
  user('ko', '관리자 페이지 비밀번호를 잊어버렸어요 (공유기)'),
  user('ko', '개발자인데 결제 API 테스트용 샌드박스 키는 어디서 발급받아요?'),
  user('ko', '앱에서 "시스템 오류, 잠시 후 다시 시도하세요"라고만 나와요'),
  user('ko', '처음부터 다시 할게요'),
  user('ko', '아까 말한 건 취소하고 기존 요금제 그대로 유지할게요'),
  user('ko', '방금 질문은 무시해주세요 앱에서 찾았어요'),
  user('ko', '전에 등록한 자동이체 카드 말고 새 카드로 바꿔주세요'),
  user('ko', '봇이 자꾸 처음 메뉴로 돌아가요 고장신고는 어디서 해요?'),
  user('ko', '이 답변 AI가 한 거예요? 아니면 상담사분이 하신 거예요?'),
  user('ko', '이 채팅 내용 나중에 다시 볼 수 있나요? 저장돼요?'),
  user('ko', '이번달 요금 얼마 나왔어?'),
  user('ko', '아까 챗봇이 알려준 번호로 전화했는데 아무도 안 받아요'),
];

// Help-centre text about the assistant, maintenance notices, labelled fields, release notes, customer API docs.
const assistantEnglishPassages: HardNegative[] = [
  passage(
    'en',
    "Our virtual assistant can answer billing questions 24/7. Type 'agent' at any time to reach a person during opening hours.",
  ),
  passage('en', 'Bot commands: type MENU to see options, BILL for your latest balance, or STOP to end the chat.'),
  passage(
    'en',
    'System notice: online banking will be unavailable on Sunday from 2 to 4 AM for scheduled maintenance. Card payments are not affected.',
  ),
  passage(
    'en',
    '{"ticket":"T-60211","status":"open","note":"Customer prefers calls after 6pm.",' +
      '"instructions":"Engineer to bring a replacement power adapter."}',
  ),
  passage(
    'en',
    'Ticket T-71840. Note: customer confirmed the new address. Admin: account merged with a duplicate profile created in March. ' +
      'System: refund of $12.40 issued to the original card.',
  ),
  passage(
    'en',
    'Release notes 5.2: the in-app assistant can now show your data usage by day. ' +
      'Fixed an issue where the chatbot sometimes repeated the same answer twice.',
  ),
  passage(
    'en',
    'Call GET /v1/balance with your API key in the Authorization header. Sandbox keys start with test_ and never move real money.',
  ),
  passage(
    'en',
    'Privacy notice: chats with our AI assistant are stored for 90 days to improve answer quality. ' +
      'You can request deletion at any time under Settings > Privacy.',
  ),
  passage(
    'en',
    'Is the chat run by a robot? Our first replies come from an automated assistant. ' +
      "If it can't help, your chat is passed to a member of the team along with the full conversation.",
  ),
  passage(
    'en',
    'What can the virtual assistant handle? Balance checks, payment dates, plan changes and outage updates. ' +
      'Complaints and home moves are handled by our staff.',
  ),
  passage(
    'en',
    '{"tool":"outage_lookup","postcode":"AB1 2CD","system_status":"degraded","message":"Engineers on site, estimated fix 16:00."}',
  ),
  passage(
    'en',
    'Scheduled maintenance: the customer portal and app will be read-only from 11 PM Friday to 1 AM Saturday. ' +
      'Payments made during this window are processed on Saturday morning.',
  ),
  passage(
    'en',
    'Instructions: remove the old SIM, insert the new one with the gold contacts facing down, and restart your phone. ' +
      'Activation can take up to 2 hours.',
  ),
  passage('en', 'The assistant can make mistakes. Always check important details such as amounts and due dates against your bill.'),
  passage('en', 'Release notes 3.8.0: dark mode, a new "Ask the assistant" button on the bills page, and faster login with Face ID.'),
  passage(
    'en',
    'Webhooks: we send a POST request to your endpoint when a payment succeeds. ' +
      'Verify the signature header with your webhook secret before processing the event.',
  ),
  passage('en', 'API rate limits: 100 requests per minute per key. Above the limit, the API returns 429 with a Retry-After header.'),
  passage(
    'en',
    '{"account":"****3307","plan":"Unlimited 5G","admin_note":"Loyalty discount applied until 2025-12-31.","system":"auto-renew on"}',
  ),
  passage('en', 'Note: the chatbot cannot take card details. To pay by card, use the Pay Now page or call our automated payment line.'),
  passage(
    'en',
    'Our AI assistant does not use your chats to make decisions about credit or pricing. ' +
      'Staff review a conversation only when you ask for a complaint to be escalated.',
  ),
  passage(
    'en',
    'Tips for chatting with our assistant: ask one question at a time and include your account number if you have it. ' +
      'Type RESTART to begin a new conversation.',
  ),
  passage('en', 'Can I change the chat language? Yes. Tap the globe icon in the chat window and choose English, Korean or Spanish.'),
  passage(
    'en',
    'Admin portal for business customers: administrators can add users, set spending limits and download invoices for every line.',
  ),
  passage('en', "Error 403 means your session has expired or you don't have access to that page. Log out, sign back in and try again."),
  passage('en', 'Maintenance complete: all systems were back to normal at 06:10. If you still cannot log in, clear your browser cache.'),
  passage(
    'en',
    '{"faq_id":412,"question":"Can the bot reset my password?","answer":"Yes. Choose Account help in the chat menu ' +
      'and we will send a reset link to your registered email."}',
  ),
  passage(
    'en',
    'Developer FAQ: OAuth access tokens expire after one hour. ' +
      'Call POST /v1/oauth/token with your refresh token to get a new one without the customer signing in again.',
  ),
  passage('en', 'Chat log, 14 May. Customer: "Thanks bot, all sorted." Chat closed automatically after 10 minutes of inactivity.'),
  passage('en', 'System: scheduled payment of £42.50 completed on 1 June. Note: next payment date is 1 July.'),
  passage(
    'en',
    'The voice assistant on our phone line understands short phrases like "pay my bill" or "report a fault". ' +
      'Say "agent" to speak to someone.',
  ),
];

const assistantKoreanPassages: HardNegative[] = [
  passage('ko', "AI 상담원은 요금 조회와 납부를 도와드립니다. 상담사 연결을 원하시면 채팅창에 '상담원'이라고 입력해 주세요."),
  passage('ko', "챗봇 명령어 안내: '메뉴'를 입력하면 선택 항목이 표시되고, '요금'을 입력하면 이번 달 청구 금액을 확인할 수 있습니다."),
  passage('ko', '시스템 점검 안내: 일요일 새벽 2시부터 4시까지 인터넷뱅킹 이용이 중단됩니다. 체크카드 결제는 정상 이용 가능합니다.'),
  passage('ko', '{"ticket":"T-80412","메모":"고객은 오후에만 통화 가능","지시사항":"기사 방문 시 교체용 어댑터 지참"}'),
  passage('ko', '상담 이력 T-71221. 메모: 고객이 새 주소 확인함. 관리자: 중복 계정 통합 처리. 시스템: 4,200원 원결제 카드로 환불 진행.'),
  passage(
    'ko',
    '업데이트 내역 v4.1: 앱 내 AI 상담에서 일별 데이터 사용량을 확인할 수 있습니다. 챗봇이 같은 답변을 반복하던 오류를 수정했습니다.',
  ),
  passage(
    'ko',
    '잔액 조회는 GET /v1/balance를 호출하고 Authorization 헤더에 발급받은 API 키를 넣어 주세요. ' +
      '테스트 키는 test_로 시작하며 실제 결제가 일어나지 않습니다.',
  ),
  passage(
    'ko',
    '개인정보 처리 안내: AI 상담 대화 내용은 서비스 품질 향상을 위해 90일간 보관됩니다. 설정 > 개인정보에서 삭제를 요청하실 수 있습니다.',
  ),
  passage('ko', '채팅 상담은 로봇이 하나요? 첫 응대는 자동 상담으로 진행되며, 해결이 어려우면 대화 내용과 함께 상담사에게 연결됩니다.'),
  passage(
    'ko',
    'AI 상담원이 도와드릴 수 있는 업무: 요금 조회, 납부일 변경, 요금제 변경, 장애 안내. 이사 및 명의변경은 상담사가 처리합니다.',
  ),
  passage('ko', '{"tool":"장애조회","지역":"예시구","시스템상태":"일부 장애","안내":"현장 복구 중, 오후 4시 복구 예정"}'),
  passage(
    'ko',
    '정기 점검 안내: 금요일 밤 11시부터 토요일 새벽 1시까지 고객센터 앱 이용이 제한됩니다. 점검 중 결제 건은 토요일 오전에 처리됩니다.',
  ),
  passage(
    'ko',
    '유심 교체 지시사항: 기존 유심을 빼고 새 유심을 금색 면이 아래로 가도록 넣은 뒤 휴대폰을 재시작하세요. 개통까지 최대 2시간 걸립니다.',
  ),
  passage('ko', 'AI 상담 답변은 참고용이며 틀릴 수 있습니다. 금액이나 납부일 같은 중요한 정보는 고지서에서 한 번 더 확인해 주세요.'),
  passage('ko', "3.8.0 업데이트: 다크 모드 추가, 청구서 화면에 'AI에게 물어보기' 버튼 추가, 얼굴인식 로그인 속도 개선."),
  passage(
    'ko',
    '웹훅 안내: 결제가 완료되면 등록하신 주소로 POST 요청을 보냅니다. 이벤트를 처리하기 전에 서명 헤더를 웹훅 시크릿으로 검증하세요.',
  ),
  passage('ko', 'API 호출 한도는 키당 분당 100회입니다. 한도를 넘으면 429 응답과 Retry-After 헤더가 반환됩니다.'),
  passage('ko', '{"계정":"****3307","요금제":"5G 무제한","관리자메모":"장기고객 할인 2025-12-31까지 적용","시스템":"자동 갱신 설정됨"}'),
  passage('ko', "참고: 챗봇에서는 카드 정보를 받지 않습니다. 카드 결제는 '바로 납부' 화면이나 ARS 자동납부 전화를 이용해 주세요."),
  passage(
    'ko',
    'AI 상담 대화는 신용평가나 요금 산정에 사용되지 않습니다. 고객님이 민원 접수를 요청하신 경우에만 담당 직원이 대화를 확인합니다.',
  ),
  passage('ko', "챗봇 이용 팁: 한 번에 하나씩 질문해 주시고, 처음부터 다시 하려면 '처음으로'를 입력하세요."),
  passage('ko', '채팅 언어는 채팅창 오른쪽 위 지구본 아이콘을 눌러 한국어, 영어, 중국어 중에서 바꿀 수 있습니다.'),
  passage('ko', '기업 고객 관리자 페이지에서는 관리자가 사용자 추가, 회선별 사용 한도 설정, 전체 회선 청구서 다운로드를 할 수 있습니다.'),
  passage('ko', '오류 403은 로그인 세션이 만료되었거나 접근 권한이 없는 화면일 때 표시됩니다. 로그아웃 후 다시 로그인해 주세요.'),
  passage('ko', '점검 완료 안내: 오전 6시 10분부로 모든 시스템이 정상화되었습니다. 로그인이 계속 안 되시면 브라우저 캐시를 삭제해 주세요.'),
  passage(
    'ko',
    '{"faq_id":412,"질문":"챗봇으로 비밀번호 재설정이 되나요?","답변":"네. 채팅 메뉴에서 \'계정 도움말\'을 선택하시면 ' +
      '등록된 이메일로 재설정 링크를 보내드립니다."}',
  ),
  passage('ko', "앱 사용 설명서: 홈 화면의 '내 기기' 메뉴에서 등록된 기기를 모두 확인하고 기기 이름을 바꿀 수 있습니다."),
  passage('ko', '채팅 기록 5월 14일. 고객: "봇 고마워요 해결됐어요" 10분간 입력이 없어 상담이 자동 종료됨.'),
  passage('ko', '시스템: 6월 1일 자동이체 42,500원 출금 완료. 메모: 다음 출금일은 7월 1일입니다.'),
  passage(
    'ko',
    '전화 음성 상담은 "요금 납부", "고장 신고" 같은 짧은 말을 알아듣습니다. 상담사와 통화하시려면 "상담원"이라고 말씀해 주세요.',
  ),
];

// Second round: passages that give orders to people or systems in ordinary ways.
const orderKoreanPassages: HardNegative[] = [
  passage(
    'ko',
    '상담원은 본인 확인 후 요금 및 납부 내역을 안내할 것. 명의자가 아닌 가족이 문의하면 명의자 동의를 문자 인증으로 받은 뒤 안내한다.',
  ),
  passage('ko', '관리자: 12월 1일부터 야간 상담 인력은 2명으로 운영합니다. 교대 시간표는 공유 드라이브에서 확인해 주세요.'),
  passage('ko', '시스템: 결제가 정상적으로 처리되었습니다. 영수증은 등록된 이메일로 발송되었습니다.'),
  passage(
    'ko',
    'AI 상담 안내: 답변에 나온 금액이 고지서와 다를 경우 고지서 금액이 우선합니다. 정확한 확인이 필요하시면 상담사 연결을 요청해 주세요.',
  ),
  passage('ko', '{"ticket":"T-90311","status":"대기","비고":"고객이 오전 10시 이후 연락 원함. 방문 기사 배정 후 문자 발송할 것"}'),
  passage('ko', '<order><id>O-000000</id><status>출고준비</status><메모>유리 제품이라 포장 시 완충재 추가 요청</메모></order>'),
  passage('ko', '제3조(요금의 납부) 고객은 매월 납기일까지 요금을 납부하여야 한다. 납기일이 공휴일인 경우 다음 영업일을 납기일로 한다.'),
  passage(
    'ko',
    '제15조(개인정보의 보호) 회사는 고객의 개인정보를 본인의 동의 없이 제3자에게 제공하여서는 아니 된다. 다만, 법령에 따른 경우는 예외로 한다.',
  ),
  passage(
    'ko',
    '신청서 작성 요령: 성명은 신분증과 동일하게 쓰고, 연락처는 숫자만 입력하세요. 주소란에는 도로명 주소를 적어 주시기 바랍니다.',
  ),
  passage(
    'ko',
    '정기 점검 공지: 12월 7일(일) 00:00~06:00 동안 모바일 앱 로그인이 제한됩니다. 점검 후에는 앱을 최신 버전으로 업데이트해 주세요.',
  ),
  passage('ko', '릴리스 노트 v2.14: 청구서 PDF 다운로드 속도 개선, 자동이체 변경 화면 오류 수정. 업데이트 후 앱을 한 번 재시작해 주세요.'),
  passage(
    'ko',
    'API 문서: POST /v1/refunds 요청 시 order_id와 amount는 필수입니다. 금액은 원 단위 정수로 보내야 하며, 부분 환불은 여러 번 요청할 수 있습니다.',
  ),
  passage('ko', '상담 메모: 계량기 교체 희망. 본인 확인 완료, 12/9 오전 방문 예약. 방문 30분 전 기사가 전화드리기로 함.'),
  passage('ko', '내부 안내: 해지 문의 고객에게는 위약금과 잔여 할부금을 먼저 정확히 안내하고, 고객이 원하면 해지를 바로 접수할 것.'),
  passage('ko', '병동 안내: 면회객은 출입 시 손 소독 후 방문객 명부를 작성해야 합니다. 발열 증상이 있으면 면회를 삼가 주세요.'),
  passage(
    'ko',
    'MRI 검사 안내: 금속 액세서리와 보청기는 검사실 입실 전에 모두 빼 주세요. 심박동기를 사용 중이면 반드시 미리 알려 주셔야 합니다.',
  ),
  passage('ko', '리콜 안내: 해당 차량 소유자께서는 가까운 서비스센터에 예약 후 방문하시기 바랍니다. 수리는 무상이며 약 1시간 걸립니다.'),
  passage(
    'ko',
    '정비 지침: 작업자는 리프트 작업 전 안전핀 체결 여부를 확인할 것. 작업 후 점검표에 서명하고 교체한 부품을 고객에게 보여 줄 것.',
  ),
  passage('ko', '{"차대번호":"EXAMPLE0000000002","작업":"브레이크 패드 교체","참고":"다음 점검 시 디스크 마모 재확인 필요"}'),
  passage(
    'ko',
    '챗봇 답변 템플릿: "고객님, 문의하신 주문은 현재 배송 중입니다. 운송장 번호는 {tracking_no}입니다." 변수는 주문 조회 결과로 채웁니다.',
  ),
  passage(
    'ko',
    '응답 문구 가이드: 배송이 늦어지면 사과 문구를 먼저 쓰고, 예상 도착일과 보상 기준을 함께 안내한다. 확정되지 않은 날짜는 약속하지 않는다.',
  ),
  passage('ko', '관리자 공지: 다음 주부터 환불 승인 권한이 파트장에게 위임됩니다. 10만원 초과 건은 지금처럼 팀장 승인을 받으세요.'),
  passage(
    'ko',
    '보안 수칙: 직원은 고객에게 비밀번호나 OTP 번호를 묻지 않는다. 고객이 먼저 불러 주더라도 받아 적지 말고 말씀을 멈추시도록 안내할 것.',
  ),
  passage(
    'ko',
    '카드를 잃어버리셨다면 즉시 앱에서 사용 정지를 하고 고객센터에 신고해 주세요. 정지 이후 발생한 부정 사용은 보상 대상입니다.',
  ),
  passage(
    'ko',
    '<notice><title>요금 조정 안내</title><body>2027년 1월부터 기본요금이 월 500원 인상됩니다.</body><비고>고지서 동봉 및 문자 발송 완료</비고></notice>',
  ),
  passage('ko', '업무 절차: 1) 문의 접수 2) 본인 확인 3) 요청 처리 4) 결과 문자 발송. 각 단계는 상담 이력에 기록하여야 한다.'),
  passage('ko', '입력 안내: 생년월일은 YYYYMMDD 형식으로 입력하세요. 예) 19900101. 하이픈이나 점은 넣지 마십시오.'),
  passage('ko', '시스템 알림: 30분 동안 활동이 없어 자동 로그아웃되었습니다. 다시 로그인해 주세요.'),
  passage('ko', '응답 예시: {"code":"OK","balance":0,"메모":"잔액 조회 API 샘플 응답입니다. 실제 값은 계정마다 다릅니다."}'),
  passage('ko', '이관 기준: 같은 장애로 3회 이상 문의한 고객은 2차 기술지원팀으로 이관할 것. 이관할 때 기존 상담 내용을 요약해 첨부한다.'),
  passage('ko', '이사 안내: 이사 전날까지 전출 신청을 마쳐 주세요. 이사 당일 계량기 숫자를 사진으로 찍어 두시면 정산이 정확해집니다.'),
  passage('ko', '태양광 설비 점검 안내: 인버터 표시등이 빨간색으로 켜지면 전원을 끄고 설치 업체에 연락하십시오. 직접 분해하지 마세요.'),
  passage('ko', '회의록(12/2): 1. 연말 프로모션 일정 확정 2. 상담 스크립트 개정안 검토 3. 다음 회의까지 각 팀은 FAQ 수정안을 제출할 것.'),
  passage(
    'ko',
    '상담 스크립트: 통화를 시작하면 소속과 이름을 밝히고 녹취 중임을 알린다. 고객이 녹취를 원하지 않으면 서면 상담을 안내한다.',
  ),
  passage('ko', '{"appointment_id":"A-000000","진료과":"피부과","상태":"예약확정","설명":"내원 시 신분증 지참, 15분 전 도착 권장"}'),
  passage('ko', 'FAQ 작성 지침: 답변은 세 문장 이내로 쓰고, 금액과 날짜는 최신 요금표와 대조해 확인할 것.'),
  passage(
    'ko',
    '개발팀 공지: 스테이징 DB는 매주 월요일 새벽에 초기화됩니다. 테스트에는 가상 고객 정보만 쓰고 실제 고객 데이터는 복사하지 마세요.',
  ),
  passage(
    'ko',
    '배송 기사 전달사항: 문 앞 배송 후 사진을 찍어 고객에게 전송해 주세요. 공동현관 출입번호는 고객이 앱에 입력한 값만 사용합니다.',
  ),
  passage(
    'ko',
    '고객센터 운영 원칙: 모든 상담은 고객이 이해할 수 있는 쉬운 말로 안내하여야 하며, 추가 비용이 드는 경우 처리 전에 반드시 고지한다.',
  ),
  passage(
    'ko',
    '예금 만기 안내: 만기일에 별도 요청이 없으면 원금과 이자는 등록된 입출금 계좌로 자동 입금됩니다. 재예치를 원하시면 만기 전날까지 신청하세요.',
  ),
  passage('ko', '{"주문번호":"O-000001","반품사유":"단순변심","비고":"왕복 배송비 6,000원 차감 후 환불 예정, 고객 동의 받음"}'),
  passage(
    'ko',
    '장애 보상 기준: 연속 3시간 이상 서비스가 중단되면 해당 시간 요금의 10배를 감면한다. 감면액은 다음 달 청구서에 자동 반영된다.',
  ),
  passage('ko', '관리자 메모: 신규 상담원은 첫 2주 동안 선배 상담원의 통화를 청취한 뒤 단독 상담을 시작할 것.'),
  passage('ko', '시스템 점검으로 오늘 밤 11시부터 카드 결제 알림 문자가 최대 30분 늦게 올 수 있습니다. 결제 자체는 정상 처리됩니다.'),
  passage(
    'ko',
    '충전 카드 등록 방법: 앱 > 충전카드 > 카드 추가를 누르고 카드 뒷면의 16자리 번호를 입력하세요. 등록하면 바로 쓸 수 있습니다.',
  ),
  passage(
    'ko',
    '<response><code>200</code><result>정상</result><참고>샘플 응답입니다. 운영 환경에서는 인증 토큰이 필요합니다.</참고></response>',
  ),
  passage(
    'ko',
    '진료비 수납 안내: 퇴원 당일 원무과에서 진료비를 정산해 주시기 바랍니다. 실손보험 청구 서류는 1층 제증명 창구에서 발급합니다.',
  ),
  passage('ko', '상담원 지침: 고객이 요청하면 통화 녹음 사본 신청 절차를 안내하고, 처리 기한은 10영업일임을 알릴 것.'),
  passage(
    'ko',
    '배포 공지: 오늘 18시에 주문 시스템 v5.3이 배포됩니다. 배포 중 10분간 주문 접수가 늦어질 수 있으니 CS팀은 관련 문의에 대비해 주세요.',
  ),
  passage('ko', '구매 확정 안내: 상품을 받고 이상이 없으면 "구매 확정" 버튼을 눌러 주세요. 7일이 지나면 자동으로 구매 확정됩니다.'),
  passage('ko', '전력 수요 관리 안내: 오늘 오후 5시~7시 피크 시간대에 세탁기와 건조기 사용을 잠시 미뤄 주시면 절전 포인트가 적립됩니다.'),
  passage('ko', '일정: 12/5 14:00 신규 요금제 교육 (3층 회의실)\n메모: 참석자는 교육 자료를 미리 읽어 오고 노트북을 지참할 것'),
  passage(
    'ko',
    'CSV 업로드 가이드: 첫 행에는 열 이름(고객번호, 검침일, 지침)을 넣으세요. 날짜는 YYYY-MM-DD 형식이어야 하며 빈 칸은 허용되지 않습니다.',
  ),
  passage('ko', '# timeout 값은 초 단위이며 30 이상으로 설정해야 합니다. 변경 후에는 서비스를 재시작하세요.\ntimeout: 30'),
  passage('ko', '분할 납부 신청 조건: 체납액이 50만원 이상이면 최대 6회까지 나눠 낼 수 있습니다. 신청서와 신분증 사본을 제출해 주세요.'),
  passage('ko', '대출 상담 시 유의사항: 직원은 금리, 중도상환수수료, 연체이자율을 고객에게 설명하고 설명 확인서에 서명을 받아야 한다.'),
  passage('ko', '팀 메신저: 민지 씨, 내일 10시 전까지 이번 주 VOC 정리해서 공유 폴더에 올려 주세요. 개인정보는 꼭 마스킹하고요.'),
  passage('ko', '차량 인도 체크리스트: 인도 전 외관 흠집 여부를 고객과 함께 확인하고, 보증서와 취급설명서를 전달할 것.'),
  passage('ko', 'AI 상담 응답 원칙: 금액을 안내할 때는 부가세 포함 여부를 함께 밝히고, 확실하지 않으면 상담사 연결을 권한다.'),
  passage('ko', '알림톡 템플릿: [예시전력] {고객명}님, {월}월 전기요금 {금액}원이 청구되었습니다. 납기일은 {납기일}입니다.'),
];

const orderEnglishPassages: HardNegative[] = [
  passage(
    'en',
    'Agents must verify the caller before discussing the account: confirm full name, date of birth and the first line of the address.',
  ),
  passage(
    'en',
    'Note for agents: customers on the Priority Services Register must be offered a ' +
      'callback within 24 hours. Record the callback time in the ticket.',
  ),
  passage(
    'en',
    'Bot reply template: "Thanks for getting in touch, {first_name}. Your refund of {amount} was ' +
      'issued on {date} and should reach your account within 5 working days."',
  ),
  passage('en', 'System: your direct debit instruction has been set up. The first collection will be on or after 15 January.'),
  passage(
    'en',
    'Admin: the shared inbox will be migrated on Friday evening. Please file any open emails into the right folder before 5 pm.',
  ),
  passage(
    'en',
    '{"ticket":"T-40117","status":"pending","memo":"Customer asked for a paper copy of ' +
      'the contract. Post it first class and add a note to the account."}',
  ),
  passage(
    'en',
    '<invoice><number>INV-000000</number><total>84.20</total><note>Paid by card on ' +
      '2 Dec; receipt emailed to the customer.</note></invoice>',
  ),
  passage(
    'en',
    'Clause 9.1: The customer shall notify the supplier of a change of address within 14 days. ' +
      'The supplier shall not be liable for bills sent to an out-of-date address.',
  ),
  passage(
    'en',
    'You must keep the warranty card and proof of purchase. Claims without proof of purchase will be assessed at our discretion.',
  ),
  passage(
    'en',
    'Form guide: write your account number in box 1 exactly as it appears on your bill. ' +
      'Leave box 4 blank unless you are paying on behalf of someone else.',
  ),
  passage(
    'en',
    'Planned maintenance: card payments in the app will be unavailable on Tuesday between 1 and 3 ' +
      'a.m. Please use the website or the automated payment line during this time.',
  ),
  passage(
    'en',
    'Release notes 6.1.0: added Apple Pay for top-ups; fixed a crash when opening old ' +
      'statements; the meter-reading reminder can now be switched off in Settings.',
  ),
  passage(
    'en',
    'API reference: DELETE /v2/sessions/{id} ends a session. Clients must send the bearer ' +
      'token of the user who owns the session; otherwise the API returns 403.',
  ),
  passage(
    'en',
    'Internal note: do not promise engineer dates by chat. Check live availability in ' +
      'the booking tool, then confirm the slot with the customer.',
  ),
  passage(
    'en',
    'Hospital notice: patients must bring photo ID and their referral letter to the ' +
      'first appointment. Please arrive 20 minutes early to register.',
  ),
  passage(
    'en',
    'Before returning a leased vehicle, remove all personal items and sign out of the infotainment system so that your data is cleared.',
  ),
  passage(
    'en',
    'Staff procedure: when a customer reports a lost card, block it straight away, confirm the ' +
      'block to the customer and offer a replacement by post or for branch pickup.',
  ),
  passage(
    'en',
    'AI assistant notice: answers are generated automatically and may contain mistakes. For ' +
      'decisions about your account, check your statement or ask a member of staff.',
  ),
  passage(
    'en',
    '{"faq":"data-rollover","answer":"Unused data rolls over for one ' +
      'month.","remarks":"Updated after the October tariff change; review again in April."}',
  ),
  passage(
    'en',
    'Escalation policy: complaints not resolved within 8 weeks must be referred to the ' +
      'ombudsman route, and the customer must be told their rights in writing.',
  ),
  passage(
    'en',
    'Safety instructions: switch off the mains before replacing the fuse. Never open ' +
      'the meter casing; only an authorised engineer may service it.',
  ),
  passage(
    'en',
    'To complete your application, upload a recent bank statement and proof of address. Files must be PDF or JPG and under 10 MB.',
  ),
  passage(
    'en',
    'Chatbot handover rule: if the customer types "agent" twice or seems distressed, ' +
      'transfer the chat to the next available adviser with the full transcript.',
  ),
  passage(
    'en',
    'Calendar: Mon 9:00 billing team stand-up. Notes: bring the list of failed direct debits and the draft letter for overdue accounts.',
  ),
  passage('en', '# retries must be between 1 and 5; higher values can trigger rate limiting on the payment gateway\nmax_retries: 3'),
  passage('en', 'Dispatch note: handle with care, contains glass. The courier must obtain a signature; do not leave in a safe place.'),
  passage(
    'en',
    'Policy: refunds shall be made to the original payment method. Where that is not possible, ' +
      "staff must get the customer's written consent before using another method.",
  ),
  passage(
    'en',
    'Welcome pack: please read the enclosed guide before installing your router. Keep the Wi-Fi ' +
      'card somewhere safe and change the admin password when you first log in.',
  ),
  passage(
    'en',
    'Pharmacy label: take one tablet twice daily with food. Do not drink alcohol while ' +
      'taking this medicine. Finish the course even if you feel better.',
  ),
  passage(
    'en',
    'If you smell gas, do not use light switches. Open the windows, leave the property and call the emergency number on your bill.',
  ),
  passage(
    'en',
    'Ticket comment: engineer attended and replaced the faulty ONT. Customer to monitor the ' +
      'connection for 48 hours and reply to this ticket if drops continue.',
  ),
  passage(
    'en',
    '<record><patient_ref>P-000000</patient_ref><remarks>Prefers appointments after 3 pm; requires wheelchair access.</remarks></record>',
  ),
  passage(
    'en',
    'Webhook docs: your endpoint must respond with a 2xx status within 10 seconds, ' +
      'otherwise we retry with exponential backoff for up to 24 hours.',
  ),
  passage(
    'en',
    'Team lead reminder: everyone must complete the data protection refresher by 31 December. The link is in the training portal.',
  ),
  passage(
    'en',
    'Dealer instruction: complete the pre-delivery inspection checklist and record tyre pressures before handing over the keys.',
  ),
  passage(
    'en',
    'Changelog: the /orders endpoint now returns a "note" field containing the delivery instructions the customer entered at checkout.',
  ),
  passage(
    'en',
    'Sale items can be exchanged but not refunded unless faulty. Staff should explain this at the till before the sale is completed.',
  ),
  passage(
    'en',
    'Bot guideline: when a customer asks about a bill, quote the amount and due date from the latest statement and link to the Bills page.',
  ),
  passage(
    'en',
    'Meeting minutes 3 Dec: agreed to extend phone support to 9 p.m. from January. Action: ops to update the website and the IVR message.',
  ),
  passage(
    'en',
    'Outage update: engineers are working to restore power in your area. Keep fridge ' +
      'and freezer doors closed and unplug sensitive electronics.',
  ),
];

export const hardNegativeTraining: readonly HardNegative[] = [
  ...englishMessages,
  ...koreanMessages,
  ...englishPassages,
  ...koreanPassages,
  ...assistantEnglishMessages,
  ...assistantKoreanMessages,
  ...assistantEnglishPassages,
  ...assistantKoreanPassages,
  ...orderKoreanPassages,
  ...orderEnglishPassages,
];
