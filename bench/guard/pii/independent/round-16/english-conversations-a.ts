// English conversations for round 16, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSixteenConversationsA: readonly IndependentText[] = [
  {
    text: 'hiii Mackenzie here from netball 🏐 my mobile changed, its 0431 552 860 now. home is still (03) 9547 2218 if mum answers lol. also follow the team insta @kenz.plays.wd',
    pii: [
      ['PERSON', 'Mackenzie'],
      ['PHONE', '0431 552 860'],
      ['PHONE', '(03) 9547 2218'],
      ['USERNAME', '@kenz.plays.wd'],
    ],
  },
  {
    text: 'Hi Folake,\n\nFollowing up on the onboarding form, the bank section got cut off when I saved it. For payroll please use GTBank, account no. 0214 578 392, name on account Emeka Chukwuma Obi. Date of birth is 17/09/1993 (the portal shows 1900 for some reason).\n\nThanks,\nEmeka Obi\nData Engineer, starting 10 March\n0809 774 3120 · emeka.obi.dev@outlook.com\nAlt: +234 701 558 2946',
    pii: [
      ['PERSON', 'Folake'],
      ['BANK_ACCOUNT', '0214 578 392'],
      ['PERSON', 'Emeka Chukwuma Obi'],
      ['DATE_OF_BIRTH', '17/09/1993'],
      ['PERSON', 'Emeka Obi'],
      ['PHONE', '0809 774 3120'],
      ['EMAIL', 'emeka.obi.dev@outlook.com'],
      ['PHONE', '+234 701 558 2946'],
    ],
  },
  {
    text: "yes hello, it's Morag Sinclair, Morag with an O-R-A-G, you'll be wanting my date of birth, that's the twelfth of April nineteen fifty-eight, and the landline on the account is oh one three three, two four six, eight eight one nine. The broadband box has been flashing orange since Tuesday and my grandson Fraser says it's your end, not mine. He left his number, it's oh seven seven one two, three oh four, five five six.",
    pii: [
      ['PERSON', 'Morag Sinclair'],
      ['DATE_OF_BIRTH', 'twelfth of April nineteen fifty-eight'],
      ['PHONE', 'oh one three three, two four six, eight eight one nine'],
      ['PERSON', 'Fraser'],
      ['PHONE', 'oh seven seven one two, three oh four, five five six'],
    ],
  },
  {
    text: 'Customer: hi 떡볶이 kit came today but no sauce packet inside 😢\nAgent: 정말 죄송합니다! Is this order KR-20250614-0213, 2 x Tteokbokki Kit 500g (SKU TBK-500G)?\nCustomer: yes that one\nAgent: We will reship the sauce today by CJ대한통운, tracking 6849 2231 7705. No charge, and a ₩3,000 coupon is on your account.\nCustomer: 감사합니다!!',
    pii: [],
  },
  {
    text: 'Customer: two charges of $1,209.00 from AMZN Mktp US yesterday, not me. Mastercard 5412 7534 9821 0041, exp 08/27, cvv 311 if u need it\nAgent: Please never send the security code in chat, Ms. Delgado-Reyes. I have cancelled the card and opened dispute DSP-7720381 for $2,418.00 in total.\nAgent: The new card goes to the address on file. Can I text the activation code to 786-304-2291?\nCustomer: yes thats my cell',
    pii: [
      ['CREDIT_CARD', '5412 7534 9821 0041'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '311'],
      ['PERSON', 'Delgado-Reyes'],
      ['PHONE', '786-304-2291'],
    ],
  },
  {
    text: "Agent: To move the eSIM I need to verify you. Account holder's date of birth and the security passcode, please.\nCustomer: 11/23/1987, passcode is kestrel42\nAgent: Thank you. IMEI of the new phone? Dial *#06# to see it.\nCustomer: 35 209611 847302 6. the old one was 353918104276551 if that matters\nAgent: Got it. So 415-288-0374 moves to the new phone and the second line, 415-288-9160, stays on the old one?\nCustomer: correct",
    pii: [
      ['DATE_OF_BIRTH', '11/23/1987'],
      ['PASSWORD', 'kestrel42'],
      ['IMEI', '35 209611 847302 6'],
      ['IMEI', '353918104276551'],
      ['PHONE', '415-288-0374'],
      ['PHONE', '415-288-9160'],
    ],
  },
  {
    text: "Pt Adaeze Nwosu (MRN 00517306, NHIS no. 21-448-093715, DOB 04/02/1979) rang re: itchy rash since yesterday, started amoxicillin 500mg TDS on Mon. No lip swelling/SOB. Advised stop abx, cetirizine 10mg OD, attend A&E if breathing difficulty. Daughter Chiamaka reachable on 0813 447 2058, pt's own line 0705 962 3381. D/w Dr Funmilayo Adewale - switch to clarithromycin, Rx sent to pharmacy.",
    pii: [
      ['PERSON', 'Adaeze Nwosu'],
      ['MEDICAL_RECORD', '00517306'],
      ['HEALTH_INSURANCE', '21-448-093715'],
      ['DATE_OF_BIRTH', '04/02/1979'],
      ['PERSON', 'Chiamaka'],
      ['PHONE', '0813 447 2058'],
      ['PHONE', '0705 962 3381'],
      ['PERSON', 'Funmilayo Adewale'],
    ],
  },
  {
    text: "Anyone else getting '12V battery needs service' after 2024.44.30? Model Y LR, 2023 build, 41,200 km. Mobile service appt is 18 Dec 8am but the app still says ticket 1-A7RF93K 'Awaiting parts'. Tech said part no. 1581223-00-B is backordered in Ontario.",
    pii: [],
  },
  {
    text: "Customer: Booking ref 9KD4TR, EK0008 LGW-DXB then EK0412 to SYD on 3 Oct. I need to add the passport info for me and my son.\nAgent: Sure. Name as in the passport, date of birth and passport number for each traveller please.\nCustomer: SHARMA, RAVI KUMAR, 22 Jan 1981, 126459873\nCustomer: SHARMA, ARJUN, 09 May 2014, 130288417\nAgent: Thanks Ravi. And the expiry of Arjun's passport?\nCustomer: Nov 2029",
    pii: [
      ['PERSON', 'SHARMA, RAVI KUMAR'],
      ['DATE_OF_BIRTH', '22 Jan 1981'],
      ['PASSPORT', '126459873'],
      ['PERSON', 'SHARMA, ARJUN'],
      ['DATE_OF_BIRTH', '09 May 2014'],
      ['PASSPORT', '130288417'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Arjun'],
    ],
  },
  {
    text: 'Dear Rohan,\n\nWelcome to InfoTrek! Your employee ID is ITS-20931. You can log in to the HR portal with user ID rohan.menon and the temporary password Welc0me#2025 (you will be asked to change it). Please confirm the salary account we have: A/c no. 50100284719362, HDFC Bank, IFSC HDFC0001234. Your DOB as per our records is 14-08-1998; let us know if this is incorrect.\n\nRegards,\nLakshmi Narayanan\nHR Operations, InfoTrek Solutions\nM: +91 99001 47263 | D: 080-4125 7788',
    pii: [
      ['PERSON', 'Rohan'],
      ['USERNAME', 'rohan.menon'],
      ['PASSWORD', 'Welc0me#2025'],
      ['BANK_ACCOUNT', '50100284719362'],
      ['DATE_OF_BIRTH', '14-08-1998'],
      ['PERSON', 'Lakshmi Narayanan'],
      ['PHONE', '+91 99001 47263'],
      ['PHONE', '080-4125 7788'],
    ],
  },
  {
    text: "Customer: hi, moving into 3/47 Glebe Point Rd, Glebe NSW 2037 on 2 July and need the power on. NMI is 4103 8827 561 if that helps\nAgent: Thanks! What name should the account be in, and I'll need a DOB and licence number for the ID check.\nCustomer: Siobhan Tran, 19/11/1995, NSW licence 17294836. mobile 0415 302 877\nAgent: All done Siobhan, connection booked for 2 July, $0 connection fee. Your new account number is 7712 0094 36.",
    pii: [
      ['ADDRESS', '3/47 Glebe Point Rd, Glebe NSW 2037'],
      ['PERSON', 'Siobhan Tran'],
      ['DATE_OF_BIRTH', '19/11/1995'],
      ['DRIVER_LICENSE', '17294836'],
      ['PHONE', '0415 302 877'],
      ['PERSON', 'Siobhan'],
    ],
  },
  {
    text: 'Hello, this is Lee Seo-yeon (이서연). I go on business trip so please send my order no. 2025061788431 to my parents house: 부산광역시 해운대구 좌동순환로 99, 108동 1203호 (48084). My mobile is 010-4827-1936, if I not answer please call my husband Jung-hoon 010 5512 8043. 감사합니다 :)',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['ADDRESS', '부산광역시 해운대구 좌동순환로 99, 108동 1203호 (48084)'],
      ['PHONE', '010-4827-1936'],
      ['PERSON', 'Jung-hoon'],
      ['PHONE', '010 5512 8043'],
    ],
  },
  {
    text: "Customer: do I need the routing number to set up direct deposit with my new job?\nAgent: Yes, ours is 021000021 for accounts opened in New York. You'll also need your account number, it's under Account Details in the app. Please don't type it here.\nCustomer: ok found it, thx",
    pii: [],
  },
  {
    text: 'Kind regards\n\nRavinder Kaur-Sandhu\nPatient Liaison Officer | Meadowbank Physiotherapy\nT: 0121 496 0734 (direct) | M: 07700 915 283\nWeekends (urgent only): 07384 220 611\nE: r.kaursandhu@meadowbankphysio.co.uk\nBookings line: 0800 112 4455\nRegistered in England No. 08427719',
    pii: [
      ['PERSON', 'Ravinder Kaur-Sandhu'],
      ['PHONE', '0121 496 0734'],
      ['PHONE', '07700 915 283'],
      ['PHONE', '07384 220 611'],
      ['EMAIL', 'r.kaursandhu@meadowbankphysio.co.uk'],
    ],
  },
  {
    text: 'Hi Dwayne, your 2019 Toyota Tacoma (plate 8KTR392, VIN 3TMCZ5AN2KM245871) is ready for pickup. Oil change + brake pads, total $389.47 on RO# 604419. Pay online or at the desk, ask for Luis. Open till 6pm. – Valley Toyota Service',
    pii: [
      ['PERSON', 'Dwayne'],
      ['VEHICLE_PLATE', '8KTR392'],
      ['VIN', '3TMCZ5AN2KM245871'],
      ['PERSON', 'Luis'],
    ],
  },
  {
    text: "Customer: picking up a van at Manchester Airport tomorrow, booking CR-448201. can I add my wife as a second driver now?\nAgent: Yes, I just need her full licence number and date of birth.\nCustomer: Ffion Whittaker, licence WHITT857145F99KL, born 14/07/1985. I'm already on it, Gareth Whittaker\nAgent: Thanks Gareth, that's £12/day for the additional driver. Can she send the DVLA check code?\nCustomer: she'll text it from 07823 604 115",
    pii: [
      ['PERSON', 'Ffion Whittaker'],
      ['DRIVER_LICENSE', 'WHITT857145F99KL'],
      ['DATE_OF_BIRTH', '14/07/1985'],
      ['PERSON', 'Gareth Whittaker'],
      ['PERSON', 'Gareth'],
      ['PHONE', '07823 604 115'],
    ],
  },
  {
    text: "Hi it's Kayla from The Good Guys Bunbury, your washer (WH8060J3, order 4471-0928) is out for delivery today 12-4pm. Driver Jayden will ring 15 min before on 0438 772 016. Any probs text me direct 0407 229 581 or call 1300 554 663 👍",
    pii: [
      ['PERSON', 'Kayla'],
      ['PERSON', 'Jayden'],
      ['PHONE', '0438 772 016'],
      ['PHONE', '0407 229 581'],
    ],
  },
  {
    text: 'Reception note: Mrs Gwendolyn Ashworth-Pryce (DOB 03/11/1946, NHS no 628 417 3059) - daughter Helen phoned on her behalf from 07812 339 046. Requesting home visit, pt discharged Fri from Royal Berkshire, hosp no. RBH6620137 on the discharge letter. Dressings for L leg ulcer. Passed to Dr Anil Chaudhry, visit list Tues.',
    pii: [
      ['PERSON', 'Gwendolyn Ashworth-Pryce'],
      ['DATE_OF_BIRTH', '03/11/1946'],
      ['HEALTH_INSURANCE', '628 417 3059'],
      ['PERSON', 'Helen'],
      ['PHONE', '07812 339 046'],
      ['MEDICAL_RECORD', 'RBH6620137'],
      ['PERSON', 'Anil Chaudhry'],
    ],
  },
  {
    text: 'Hi Markus,\n\nthanks for the Nebenkostenabrechnung! Please send the €186.40 refund to:\nIBAN: AT54 2011 1827 4619 3057\nBIC: GIBAATWWXXX\nKontoinhaberin: Zsófia Horváth-Berger\n\nAnd could you pass my new mobile +43 664 3918 207 to the Hausverwaltung? The old one, +43 650 771 2245, is gone.\n\nLiebe Grüße\nZsófia',
    pii: [
      ['PERSON', 'Markus'],
      ['IBAN', 'AT54 2011 1827 4619 3057'],
      ['PERSON', 'Zsófia Horváth-Berger'],
      ['PHONE', '+43 664 3918 207'],
      ['PHONE', '+43 650 771 2245'],
      ['PERSON', 'Zsófia'],
    ],
  },
  {
    text: "Stripe webhook keeps failing with 'No signatures found matching the expected signature for payload'. My .env:\n\nSTRIPE_SECRET_KEY=sk_test_51Pq8xKLm3vT2pQ9rZb7YwE4cH6dJ0aFgN1sU5kR8tV2mX3qW9eB7yL4hD6jC0nA2\nSTRIPE_WEBHOOK_SECRET=whsec_7f3KpL9qT2vX8mN4bR6cY1dW5hJ0sG3e\n\nstripe-node 14.12.0, Express 4.19.2, endpoint https://example.com/api/webhooks/stripe. Event evt_1PbX2k failed 3 times. What am I missing?",
    pii: [
      ['SECRET', 'sk_test_51Pq8xKLm3vT2pQ9rZb7YwE4cH6dJ0aFgN1sU5kR8tV2mX3qW9eB7yL4hD6jC0nA2'],
      ['SECRET', 'whsec_7f3KpL9qT2vX8mN4bR6cY1dW5hJ0sG3e'],
    ],
  },
  {
    text: 'Good morning sir, I booked Lagos to Enugu bus (ref GGM-30417) for my mother Mrs Ifeoma Chukwu, travelling 22nd by 6am. Her number is 0816 402 7731, mine is 0902 115 8846, send the ticket to obiora.chukwu@gmail.com. She will pay the balance ₦4,500 at Jibowu terminal. Please is it seat 14 or 15? Thank you sir.',
    pii: [
      ['PERSON', 'Ifeoma Chukwu'],
      ['PHONE', '0816 402 7731'],
      ['PHONE', '0902 115 8846'],
      ['EMAIL', 'obiora.chukwu@gmail.com'],
    ],
  },
  {
    text: 'Agent: For the room guarantee, what is the name exactly as printed on the card?\nCustomer: WEILING ZHANG. My passport says ZHANG WEILING, but at work I am Vivian Zhang\nAgent: Thank you. Passport number for the registration card?\nCustomer: EA4829173. sorry that is the old one, new one EK1038264\nAgent: EK1038264, noted. And date of birth?\nCustomer: 1990.06.27',
    pii: [
      ['PERSON', 'WEILING ZHANG'],
      ['PERSON', 'ZHANG WEILING'],
      ['PERSON', 'Vivian Zhang'],
      ['PASSPORT', 'EA4829173'],
      ['PASSPORT', 'EK1038264'],
      ['PASSPORT', 'EK1038264'],
      ['DATE_OF_BIRTH', '1990.06.27'],
    ],
  },
  {
    text: "Filing MFJ, wife has SSN and I have ITIN. E-file rejected with IND-181-01 on our dependent. Daughter Mariana, SSN 512-46-8307, born 03/15/2019 - it's on her card exactly like that. Wife is Luz Herrera Gómez, SSN 623-18-4502, and I'm Rodrigo Herrera, ITIN 944-72-1185. Software is FreeTaxUSA 2024. Anyone seen this?",
    pii: [
      ['PERSON', 'Mariana'],
      ['US_SSN', '512-46-8307'],
      ['DATE_OF_BIRTH', '03/15/2019'],
      ['PERSON', 'Luz Herrera Gómez'],
      ['US_SSN', '623-18-4502'],
      ['PERSON', 'Rodrigo Herrera'],
      ['US_ITIN', '944-72-1185'],
    ],
  },
  {
    text: "Is EE's 5G actually worth the extra £5 a month? Getting 38 Mbps in Clapham on 4G, contract ends 14 Feb. Thinking of going SIM-only with giffgaff, £10 for 40GB. Anyone use it on the Northern line?",
    pii: [],
  },
  {
    text: 'Joaco again 🙈 new phone finally, same number as before: +54 9 11 6032 1458. Vale (my cousin) is staying at the depto tonight, door code 4819#, wifi Depto_Palermo pass ruidoso2024. her cel is +34 612 448 905 if she gets lost',
    pii: [
      ['PERSON', 'Joaco'],
      ['PHONE', '+54 9 11 6032 1458'],
      ['PERSON', 'Vale'],
      ['PASSWORD', '4819#'],
      ['PASSWORD', 'ruidoso2024'],
      ['PHONE', '+34 612 448 905'],
    ],
  },
];
