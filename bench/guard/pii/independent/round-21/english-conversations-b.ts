// English conversations for round 21, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyOneConversationsB: readonly IndependentText[] = [
  {
    text: 'Hyejin-ah 나 이사 끝났어!! new address 서울특별시 마포구 월드컵북로 402, 3층 301호 — 택배 보낼 때 이걸로 해줘. and I got a new number too: 010-7734-2096 (old one 010-4418-5502 is gone, 해지했어) 🙏',
    pii: [
      ['PERSON', 'Hyejin'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 402, 3층 301호'],
      ['PHONE', '010-7734-2096'],
      ['PHONE', '010-4418-5502'],
    ],
  },
  {
    text: "Hiya, Carys here from Llandaff Road Surgery, message for Mr Huw Bevan, date of birth 22/11/1958. Your referral to the Heath has gone through, hospital number C4471902 if they ask. Your repeat prescription is ready too, ref RX-20931. Any problems ring me direct on 029 2056 3317, I'm in till half five. Diolch!",
    pii: [
      ['PERSON', 'Carys'],
      ['PERSON', 'Huw Bevan'],
      ['DATE_OF_BIRTH', '22/11/1958'],
      ['MEDICAL_RECORD', 'C4471902'],
      ['PHONE', '029 2056 3317'],
    ],
  },
  {
    text: "Customer: The cash machine on Brixton Road kept my card, can you cancel it? Account 63019284, sort code 20-45-77\nAgent: Of course. Can I take your date of birth to confirm?\nCustomer: 3rd Feb 1990. also my mobile's changed, it's 07940 227 615 now\nAgent: Thank you Kwabena, updated. Card ending 3390 is cancelled and a replacement is on its way, 3-5 working days. The £60 withdrawal didn't go through so nothing's left the account.\nCustomer: cheers",
    pii: [
      ['BANK_ACCOUNT', '63019284'],
      ['DATE_OF_BIRTH', '3rd Feb 1990'],
      ['PHONE', '07940 227 615'],
      ['PERSON', 'Kwabena'],
    ],
  },
  {
    text: 'My son left his Galaxy A54 in a taxi from Incheon Airport yesterday (T1, around 21:40). IMEI 1: 351926118403378 / IMEI 2: 351926118403386. His number is +82 10 3391 5078, please suspend it. Reach me on 010-8824-1630 instead. Lost item report LF-240913-0882. — Park Eun-ji',
    pii: [
      ['IMEI', '351926118403378'],
      ['IMEI', '351926118403386'],
      ['PHONE', '+82 10 3391 5078'],
      ['PHONE', '010-8824-1630'],
      ['PERSON', 'Park Eun-ji'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I start with your membership number?\nCALLER: 8830 4471 26.\nAGENT: And the name on the policy?\nCALLER: Siobhán Ní Bhriain. Ní Bhriain is N-I with a fada, then B-H-R-I-A-I-N.\nAGENT: Lovely. Date of birth?\nCALLER: Twenty-ninth of February, nineteen eighty-four.\nAGENT: And the best number to reach you?\nCALLER: 087 441 9263, that's my mobile.",
    pii: [
      ['HEALTH_INSURANCE', '8830 4471 26'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Ní Bhriain'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, nineteen eighty-four'],
      ['PHONE', '087 441 9263'],
    ],
  },
  {
    text: "Had a text from 'EVRi' saying my parcel couldn't be delivered and to pay a £1.45 redelivery fee at evri-redeliver-uk.com. Tracking H00A7P0041822915. I haven't ordered anything in weeks. Real or fake?",
    pii: [],
  },
  {
    text: 'Northgate Family Practice: Hi Mrs Adeyemi, our records show Zara (DOB 04/05/2021, patient no. 7730195) is due her pre-school booster. Nurse Fiona has slots Tue 11 Nov 09:20 or 09:40. Reply 1 or 2 to book, or call her line 0118 496 0723.',
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Zara'],
      ['DATE_OF_BIRTH', '04/05/2021'],
      ['MEDICAL_RECORD', '7730195'],
      ['PERSON', 'Fiona'],
      ['PHONE', '0118 496 0723'],
    ],
  },
  {
    text: 'build 2.8.0-rc3 crashes on launch on Pixel 7 / Android 14, trace points at libsqlcipher.so line 1182. rc2 was fine. ticket #4471, can someone pin 2.7.9 for the release branch?',
    pii: [],
  },
  {
    text: "Landed!! stuck in the immigration queue, BA117 was 40 min late. Heading straight to Auntie Folake's, 1147 Linden Blvd Apt 3C, Brooklyn, NY 11212. My UK number won't work so use the temp one +1 (929) 305-4471, NOT +44 7911 204588. - Temi",
    pii: [
      ['PERSON', 'Folake'],
      ['ADDRESS', '1147 Linden Blvd Apt 3C, Brooklyn, NY 11212'],
      ['PHONE', '+1 (929) 305-4471'],
      ['PHONE', '+44 7911 204588'],
      ['PERSON', 'Temi'],
    ],
  },
  {
    text: "@mods my acc got hacked 😭 they changed my name from xx_saltybae_xx to some crypto bot thing. login email is bae.saltwater02@outlook.com and the old pw was Sunflower!2004 if that helps prove its me. pls don't ban 🙏",
    pii: [
      ['USERNAME', 'xx_saltybae_xx'],
      ['EMAIL', 'bae.saltwater02@outlook.com'],
      ['PASSWORD', 'Sunflower!2004'],
    ],
  },
  {
    text: 'Customer: Order 20240915-0038821, can you change the delivery address? I moved. New one: 인천광역시 연수구 컨벤시아대로 165, 301동 1504호\nAgent: 네, updated. Recipient still 안지혜 님?\nCustomer: yes, but the phone is 010-2284-6937 now, not the 010-5531-0280 one\nAgent: 확인했습니다, ETA 9/18 (수).',
    pii: [
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 165, 301동 1504호'],
      ['PERSON', '안지혜'],
      ['PHONE', '010-2284-6937'],
      ['PHONE', '010-5531-0280'],
    ],
  },
  {
    text: "my baby sis turns 16 today 😭💛 born 23 March 2009 at 4am, screamed the whole ward down, now she's taller than me. go say happy birthday to Ifeoma @ifeoma.draws",
    pii: [
      ['DATE_OF_BIRTH', '23 March 2009'],
      ['PERSON', 'Ifeoma'],
      ['USERNAME', '@ifeoma.draws'],
    ],
  },
  {
    text: "Agent: What's the BattleTag on the account?\nCustomer: Mirae#21457. the email was mirae.k97@naver.com but I can't get into it anymore\nAgent: OK. Is there a phone number for SMS verification?\nCustomer: 010-6620-3318\nAgent: And the last 4 digits of the card used for your last purchase?\nCustomer: 0932, it was ₩22,000 for Overwatch coins on 9/2",
    pii: [
      ['USERNAME', 'Mirae#21457'],
      ['EMAIL', 'mirae.k97@naver.com'],
      ['PHONE', '010-6620-3318'],
    ],
  },
  {
    text: "Customer: I'm leaving Korea next month and selling my Kia Sorento. Plate 123가 4567, VIN KNAPH81B4N5123068. Registration is in my name, MORALES DIEGO, ARC no. 920817-6283514. What do I need at the 구청?\nAgent: Bring the 자동차등록증, your ARC and the buyer's ID. Transfer fee is around ₩30,000 plus the buyer's 취득세.",
    pii: [
      ['VEHICLE_PLATE', '123가 4567'],
      ['VIN', 'KNAPH81B4N5123068'],
      ['PERSON', 'MORALES DIEGO'],
      ['FRN', '920817-6283514'],
    ],
  },
  {
    text: "Hi Meera,\n\nThanks for sending the tenancy agreement. For the guarantor form, it's my father: Vikram Sethi, 14 Ashgrove Road, Leicester LE2 3QT, DOB 09/08/1962, mobile 07823 551904. For right to rent my passport number is 552918734, I'll bring it to the signing on the 12th.\n\nMany thanks,\nKaran",
    pii: [
      ['PERSON', 'Meera'],
      ['PERSON', 'Vikram Sethi'],
      ['ADDRESS', '14 Ashgrove Road, Leicester LE2 3QT'],
      ['DATE_OF_BIRTH', '09/08/1962'],
      ['PHONE', '07823 551904'],
      ['PASSPORT', '552918734'],
      ['PERSON', 'Karan'],
    ],
  },
  {
    text: '언니~ 내일 lunch 12:30 그 파스타집 ok? 🍝 btw 카톡 ID 바꿨어 → yoonah_k0707 (phone is still 010-3952-6184). tell Haerin too!!',
    pii: [
      ['USERNAME', 'yoonah_k0707'],
      ['PHONE', '010-3952-6184'],
      ['PERSON', 'Haerin'],
    ],
  },
  {
    text: "Customer: what's the cheapest prepaid plan that has hotspot?\nAgent: Our $30/mo Starter includes 5GB of hotspot, and the $45 Plus has 15GB. Both are 5G.\nCustomer: can i keep my number if i switch\nAgent: Yes! Porting is free and usually takes under 2 hours.",
    pii: [],
  },
  {
    text: "Hi Mr. Lindqvist, for the 세금계산서 please issue to 주식회사 다온정밀, BRN 214-87-03169, CRN 110111-5829308, representative 윤석호. Payment to 신한은행 140-013-558201 (예금주 ㈜다온정밀). If anything's unclear call me at +82 2 6952 3108 or mobile 010-9126-4470.\nKang Min-ji / Purchasing Team",
    pii: [
      ['PERSON', 'Lindqvist'],
      ['BRN', '214-87-03169'],
      ['CRN', '110111-5829308'],
      ['PERSON', '윤석호'],
      ['BANK_ACCOUNT', '140-013-558201'],
      ['PHONE', '+82 2 6952 3108'],
      ['PHONE', '010-9126-4470'],
      ['PERSON', 'Kang Min-ji'],
    ],
  },
  {
    text: "Agent: Can you read me what's on the sticker under the router?\nCustomer: MAC 3C:84:6A:0F:B2:19, S/N 22193A0045821, and the wifi key says kT7vR9pzQx2m\nAgent: Thanks. The line is up, I can see WAN IP 81.104.229.63. What's the PPP username in the settings page?\nCustomer: jfernandes_4471. firmware says 4.2.1.07",
    pii: [
      ['MAC_ADDRESS', '3C:84:6A:0F:B2:19'],
      ['PASSWORD', 'kT7vR9pzQx2m'],
      ['IP_ADDRESS', '81.104.229.63'],
      ['USERNAME', 'jfernandes_4471'],
    ],
  },
  {
    text: 'Dear Mrs Adebayo-Lawal,\n\nYour antenatal booking visit is confirmed for Tuesday 14 October, 10:00am, Clinic B (2nd floor). Please come with your hospital card (No. EKS/OBS/25/0417) and your HMO card; our records show AXA Mansard ID AMH-20931477-01. Kindly confirm your date of birth, we have 17/01/1993.\n\nWarm regards,\nNkechi Obiora (Mrs)\nPatient Liaison Officer\nEko Specialist Hospital, Surulere\nTel: +234 809 441 2270',
    pii: [
      ['PERSON', 'Adebayo-Lawal'],
      ['MEDICAL_RECORD', 'EKS/OBS/25/0417'],
      ['HEALTH_INSURANCE', 'AMH-20931477-01'],
      ['DATE_OF_BIRTH', '17/01/1993'],
      ['PERSON', 'Nkechi Obiora'],
      ['PHONE', '+234 809 441 2270'],
    ],
  },
  {
    text: "Customer: 제 Galaxy Watch6 배터리 drains super fast since the 업데이트 last week\nAgent: Sorry about that! If you're on R930XXU1BXG4, a fix is coming in BXI1. Meanwhile turn off Always On Display, it saves ~20%.\nCustomer: ok 감사합니다",
    pii: [],
  },
  {
    text: 'Walk-in re OAS/GIS. Client Harjit Singh Dhaliwal, SIN 729 183 046, DOB 1959-11-02; spouse Manpreet Kaur Dhaliwal, SIN 740-621-578, DOB 1961-04-19. New address 8842 128 St, Surrey BC V3W 1R6, home ph 604-597-3318. Left ISP-3550 and T1213(OAS) with client, callback in 2 wks.',
    pii: [
      ['PERSON', 'Harjit Singh Dhaliwal'],
      ['CA_SIN', '729 183 046'],
      ['DATE_OF_BIRTH', '1959-11-02'],
      ['PERSON', 'Manpreet Kaur Dhaliwal'],
      ['CA_SIN', '740-621-578'],
      ['DATE_OF_BIRTH', '1961-04-19'],
      ['ADDRESS', '8842 128 St, Surrey BC V3W 1R6'],
      ['PHONE', '604-597-3318'],
    ],
  },
  {
    text: "Customer: Ported my number over from Vodafone yesterday and still no signal. Number's 07456 213908, the SIM card says 89441000004567219938 and the handset IMEI is 356789104455629\nAgent: Thanks Oluwaseun. For security can you confirm the 4-digit account PIN?\nCustomer: 7305\nAgent: Perfect. The port shows as pending, it should complete by 6pm. If not, restart the handset. Case ref CSR-118204.",
    pii: [
      ['PHONE', '07456 213908'],
      ['ICCID', '89441000004567219938'],
      ['IMEI', '356789104455629'],
      ['PERSON', 'Oluwaseun'],
      ['PASSWORD', '7305'],
    ],
  },
  {
    text: "Customer: I'm picking up a parcel for my mum, she's in Frankston Hospital. Dorothy Whitfield, 33 Yarralumla Drive, Langwarrin VIC 3910.\nAgent: No worries, I'll need her signed authority and your ID. Can you confirm her date of birth?\nCustomer: Yeah 12/06/1938. My licence is VIC 043 918 227\nAgent: Ta Graham. Parcel 33LZK504127 is out the back, nothing to pay, it was prepaid.",
    pii: [
      ['PERSON', 'Dorothy Whitfield'],
      ['ADDRESS', '33 Yarralumla Drive, Langwarrin VIC 3910'],
      ['DATE_OF_BIRTH', '12/06/1938'],
      ['DRIVER_LICENSE', '043 918 227'],
      ['PERSON', 'Graham'],
    ],
  },
  {
    text: 'Yerin-ah 내 동생 Taeyang 과외 해준대! his number 010-4473-9902, 카톡 tae_yang98. 5만원/hr, 입금은 카뱅 3333-08-5124771 (예금주 김태양). 화이팅 for midterms 📚',
    pii: [
      ['PERSON', 'Yerin'],
      ['PERSON', 'Taeyang'],
      ['PHONE', '010-4473-9902'],
      ['USERNAME', 'tae_yang98'],
      ['BANK_ACCOUNT', '3333-08-5124771'],
      ['PERSON', '김태양'],
    ],
  },
];
