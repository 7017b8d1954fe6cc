// English documents for round 31, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyOneDocumentsB: readonly IndependentText[] = [
  {
    text:
      'agent thank you for calling Clearline Wireless this is Marcus can I get your name please\n' +
      "customer yeah it's Denise Holloway\n" +
      'agent thanks Denise and the phone number on the account\n' +
      'customer four one four two eight seven three nine six zero\n' +
      'agent and for verification the last four of the social\n' +
      "customer oh do you need the whole thing it's five two one four seven nine eight three six\n" +
      "agent just the last four is fine ma'am I've got it the line ending three nine six zero upgrade eligible from March twenty second\n" +
      'customer okay so can I get the new phone today order number was W as in water seven seven one zero four\n' +
      'agent yep I see order W77104 it ships tomorrow',
    pii: [
      ['PERSON', 'Marcus'],
      ['PERSON', 'Denise Holloway'],
      ['PERSON', 'Denise'],
      ['PHONE', 'four one four two eight seven three nine six zero'],
      ['US_SSN', 'five two one four seven nine eight three six'],
    ],
  },
  {
    text:
      'LOAN AGREEMENT (Agreement No. HL-2025-0219)\n' +
      'Lender: Hanbit Savings Bank Co., Ltd., 서울특별시 중구 세종대로 136, Corporate Registration No. 110111-2847197, Business Registration No. 104-86-25379\n' +
      'Borrower: Kim Doyoon (김도윤), Resident Registration No. 850314-1472083\n' +
      '  Address: 서울특별시 마포구 월드컵북로 402, 1105동 803호\n' +
      '  Mobile: 010-4728-3915\n' +
      '  Disbursement account: Shinhan Bank 110-482-937215\n' +
      'Joint Guarantor: Lee Seoyeon (이서연), Resident Registration No. 880927-2619354\n' +
      '  Address: 경기도 성남시 분당구 판교역로 235, 502동 1402호\n' +
      '  Mobile: 010-9183-4402\n' +
      'Principal KRW 50,000,000; interest 5.9% p.a.; term 36 months; first repayment 25 April 2025.\n' +
      'Signed at Seoul on 19 March 2025.\n' +
      'Loan officer: 정민수 과장 (ext. 2214), branch customer line 1588-4000',
    pii: [
      ['CRN', '110111-2847197'],
      ['BRN', '104-86-25379'],
      ['PERSON', 'Kim Doyoon'],
      ['PERSON', '김도윤'],
      ['RRN', '850314-1472083'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 402, 1105동 803호'],
      ['PHONE', '010-4728-3915'],
      ['BANK_ACCOUNT', '110-482-937215'],
      ['PERSON', 'Lee Seoyeon'],
      ['PERSON', '이서연'],
      ['RRN', '880927-2619354'],
      ['ADDRESS', '경기도 성남시 분당구 판교역로 235, 502동 1402호'],
      ['PHONE', '010-9183-4402'],
      ['PERSON', '정민수'],
    ],
  },
  {
    text: 'Ticket TKT-0048213 closed: site NSW-BLK-0417 back on air after mains restored at 11:42 AEDT. Affected cells 3 x LTE1800, 2 x NR3500. Generator G-117 returned to depot. RCA to CAB on Thursday.',
    pii: [],
  },
  {
    text:
      '<LabReport id="LR-2025-0318-4471" issued="2025-03-18T16:40:00+01:00">\n' +
      '  <Lab>MVZ Labor Augsburg-Nord</Lab>\n' +
      '  <Patient>\n' +
      '    <Name>Schäfer, Katharina</Name>\n' +
      '    <BirthDate>1971-04-28</BirthDate>\n' +
      '    <PatientNo>PN-00847291</PatientNo>\n' +
      '    <Insurance provider="AOK Bayern" memberId="K482917305"/>\n' +
      '    <Address>Hochfeldstraße 22, 86159 Augsburg</Address>\n' +
      '  </Patient>\n' +
      '  <OrderingPhysician>Dr. med. Florian Huber</OrderingPhysician>\n' +
      '  <Results>\n' +
      '    <Test code="HBA1C" value="5.9" unit="%" ref="4.0-6.0"/>\n' +
      '    <Test code="TSH" value="2.41" unit="mU/l" ref="0.27-4.2"/>\n' +
      '    <Test code="LDL" value="162" unit="mg/dl" ref="&lt;116" flag="H"/>\n' +
      '  </Results>\n' +
      '</LabReport>',
    pii: [
      ['PERSON', 'Schäfer, Katharina'],
      ['DATE_OF_BIRTH', '1971-04-28'],
      ['MEDICAL_RECORD', 'PN-00847291'],
      ['HEALTH_INSURANCE', 'K482917305'],
      ['ADDRESS', 'Hochfeldstraße 22, 86159 Augsburg'],
      ['PERSON', 'Florian Huber'],
    ],
  },
  {
    text:
      'Minutes: 8D review - bracket cracking on part 52119-KX400 (supplier Thanh Cong Precision, Hai Phong)\n' +
      'Date: 13 Mar 2025, 09:00-10:30 ICT (Teams)\n' +
      'Attendees: Hiroshi Takeda (SQE lead, Toyohashi plant), Nguyen Van Duc (QA manager, supplier), Emily Carter (purchasing), Pham Thi Mai (supplier QE)\n' +
      'Apologies: Sandeep Rao\n' +
      '1. Containment: 4,120 pcs quarantined at Toyohashi; lots 2502-14 to 2502-19 on 100% sort by third party (ticket Q-77120).\n' +
      '2. Root cause (Duc): weld fixture clamp worn, porosity in approx. 3% of parts. Fixture FX-09 replaced 10 Mar.\n' +
      '3. Takeda-san asked for Cpk data on weld penetration before the PPAP resubmission.\n' +
      '4. Actions: Mai to send 30-pc capability study by 20 Mar (mai.pham@thanhcong-precision.vn); Emily to hold release of PO 4500918273.\n' +
      "Next review 27 Mar 09:00. For urgent escalation Duc's mobile is +84 912 407 318.",
    pii: [
      ['PERSON', 'Hiroshi Takeda'],
      ['PERSON', 'Nguyen Van Duc'],
      ['PERSON', 'Emily Carter'],
      ['PERSON', 'Pham Thi Mai'],
      ['PERSON', 'Sandeep Rao'],
      ['PERSON', 'Duc'],
      ['PERSON', 'Takeda'],
      ['PERSON', 'Mai'],
      ['EMAIL', 'mai.pham@thanhcong-precision.vn'],
      ['PERSON', 'Emily'],
      ['PERSON', 'Duc'],
      ['PHONE', '+84 912 407 318'],
    ],
  },
  {
    text:
      '[job]\n' +
      'id=SMI-2025-118402\n' +
      'type=SMETS2 dual fuel exchange\n' +
      'date=2025-03-21\n' +
      'slot=AM\n' +
      '[customer]\n' +
      'name=Fiona McAllister\n' +
      'address=Flat 2/1, 48 Novar Drive, Glasgow G12 9TZ\n' +
      'phone=07712 093 481\n' +
      'needs=hearing impaired - text only\n' +
      'access=buzzer 21, door code 1974\n' +
      '[meter]\n' +
      'mpan=1200051871442\n' +
      'mprn=7416283905\n' +
      'old_serial=E10BG48172\n' +
      'new_serial=23P0418273\n' +
      '[engineer]\n' +
      'name=Kwame Asante\n' +
      'van=SK71 HXD',
    pii: [
      ['PERSON', 'Fiona McAllister'],
      ['ADDRESS', 'Flat 2/1, 48 Novar Drive, Glasgow G12 9TZ'],
      ['PHONE', '07712 093 481'],
      ['PASSWORD', '1974'],
      ['PERSON', 'Kwame Asante'],
      ['VEHICLE_PLATE', 'SK71 HXD'],
    ],
  },
  {
    text:
      'Halcyon Books - Royalty Statement, period ending 31 Dec 2024\n' +
      'Author: Róisín Ní Bhriain (writing as R. N. Brennan)\n' +
      'Payee address: 3 Claremont Terrace, Salthill, Galway H91 K2W4\n' +
      'Title: The Salt Roads (ISBN 978-1-83941-207-6)\n' +
      'Units sold: home 4,212 / export 1,087 / ebook 2,940; royalties earned £9,418.62; less unearned advance £3,000.00\n' +
      'Payment £6,418.62 by transfer to IBAN IE55AIBK93115277364019 on 31 Mar 2025.\n' +
      'Agent: Clara Fenwick, Fenwick & Dunne Literary, clara@fenwickdunne.co.uk\n' +
      'Queries: royalties@halcyonbooks.co.uk',
    pii: [
      ['PERSON', 'Róisín Ní Bhriain'],
      ['PERSON', 'R. N. Brennan'],
      ['ADDRESS', '3 Claremont Terrace, Salthill, Galway H91 K2W4'],
      ['IBAN', 'IE55AIBK93115277364019'],
      ['PERSON', 'Clara Fenwick'],
      ['EMAIL', 'clara@fenwickdunne.co.uk'],
    ],
  },
  {
    text: '[10:31] Aisha Bello: pls send my statements to aisha.bello.ng@proton.me from now, not the old yahoo one',
    pii: [
      ['PERSON', 'Aisha Bello'],
      ['EMAIL', 'aisha.bello.ng@proton.me'],
    ],
  },
  {
    text:
      'ACCOUNT TRANSFER FORM - Receiving firm: Pinecrest Securities LLC\n' +
      'Account owner: Rodrigo Alves Pereira\n' +
      'Taxpayer ID (ITIN): 912-78-4410\n' +
      'Date of birth: 03/14/1986\n' +
      'Residential address: 2290 NW 7th St, Apt 1412, Miami, FL 33125\n' +
      'Delivering firm: Harborview Brokerage (DTC 0443), account no. 5JX-40821773\n' +
      'Receiving account: 7720-4819-33\n' +
      'Home phone: (305) 642-1187    Mobile: (786) 390-2254\n' +
      'Joint owner: Juliana Pereira, SSN 287-63-1049\n' +
      'Transfer type: full, in kind. Signature date: 03/17/2025\n' +
      "Registered rep: Kaitlyn O'Brien (CRD 6120478)",
    pii: [
      ['PERSON', 'Rodrigo Alves Pereira'],
      ['US_ITIN', '912-78-4410'],
      ['DATE_OF_BIRTH', '03/14/1986'],
      ['ADDRESS', '2290 NW 7th St, Apt 1412, Miami, FL 33125'],
      ['BANK_ACCOUNT', '5JX-40821773'],
      ['BANK_ACCOUNT', '7720-4819-33'],
      ['PHONE', '(305) 642-1187'],
      ['PHONE', '(786) 390-2254'],
      ['PERSON', 'Juliana Pereira'],
      ['US_SSN', '287-63-1049'],
      ['PERSON', "Kaitlyn O'Brien"],
    ],
  },
  {
    text:
      'ED -> Ward 5B handover, 18/03/2025 19:30 (ISBAR)\n' +
      'I: Thomas Whitfield ("Tommy"), 84M, URN 3027741, Medicare 2953 48179 1 (IRN 2)\n' +
      'S: Mechanical fall at home 14:00, long lie ~3 hrs. L NOF fracture on X-ray.\n' +
      'B: AF on apixaban (last dose 08:00), HTN. Lives alone at 22 Banksia St, Orange NSW 2800. Son Michael Whitfield is NOK, 0427 618 930. GP Dr Anjali Bose (Kite St Medical Centre).\n' +
      'A: Obs stable, BP 148/82, HR 88 irreg, SpO2 96% RA. Pain 6/10 after 5 mg oxycodone at 17:45. CK 1,420.\n' +
      'R: Ortho review in the morning, fasting from midnight. Falls risk, bed alarm on.\n' +
      'Handed over by RN Jess Tamaki to RN Oliver Grant.',
    pii: [
      ['PERSON', 'Thomas Whitfield'],
      ['PERSON', 'Tommy'],
      ['MEDICAL_RECORD', '3027741'],
      ['HEALTH_INSURANCE', '2953 48179 1'],
      ['ADDRESS', '22 Banksia St, Orange NSW 2800'],
      ['PERSON', 'Michael Whitfield'],
      ['PHONE', '0427 618 930'],
      ['PERSON', 'Anjali Bose'],
      ['PERSON', 'Jess Tamaki'],
      ['PERSON', 'Oliver Grant'],
    ],
  },
  {
    text:
      'DEVICE PAYMENT PLAN - Zuri Mobile, store 0218 Menlyn Maine, Pretoria\n' +
      'Agreement no. DPP-2025-771204    Date: 2025/03/15\n' +
      'Customer: Thandiwe Mokoena\n' +
      'Residential address: 41 Glenwood Rd, Lynnwood Glen, Pretoria 0081\n' +
      'Cell (ported in): 072 418 3095    Email: thandi.mokoena@webmail.co.za\n' +
      'Device: Samsung Galaxy A55 5G 256GB, IMEI 860017045291344\n' +
      'SIM: ICCID 8927010938472610539\n' +
      'Plan: R399 x 24 months, debit order on the 25th from FNB cheque account 62847193054\n' +
      'Upfront R1,000 taken by card over the phone: Visa 4512 3498 0076 1151, exp 06/27, CVV 882 (delete after capture)\n' +
      'Salesperson: Johan van der Merwe (staff no. 1184)',
    pii: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['ADDRESS', '41 Glenwood Rd, Lynnwood Glen, Pretoria 0081'],
      ['PHONE', '072 418 3095'],
      ['EMAIL', 'thandi.mokoena@webmail.co.za'],
      ['IMEI', '860017045291344'],
      ['ICCID', '8927010938472610539'],
      ['BANK_ACCOUNT', '62847193054'],
      ['CREDIT_CARD', '4512 3498 0076 1151'],
      ['CARD_EXPIRY', '06/27'],
      ['CARD_CVV', '882'],
      ['PERSON', 'Johan van der Merwe'],
    ],
  },
  {
    text: 'From 1 April 2025 the standing charge on the Flex Variable tariff (tariff code E-1R-VAR-22-11-01-C) rises from 53.35p to 60.12p per day, and the unit rate falls to 24.50p/kWh. Typical dual fuel bill: £1,738 a year. Questions? 0330 088 2412, Mon-Fri 8am-6pm.',
    pii: [],
  },
  {
    text:
      '## Pool car allocation - Q2 2025 (Leeds depot)\n' +
      '| Asset | Reg | VIN | Driver | Licence no. | From |\n' +
      '|---|---|---|---|---|---|\n' +
      '| PC-017 | YD23 KXM | WVWZZZCDZPW048213 | Harpreet Gill | GILL9812054H99KR | 01/04/2025 |\n' +
      '| PC-018 | YE72 ORT | SALGA2BE4LA581204 | Oliver Stanton | STANT711097O99ZP | 01/04/2025 |\n' +
      '| PC-019 | YF24 BNU | TMBJJ7NE8P0318277 | (spare) | - | - |\n' +
      '\n' +
      'Fuel cards FC-2207 to FC-2209 stay with the fleet office. Keys are in the depot key safe, ask Dave on reception for the code.',
    pii: [
      ['VEHICLE_PLATE', 'YD23 KXM'],
      ['VIN', 'WVWZZZCDZPW048213'],
      ['PERSON', 'Harpreet Gill'],
      ['DRIVER_LICENSE', 'GILL9812054H99KR'],
      ['VEHICLE_PLATE', 'YE72 ORT'],
      ['VIN', 'SALGA2BE4LA581204'],
      ['PERSON', 'Oliver Stanton'],
      ['DRIVER_LICENSE', 'STANT711097O99ZP'],
      ['VEHICLE_PLATE', 'YF24 BNU'],
      ['VIN', 'TMBJJ7NE8P0318277'],
      ['PERSON', 'Dave'],
    ],
  },
  {
    text: 'Smile Avenue Dental: Hi Kenji, reminder of your hygiene appt Tue 25 Mar 3:40pm with Dr Farah Siddiqui. Reply Y to confirm or call the clinic on 02 9264 7781. Ref APPT-44182.',
    pii: [
      ['PERSON', 'Kenji'],
      ['PERSON', 'Farah Siddiqui'],
    ],
  },
  {
    text:
      'FRAUD CASE FC-2025-03-20719 - Notes\n' +
      '2025-03-16 11:02 ET  M. Dubois: Client Harjit Sandhu called about a text "Maple Trust: unusual activity, verify at mapletrust-secure.help". ID&V passed (DOB 1979-05-30, SIN on file 723 186 458). Client entered card 5520 4478 1936 1208, expiry 11/28, CVV 417 on the site, plus online banking username hsandhu77 and password Surrey#2024!\n' +
      '2025-03-16 11:09  Card blocked, replacement ordered to address on file, 15892 92 Ave, Surrey BC V4N 3S2. Online banking password reset forced, sessions killed.\n' +
      '2025-03-16 11:15  Two pending txns declined: CAD 899.00 BESTBUY.CA, CAD 1,450.00 AIR-RESERV. Last genuine login from 24.84.117.203.\n' +
      '2025-03-16 11:20  Callback number confirmed 604-598-2217. Case passed to Recovery, ref REC-44128.',
    pii: [
      ['PERSON', 'M. Dubois'],
      ['PERSON', 'Harjit Sandhu'],
      ['DATE_OF_BIRTH', '1979-05-30'],
      ['CA_SIN', '723 186 458'],
      ['CREDIT_CARD', '5520 4478 1936 1208'],
      ['CARD_EXPIRY', '11/28'],
      ['CARD_CVV', '417'],
      ['USERNAME', 'hsandhu77'],
      ['PASSWORD', 'Surrey#2024!'],
      ['ADDRESS', '15892 92 Ave, Surrey BC V4N 3S2'],
      ['IP_ADDRESS', '24.84.117.203'],
      ['PHONE', '604-598-2217'],
    ],
  },
  {
    text:
      'CALL SHEET - "Harbour Lights" S2 Ep4 - Day 12 of 38 - Wed 19 Mar 2025\n' +
      'Unit base: Hayle Harbour car park, TR27 4DB. Production office: 01736 402 118\n' +
      'Unit call 07:00 | Sunrise 06:21 | Sunset 18:19 | Weather: 11C, showers clearing\n' +
      'CAST\n' +
      '1  Niamh Kearney  (DS Ruth Penhale)   P/U 06:15 from The Old Forge, Connor Downs, Hayle TR27 5DP   07861 204 337\n' +
      '2  Tobi Adewale   (Jacob Trevose)     P/U 06:45 from Premier Inn Hayle    via 2nd AD\n' +
      '3  Martin Oakes   (Harbourmaster)     self-drive, car reg WF19 TKE         07944 118 602\n' +
      'CREW CONTACTS\n' +
      '1st AD: Grace Ellwood 07590 447 213 | Unit Manager: Sam Patel | Medic on set: Lowenna Hicks\n' +
      'Nearest A&E: Royal Cornwall Hospital, Treliske, Truro TR1 3LJ',
    pii: [
      ['PERSON', 'Niamh Kearney'],
      ['ADDRESS', 'The Old Forge, Connor Downs, Hayle TR27 5DP'],
      ['PHONE', '07861 204 337'],
      ['PERSON', 'Tobi Adewale'],
      ['PERSON', 'Martin Oakes'],
      ['VEHICLE_PLATE', 'WF19 TKE'],
      ['PHONE', '07944 118 602'],
      ['PERSON', 'Grace Ellwood'],
      ['PHONE', '07590 447 213'],
      ['PERSON', 'Sam Patel'],
      ['PERSON', 'Lowenna Hicks'],
    ],
  },
  {
    text:
      'Handover - NOC night -> day, 12/03/2025\n' +
      '1. Customer Eoin Fitzpatrick (acct ref BB-IE-4482917, Ballincollig) - repeated drops on FTTP. ONT MAC a4:5e:60:d1:2b:8f, CPE mgmt 10.42.17.203, WAN IP 86.44.193.72. Engineer visit booked 14/03 AM, Aoife in dispatch has it. Customer prefers a call on 085 271 4403.\n' +
      '2. MAJOR: fibre cut on the N25 near Midleton, 312 customers, INC0048213 - crew on site 04:10, ETR 13:00.\n' +
      '3. The customer read out his router admin password on the call (Letmein!Ballin25) - ask Mr Fitzpatrick to change it once Tier 2 has logged in.\n' +
      'Signed: Ronan (NOC-N). Taken over by: Shauna',
    pii: [
      ['PERSON', 'Eoin Fitzpatrick'],
      ['MAC_ADDRESS', 'a4:5e:60:d1:2b:8f'],
      ['IP_ADDRESS', '10.42.17.203'],
      ['IP_ADDRESS', '86.44.193.72'],
      ['PERSON', 'Aoife'],
      ['PHONE', '085 271 4403'],
      ['PASSWORD', 'Letmein!Ballin25'],
      ['PERSON', 'Fitzpatrick'],
      ['PERSON', 'Ronan'],
      ['PERSON', 'Shauna'],
    ],
  },
  {
    text: 'Recall 25V-118: 2023-2024 Meridian Atlas SUVs built 04/2023-11/2023 at the Chattanooga plant. The rear-view camera image may not display (FMVSS 111). Dealers will update the radio software to v4.18.2 free of charge. Owners may call customer care at 1-800-444-2190. Campaign code 94K7.',
    pii: [],
  },
  {
    text:
      'RESIDENTIAL SOLAR POWER PURCHASE AGREEMENT - Agreement # PPA-CA-2025-30182\n' +
      'Provider: Golden Ridge Solar LLC, 1450 N. Tustin Ave, Suite 210, Santa Ana, CA 92705 (CSLB Lic. 1048271), (714) 660-2000\n' +
      'Customer(s): Michael J. Serrano and Teresa L. Serrano\n' +
      'Property address: 4127 Via Cordoba, Yorba Linda, CA 92886\n' +
      'Customer phone: (714) 528-3904    Email: mtserrano.family@gmail.com\n' +
      'System: 8.2 kW DC, 20 x 410 W modules, inverter SE7600H; utility meter no. 222011-487703\n' +
      'Credit authorization - Primary: Michael J. Serrano, SSN 614-08-2257, DOB 07/22/1969; Co-applicant: Teresa L. Serrano, ITIN 934-81-2267\n' +
      'Autopay (ACH): Wells Fargo checking, routing 121042882, account 4829176305\n' +
      'Sales consultant: Brandon Lee (HIS-41827)',
    pii: [
      ['PERSON', 'Michael J. Serrano'],
      ['PERSON', 'Teresa L. Serrano'],
      ['ADDRESS', '4127 Via Cordoba, Yorba Linda, CA 92886'],
      ['PHONE', '(714) 528-3904'],
      ['EMAIL', 'mtserrano.family@gmail.com'],
      ['PERSON', 'Michael J. Serrano'],
      ['US_SSN', '614-08-2257'],
      ['DATE_OF_BIRTH', '07/22/1969'],
      ['PERSON', 'Teresa L. Serrano'],
      ['US_ITIN', '934-81-2267'],
      ['BANK_ACCOUNT', '4829176305'],
      ['PERSON', 'Brandon Lee'],
    ],
  },
  {
    text:
      'PhilHealth Claim Form 2 (CF2) - summary\n' +
      'Health care institution: Mercy General Hospital, Quezon City (accreditation H92008471)\n' +
      'Patient: Jose Emmanuel Bautista Reyes    PhilHealth PIN (dependent): 12-050384721-6\n' +
      'Member: Carmelita B. Reyes (mother), PIN 19-201847392-4\n' +
      'Hospital record no.: 2025-0004871\n' +
      'Date of birth: 11-19-2007\n' +
      'Admitted 03-03-2025 10:20 AM; discharged 03-07-2025 02:00 PM\n' +
      'Final diagnosis: Dengue fever without warning signs (A97.0); case rate 1st\n' +
      'Attending: Dr. Ramon Villanueva\n' +
      'Patient address: 18 Maginhawa St., Teachers Village East, Quezon City 1101\n' +
      'Contact: 0917 824 3196 (mother)',
    pii: [
      ['PERSON', 'Jose Emmanuel Bautista Reyes'],
      ['HEALTH_INSURANCE', '12-050384721-6'],
      ['PERSON', 'Carmelita B. Reyes'],
      ['HEALTH_INSURANCE', '19-201847392-4'],
      ['MEDICAL_RECORD', '2025-0004871'],
      ['DATE_OF_BIRTH', '11-19-2007'],
      ['PERSON', 'Ramon Villanueva'],
      ['ADDRESS', '18 Maginhawa St., Teachers Village East, Quezon City 1101'],
      ['PHONE', '0917 824 3196'],
    ],
  },
  {
    text:
      '[AUDIT] 2025-03-18 09:12:44 KST user=ops.jhlee term=10.21.4.118 act=VIEW_CUSTOMER cust=C0048217733 fields=[name,rrn,phone] ok\n' +
      '[AUDIT] 2025-03-18 09:13:02 KST user=ops.jhlee term=10.21.4.118 act=EXPORT_CSV cust=C0048217733 rows=1\n' +
      '[DLP]   2025-03-18 09:13:03 KST rule=RRN_PLAINTEXT match="박소영,920728-2734166,010-3391-7720,서울특별시 송파구 송파대로 345, 103동 1502호" action=BLOCK\n' +
      '[AUDIT] 2025-03-18 09:15:27 KST user=sec.mkang term=10.21.2.9 act=ACK_ALERT id=DLP-88213 note="justification requested from branch 0417"',
    pii: [
      ['USERNAME', 'ops.jhlee'],
      ['IP_ADDRESS', '10.21.4.118'],
      ['USERNAME', 'ops.jhlee'],
      ['IP_ADDRESS', '10.21.4.118'],
      ['PERSON', '박소영'],
      ['RRN', '920728-2734166'],
      ['PHONE', '010-3391-7720'],
      ['ADDRESS', '서울특별시 송파구 송파대로 345, 103동 1502호'],
      ['USERNAME', 'sec.mkang'],
      ['IP_ADDRESS', '10.21.2.9'],
    ],
  },
  {
    text: '[21:04] Kofi Mensah: still no signal after the swap, the ICCID printed on the new card is 8944 1102 1738 4950 620',
    pii: [
      ['PERSON', 'Kofi Mensah'],
      ['ICCID', '8944 1102 1738 4950 620'],
    ],
  },
  {
    text:
      'INFLUENCER CAMPAIGN - AGREEMENT SUMMARY - "Seoul After Dark" (client: Nova Cosmetics)\n' +
      'Talent: Jenna Park (Instagram @jennaparkeats, TikTok @jennaeatsseoul)\n' +
      'Management: Starlit Talent Co., BRN 220-81-12341; contact Kang Min-jae 매니저 (minjae.kang@starlit.kr, 010-5528-4017)\n' +
      'Deliverables: 2 Reels, 3 Stories, 1 TikTok; usage 6 months paid social; fee USD 8,500 net of agency commission.\n' +
      'Travel: LAX-ICN 02 Apr, KE 012. Talent passport no. 567241893 (USA), DOB 1996-10-03. Hotel booked by agency, conf. HTL-771042.\n' +
      'Payment: PayPal jenna.park.creates@gmail.com within 30 days of the last post going live.',
    pii: [
      ['PERSON', 'Jenna Park'],
      ['USERNAME', '@jennaparkeats'],
      ['USERNAME', '@jennaeatsseoul'],
      ['BRN', '220-81-12341'],
      ['PERSON', 'Kang Min-jae'],
      ['EMAIL', 'minjae.kang@starlit.kr'],
      ['PHONE', '010-5528-4017'],
      ['PASSPORT', '567241893'],
      ['DATE_OF_BIRTH', '1996-10-03'],
      ['EMAIL', 'jenna.park.creates@gmail.com'],
    ],
  },
  {
    text:
      'Warm Home Discount - application record (scheme year 2024/25)\n' +
      'Supplier: Calder Energy    Energy account: CE-0048271936\n' +
      'Applicant: Mrs Beverley Ann Thorne\n' +
      'Date of birth: 14/02/1958\n' +
      'National Insurance number: JK 48 17 29 C\n' +
      'Supply address: 66 Tinshill Lane, Leeds LS16 6BU\n' +
      'Partner: Mr Raymond Thorne, NI no. SH 52 91 08 D\n' +
      'Qualifying benefit: Pension Credit (Guarantee Credit), award letter dated 03/10/2024\n' +
      'Home phone: 0113 267 4419\n' +
      'Decision: eligible - £150 credited 21/02/2025, ref WHD-7718204',
    pii: [
      ['PERSON', 'Beverley Ann Thorne'],
      ['DATE_OF_BIRTH', '14/02/1958'],
      ['UK_NINO', 'JK 48 17 29 C'],
      ['ADDRESS', '66 Tinshill Lane, Leeds LS16 6BU'],
      ['PERSON', 'Raymond Thorne'],
      ['UK_NINO', 'SH 52 91 08 D'],
      ['PHONE', '0113 267 4419'],
    ],
  },
  {
    text:
      '# billing-sync config - DO NOT COMMIT (committed 2025-03-12 by arjun.n, see INC-20931)\n' +
      'env: staging\n' +
      'carrier_api:\n' +
      '  base_url: https://api.partner.telasia.com.sg/v2\n' +
      '  client_id: billing-sync-stg\n' +
      '  bearer: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiaWxsaW5nLXN5bmMiLCJpc3MiOiJ0ZWxhc2lhLXBhcnRuZXIiLCJpYXQiOjE3NDE3NjQ4MDB9.U7cFosof0vMiUWnKflpW7JGeLQr1l8o_0crwsr9plIw\n' +
      'github:\n' +
      '  token: ghp_BtOJjwi18B48nfcy5Ka5IFmtyOJOepPPIuad\n' +
      'openai:\n' +
      '  api_key: sk-FnpWXdHI6qCkgMyGc1NaX1g8M9UWIQBbKWdaOJG6e7RClzfT\n' +
      'db:\n' +
      '  host: 10.8.3.41\n' +
      '  port: 5432\n' +
      '  user: svc_billing\n' +
      '  password: "Stg#Bill!2025xq"\n' +
      'owner: Arjun Nair <arjun.nair@telasia.com.sg>  # billing team, Singapore',
    pii: [
      ['USERNAME', 'arjun.n'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiaWxsaW5nLXN5bmMiLCJpc3MiOiJ0ZWxhc2lhLXBhcnRuZXIiLCJpYXQiOjE3NDE3NjQ4MDB9.U7cFosof0vMiUWnKflpW7JGeLQr1l8o_0crwsr9plIw',
      ],
      ['SECRET', 'ghp_BtOJjwi18B48nfcy5Ka5IFmtyOJOepPPIuad'],
      ['SECRET', 'sk-FnpWXdHI6qCkgMyGc1NaX1g8M9UWIQBbKWdaOJG6e7RClzfT'],
      ['IP_ADDRESS', '10.8.3.41'],
      ['USERNAME', 'svc_billing'],
      ['PASSWORD', 'Stg#Bill!2025xq'],
      ['PERSON', 'Arjun Nair'],
      ['EMAIL', 'arjun.nair@telasia.com.sg'],
    ],
  },
];
