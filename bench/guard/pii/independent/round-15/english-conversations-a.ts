// English conversations for round 15, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFifteenConversationsA: readonly IndependentText[] = [
  {
    text: "omg Jaz did u see Kirra's story 😂 anyway can u grab me from 9 Banksia Cres, Umina Beach NSW 2257 at 6:30?? car's at the mechanic again 🙄",
    pii: [
      ['PERSON', 'Jaz'],
      ['PERSON', 'Kirra'],
      ['ADDRESS', '9 Banksia Cres, Umina Beach NSW 2257'],
    ],
  },
  {
    text: "Dear Mrs Okonjo,\n\nThank you for the call this morning. I'm pleased to confirm my acceptance of the Finance Associate offer (Ref: HR/OFF/2025/118). Could the contract be sent to my personal email below rather than my current work address?\n\nKind regards\nKwabena Asante-Darko\nMobile: 024 418 6603\nk.asantedarko@yahoo.co.uk",
    pii: [
      ['PERSON', 'Okonjo'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['PHONE', '024 418 6603'],
      ['EMAIL', 'k.asantedarko@yahoo.co.uk'],
    ],
  },
  {
    text: "hiya, it's Moira Lindsay, L-I-N-D-S-A-Y, I'm phoning for my mum actually, she's eighty-three and the electric's gone off at hers, that's 22 Whinhill Road, Greenock, PA15 1LT, and she's meant to be on your priority register. her date of birth is fourth of February, nineteen forty-two, if you need it",
    pii: [
      ['PERSON', 'Moira Lindsay'],
      ['ADDRESS', '22 Whinhill Road, Greenock, PA15 1LT'],
      ['DATE_OF_BIRTH', 'fourth of February, nineteen forty-two'],
    ],
  },
  {
    text: 'Customer: hello, is the 설화수 First Care Activating Serum 60ml back in stock? it says 품절 on the app\nAgent: 네, it will be restocked on 20 June! You can use code SUMMER15 for 15% off orders over $80.\nCustomer: ok 감사합니다 will wait',
    pii: [],
  },
  {
    text: "Customer: I'm flying to Lisbon on Monday, can you put a travel note on my card? It's 5412753499210081\nAgent: Of course, Ms. Alvarado. For security, can you confirm the expiry date on the card?\nCustomer: 11/28\nAgent: Thank you. Travel notice is active 16 Jun - 30 Jun for Portugal and Spain, reference TN-4408127.",
    pii: [
      ['CREDIT_CARD', '5412753499210081'],
      ['PERSON', 'Alvarado'],
      ['CARD_EXPIRY', '11/28'],
    ],
  },
  {
    text: "Agent: For the unlock request I'll need the IMEI. Dial *#06# and it'll pop up.\nCustomer: 35-209811-746231-5\nAgent: Thanks. The line's under an account holder named Renata Szabo, is that you?\nCustomer: no it's my mom, I'm on her plan. her number is (773) 205-1846\nAgent: Got it, unlock request UNL-0092731 submitted, takes up to 2 business days.",
    pii: [
      ['IMEI', '35-209811-746231-5'],
      ['PERSON', 'Renata Szabo'],
      ['PHONE', '(773) 205-1846'],
    ],
  },
  {
    text: 'Call from Mrs Folasade Adeyemi re: son Tobi (DOB 12/03/2022, Hosp No P-0221784), temp 38.9 since last night, vomited x2, still taking fluids. Advised to bring him to CHER today. Mum reachable on 0813 447 2095. Dr Chiamaka Nwosu aware.',
    pii: [
      ['PERSON', 'Folasade Adeyemi'],
      ['PERSON', 'Tobi'],
      ['DATE_OF_BIRTH', '12/03/2022'],
      ['MEDICAL_RECORD', 'P-0221784'],
      ['PHONE', '0813 447 2095'],
      ['PERSON', 'Chiamaka Nwosu'],
    ],
  },
  {
    text: "2022 Ioniq 5 Limited, 38k km. Got 'Check electric vehicle system' + 12V battery warning right after the OTA to 2.14. Dealer in Vaughan says ICCU, part 36400-GI010, 3-week wait and $4,180 if warranty declines. Hyundai Canada case #CS-04417782. Anyone had this covered?",
    pii: [],
  },
  {
    text: 'Customer: Booking ref 8HJ2TK, VS0401 LHR-JFK on 2 Sep. The app wants advance passenger info for my son and it keeps failing.\nAgent: I can add it here. Full name as on the passport, date of birth and passport number please.\nCustomer: FERREIRA-LOPES, MATEO. Born 21/09/2016. Passport 129384756',
    pii: [
      ['PERSON', 'FERREIRA-LOPES, MATEO'],
      ['DATE_OF_BIRTH', '21/09/2016'],
      ['PASSPORT', '129384756'],
    ],
  },
  {
    text: 'Hi Rohit,\n\nThank you for your time on the call today. Your technical round is scheduled for Thursday, 12 June at 11:30 AM IST with Sunita Rao (Engineering Manager). The Teams link will follow by 10 AM. Please keep a government photo ID handy.\n\nRegards,\nHarini Subramanian\nTalent Acquisition, Brightwave Technologies\n+91-99001 47362',
    pii: [
      ['PERSON', 'Rohit'],
      ['PERSON', 'Sunita Rao'],
      ['PERSON', 'Harini Subramanian'],
      ['PHONE', '+91-99001 47362'],
    ],
  },
  {
    text: "Customer: hi, moving into 3 Wattle Grove, Mount Lawley WA 6050 next Monday and need the power on. Name's Priya Ramanathan-Cole\nAgent: Thanks Priya, connection's booked for Mon 7 July. There's a $43.70 connection fee on your first bill. Best number to reach you?\nCustomer: 0455 302 917",
    pii: [
      ['ADDRESS', '3 Wattle Grove, Mount Lawley WA 6050'],
      ['PERSON', 'Priya Ramanathan-Cole'],
      ['PERSON', 'Priya'],
      ['PHONE', '0455 302 917'],
    ],
  },
  {
    text: 'Hello. My name is Lee Seo-yeon (이서연). My package is not arrive yet, tracking 6812 3390 4471 (CJ대한통운). Address is 경기도 성남시 분당구 판교역로 235, N동 802호 and phone 010-8824-1957. Please check for me, thank you',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['ADDRESS', '경기도 성남시 분당구 판교역로 235, N동 802호'],
      ['PHONE', '010-8824-1957'],
    ],
  },
  {
    text: "Customer: why does the app keep asking me for a verification code every time I log in?\nAgent: That's 2-step verification. Codes are valid for 10 minutes.\nCustomer: it says expired and I typed it in like 30 seconds. iPhone 13, app version 5.12.3\nAgent: Thanks, I've raised ticket 88104 with our tech team.",
    pii: [],
  },
  {
    text: 'Hi Mr Okafor,\n\nJust confirming your Invisalign review with Dr Sandhu on Thursday 19 June at 2:40pm. Please bring your current aligners (set 14 of 22).\n\nWarm wishes\nRosalind Greer\nTreatment Coordinator\nBramble Street Orthodontics\nDirect 0161 839 2274',
    pii: [
      ['PERSON', 'Okafor'],
      ['PERSON', 'Sandhu'],
      ['PERSON', 'Rosalind Greer'],
      ['PHONE', '0161 839 2274'],
    ],
  },
  {
    text: 'Hi Deborah, your RAV4 (plate CBLX 492) is ready for pickup. Total $389.12 incl. HST, RO #71824. We are open until 7pm. Reply STOP to opt out. - Lakeshore Toyota Service',
    pii: [
      ['PERSON', 'Deborah'],
      ['VEHICLE_PLATE', 'CBLX 492'],
    ],
  },
  {
    text: "Customer: picking up at Manchester T2 on Friday, booking MAN-4471902. Can I add my husband as a second driver now?\nAgent: Of course, I'll need his full name, date of birth and licence number.\nCustomer: Gareth Llewellyn-Jones, 17/11/1979, LLEWE711179GM9XY",
    pii: [
      ['PERSON', 'Gareth Llewellyn-Jones'],
      ['DATE_OF_BIRTH', '17/11/1979'],
      ['DRIVER_LICENSE', 'LLEWE711179GM9XY'],
    ],
  },
  {
    text: "Hi it's Nathan from Fantastic Furniture delivery, we're about 25 min out from 47 Gannet St Caloundra 4551. Anyone home? If not can u send the side gate code. Cheers\n\n> yep Shell's home, code is 2580 if she doesn't hear the bell",
    pii: [
      ['PERSON', 'Nathan'],
      ['ADDRESS', '47 Gannet St Caloundra 4551'],
      ['PERSON', 'Shell'],
      ['PASSWORD', '2580'],
    ],
  },
  {
    text: "Reception note: Mrs Beatrix Hollingsworth (DOB 02.08.1951) rang re: blood results from 3/6. Pharmacy says her amlodipine 5mg script hasn't come through. Please call daughter Clare back on 07700 918442. Passed to Nurse Priyanka Desai.",
    pii: [
      ['PERSON', 'Beatrix Hollingsworth'],
      ['DATE_OF_BIRTH', '02.08.1951'],
      ['PERSON', 'Clare'],
      ['PHONE', '07700 918442'],
      ['PERSON', 'Priyanka Desai'],
    ],
  },
  {
    text: 'Hi Léa,\n\nThanks for your message about the room! Viewing is Saturday 14:00 at Sonnenallee 112, 12045 Berlin, 3rd floor (bell says Haas). Rent is €640 warm, Kaution €1,280. Please bring your SCHUFA and last 3 payslips.\n\nBis Samstag!\nJonas Haas\n+49 176 4128 9053',
    pii: [
      ['PERSON', 'Léa'],
      ['ADDRESS', 'Sonnenallee 112, 12045 Berlin'],
      ['PERSON', 'Haas'],
      ['PERSON', 'Jonas Haas'],
      ['PHONE', '+49 176 4128 9053'],
    ],
  },
  {
    text: "Push keeps failing with 'Authentication failed' even though the token is in the remote:\n\ngit remote set-url origin https://mkowalczyk:ghp_9naHVck6pbd4ZRj2SxphvDTwrzqwo72n3wZu@github.com/mkowalczyk/fleet-tracker.git\n\nToken has repo scope and 30 day expiry. git 2.43.0 on Ubuntu 24.04. Any ideas?",
    pii: [
      ['USERNAME', 'mkowalczyk'],
      ['SECRET', 'ghp_9naHVck6pbd4ZRj2SxphvDTwrzqwo72n3wZu'],
      ['USERNAME', 'mkowalczyk'],
    ],
  },
  {
    text: 'Good morning. Please I made a transfer of ₦45,000 to a wrong account yesterday evening, session ID 000015250612183344902117. I sent to 2087731465 (UBA) instead of 2087731456. The debit was from my account 0157729381. Kindly help me reverse it, my number is 0816 220 9473. Thank you sir.',
    pii: [
      ['BANK_ACCOUNT', '2087731465'],
      ['BANK_ACCOUNT', '2087731456'],
      ['BANK_ACCOUNT', '0157729381'],
      ['PHONE', '0816 220 9473'],
    ],
  },
  {
    text: "Agent: Could I have your full name as it appears on your ID?\nCustomer: ZHANG Wei-Ting. but everyone calls me Vivian Zhang, that's the name on the app\nAgent: No problem. Date of birth?\nCustomer: 1996/08/23\nAgent: And the email on the account?\nCustomer: vivian.zwt@qq.com",
    pii: [
      ['PERSON', 'ZHANG Wei-Ting'],
      ['PERSON', 'Vivian Zhang'],
      ['DATE_OF_BIRTH', '1996/08/23'],
      ['EMAIL', 'vivian.zwt@qq.com'],
    ],
  },
  {
    text: "My W-2 has my SSN right (531-66-0284) but the employer typed my name as Jose Alvarado, no accent and no second surname. Legally it's José Alvarado-Ríos. Will the IRS reject my return? Software says reject code R0000-504-02.",
    pii: [
      ['US_SSN', '531-66-0284'],
      ['PERSON', 'Jose Alvarado'],
      ['PERSON', 'José Alvarado-Ríos'],
    ],
  },
  {
    text: "Is anyone else's BT broadband dropping every evening around 8? Smart Hub 2, firmware v0.10.00.04201, speed test shows 3.2 Mbps on a 74 Mbps plan. Fault ref CH-48210977 and they've just said 'monitor it for 10 days'.",
    pii: [],
  },
  {
    text: "[21:14] Flor: landed in Ezeiza!!\n[21:15] Flor: bags taking forever, belt 7 😩\n[21:32] Tomi: I'm outside arrivals, row C, grey Corolla AB 482 KD\n[21:33] Flor: 🙌 5 min",
    pii: [
      ['PERSON', 'Flor'],
      ['PERSON', 'Flor'],
      ['PERSON', 'Tomi'],
      ['VEHICLE_PLATE', 'AB 482 KD'],
    ],
  },
];
