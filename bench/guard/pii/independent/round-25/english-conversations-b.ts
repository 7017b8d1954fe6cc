// English conversations for round 25, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyFiveConversationsB: readonly IndependentText[] = [
  {
    text: "Daeun-ah 펜션 booking needs everyone's 생년월일 by tonight — mine is 2001.03.14, what's yours?? also save my new number 010-4417-2093, the old 010-38xx one is gone 😭\nDaeun: 2000년 11월 2일! and send the link to my 카톡, id is daeun_k02",
    pii: [
      ['PERSON', 'Daeun'],
      ['DATE_OF_BIRTH', '2001.03.14'],
      ['PHONE', '010-4417-2093'],
      ['PERSON', 'Daeun'],
      ['DATE_OF_BIRTH', '2000년 11월 2일'],
      ['USERNAME', 'daeun_k02'],
    ],
  },
  {
    text: "Hello Mrs Pryce, it's Gwenllian from Whitchurch Road Surgery. Your smear test is booked for Tues 14th at 10:40, room 3. Our records show DOB 03/06/1968 and patient no. WRS-004817 - if either is wrong let me know. Any questions ring me direct on 029 2061 3374.",
    pii: [
      ['PERSON', 'Pryce'],
      ['PERSON', 'Gwenllian'],
      ['DATE_OF_BIRTH', '03/06/1968'],
      ['MEDICAL_RECORD', 'WRS-004817'],
      ['PHONE', '029 2061 3374'],
    ],
  },
  {
    text: "Customer: the ATM at Tesco Extra kept my card, can you cancel it? it's 4929 1180 3364 7207 exp 09/27\nAgent: Please don't post full card numbers in chat, Callum. I've blocked it and a replacement will be with you in 5-7 working days.\nCustomer: ta. also my online banking id callumr88 keeps getting locked\nAgent: I've cleared the lock on callumr88, you'll get a one-time code by SMS. Ref CHT-558102.",
    pii: [
      ['CREDIT_CARD', '4929 1180 3364 7207'],
      ['CARD_EXPIRY', '09/27'],
      ['PERSON', 'Callum'],
      ['USERNAME', 'callumr88'],
      ['USERNAME', 'callumr88'],
    ],
  },
  {
    text: "Lost my wallet in a taxi from Hongdae around 2am. Inside was my Shinhan debit card 4048 0312 7756 9183 and my Ontario driver's licence P6214-50387-91208, plus about ₩80,000 cash. Please freeze the card. Reach me on 010 7731 2068. Lost112 receipt no. 20250311-0027",
    pii: [
      ['CREDIT_CARD', '4048 0312 7756 9183'],
      ['DRIVER_LICENSE', 'P6214-50387-91208'],
      ['PHONE', '010 7731 2068'],
    ],
  },
  {
    text: "AGENT: ...and can I take your driving licence number?\nCALLER: It's M-O-R-G-A, eight five two one nine seven, D-E, nine, K-L.\nAGENT: So MORGA852197DE9KL.\nCALLER: That's it. And the name's Delyth Morgan.\nAGENT: Date of birth?\nCALLER: Nineteenth of February, 1987.\nAGENT: And a contact number?\nCALLER: 07709 412 383.\nAGENT: 07709 412 383, lovely. Your quote reference is QT-20931 and the premium comes to £612.40.",
    pii: [
      ['DRIVER_LICENSE', 'M-O-R-G-A, eight five two one nine seven, D-E, nine, K-L'],
      ['DRIVER_LICENSE', 'MORGA852197DE9KL'],
      ['PERSON', 'Delyth Morgan'],
      ['DATE_OF_BIRTH', 'Nineteenth of February, 1987'],
      ['PHONE', '07709 412 383'],
      ['PHONE', '07709 412 383'],
    ],
  },
  {
    text: "Got a text from 'Royal Mail' saying parcel RM448122906GB is held until I pay a £1.99 redelivery fee at royalmail-redeliver.info. I'm not expecting anything and the link looks off. Legit or scam?",
    pii: [],
  },
  {
    text: 'Reminder from Little Steps Child Clinic: Ishaan (UHID LSC-0048812, DOB 02-11-2019) is due for his DTaP booster on 22/10 at 11:30 am. To reschedule, log in to the parent app with your registered mobile 98450 31276. – Dr Menon',
    pii: [
      ['PERSON', 'Ishaan'],
      ['MEDICAL_RECORD', 'LSC-0048812'],
      ['DATE_OF_BIRTH', '02-11-2019'],
      ['PHONE', '98450 31276'],
      ['PERSON', 'Menon'],
    ],
  },
  {
    text: "Build 2024.11.3 (#8812) is green on staging but PDF export still times out after 30s on anything over 200 pages. Ticket PLAT-4471. Can we bump the worker to 2 GB before Friday's release?",
    pii: [],
  },
  {
    text: "hey it's Tasha, lost my phone so this is my new # (718) 430-2276. also my venmo is @tasha-bklyn if you still owe me for the Knicks tix lol. flight is DL 1142, lands 6:40",
    pii: [
      ['PERSON', 'Tasha'],
      ['PHONE', '(718) 430-2276'],
      ['USERNAME', '@tasha-bklyn'],
    ],
  },
  {
    text: '@support pls help my acc got hacked 😭 username was kenjiro.vx and they changed the email from kenjiro2007@outlook.com. i put my bday as 19/05/2007 when i signed up if u need that to verify. ticket #558210',
    pii: [
      ['USERNAME', 'kenjiro.vx'],
      ['EMAIL', 'kenjiro2007@outlook.com'],
      ['DATE_OF_BIRTH', '19/05/2007'],
    ],
  },
  {
    text: "Customer: 주문번호 2025031188421 — please change the contact number to 010-5528-9163, the courier keeps calling my old one. Deliver to 서울특별시 마포구 월드컵북로 396, 1203호. My login is haeun_kwon92\nAgent: 네, 권하은 고객님, contact and address updated for tomorrow's delivery.",
    pii: [
      ['PHONE', '010-5528-9163'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호'],
      ['USERNAME', 'haeun_kwon92'],
      ['PERSON', '권하은'],
    ],
  },
  {
    text: "finally got my provisional 🥳 took 3 goes on the DVLA site lol. licence says OKAFO053186AM9TQ and yes the dob's on there, 18/03/2006, so stop asking when my bday is 😂 @tobi.ade you owe me lifts now",
    pii: [
      ['DRIVER_LICENSE', 'OKAFO053186AM9TQ'],
      ['DATE_OF_BIRTH', '18/03/2006'],
      ['USERNAME', '@tobi.ade'],
    ],
  },
  {
    text: "Agent: To verify ownership, what's the date of birth registered on the account?\nCustomer: 2004-12-08\nAgent: And the mobile number used for 2-step verification?\nCustomer: 010-8823-4105, I changed phones but same number\nAgent: Thank you. Your ID mjkim_1208 is unlocked. The ₩55,000 NX Cash purchase from 03/02 is still on it.",
    pii: [
      ['DATE_OF_BIRTH', '2004-12-08'],
      ['PHONE', '010-8823-4105'],
      ['USERNAME', 'mjkim_1208'],
    ],
  },
  {
    text: "Customer: I'm renting a car at Jeju airport next week. I only have my California licence, D5521873, and an IDP. Is that ok?\nAgent: Yes, bring the IDP, original licence and passport. Passport number for the booking?\nCustomer: A03917264\nAgent: And a Korean contact number?\nCustomer: 010-9142-3378\nAgent: Done. Reservation JJ-250418-0321, Avante CN7, ₩62,000/day.",
    pii: [
      ['DRIVER_LICENSE', 'D5521873'],
      ['PASSPORT', 'A03917264'],
      ['PHONE', '010-9142-3378'],
    ],
  },
  {
    text: 'Hi Oluwaseun,\n\nThanks for sending the referencing form. The holding deposit of £450 can go to our client account: Barclays, sort code 20-45-77, account no. 83019264, reference 14B-KEW.\n\nOne thing: the form has your DOB as 12/07/1995 but the passport copy says 12/07/1994. Which is right?\n\nBest,\nHarpreet\nMob 07958 331 420',
    pii: [
      ['PERSON', 'Oluwaseun'],
      ['BANK_ACCOUNT', '83019264'],
      ['DATE_OF_BIRTH', '12/07/1995'],
      ['DATE_OF_BIRTH', '12/07/1994'],
      ['PERSON', 'Harpreet'],
      ['PHONE', '07958 331 420'],
    ],
  },
  {
    text: 'Jisoo 언니!! I sent the 회비 for the trip, ₩120,000 to your 카뱅 3333-14-2290581, right? 확인 부탁해요 🙏 also I changed my number → 010-6604-1187',
    pii: [
      ['PERSON', 'Jisoo'],
      ['BANK_ACCOUNT', '3333-14-2290581'],
      ['PHONE', '010-6604-1187'],
    ],
  },
  {
    text: "Agent: Happy to help with the port-in! What number are you bringing over?\nCustomer: 512-604-8837, from T-Mobile\nAgent: And the Number Transfer PIN they gave you?\nCustomer: 730915\nAgent: Thanks Lucia. Last thing, the account holder's date of birth?\nCustomer: 11/23/1988\nAgent: Perfect, order #T-44817230 is in. Your SIM ships in 2 days.",
    pii: [
      ['PHONE', '512-604-8837'],
      ['PASSWORD', '730915'],
      ['PERSON', 'Lucia'],
      ['DATE_OF_BIRTH', '11/23/1988'],
    ],
  },
  {
    text: 'Hello, please update our remittance details (송금 계좌) in your vendor master: 하나은행 391-910045-82107, 예금주 (주)도윤정밀. Business reg. no. 214-86-37212 unchanged. Applies from invoice INV-2025-0417 onwards. Questions → Park Sung-min (박성민), 직통 02-6954-3318 / mobile 010-2287-5940',
    pii: [
      ['BANK_ACCOUNT', '391-910045-82107'],
      ['BRN', '214-86-37212'],
      ['PERSON', 'Park Sung-min'],
      ['PERSON', '박성민'],
      ['PHONE', '02-6954-3318'],
      ['PHONE', '010-2287-5940'],
    ],
  },
  {
    text: "Agent: Can you give me your network login so I can look at the account?\nCustomer: jthornton, domain is CORP\nAgent: Thanks. And the IP showing under Wi-Fi details?\nCustomer: 10.14.2.88\nCustomer: oh and my password is Winter2024! if you need it\nAgent: Please never send your password in chat, I'll force a reset now. Best callback number?\nCustomer: 0412 887 305\nAgent: Ticket INC0048817 logged against asset LT-20417.",
    pii: [
      ['USERNAME', 'jthornton'],
      ['IP_ADDRESS', '10.14.2.88'],
      ['PASSWORD', 'Winter2024!'],
      ['PHONE', '0412 887 305'],
    ],
  },
  {
    text: "Dear Dr Adeyemi,\n\nPlease find attached the scan for Mrs Funmilayo Bakare (Hosp. No. LH/OBS/2291-24, DOB 12.05.1986), now 32/40, for your review before Thursday's clinic. Her husband can be reached on 0809 774 1023 if she misses your call.\n\nKind regards\nNgozi Uchendu-Ibe RN\nAntenatal Unit\nTel: 0803 551 2947",
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Funmilayo Bakare'],
      ['MEDICAL_RECORD', 'LH/OBS/2291-24'],
      ['DATE_OF_BIRTH', '12.05.1986'],
      ['PHONE', '0809 774 1023'],
      ['PERSON', 'Ngozi Uchendu-Ibe'],
      ['PHONE', '0803 551 2947'],
    ],
  },
  {
    text: "Customer: 제 Galaxy S24 (SM-S921N) won't charge past 80%\nAgent: That's the 배터리 보호 setting. Go to Settings > Battery > Battery protection and pick Basic. Available on One UI 6.1 and later.",
    pii: [],
  },
  {
    text: 'Call w/ client Gurpreet Sandhu re OAS start date. Confirmed DOB 1959-11-04, SIN 512 847 336. Direct deposit to RBC, transit 00412, inst. 003, acct 5081923. Best callback 604-812-4470 after 3pm PT. Mailed form ISP-3000 (Apr 2025 version).',
    pii: [
      ['PERSON', 'Gurpreet Sandhu'],
      ['DATE_OF_BIRTH', '1959-11-04'],
      ['CA_SIN', '512 847 336'],
      ['BANK_ACCOUNT', '5081923'],
      ['PHONE', '604-812-4470'],
    ],
  },
  {
    text: 'Customer: want to switch my physical SIM to eSIM on 07488 216 903\nAgent: No problem. For security, can you confirm your date of birth?\nCustomer: 29/08/1993\nAgent: Thanks Saima. And the username on your My Account?\nCustomer: saima.k93\nAgent: Great, the QR code is on its way to your email. Order ref ESIM-7730211.',
    pii: [
      ['PHONE', '07488 216 903'],
      ['DATE_OF_BIRTH', '29/08/1993'],
      ['PERSON', 'Saima'],
      ['USERNAME', 'saima.k93'],
    ],
  },
  {
    text: 'Customer: How much to send a 2kg parcel to Auckland?\nAgent: International Standard is $48.95 (6-10 business days), Express is $72.40 (3-4). Both come with tracking.\nCustomer: ok and max size?\nAgent: 105cm in length and 0.25m³ in volume.',
    pii: [],
  },
  {
    text: "Hyunwoo-ya 엄마 병원 info for Thursday 2시 예약: 서울아산병원 등록번호 30482716, 생년월일 1962.08.15. if they call back give them my number 010 4478 2103 not dad's. 고마워!",
    pii: [
      ['PERSON', 'Hyunwoo'],
      ['MEDICAL_RECORD', '30482716'],
      ['DATE_OF_BIRTH', '1962.08.15'],
      ['PHONE', '010 4478 2103'],
    ],
  },
];
