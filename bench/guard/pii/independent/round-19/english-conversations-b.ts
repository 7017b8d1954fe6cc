// English conversations for round 19, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundNineteenConversationsB: readonly IndependentText[] = [
  {
    text: '언니!! Yoon Ha-rin here ㅋㅋ 관리비 for March came out 142,300원 so 71,150원 each. send to my 신한 110-523-884291 or Toss 1000-4829-3317 whichever is easier. also new number 010-3382-9174 저장해줘',
    pii: [
      ['PERSON', 'Yoon Ha-rin'],
      ['BANK_ACCOUNT', '110-523-884291'],
      ['BANK_ACCOUNT', '1000-4829-3317'],
      ['PHONE', '010-3382-9174'],
    ],
  },
  {
    text: 'Customer: whats the actual difference between the SM-R940 and SM-R945F?\nAgent: The R945F is the LTE version, the R940 is Bluetooth/Wi-Fi only. Both are 44mm with 32GB storage.\nCustomer: and price?\nAgent: £289 vs £339. Trade-in can take up to £120 off either.\nCustomer: ok ill think about it',
    pii: [],
  },
  {
    text: 'Nurse triage 14:20: caller is father Kwabena Asante re daughter Efua Asante, DOB 11/02/2022. Barking cough overnight, no stridor at rest, temp 38.2C, eating OK. Chart # PED-451907, Medicare 4218 63952 1 (IRN 2). Advised home care, 15mg/kg paracetamol, re-call if worse. Callback 0412 558 903.',
    pii: [
      ['PERSON', 'Kwabena Asante'],
      ['PERSON', 'Efua Asante'],
      ['DATE_OF_BIRTH', '11/02/2022'],
      ['MEDICAL_RECORD', 'PED-451907'],
      ['HEALTH_INSURANCE', '4218 63952 1'],
      ['PHONE', '0412 558 903'],
    ],
  },
  {
    text: 'Hi all, Rosalind Achterberg (PTA treasurer) - bake sale float is $150, please pay by Fri. Venmo @roz-achterberg or cash in the envelope at Room 12. Questions text 857-301-6642, not the school office line pls!',
    pii: [
      ['PERSON', 'Rosalind Achterberg'],
      ['USERNAME', '@roz-achterberg'],
      ['PHONE', '857-301-6642'],
    ],
  },
  {
    text: "Customer: I want to add my son Park Jun-seo to my family plan, his number is 010-2938-4471, it's on KT now\nAgent: Sure! May I have the account holder's name and date of birth?\nCustomer: Park Sang-hoon, 1974.09.13\nAgent: Thank you. And a contact number in case the port-in fails?\nCustomer: mine, 010 8812 0356",
    pii: [
      ['PERSON', 'Park Jun-seo'],
      ['PHONE', '010-2938-4471'],
      ['PERSON', 'Park Sang-hoon'],
      ['DATE_OF_BIRTH', '1974.09.13'],
      ['PHONE', '010 8812 0356'],
    ],
  },
  {
    text: "Agent: G'day, got your booking HZ-88213 here. Licence number and state?\nCustomer: Vic, 041 772 359. Sorry no, 041 772 395\nAgent: No worries. Card for the $500 bond?\nCustomer: Visa 4532 8810 2274 6194, exp 09/27\nAgent: Lovely, thanks Bronwyn. Keys at desk 3 from 7.30.",
    pii: [
      ['DRIVER_LICENSE', '041 772 359'],
      ['DRIVER_LICENSE', '041 772 395'],
      ['CREDIT_CARD', '4532 8810 2274 6194'],
      ['CARD_EXPIRY', '09/27'],
      ['PERSON', 'Bronwyn'],
    ],
  },
  {
    text: 'Customer: need to pay my landlord in Valencia, she sent me ES78 2085 0933 1903 0184 7562 and the name Inmaculada Ferrer Roig\nAgent: No problem. Are you paying from the current account ending 0917 or the saver?\nCustomer: current. 31920917, sort code 40-11-62\nAgent: Thanks. That is a £5 fee and it should arrive in 1-2 working days.',
    pii: [
      ['IBAN', 'ES78 2085 0933 1903 0184 7562'],
      ['PERSON', 'Inmaculada Ferrer Roig'],
      ['BANK_ACCOUNT', '31920917'],
    ],
  },
  {
    text: 'Hyunbin-ah I ordered the 에어팟 to your place bc 나 출장중, 서울특별시 마포구 월드컵북로 396, 1203호 맞지? CJ 송장번호 6892-1140-3357. if the 기사님 calls it might be my number 010-4471-8820 so just tell him ur home lol',
    pii: [
      ['PERSON', 'Hyunbin'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호'],
      ['PHONE', '010-4471-8820'],
    ],
  },
  {
    text: "Morning Mrs Pritchard, it's Ffion at Heath Surgery. The hospital letter for Eleri (d.o.b. 14/05/2016, hosp no. CRI 7730215) came through and Dr Hughes would like a quick chat. Could you ring my direct line 029 2061 4483 before 12? Thanks",
    pii: [
      ['PERSON', 'Pritchard'],
      ['PERSON', 'Ffion'],
      ['PERSON', 'Eleri'],
      ['DATE_OF_BIRTH', '14/05/2016'],
      ['MEDICAL_RECORD', 'CRI 7730215'],
      ['PERSON', 'Hughes'],
      ['PHONE', '029 2061 4483'],
    ],
  },
  {
    text: "Customer: someone's used my card for a Ryanair booking, €212.45, wasn't me\nAgent: I'm sorry to hear that. I've frozen the card ending 0358. Can you confirm your date of birth?\nCustomer: 22/08/1993\nAgent: Thanks Connor. Dispute ref DSP-209114 is open, we'll text updates to 07823 441 906, is that still right?\nCustomer: yep",
    pii: [
      ['DATE_OF_BIRTH', '22/08/1993'],
      ['PERSON', 'Connor'],
      ['PHONE', '07823 441 906'],
    ],
  },
  {
    text: 'Left my wallet in a taxi from Hongdae around 2am. It had my ARC (no. 950817-6241784) and my Woori check card 9410-8821-3307-5529, can you cancel the card now? Taxi receipt no. 20250411-0932, fare 18,400 won. Reach me on 010-9283-4471 or +82 10 9283 4471 from abroad.',
    pii: [
      ['FRN', '950817-6241784'],
      ['CREDIT_CARD', '9410-8821-3307-5529'],
      ['PHONE', '010-9283-4471'],
      ['PHONE', '+82 10 9283 4471'],
    ],
  },
  {
    text: "AGENT: Thank you for calling Vitality Health, can I start with your membership number?\nCALLER: It's 1-0-4-4-7-2-9-3-8.\nAGENT: And the name on the policy?\nCALLER: Siobhán Ní Bhriain. Bhriain is B-H-R-I-A-I-N, and there's a fada on the A in Siobhán.\nAGENT: Lovely. Date of birth?\nCALLER: Twenty-first of March, nineteen eighty-six.\nAGENT: And a number to reach you?\nCALLER: Oh seven nine one two, three three four, eight oh six.",
    pii: [
      ['HEALTH_INSURANCE', '1-0-4-4-7-2-9-3-8'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Bhriain'],
      ['PERSON', 'Siobhán'],
      ['DATE_OF_BIRTH', 'Twenty-first of March, nineteen eighty-six'],
      ['PHONE', 'Oh seven nine one two, three three four, eight oh six'],
    ],
  },
  {
    text: "Got an email from 'Royal Mail' saying my parcel is held until I pay a £1.99 redelivery fee at royalmail-redelivery-uk.info, tracking RM 8841 2290 GB. I am expecting a parcel from Argos though. Real or not?",
    pii: [],
  },
  {
    text: "Hi Ngozi, reminder from Dr Castellanos' office: Chidi's 4-year well-child visit is Tue 03/11 at 9:40am. At check-in please have his DOB (02/14/2021) and member ID 944218307-01 ready. Reply C to confirm or R to reschedule.",
    pii: [
      ['PERSON', 'Ngozi'],
      ['PERSON', 'Castellanos'],
      ['PERSON', 'Chidi'],
      ['DATE_OF_BIRTH', '02/14/2021'],
      ['HEALTH_INSURANCE', '944218307-01'],
    ],
  },
  {
    text: 'staging build 2025.11.3-rc2 still shows the old pricing table (pricing-svc v1.8.0), ticket PLAT-4471. ok to redeploy at 16:00 UTC or wait for 1.8.1?',
    pii: [],
  },
  {
    text: "Flight is DL 402, lands JFK 6:45pm. If I'm stuck at work my cousin Tamika will grab you, her cell is (929) 418-2207. If you get to mine first it's Apt 5C, 1188 Bergen St, Brooklyn, NY 11216, door code 4471#",
    pii: [
      ['PERSON', 'Tamika'],
      ['PHONE', '(929) 418-2207'],
      ['ADDRESS', 'Apt 5C, 1188 Bergen St, Brooklyn, NY 11216'],
      ['PASSWORD', '4471#'],
    ],
  },
  {
    text: '[23:02] nightowl_rae: @mods can someone delete my screenshot in #help pls 😭 it shows my epic login\n[23:02] nightowl_rae: like the whole thing. rae.delacruz04@gmail.com / Sunfl0wer!!22\n[23:04] mod_tobi: gone. change that pw now and turn on 2FA',
    pii: [
      ['USERNAME', 'nightowl_rae'],
      ['USERNAME', 'nightowl_rae'],
      ['EMAIL', 'rae.delacruz04@gmail.com'],
      ['PASSWORD', 'Sunfl0wer!!22'],
      ['USERNAME', 'mod_tobi'],
    ],
  },
  {
    text: "Customer: Tracking 5521-8830-1946 says delivered but nothing at my door. Address is 인천광역시 연수구 송도과학로 16, 103동 1502호, 수령인 박서윤.\nAgent: 확인해보겠습니다. Can the driver call you?\nCustomer: yes 010-6620-3814, I'm home till 6",
    pii: [
      ['ADDRESS', '인천광역시 연수구 송도과학로 16, 103동 1502호'],
      ['PERSON', '박서윤'],
      ['PHONE', '010-6620-3814'],
    ],
  },
  {
    text: "finally renewed my passport after 3 trips to Ikoyi 😮‍💨 new no. B50729184, valid till 2035 so that's me sorted. the portal kept rejecting my DOB bc I typed 04/11/1998 instead of 1998-11-04 smh",
    pii: [
      ['PASSPORT', 'B50729184'],
      ['DATE_OF_BIRTH', '04/11/1998'],
      ['DATE_OF_BIRTH', '1998-11-04'],
    ],
  },
  {
    text: 'Agent: To verify ownership, what is the last password you remember?\nCustomer: maybe Minji!2019 or minji2019!! not sure\nAgent: And the phone number on the account?\nCustomer: 010-3417-9952, or 010-3417-9925 i changed it last year i think\nAgent: Is your Nexon ID mj_sky2019?\nCustomer: yes!! backup mail is minji.k.sky@naver.com',
    pii: [
      ['PASSWORD', 'Minji!2019'],
      ['PASSWORD', 'minji2019!!'],
      ['PHONE', '010-3417-9952'],
      ['PHONE', '010-3417-9925'],
      ['USERNAME', 'mj_sky2019'],
      ['EMAIL', 'minji.k.sky@naver.com'],
    ],
  },
  {
    text: 'Customer: I want to transfer my 2019 Kia Sorento to my brother Lee Dong-hyuk in Daegu. Plate 152무 3381, VIN KNAPU81BDK7543120.\nAgent: Both of you need to visit the 차량등록사업소 with ID. Bring your licence too.\nCustomer: mine is 26-14-482017-31, is that enough?\nAgent: Yes, plus the 2,000,000원 insurance certificate for his name.',
    pii: [
      ['PERSON', 'Lee Dong-hyuk'],
      ['VEHICLE_PLATE', '152무 3381'],
      ['VIN', 'KNAPU81BDK7543120'],
      ['DRIVER_LICENSE', '26-14-482017-31'],
    ],
  },
  {
    text: 'Hi Marcus,\n\nThanks for showing us round on Saturday. Tomás and I would like to apply for Flat 2, 41 Elmhurst Road, London E7 8LN at £1,850 pcm.\n\nFor referencing: my DOB is 12/02/1992 and Tomás is 30/07/1990. We currently live at 18 Clova Road, Forest Gate, London E7 9AH. The £426 holding deposit will come from my Monzo, acc 41829307.\n\nBest,\nAoife Brennan\n07946 318 052',
    pii: [
      ['PERSON', 'Marcus'],
      ['PERSON', 'Tomás'],
      ['ADDRESS', 'Flat 2, 41 Elmhurst Road, London E7 8LN'],
      ['DATE_OF_BIRTH', '12/02/1992'],
      ['PERSON', 'Tomás'],
      ['DATE_OF_BIRTH', '30/07/1990'],
      ['ADDRESS', '18 Clova Road, Forest Gate, London E7 9AH'],
      ['BANK_ACCOUNT', '41829307'],
      ['PERSON', 'Aoife Brennan'],
      ['PHONE', '07946 318 052'],
    ],
  },
  {
    text: '오늘 meeting 너무 좋았어요!! 😊 for the contract pls use my 회사 email yuna.park@studio-onda.kr, 사업자번호 is 214-87-30915 (개인사업자요). 급한 거 있으면 010-2274-8816 ✨',
    pii: [
      ['EMAIL', 'yuna.park@studio-onda.kr'],
      ['BRN', '214-87-30915'],
      ['PHONE', '010-2274-8816'],
    ],
  },
  {
    text: 'Agent: The Connect 15GB prepaid plan is $35/mo, and the SIM kit (SKU SIM-3N1-NANO) is $0.99 in store.\nCustomer: does it work in Canada?\nAgent: With the Travel Pass add-on, $5/day, max 10 days per cycle.',
    pii: [],
  },
  {
    text: 'Hi Mr. Novak, attached is our 견적서 Q-2025-0871 for 1,200 units of PCB-7720. For payment setup: Woori Bank 1005-803-447219 (예금주 (주)다온전자), 사업자등록번호 605-86-12872, 법인등록번호 180111-0592386. Direct line 02-3471-8826 (ext. 214), mobile 010-5528-1073.\nThanks,\nHan Seung-min / 구매팀',
    pii: [
      ['PERSON', 'Novak'],
      ['BANK_ACCOUNT', '1005-803-447219'],
      ['BRN', '605-86-12872'],
      ['CRN', '180111-0592386'],
      ['PHONE', '02-3471-8826'],
      ['PHONE', '010-5528-1073'],
      ['PERSON', 'Han Seung-min'],
    ],
  },
];
