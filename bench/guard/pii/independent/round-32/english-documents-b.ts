// English documents for round 32, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyTwoDocumentsB: readonly IndependentText[] = [
  {
    text:
      "Please format this guest list for the Hanoi hotel, they need it for the police registration:\n1. NGUYEN THI THU HA - Passport C4829107 - DOB 12/08/1990 - Vietnam\n2. Daniel O'Sullivan - Passport PA7719342 (IRL) - DOB 30/01/1987\n3. Mei Ling Cheng - Passport E31847266 (CHN) - DOB 1994-05-21\nCheck-in 22/03/2025, 3 rooms, booking ref HNB-55120\nRoom rate 1,450,000 VND/night incl. breakfast, airport pickup flight VN 254 at 10:40",
    pii: [
      ['PERSON', 'NGUYEN THI THU HA'],
      ['PASSPORT', 'C4829107'],
      ['DATE_OF_BIRTH', '12/08/1990'],
      ['PERSON', "Daniel O'Sullivan"],
      ['PASSPORT', 'PA7719342'],
      ['DATE_OF_BIRTH', '30/01/1987'],
      ['PERSON', 'Mei Ling Cheng'],
      ['PASSPORT', 'E31847266'],
      ['DATE_OF_BIRTH', '1994-05-21'],
    ],
  },
  {
    text:
      "Can you explain the deductions on my salary slip?\n\nSALARY SLIP FOR THE MONTH OF JANUARY 2025\nEmployee Name: Ananya Krishnamurthy     Emp Code: TCX10482\nDesignation: Senior Analyst     Location: Bengaluru\nBank A/c No: 50100338417260 (HDFC Bank)     IFSC: HDFC0001753\nDays paid: 31     LOP: 0\nBasic 62,500 | HRA 31,250 | Special Allowance 28,910\nPF 7,500 | Professional Tax 200 | TDS 11,840\nNet Pay: Rs. 1,03,120 (Rupees One Lakh Three Thousand One Hundred Twenty only)",
    pii: [
      ['PERSON', 'Ananya Krishnamurthy'],
      ['BANK_ACCOUNT', '50100338417260'],
    ],
  },
  {
    text:
      "Translate this support ticket into Portuguese for the São Paulo team:\n\nTicket #SR-204418 - Account recovery\nUser: Beatriz Almeida Santos   login: bia.santos   registered email: beatriz.asantos@uol.com.br\nRecovery phone: +55 11 98437-2215\nReason: lost phone, locked out by 2FA. Identity checked with last 4 of card (4471) and date of birth 17/10/1985.\nAction: reset password to temporary Tmp-8842-Qz (expires in 24h), regenerated backup codes, error AUTH-409 cleared.\nAgent: Rafael M.",
    pii: [
      ['PERSON', 'Beatriz Almeida Santos'],
      ['USERNAME', 'bia.santos'],
      ['EMAIL', 'beatriz.asantos@uol.com.br'],
      ['PHONE', '+55 11 98437-2215'],
      ['DATE_OF_BIRTH', '17/10/1985'],
      ['PASSWORD', 'Tmp-8842-Qz'],
      ['PERSON', 'Rafael M.'],
    ],
  },
  {
    text:
      "Make this roster announcement shorter:\nWAREHOUSE SHIFT ROSTER - WEEK 12\nShift A 06:00-14:30, docks 1-4\nShift B 14:00-22:30, docks 5-8\nForklift recertification Thu 13:00, training room 2B (bring licence card)\nSafety stand-down re incident report IR-0331, all shifts, 15 min\nPPE order PO-55820 arriving Wed, sizes S-XXL\nQuestions: ops hotline 1800 226 448",
    pii: [],
  },
  {
    text:
      "Summarise the key terms of this lease for me:\n\nRESIDENTIAL TENANCY AGREEMENT (Standard Form of Lease) - excerpt\nLandlord: Gurpreet Singh Dhillon\nTenants: Olivia Tremblay and Marc-André Gagnon\nRental unit: 58 Maple Grove Drive, Unit 2 (basement), Brampton, ON L6X 3K9\nTerm: 1 May 2025 to 30 April 2026. Rent $1,850 due on the 1st; last month's rent deposit $1,850.\nParking: 1 driveway spot. Utilities: tenant pays 40% of hydro and gas.\nNotices to landlord: gsdhillon.rentals@gmail.com or 647-392-8815\nKeys: 2 keys + garage remote. Side entrance keypad 3812, then press #.",
    pii: [
      ['PERSON', 'Gurpreet Singh Dhillon'],
      ['PERSON', 'Olivia Tremblay'],
      ['PERSON', 'Marc-André Gagnon'],
      ['ADDRESS', '58 Maple Grove Drive, Unit 2 (basement), Brampton, ON L6X 3K9'],
      ['EMAIL', 'gsdhillon.rentals@gmail.com'],
      ['PHONE', '647-392-8815'],
      ['PASSWORD', '3812'],
    ],
  },
  {
    text:
      "Can you proofread this declaration before I file it?\n\nSUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO\nCase No. 24FL03318\nPetitioner: Rosa Elena Martínez\nRespondent: Kevin Duane Pruitt, DOB 04/19/1986, CA driver license D4418207\nRespondent's address: 7215 Gerber Rd, Apt 12, Sacramento, CA 95828\nPetitioner's address: confidential\nI, Rosa Martínez, declare:\n1. On December 28, 2024 Respondent came to my workplace at Del Paso Dental and refused to leave until security was called.\n2. Between Dec 29 and Jan 4 he texted me 46 times from 916-307-4472.\n3. My daughter, Sofia (age 7), was with me on Jan 2 when he followed our car.",
    pii: [
      ['PERSON', 'Rosa Elena Martínez'],
      ['PERSON', 'Kevin Duane Pruitt'],
      ['DATE_OF_BIRTH', '04/19/1986'],
      ['DRIVER_LICENSE', 'D4418207'],
      ['ADDRESS', '7215 Gerber Rd, Apt 12, Sacramento, CA 95828'],
      ['PERSON', 'Rosa Martínez'],
      ['PHONE', '916-307-4472'],
      ['PERSON', 'Sofia'],
    ],
  },
  {
    text:
      "Can you translate this into Korean for our cleaner?\n\nHi Mrs. Choi, we're away this week. Apartment: 서울시 용산구 이태원로55가길 12, 3층. The door lock code is 240917, then press *. Please water the plants and feed Mochi (cat food is in the pantry). The 120,000 won will go to your Kakao Bank account on Friday. If anything happens call my husband James on 010-2947-5518. Thanks! Laura",
    pii: [
      ['PERSON', 'Choi'],
      ['ADDRESS', '서울시 용산구 이태원로55가길 12, 3층'],
      ['PASSWORD', '240917'],
      ['PERSON', 'James'],
      ['PHONE', '010-2947-5518'],
      ['PERSON', 'Laura'],
    ],
  },
  {
    text:
      "pls summarise this discharge summary in simple words for my mum\n\nEASTPOINT GENERAL HOSPITAL - DISCHARGE SUMMARY\nPatient: Goh Siew Lan   Hospital No.: EGH-2291047\nDOB: 03/04/1952   Ward 7B Bed 12\nAdmitted 12/01/2025   Discharged 17/01/2025\nDiagnosis: community-acquired pneumonia; T2DM\nMeds: Augmentin 625mg BD x 5/7, Metformin 500mg BD\nBP 138/82, HbA1c 7.9%, CRP 41\nFollow-up: Respiratory SOC 31/01/2025 09:40 with Dr Lim Kah Wai\nIntegrated Shield policy no.: GE-4471-8820-93\nNOK: Daniel Goh (son) 9182 4406",
    pii: [
      ['PERSON', 'Goh Siew Lan'],
      ['MEDICAL_RECORD', 'EGH-2291047'],
      ['DATE_OF_BIRTH', '03/04/1952'],
      ['PERSON', 'Lim Kah Wai'],
      ['HEALTH_INSURANCE', 'GE-4471-8820-93'],
      ['PERSON', 'Daniel Goh'],
      ['PHONE', '9182 4406'],
    ],
  },
  {
    text:
      "MDM enrolment failed for Grace Njeri's phone. Samsung Galaxy A54 (SM-A546E), IMEI 869554045181811, SIM ICCID 8925402620966542879, Wi-Fi MAC 8C:83:94:2E:5A:F1 (random MAC off). Serial R5CT40XKJ2M, One UI 6.1. Error 0x8018002A 'blocked by policy'. Can you tell me what that code means?",
    pii: [
      ['PERSON', 'Grace Njeri'],
      ['IMEI', '869554045181811'],
      ['ICCID', '8925402620966542879'],
      ['MAC_ADDRESS', '8C:83:94:2E:5A:F1'],
    ],
  },
  {
    text:
      "CASA LAS PALMAS - WELCOME!\nWi-Fi: CasaPalmas_Invitados   Password: mango2025playa\nGate code: 0519 (press # after)\nYour host: Alejandro Ruiz, WhatsApp +52 322 184 7730\nReception 9:00-18:00, office 322 222 0150\nCheck-out 11:00. Towels for the pool are in the blue cabinet.",
    pii: [
      ['PASSWORD', 'mango2025playa'],
      ['PASSWORD', '0519'],
      ['PERSON', 'Alejandro Ruiz'],
      ['PHONE', '+52 322 184 7730'],
    ],
  },
  {
    text:
      "Can you write a reply to this?\n\nFrom: Chinedu Okonkwo-Ellis <c.okonkwoellis@protonmail.com>\nSubject: Transcript request - MSc Data Science 2021/22\nHi, I'd like an official transcript for my visa application. Student number 2104418, date of birth 09/12/1996. Please post it to Flat 3, 71 Leith Walk, Edinburgh EH6 8LR, or email it to the address above. My dissertation supervisor was Prof. Margaret Lindsay.\nThanks,\nChinedu",
    pii: [
      ['PERSON', 'Chinedu Okonkwo-Ellis'],
      ['EMAIL', 'c.okonkwoellis@protonmail.com'],
      ['DATE_OF_BIRTH', '09/12/1996'],
      ['ADDRESS', 'Flat 3, 71 Leith Walk, Edinburgh EH6 8LR'],
      ['PERSON', 'Margaret Lindsay'],
      ['PERSON', 'Chinedu'],
    ],
  },
  {
    text:
      "Check this quote against our budget of MYR 90k:\nGrand Kestrel Hotel Kuala Lumpur - Event quotation GK-Q-22018\nEvent: Q2 Sales Kickoff, 14-16 May 2025\nAccommodation: 35 rooms x 2 nights @ MYR 420++\nBallroom B full-day package: MYR 165 per pax x 80 pax x 2 days\nAV add-on (LED wall, 4 mics): MYR 2,800\nDeposit 30% by 15 Mar 2025, balance 7 days before event\nSales office +603 2141 8000",
    pii: [],
  },
  {
    text:
      "HR EMERGENCY CONTACT UPDATE\nEmployee: Javier Morales Ortega (ID 55821)\nDept: Logistics - Zaragoza hub, shift T2\nContact 1: Lucía Ortega Pérez (mother) +34 654 218 903\nContact 2: Pablo Morales (brother) 622 47 18 30\nHome address: Calle de Predicadores 34, 2º B, 50003 Zaragoza\nAllergies: penicillin\nAccount for expense claims: ES87 2100 0418 4573 1290 4458\n\nCan you put this into our Workday template fields?",
    pii: [
      ['PERSON', 'Javier Morales Ortega'],
      ['PERSON', 'Lucía Ortega Pérez'],
      ['PHONE', '+34 654 218 903'],
      ['PERSON', 'Pablo Morales'],
      ['PHONE', '622 47 18 30'],
      ['ADDRESS', 'Calle de Predicadores 34, 2º B, 50003 Zaragoza'],
      ['IBAN', 'ES87 2100 0418 4573 1290 4458'],
    ],
  },
  {
    text:
      "Turn this into calendar entries please:\nTrip: Denver to Honolulu, confirmation HWX9PL\nFri Jun 20  HA 25  DEN 11:05 -> HNL 14:50, seats 32A-D\nTravelers: Brian Kessler, Amanda Kessler, Noah Kessler (DOB 02/14/2014), Lily Kessler (DOB 07/08/2017)\nCar: Alamo, conf 1289440213US, pickup HNL 15:30, paid on Amex 3751 239370 45059 exp 05/29\nCondo: Waikiki Banyan unit 1207, door code 7725, check-in 4pm\nEmergency contact while we're away: Grandma Sue 303-918-2274",
    pii: [
      ['PERSON', 'Brian Kessler'],
      ['PERSON', 'Amanda Kessler'],
      ['PERSON', 'Noah Kessler'],
      ['DATE_OF_BIRTH', '02/14/2014'],
      ['PERSON', 'Lily Kessler'],
      ['DATE_OF_BIRTH', '07/08/2017'],
      ['CREDIT_CARD', '3751 239370 45059'],
      ['CARD_EXPIRY', '05/29'],
      ['PASSWORD', '7725'],
      ['PERSON', 'Sue'],
      ['PHONE', '303-918-2274'],
    ],
  },
  {
    text:
      "RESIDENT VEHICLE REGISTRATION - Raemian Riverside management office\nResident: Thomas Becker\nUnit: 서울특별시 성동구 왕십리로 410, 108동 1702호\nAlien Registration No. (외국인등록번호): 850117-5222006\nVehicle 1: Hyundai Tucson, plate 142머 7731, VIN KMHD84LF0JU512879\nVehicle 2: 38나 2046 (driver: Sophie Becker, spouse)\nMobile: 010-7719-4328\nRegistered 2025.02.03, sticker no. R-0884, office tel 02-3471-2200\n\nPlease check the English is ok before I hand it in.",
    pii: [
      ['PERSON', 'Thomas Becker'],
      ['ADDRESS', '서울특별시 성동구 왕십리로 410, 108동 1702호'],
      ['FRN', '850117-5222006'],
      ['VEHICLE_PLATE', '142머 7731'],
      ['VIN', 'KMHD84LF0JU512879'],
      ['VEHICLE_PLATE', '38나 2046'],
      ['PERSON', 'Sophie Becker'],
      ['PHONE', '010-7719-4328'],
    ],
  },
  {
    text:
      "Can you rewrite my witness statement so it's clearer before I send it to the insurer?\n\nStatement of: Eleanor Whitmore\nAddress: 16 Abbey Close, Tewkesbury, GL20 5SR\nTel: 07956 284 113\nOn Thursday 9 January 2025 at about 08:20 I was walking along Barton Street when a silver Vauxhall Corsa, registration YR67 HNC, pulled out of the Co-op car park and hit a cyclist. The driver, a man I now know to be Mr D. Fairclough, got out and said he hadn't seen her. The cyclist gave her name as Priyanka. Claim ref AV/22-88314.",
    pii: [
      ['PERSON', 'Eleanor Whitmore'],
      ['ADDRESS', '16 Abbey Close, Tewkesbury, GL20 5SR'],
      ['PHONE', '07956 284 113'],
      ['VEHICLE_PLATE', 'YR67 HNC'],
      ['PERSON', 'D. Fairclough'],
      ['PERSON', 'Priyanka'],
    ],
  },
  {
    text:
      "Summarise this bug report for Jira:\nReporter: Felix Wagner (f.wagner@brandtwerk.de)\nEnv: staging, build 4.18.2, region eu-central-1\nSteps: POST /v2/summarise with a 12k-token document\nObserved: HTTP 429 after 3 requests; request id req_7f3a9c21e8, trace 4bf92f3577b34da6a3ce929d0e0e4736\nExpected: rate limit 60 rpm per tenant\nNote from Felix: the key in our env file is the staging one, sk-proj-mW378D-Cn511CFUBWkNhBm2bd2AG2_B2TFu2aWo_C7VLotddxg7qACPVsOnA66cK, so no need to rotate (?)",
    pii: [
      ['PERSON', 'Felix Wagner'],
      ['EMAIL', 'f.wagner@brandtwerk.de'],
      ['PERSON', 'Felix'],
      ['SECRET', 'sk-proj-mW378D-Cn511CFUBWkNhBm2bd2AG2_B2TFu2aWo_C7VLotddxg7qACPVsOnA66cK'],
    ],
  },
  {
    text:
      "Can you make this notice more polite? \"Parcel lockers at Tower 2 will be offline from 6pm Sat for firmware update v3.2.1. Collect your items by 5pm. Locker error E-41 means the door sensor failed - quote ticket LK-30918 when you call the concierge desk on 6715 8890.\"",
    pii: [],
  },
  {
    text:
      "Tidy these handover notes for the new tenants:\n- Property: 5 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K7P3\n- Tenants: Aoife Brennan & Ciarán Lynch, lease from 1 Feb\n- Keys in the lockbox beside the meter box, code 2604 (please change it after)\n- Alarm panel in the hall: code 8193, press AWAY to arm\n- Electricity MPRN 10006824531, gas GPRN 1442871\n- Wi-Fi eir-7B41 / password dA9x-Kt2p-Wq\n- Landlord: Fergal Kinsella 085 219 4470\n- Bins: Thursday (Panda), green bin fortnightly",
    pii: [
      ['ADDRESS', '5 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K7P3'],
      ['PERSON', 'Aoife Brennan'],
      ['PERSON', 'Ciarán Lynch'],
      ['PASSWORD', '2604'],
      ['PASSWORD', '8193'],
      ['PASSWORD', 'dA9x-Kt2p-Wq'],
      ['PERSON', 'Fergal Kinsella'],
      ['PHONE', '085 219 4470'],
    ],
  },
  {
    text:
      "OCR from a scanned form, can you pull out the fields?\n\nFURIKOMI (BANK TRANSFER) REQUEST\nPayee:Yamamoto Haruka   ヤマモト ハルカ\nBank: Mizuho Bank, Shibuya Branch (branch no. 210)\nAccount type: futsu   Acct No. 3847162\nAmount ¥86,4OO   Ref: EXP-2025-0211\nRequested by: K. Sato (Finance) ext 3302\nPayee tel: 090-4418-2763\nAddr: 東京都世田谷区三軒茶屋2-14-7 ハイツ三茶 203\n| approved ___ 2025/02/11",
    pii: [
      ['PERSON', 'Yamamoto Haruka'],
      ['PERSON', 'ヤマモト ハルカ'],
      ['BANK_ACCOUNT', '3847162'],
      ['PERSON', 'K. Sato'],
      ['PHONE', '090-4418-2763'],
      ['ADDRESS', '東京都世田谷区三軒茶屋2-14-7 ハイツ三茶 203'],
    ],
  },
  {
    text:
      "Please proofread this invitation letter:\n\nDear Visa Officer,\nWe invite Mr. Zhang Wei (张伟), born 1983-07-22, Chinese passport EA4471920, to visit our Sydney office from 3 to 14 March 2025 for product training. Shenzhen Linkwave Technology will cover his airfare and we will cover accommodation. Mr Zhang can be contacted on +86 139 2274 8106 or zhangwei@linkwave-tech.cn.\nYours faithfully,\nCatherine Moore\nHR Business Partner, Austral Robotics Pty Ltd\nLevel 12, 1 Market St, Sydney NSW 2000 | 02 8265 4400",
    pii: [
      ['PERSON', 'Zhang Wei'],
      ['PERSON', '张伟'],
      ['DATE_OF_BIRTH', '1983-07-22'],
      ['PASSPORT', 'EA4471920'],
      ['PERSON', 'Zhang'],
      ['PHONE', '+86 139 2274 8106'],
      ['EMAIL', 'zhangwei@linkwave-tech.cn'],
      ['PERSON', 'Catherine Moore'],
    ],
  },
  {
    text:
      "Summarize what's missing from this contractor packet:\nForm W-9 (copy)\nName: Luis Fernando Castañeda\nBusiness name: LFC Drywall LLC\nHome address: 4512 N 37th Ave, Phoenix, AZ 85019\nTIN: ITIN 912-78-4406\nDirect deposit: routing 122105155, account 8830146275\nCell: (602) 418-9930\nCOI expires 08/31/2025, general liability policy GL-5518820\nNo signed subcontract yet.",
    pii: [
      ['PERSON', 'Luis Fernando Castañeda'],
      ['ADDRESS', '4512 N 37th Ave, Phoenix, AZ 85019'],
      ['US_ITIN', '912-78-4406'],
      ['BANK_ACCOUNT', '8830146275'],
      ['PHONE', '(602) 418-9930'],
    ],
  },
  {
    text:
      "SIM swap request - customer Mitchell O'Brien, service 0438 227 915. New SIM ICCID 8961089758286711926, account PIN 6612 verified by caller. Store: Chermside, order ref TLS-4419027, staff ID d884. Port-in not required.",
    pii: [
      ['PERSON', "Mitchell O'Brien"],
      ['PHONE', '0438 227 915'],
      ['ICCID', '8961089758286711926'],
      ['PASSWORD', '6612'],
    ],
  },
  {
    text:
      "YEAR 8 RESIDENTIAL TRIP - CONSENT & MEDICAL FORM (Ashworth Academy)\nPupil: Harvey Nwosu-Clarke   Form 8R   DOB 27/06/2012\nParent/carer: Mrs Adaeze Nwosu-Clarke, mobile 07481 336 209, email adaeze.nc@btinternet.com\nAlternative contact: Uncle Femi, 07932 571 488\nGP: Dr A. Shah, Meadowbank Surgery 0161 483 2210\nNHS number: 401 023 2137\nMedical: mild peanut allergy (EpiPen 0.3mg), hay fever (cetirizine 10mg)\nTrip cost £285, paid via ParentPay ref 88214\n\nCan you turn this into the one-page sheet the trip leaders carry?",
    pii: [
      ['PERSON', 'Harvey Nwosu-Clarke'],
      ['DATE_OF_BIRTH', '27/06/2012'],
      ['PERSON', 'Adaeze Nwosu-Clarke'],
      ['PHONE', '07481 336 209'],
      ['EMAIL', 'adaeze.nc@btinternet.com'],
      ['PERSON', 'Femi'],
      ['PHONE', '07932 571 488'],
      ['PERSON', 'A. Shah'],
      ['MEDICAL_RECORD', '401 023 2137'],
    ],
  },
  {
    text:
      "can you check if this webhook setup looks right?\nSLACK_BOT_TOKEN=xoxb-4821736509-7310284461937-rpS9wg1QlRRLiiRejeKx0gbV\nSLACK_CHANNEL=#ops-alerts\nserver 52.64.118.203, port 8443, alert threshold 95%",
    pii: [
      ['SECRET', 'xoxb-4821736509-7310284461937-rpS9wg1QlRRLiiRejeKx0gbV'],
      ['IP_ADDRESS', '52.64.118.203'],
    ],
  },
];
