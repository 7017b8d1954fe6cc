// English conversations for round 18, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundEighteenConversationsB: readonly IndependentText[] = [
  {
    text: "Park Ji-hoon 오빠 here 🙋‍♂️ 관리비 for March came out ₩187,400 so your half is ₩93,700. send to my Shinhan 110-482-771093 (NOT the toss one, that's closed). if it bounces kakao me, id jh_park91, or call 010-7724-3196",
    pii: [
      ['PERSON', 'Park Ji-hoon'],
      ['BANK_ACCOUNT', '110-482-771093'],
      ['USERNAME', 'jh_park91'],
      ['PHONE', '010-7724-3196'],
    ],
  },
  {
    text: 'Customer: will the Spigen case for the S24+ fit the S25+? the camera bump looks different\nAgent: Unfortunately not, the S25+ (SM-S936B) has a slightly taller module. The matching case is ACS-S25P-TPU at £19.99.\nCustomer: ok can I swap it on order 4021-778-3310 then\nAgent: Yes, returns are free within 30 days, just print the label with code RTN30.',
    pii: [],
  },
  {
    text: 'Nurse triage 14:20: caller Tomasz Wierzbicki re his father Henryk Wierzbicki (DOB 03/11/1941), SOB since waking, sats 89% on home oximeter, on warfarin. Advised to call 000 now. URN 0071-4432 flagged to ED. Medicare 2953 71846 1. Son callback 0412 558 903.',
    pii: [
      ['PERSON', 'Tomasz Wierzbicki'],
      ['PERSON', 'Henryk Wierzbicki'],
      ['DATE_OF_BIRTH', '03/11/1941'],
      ['MEDICAL_RECORD', '0071-4432'],
      ['HEALTH_INSURANCE', '2953 71846 1'],
      ['PHONE', '0412 558 903'],
    ],
  },
  {
    text: "hey it's Marisol (Diego's mom, Ms. Carter's 3rd grade) - my cell changed, new one is 857-302-4419, the old 617 one is dead. bake sale signup is Friday 8:15. venmo @marisol-reyes-7 for the $15 field trip shirt",
    pii: [
      ['PERSON', 'Marisol'],
      ['PERSON', 'Diego'],
      ['PERSON', 'Carter'],
      ['PHONE', '857-302-4419'],
      ['USERNAME', '@marisol-reyes-7'],
    ],
  },
  {
    text: "Customer: I want to add my mum to my plan as a second line\nAgent: Sure, I'll need her full name and date of birth as shown on her ID.\nCustomer: Lee Soon-ja, 1958.09.21\nAgent: And the 4-digit account PIN?\nCustomer: 0614. keep her number 010-3382-5107, she's moving it from SKT\nAgent: Thank you Mr Kang, port request PRT-20931 is submitted.\nCustomer: it's Kang Jae-min btw, you have me as Jae-min Kang on the bill lol",
    pii: [
      ['PERSON', 'Lee Soon-ja'],
      ['DATE_OF_BIRTH', '1958.09.21'],
      ['PASSWORD', '0614'],
      ['PHONE', '010-3382-5107'],
      ['PERSON', 'Kang'],
      ['PERSON', 'Kang Jae-min'],
      ['PERSON', 'Jae-min Kang'],
    ],
  },
  {
    text: "Agent: G'day, surname on the booking?\nCustomer: Fitzgerald-Nguyen. Ref HZ-7731902\nAgent: Got it, Siobhan? Licence no. isn't on file, can you read it out\nCustomer: yep QLD, 072 846 193\nAgent: And DOB as it shows on the licence?\nCustomer: 12/05/1988\nAgent: Too easy. Corolla's in bay 12, rego 1XP 4RM, full tank, bring it back full.\nCustomer: cheers. mobile's 0427 183 550 if the flight's late",
    pii: [
      ['PERSON', 'Fitzgerald-Nguyen'],
      ['PERSON', 'Siobhan'],
      ['DRIVER_LICENSE', '072 846 193'],
      ['DATE_OF_BIRTH', '12/05/1988'],
      ['VEHICLE_PLATE', '1XP 4RM'],
      ['PHONE', '0427 183 550'],
    ],
  },
  {
    text: "Customer: my landlord in Lisbon sent his bank details for the deposit, does this look right? PT50 0035 0651 0000 3842 1735 2, João Manuel Sá Pereira\nAgent: That is the correct format for a Portuguese IBAN. You will also need the BIC, for Caixa Geral it is CGDIPTPL.\nCustomer: and it comes out of my current account 31847265?\nAgent: Correct, Mr Adeyemi. €1,400 is roughly £1,196 at today's rate, no fee for SEPA.\nCustomer: lovely ta",
    pii: [
      ['IBAN', 'PT50 0035 0651 0000 3842 1735 2'],
      ['PERSON', 'João Manuel Sá Pereira'],
      ['BANK_ACCOUNT', '31847265'],
      ['PERSON', 'Adeyemi'],
    ],
  },
  {
    text: "Hyejin-ah I'm sending the 포카 today by 편의점 택배 🥹 is it still 서울특별시 마포구 월드컵북로12길 27, 203호? 받는 분 이름 송혜진 맞지? and phone 010-9981-2046 right. 운송장 번호 will be 6842-1177-0931",
    pii: [
      ['PERSON', 'Hyejin'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로12길 27, 203호'],
      ['PERSON', '송혜진'],
      ['PHONE', '010-9981-2046'],
    ],
  },
  {
    text: 'Hi, this is Rhodri from Heol Las Surgery leaving a message for Gwenllian Price, date of birth 4th Feb 1952. The hospital have booked your echo for 22 May at 10:40, Cardiology Outpatients at UHW. Your hospital number for the letter is M0483177. Any problems ring me direct on 029 2061 3307, not the main line. Diolch!',
    pii: [
      ['PERSON', 'Rhodri'],
      ['PERSON', 'Gwenllian Price'],
      ['DATE_OF_BIRTH', '4th Feb 1952'],
      ['MEDICAL_RECORD', 'M0483177'],
      ['PHONE', '029 2061 3307'],
    ],
  },
  {
    text: 'Customer: why was my card declined at Tesco? £112.40, contactless\nAgent: Contactless is capped at £100 per transaction in the UK, anything above that needs chip and PIN.\nCustomer: since when\nAgent: Since October 2021. Your card ending 0493 is otherwise working normally.',
    pii: [],
  },
  {
    text: 'Lost my iPhone 15 on the KTX Busan to Seoul this morning (train 032, car 7, seat 11A). IMEI 356789104522188 / IMEI2 356789104839913, my number 010-4417-2208. Find My last saw it at Seoul Station 09:47. Apple ID marco.bellini.kr@icloud.com. Lost & found receipt L-2025-0913. Can you suspend the line but keep the number? - Marco Bellini',
    pii: [
      ['IMEI', '356789104522188'],
      ['IMEI', '356789104839913'],
      ['PHONE', '010-4417-2208'],
      ['EMAIL', 'marco.bellini.kr@icloud.com'],
      ['PERSON', 'Marco Bellini'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I take your Laya member number?\nCALLER: It's 5 5 0 1 8 4 3 2 7.\nAGENT: 550184327, and the name on the policy?\nCALLER: Siobhán Ní Bhriain. S-I-O-B-H-A-N, fada on the A.\nAGENT: And a contact number in case we get cut off?\nCALLER: oh-eight-seven, two-two-one, four-four-six-three\nAGENT: And your date of birth?\nCALLER: Twenty-ninth of February, nineteen eighty-four.",
    pii: [
      ['HEALTH_INSURANCE', '5 5 0 1 8 4 3 2 7'],
      ['HEALTH_INSURANCE', '550184327'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PHONE', 'oh-eight-seven, two-two-one, four-four-six-three'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, nineteen eighty-four'],
    ],
  },
  {
    text: "Customer: got a text saying 'Royal Mail: a £2.99 redelivery fee is due for parcel RM448192071GB, pay at royalmail-redeliver.info'. I'm not expecting anything. Legit?\nAgent: That's a known phishing campaign. Royal Mail never ask for fees via a text link. Please forward it to 7726 and delete it.",
    pii: [],
  },
  {
    text: 'Northgate Dental: Hi Mrs Farouk, reminder that Layla (DOB 02/03/2017) has her check-up with Dr Whitcombe on Thu 14/11 at 15:45, Surgery 3. Patient no. ND-20817. Reply C to confirm, R to rearrange.',
    pii: [
      ['PERSON', 'Farouk'],
      ['PERSON', 'Layla'],
      ['DATE_OF_BIRTH', '02/03/2017'],
      ['PERSON', 'Whitcombe'],
      ['MEDICAL_RECORD', 'ND-20817'],
    ],
  },
  {
    text: 'build 2024.11.3-rc2 fixes the CSV export but now the date column comes out MM/DD instead of DD/MM, reopened JIRA-4471. also the :8443 health check times out after 30s, rolling staging back to 2024.10.9 for now',
    pii: [],
  },
  {
    text: "Landed JFK, B6 1142 was 40 min late 😩 phone on 3% so if it dies call Keisha's cell +1 (718) 455-2093. we're at door 6 arrivals. if we miss each other just uber to mine, 1187 Putnam Ave Apt 3F, Brooklyn, NY 11221, buzzer code 2468 - Tanisha",
    pii: [
      ['PERSON', 'Keisha'],
      ['PHONE', '+1 (718) 455-2093'],
      ['ADDRESS', '1187 Putnam Ave Apt 3F, Brooklyn, NY 11221'],
      ['PASSWORD', '2468'],
      ['PERSON', 'Tanisha'],
    ],
  },
  {
    text: '@support my son bought 3x 800 Robux ($9.99 each) with my card without asking 😤 card is 5187 4420 9316 2756 exp 04/27, account is xXshadowNinja2013Xx (user id 4418826031). can u refund?? and pls dont ask me for the cvv in chat lol',
    pii: [
      ['CREDIT_CARD', '5187 4420 9316 2756'],
      ['CARD_EXPIRY', '04/27'],
      ['USERNAME', 'xXshadowNinja2013Xx'],
      ['USERNAME', '4418826031'],
    ],
  },
  {
    text: "Customer: Coupang app says delivered 13:12 but nothing at my door. Order 31004872291, name on order Oh Seung-ah. Address 서울특별시 송파구 백제고분로 221, 3층 302호. The lobby code is 4829 then 호출, maybe the driver couldn't get in?\nAgent: 확인해보겠습니다 Ms Oh, can we reach you on 010-6673-1820?\nCustomer: yes that's me",
    pii: [
      ['PERSON', 'Oh Seung-ah'],
      ['ADDRESS', '서울특별시 송파구 백제고분로 221, 3층 302호'],
      ['PASSWORD', '4829'],
      ['PERSON', 'Oh'],
      ['PHONE', '010-6673-1820'],
    ],
  },
  {
    text: 'Ebele abeg help me with this passport renewal form 😩 it wants old passport no (A08817294), DOB exactly as printed (03 NOV 2001), date of issue 14 JAN 2021 and surname at birth. I put OKONJO-ADEWALE but the passport says OKONJO ADEWALE no hyphen 🙃 will they reject it??',
    pii: [
      ['PERSON', 'Ebele'],
      ['PASSPORT', 'A08817294'],
      ['DATE_OF_BIRTH', '03 NOV 2001'],
      ['PERSON', 'OKONJO-ADEWALE'],
      ['PERSON', 'OKONJO ADEWALE'],
    ],
  },
  {
    text: "Agent: Which Battle.net account is this about?\nCustomer: BattleTag Haneul#21847, login email haneul.kwon93@naver.com\nAgent: And the phone number on SMS Protect?\nCustomer: it was 010-3318-9042 but I lost that number, new one is 010-7125-4403\nAgent: Thanks Ha-neul. Please upload a photo ID to case #KR-5519320 and we'll unlock it within 48h.",
    pii: [
      ['USERNAME', 'Haneul#21847'],
      ['EMAIL', 'haneul.kwon93@naver.com'],
      ['PHONE', '010-3318-9042'],
      ['PHONE', '010-7125-4403'],
      ['PERSON', 'Ha-neul'],
    ],
  },
  {
    text: 'Customer: Trying to get car insurance on the DB손해보험 app but it rejects my ARC. Number is 880912-5184200. Car is a 2019 Kia Morning, plate 157고 3391, VIN KNABE512AKT392817\nAgent: Foreign residents need to sign up by phone, our English line is 1588-0100, option 9.\nCustomer: ok. they will ask licence too? it is Korean one, 11-19-448203-61',
    pii: [
      ['FRN', '880912-5184200'],
      ['VEHICLE_PLATE', '157고 3391'],
      ['VIN', 'KNABE512AKT392817'],
      ['DRIVER_LICENSE', '11-19-448203-61'],
    ],
  },
  {
    text: "Hi Oluwaseun,\n\nGood news, referencing came back clear for you and your guarantor Femi Akinola. Tenancy starts 1st March at Flat 4, 27 Abbeville Road, London SW4 9LA.\n\nPlease send the first month's rent (£1,850) plus the £2,134 deposit to our client account, sort code 20-45-77, account 60318824, ref ABB27-F4.\n\nKeys from the Clapham office, or ring me on 07700 900418 to arrange.\n\nThanks,\nCaroline Ashby-Lowe\nLettings Negotiator",
    pii: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Femi Akinola'],
      ['ADDRESS', 'Flat 4, 27 Abbeville Road, London SW4 9LA'],
      ['BANK_ACCOUNT', '60318824'],
      ['PHONE', '07700 900418'],
      ['PERSON', 'Caroline Ashby-Lowe'],
    ],
  },
  {
    text: "언니 it's Yuri!! new number 010-8843-2175 저장해줘 🙏 old one is dead. also my insta changed to @yuri.draws_ (not yuri_draws anymore, someone took it 😭)",
    pii: [
      ['PERSON', 'Yuri'],
      ['PHONE', '010-8843-2175'],
      ['USERNAME', '@yuri.draws_'],
      ['USERNAME', 'yuri_draws'],
    ],
  },
  {
    text: "Agent: Hi Lakshmi! To add the line I just need the new user's name and DOB.\nCustomer: Anjali Subramanian, 08/14/2009\nAgent: Got it, that's $40/mo on your Unlimited Plus. Keeping her current number?\nCustomer: yes (469) 218-5530, transfer PIN from the old carrier is 604418\nAgent: Port-in submitted, order #TMO-55120. Activation usually takes 2-4 hours.",
    pii: [
      ['PERSON', 'Lakshmi'],
      ['PERSON', 'Anjali Subramanian'],
      ['DATE_OF_BIRTH', '08/14/2009'],
      ['PHONE', '(469) 218-5530'],
      ['PASSWORD', '604418'],
    ],
  },
  {
    text: 'Hi Mr Tanaka, for invoice INV-2024-0388 (₩14,850,000 incl. VAT) please remit to 우리은행 1005-803-447129, account holder (주)다온솔루션. For your tax records our 사업자등록번호 is 214-87-30517 and 법인등록번호 110111-5937200. Urgent issues: 02-3453-7781 ext. 204 or my mobile 010-4471-9208, or seungho.baek@daon-sol.co.kr\nBaek Seung-ho / 백승호, Finance Team',
    pii: [
      ['PERSON', 'Tanaka'],
      ['BANK_ACCOUNT', '1005-803-447129'],
      ['BRN', '214-87-30517'],
      ['CRN', '110111-5937200'],
      ['PHONE', '02-3453-7781'],
      ['PHONE', '010-4471-9208'],
      ['EMAIL', 'seungho.baek@daon-sol.co.kr'],
      ['PERSON', 'Baek Seung-ho'],
      ['PERSON', '백승호'],
    ],
  },
];
