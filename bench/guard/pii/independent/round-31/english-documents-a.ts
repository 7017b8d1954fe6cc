// English documents for round 31, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyOneDocumentsA: readonly IndependentText[] = [
  {
    text:
      'From: Siobhan Gallagher <s.gallagher@northquay-mortgages.co.uk>\n' +
      'Sent: 14 March 2025 09:12\n' +
      'To: Payments Operations\n' +
      'Subject: FW: Change of payment account - case MQ-2025-004817\n' +
      '\n' +
      "Team, forwarding the customer's request below. Sort code 20-45-77 checks out against the branch directory. Please update before the April collection run (file cut-off 28/03).\n" +
      '\n' +
      'Siobhan\n' +
      '\n' +
      '-----Original Message-----\n' +
      'From: Daniel Okafor <dan.okafor84@gmail.com>\n' +
      'Sent: 13 March 2025 21:47\n' +
      'To: Northquay Mortgages\n' +
      'Subject: Change of payment account\n' +
      '\n' +
      'Hi,\n' +
      'Please take the monthly payment from my new current account from April: sort code 20-45-77, account 41829376 (IBAN GB38 BARC 2045 7741 8293 76).\n' +
      "The property is 27 Ashgrove Road, Bristol BS7 9LP and my NI number is NP 73 20 61 B if you need to check it's me.\n" +
      'Best to reach me on 07723 418 590 after 6pm. My wife Ngozi is joint on the mortgage and is happy for this to go ahead.\n' +
      'Thanks,\n' +
      'Daniel Okafor',
    pii: [
      ['PERSON', 'Siobhan Gallagher'],
      ['EMAIL', 's.gallagher@northquay-mortgages.co.uk'],
      ['PERSON', 'Siobhan'],
      ['PERSON', 'Daniel Okafor'],
      ['EMAIL', 'dan.okafor84@gmail.com'],
      ['BANK_ACCOUNT', '41829376'],
      ['IBAN', 'GB38 BARC 2045 7741 8293 76'],
      ['ADDRESS', '27 Ashgrove Road, Bristol BS7 9LP'],
      ['UK_NINO', 'NP 73 20 61 B'],
      ['PHONE', '07723 418 590'],
      ['PERSON', 'Ngozi'],
      ['PERSON', 'Daniel Okafor'],
    ],
  },
  {
    text:
      'MSH|^~\\&|EPICADT|STLUKES_BOISE|LABSYS|TVLAB|20250311083015||ADT^A04|MSG00038417|P|2.5.1\n' +
      'EVN|A04|20250311083000\n' +
      'PID|1||MRN004829173^^^STLUKES^MR||HARTWELL^JOANNA||19780923|F|||1418 W Hays St^^Boise^ID^83702||(208)341-7729|||M||ACC7730192|518-62-4097\n' +
      'NK1|1|HARTWELL^DEREK|SPO|1418 W Hays St^^Boise^ID^83702|(208)863-0415\n' +
      'PV1|1|O|CARD^EXAM3^01||||1447382910^NAKAMURA^KENJI^^^DR|||CAR||||||||OP|VN20250311-0442\n' +
      'IN1|1|BCID-PPO|00410|BLUE CROSS OF IDAHO|PO BOX 7408^^BOISE^ID^83707|||GRP-118204||||||||HARTWELL^JOANNA|SEL|19780923|||||||||||||||||XEH418207733',
    pii: [
      ['MEDICAL_RECORD', 'MRN004829173'],
      ['PERSON', 'HARTWELL^JOANNA'],
      ['DATE_OF_BIRTH', '19780923'],
      ['ADDRESS', '1418 W Hays St^^Boise^ID^83702'],
      ['PHONE', '(208)341-7729'],
      ['US_SSN', '518-62-4097'],
      ['PERSON', 'HARTWELL^DEREK'],
      ['ADDRESS', '1418 W Hays St^^Boise^ID^83702'],
      ['PHONE', '(208)863-0415'],
      ['PERSON', 'NAKAMURA^KENJI'],
      ['PERSON', 'HARTWELL^JOANNA'],
      ['DATE_OF_BIRTH', '19780923'],
      ['HEALTH_INSURANCE', 'XEH418207733'],
    ],
  },
  {
    text: 'Vodacom: Your bill of R649.00 for the period 01-31 Mar is ready. Ref INV-88214073. Pay by 15 Apr in the app or dial *111#. Queries: 082 111 (free from your Vodacom phone).',
    pii: [],
  },
  {
    text:
      'MOTOR INCIDENT REPORT - Fleet ref FLT-IE-2025-0317\n' +
      'Date of incident: 07/03/2025, approx. 08:40\n' +
      'Location: junction of Naas Road and Kylemore Road, Dublin 12\n' +
      'Company vehicle: 2023 Ford Transit Custom, reg 231-D-48271, VIN WF0YXXTTGYNL41827, asset no. VAN-0442\n' +
      'Driver: Cathal Brennan, DOB 19/06/1991, licence no. 491837265\n' +
      'Third party driver: Marta Wiśniewska, 14 Grange Park View, Raheny, Dublin 5, mobile 087 319 4628\n' +
      'Third party vehicle: 182-D-19034 (Skoda Octavia), insurer FBD, motor policy MP-7731902\n' +
      'Witness: Mr P. Dunne, 086 442 1875\n' +
      'Description: TP vehicle braked sharply at amber; our van made contact with its rear bumper at low speed. No injuries reported at scene. Gardaí not called.\n' +
      'Damage estimate (Kavanagh Motors, Walkinstown): EUR 1,840 + VAT, quote Q-2291\n' +
      'Reported by: C. Brennan    Reviewed: Fleet Manager, A. Lynch, 10/03/2025',
    pii: [
      ['VEHICLE_PLATE', '231-D-48271'],
      ['VIN', 'WF0YXXTTGYNL41827'],
      ['PERSON', 'Cathal Brennan'],
      ['DATE_OF_BIRTH', '19/06/1991'],
      ['DRIVER_LICENSE', '491837265'],
      ['PERSON', 'Marta Wiśniewska'],
      ['ADDRESS', '14 Grange Park View, Raheny, Dublin 5'],
      ['PHONE', '087 319 4628'],
      ['VEHICLE_PLATE', '182-D-19034'],
      ['PERSON', 'P. Dunne'],
      ['PHONE', '086 442 1875'],
      ['PERSON', 'C. Brennan'],
      ['PERSON', 'A. Lynch'],
    ],
  },
  {
    text:
      'ARTIST MANAGEMENT AGREEMENT\n' +
      'This Agreement is made on 3 February 2025\n' +
      'BETWEEN\n' +
      '(1) BLUEWAVE TALENT LIMITED, a company incorporated in Nigeria (RC 1849203), whose registered office is at 12B Admiralty Way, Lekki Phase 1, Lagos ("the Manager"); and\n' +
      '(2) OLUWASEUN ADEYEMI-COLE, professionally known as "SEUNVIBES", born 11 August 1998, of Flat 4, 22 Bode Thomas Street, Surulere, Lagos, holder of Nigerian passport no. A08471925 ("the Artist").\n' +
      "4.1 The Manager shall receive 20% of the Artist's gross entertainment income for the Term.\n" +
      '7.2 Payments to the Artist shall be made to Guaranty Trust Bank, account name Oluwaseun Adeyemi-Cole, NUBAN 0174839265.\n' +
      '12. Notices: the Manager - contracts@bluewavetalent.ng; the Artist - seun.adeyemicole@yahoo.com / +234 803 417 2956.\n' +
      'Signed for the Manager: Ifeoma Nwachukwu, Director\n' +
      'Signed by the Artist: O. Adeyemi-Cole\n' +
      'In the presence of: Babatunde Lawal, 7 Ogunlana Drive, Surulere, Lagos',
    pii: [
      ['PERSON', 'OLUWASEUN ADEYEMI-COLE'],
      ['PERSON', 'SEUNVIBES'],
      ['DATE_OF_BIRTH', '11 August 1998'],
      ['ADDRESS', 'Flat 4, 22 Bode Thomas Street, Surulere, Lagos'],
      ['PASSPORT', 'A08471925'],
      ['PERSON', 'Oluwaseun Adeyemi-Cole'],
      ['BANK_ACCOUNT', '0174839265'],
      ['EMAIL', 'seun.adeyemicole@yahoo.com'],
      ['PHONE', '+234 803 417 2956'],
      ['PERSON', 'Ifeoma Nwachukwu'],
      ['PERSON', 'O. Adeyemi-Cole'],
      ['PERSON', 'Babatunde Lawal'],
      ['ADDRESS', '7 Ogunlana Drive, Surulere, Lagos'],
    ],
  },
  {
    text:
      'Work orders - Run 14 - Western Suburbs - 18/03/2025 - reader: Dimitri K.\n' +
      'WO#\tNMI\tMeter\tCustomer\tSite address\tContact\tAccess notes\n' +
      'WO-558201\t6305418273\tMTR-A77120\tGraham Pritchard\t8 Cedar Ct, Hoppers Crossing VIC 3029\t0412 583 907\tDog in yard, side gate code 4471\n' +
      'WO-558202\t6305419904\tMTR-A77188\tThi Ngoc Lan Tran\tUnit 3/41 Synnot St, Werribee VIC 3030\t0433 219 064\tCall 30 min before\n' +
      'WO-558203\t6305420117\tMTR-B10342\tAltona Bowls Club\t61 Civic Pde, Altona VIC 3018\t(03) 9398 1120\tClubhouse open 10-4\n' +
      'WO-558204\t6305421385\tMTR-A77301\tPriya Menon\t27 Lorikeet Dr, Tarneit VIC 3029\t0468 702 315\tMeter box inside garage, ask for Ravi',
    pii: [
      ['PERSON', 'Dimitri K.'],
      ['PERSON', 'Graham Pritchard'],
      ['ADDRESS', '8 Cedar Ct, Hoppers Crossing VIC 3029'],
      ['PHONE', '0412 583 907'],
      ['PASSWORD', '4471'],
      ['PERSON', 'Thi Ngoc Lan Tran'],
      ['ADDRESS', 'Unit 3/41 Synnot St, Werribee VIC 3030'],
      ['PHONE', '0433 219 064'],
      ['PERSON', 'Priya Menon'],
      ['ADDRESS', '27 Lorikeet Dr, Tarneit VIC 3029'],
      ['PHONE', '0468 702 315'],
      ['PERSON', 'Ravi'],
    ],
  },
  {
    text:
      '2025-03-09T10:14:22+08:00 store=SMX-MEGAMALL-02 agent=E40917 action=SIM_SWAP_REQUEST msisdn=+63 917 482 3051 cust="Maria Cristina Dela Cruz" id_type=PASSPORT id_no=P3958271A\n' +
      '2025-03-09T10:15:03+08:00 store=SMX-MEGAMALL-02 agent=E40917 action=ID_VERIFY result=PASS dob=1989-04-17\n' +
      '2025-03-09T10:16:40+08:00 store=SMX-MEGAMALL-02 agent=E40917 action=SIM_ISSUE old_iccid=8963011704829135628 new_iccid=8963032509174482037 reason=LOST\n' +
      '2025-03-09T10:17:12+08:00 store=SMX-MEGAMALL-02 agent=E40917 action=DEVICE_BIND imei=356932091184758 model=SM-A356E\n' +
      '2025-03-09T10:21:55+08:00 channel=APP src_ip=112.198.74.23 action=LOGIN user=mcdelacruz89 result=OK\n' +
      '2025-03-09T10:22:31+08:00 channel=APP action=TXN_CHECK ticket=TK-40918832 result=NO_PENDING_LOAD',
    pii: [
      ['PHONE', '+63 917 482 3051'],
      ['PERSON', 'Maria Cristina Dela Cruz'],
      ['PASSPORT', 'P3958271A'],
      ['DATE_OF_BIRTH', '1989-04-17'],
      ['ICCID', '8963011704829135628'],
      ['ICCID', '8963032509174482037'],
      ['IMEI', '356932091184758'],
      ['IP_ADDRESS', '112.198.74.23'],
      ['USERNAME', 'mcdelacruz89'],
    ],
  },
  {
    text: '[08:52] Nurse Kaur: Dr Mehta can you sign off the discharge for bed 14 - Agnes Whitlow, MRN 07720419 - family collecting at 11',
    pii: [
      ['PERSON', 'Kaur'],
      ['PERSON', 'Mehta'],
      ['PERSON', 'Agnes Whitlow'],
      ['MEDICAL_RECORD', '07720419'],
    ],
  },
  {
    text:
      'CHARGEBACK CASE FILE    Case# CB-2025-0418832    Opened 02/28/2025\n' +
      'Cardholder: Jerome T. Whitaker\n' +
      'Card: Visa Signature 4532 0188 7640 1234   exp 09/27\n' +
      'Billing address: 3310 Magnolia Ave, Apt 5B, Long Beach, CA 90806\n' +
      'Phone on file: (562) 481-3390    Email: jwhitaker.lb@outlook.com\n' +
      'Disputed transaction: 02/22/2025  $1,249.99  merchant "ELECTRO-DEPOT ONLINE"  MCC 5732  auth 08814Z\n' +
      'Reason code 13.1 (merchandise/services not received)\n' +
      'Customer statement (by phone, agent R. Alvarez, ID 55021): "ordered a laptop, UPS tracking 1Z4E98W20374185562 shows delivered to the wrong building, merchant won\'t answer."\n' +
      'Provisional credit $1,249.99 posted 03/01/2025. Merchant response due 03/30/2025.',
    pii: [
      ['PERSON', 'Jerome T. Whitaker'],
      ['CREDIT_CARD', '4532 0188 7640 1234'],
      ['CARD_EXPIRY', '09/27'],
      ['ADDRESS', '3310 Magnolia Ave, Apt 5B, Long Beach, CA 90806'],
      ['PHONE', '(562) 481-3390'],
      ['EMAIL', 'jwhitaker.lb@outlook.com'],
      ['PERSON', 'R. Alvarez'],
    ],
  },
  {
    text:
      'Line 3 shift summary - Chakan plant - 12 Mar 2025, B shift\n' +
      'Output: 1,842 units of harness assy HX-2207-R (target 1,900)\n' +
      'Downtime: 38 min press P-14 die change; 12 min conveyor C-3 sensor fault (WO 77120348 raised)\n' +
      'Scrap: 0.9% (crimp height out of spec on lot L250312-07)\n' +
      'Supplier ASN 4500918273 received short by 200 pcs of terminal T-0.64-SN\n' +
      'Next: customer quality audit 19/03 at 10:00, conference room 2. Plant helpdesk ext. 2210.',
    pii: [],
  },
  {
    text:
      'CBX Radio - Guest Appearance Fee & Release\n' +
      'Programme: The Morning Exchange (ep. 2025-061)\n' +
      'Recording: 4 March 2025, Studio B, 250 Front St W, Toronto\n' +
      'Contributor: Dr. Amélie Tremblay-Roy\n' +
      'Home address: 4410 rue de Brébeuf, Montréal QC H2J 3L2\n' +
      'Date of birth: 1983-12-05\n' +
      'SIN (for T4A slip): 512 738 048\n' +
      'Fee: CAD 350.00 - direct deposit to Desjardins, transit 30012, institution 815, account 0047291\n' +
      'Contact: 514-739-2284 / amelie.tr.roy@videotron.ca\n' +
      'Producer: Kevin Mah, ext. 4471',
    pii: [
      ['PERSON', 'Amélie Tremblay-Roy'],
      ['ADDRESS', '4410 rue de Brébeuf, Montréal QC H2J 3L2'],
      ['DATE_OF_BIRTH', '1983-12-05'],
      ['CA_SIN', '512 738 048'],
      ['BANK_ACCOUNT', '0047291'],
      ['PHONE', '514-739-2284'],
      ['EMAIL', 'amelie.tr.roy@videotron.ca'],
      ['PERSON', 'Kevin Mah'],
    ],
  },
  {
    text:
      'DISPATCH SHEET | Skyline Fibernet, Bengaluru East cluster | 22-03-2025\n' +
      'Job ID: BLR-FTTH-908173    Slot: 10:00-12:00\n' +
      'Customer: Mr. Venkatesh Iyer (alt contact: wife Lakshmi)\n' +
      'Address: Flat 1104, Tower C, Prestige Shantiniketan, Whitefield Main Road, Bengaluru 560048\n' +
      'Mobile: +91 98450 21763    Alt: 98860 14472\n' +
      'Plan: 300 Mbps / 12M, ONT HG8145X6, serial 48575443C7A1E902\n' +
      'ONT MAC to whitelist: 3C:22:FB:7A:19:E4\n' +
      'Wi-Fi to configure: SSID IyerHome_5G, password Mango@Kaveri2019\n' +
      'Engineer: Shivakumar R (EMP 22817), cluster desk 080 4719 2200\n' +
      'Remarks: society needs gate pass, engineer to carry ID card.',
    pii: [
      ['PERSON', 'Venkatesh Iyer'],
      ['PERSON', 'Lakshmi'],
      ['ADDRESS', 'Flat 1104, Tower C, Prestige Shantiniketan, Whitefield Main Road, Bengaluru 560048'],
      ['PHONE', '+91 98450 21763'],
      ['PHONE', '98860 14472'],
      ['MAC_ADDRESS', '3C:22:FB:7A:19:E4'],
      ['PASSWORD', 'Mango@Kaveri2019'],
      ['PERSON', 'Shivakumar R'],
    ],
  },
  {
    text:
      'Subject: Re: Double charge at VoltPath Hub Kassel-Ost - ticket #VP-7719204\n' +
      '\n' +
      'Dear Mr Brandt,\n' +
      '\n' +
      'Thank you for your patience. I can confirm that session S-20250308-44172 (08.03.2025, 52.4 kWh, EUR 31.44) was billed twice to your card ending 1151. A refund of EUR 31.44 has been issued and should reach you within 5 working days. Your charge card DE-VPH-C00482731 stays active.\n' +
      '\n' +
      'Kind regards,\n' +
      'Anneliese Vogt\n' +
      'VoltPath Customer Care | +49 800 2255 300\n' +
      '\n' +
      'On Tue, 11 Mar 2025 at 16:02, Lukas Brandt <lukas.brandt@posteo.de> wrote:\n' +
      '> Hello,\n' +
      '> I was charged twice for one session on Saturday at your Kassel-Ost hub. My app account is lbrandt_ev, registered to Wilhelmshöher Allee 188, 34119 Kassel. The car was KS-LB 2041 if that helps.\n' +
      '> If a card refund is a problem, my IBAN is DE97 3704 0044 0532 9172 84.\n' +
      '> Lukas',
    pii: [
      ['PERSON', 'Brandt'],
      ['PERSON', 'Anneliese Vogt'],
      ['PERSON', 'Lukas Brandt'],
      ['EMAIL', 'lukas.brandt@posteo.de'],
      ['USERNAME', 'lbrandt_ev'],
      ['ADDRESS', 'Wilhelmshöher Allee 188, 34119 Kassel'],
      ['VEHICLE_PLATE', 'KS-LB 2041'],
      ['IBAN', 'DE97 3704 0044 0532 9172 84'],
      ['PERSON', 'Lukas'],
    ],
  },
  {
    text:
      'Statement period 01/02/2025 - 28/02/2025\n' +
      'Opening balance £2,418.55   Money in £3,120.00   Money out £3,635.43   Closing balance £1,903.12\n' +
      'Arranged overdraft limit £500.00. Sort code 40-11-62. Statement no. 117.\n' +
      'Lost or stolen cards: 0345 740 4404 (24 hours).',
    pii: [],
  },
  {
    text:
      'OUTPATIENT CLINIC NOTE - Endocrinology, Novena Specialist Centre\n' +
      'Patient: Lim Wei Ming    Hosp No: NSC-2019-448273    DOB: 02/11/1962\n' +
      'Address: Blk 418 Bedok North Ave 2, #09-117, Singapore 460418\n' +
      'NOK: Lim Hui Shan (daughter) 9174 2285\n' +
      'Insurer: Great Eastern SupremeHealth, policy no. 0148-2937-51\n' +
      'Visit: 17/03/2025    Seen by: Dr Rachel Goh\n' +
      'S: Reports better energy since metformin uptitrated. Occasional dizziness on standing.\n' +
      'O: BP 132/84, HR 76, BMI 27.1. HbA1c 7.4% (prev 8.2%). eGFR 71.\n' +
      'A: T2DM, improving control. Postural symptoms likely mild volume depletion.\n' +
      'P: Continue metformin 1 g BD, add empagliflozin 10 mg OM. Repeat HbA1c and renal panel in 3 months.\n' +
      '   Review 16/06/2025. Patient portal login limwm62 locked - reset requested at counter.',
    pii: [
      ['PERSON', 'Lim Wei Ming'],
      ['MEDICAL_RECORD', 'NSC-2019-448273'],
      ['DATE_OF_BIRTH', '02/11/1962'],
      ['ADDRESS', 'Blk 418 Bedok North Ave 2, #09-117, Singapore 460418'],
      ['PERSON', 'Lim Hui Shan'],
      ['PHONE', '9174 2285'],
      ['HEALTH_INSURANCE', '0148-2937-51'],
      ['PERSON', 'Rachel Goh'],
      ['USERNAME', 'limwm62'],
    ],
  },
  {
    text:
      'REPAIR ORDER #RO-611847    Lone Star Chevrolet, 8901 North Fwy, Houston TX 77037   (281) 447-3000\n' +
      'Customer: Alejandra Ruiz-Ortega          Cell: 832-519-2047\n' +
      'Address: 12614 Windfern Rd, Houston, TX 77064\n' +
      'Vehicle: 2021 Chevrolet Silverado 1500 LT   VIN 3GCUYDED2MG281734   Plate: MKR-4829 (TX)   Miles in: 41,208\n' +
      'Loaner: 2024 Equinox L-22, DL on file 38471925 (TX)\n' +
      'Advisor: Tony Phan    Tech #117\n' +
      'Concern: Check engine light on, rough idle at stops.\n' +
      'Cause: DTC P0300 random misfire; cyl 5 ignition coil failed.\n' +
      'Correction: Replaced ignition coil (PN 12611424), cleared codes, road test OK.\n' +
      'Parts $118.40   Labor 1.2 hr $186.00   Total $322.93 incl. tax\n' +
      'Paid: Mastercard ending 3618, auth 552910',
    pii: [
      ['PERSON', 'Alejandra Ruiz-Ortega'],
      ['PHONE', '832-519-2047'],
      ['ADDRESS', '12614 Windfern Rd, Houston, TX 77064'],
      ['VIN', '3GCUYDED2MG281734'],
      ['VEHICLE_PLATE', 'MKR-4829'],
      ['DRIVER_LICENSE', '38471925'],
      ['PERSON', 'Tony Phan'],
    ],
  },
  {
    text:
      "[14/03/2025 18:02] Priya Shah: hi, I need my old handset unlocked before I move it to my daughter's contract\n" +
      '[14/03/2025 18:02] Agent Callum: Hi Priya, happy to help. Can you confirm your postcode and the 4-digit security PIN on the account?\n' +
      '[14/03/2025 18:03] Priya Shah: SW16 2QE, pin is 6203\n' +
      '[14/03/2025 18:04] Agent Callum: Thanks. And the IMEI of the handset? Dial *#06# to see it\n' +
      '[14/03/2025 18:05] Priya Shah: 35 209051 372648 4\n' +
      "[14/03/2025 18:05] Priya Shah: her name's Anika Shah, she's on 07940 332 615 if you need her\n" +
      '[14/03/2025 18:07] Agent Callum: Unlock request UNL-4417720 submitted. The code comes by SMS within 48h to 07811 206 493, the number on your account.',
    pii: [
      ['PERSON', 'Priya Shah'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya Shah'],
      ['PASSWORD', '6203'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Priya Shah'],
      ['IMEI', '35 209051 372648 4'],
      ['PERSON', 'Priya Shah'],
      ['PERSON', 'Anika Shah'],
      ['PHONE', '07940 332 615'],
      ['PERSON', 'Callum'],
      ['PHONE', '07811 206 493'],
    ],
  },
  {
    text: "Hi Mrs Ndlovu, this is Sipho from SunGrid Installations. We'll be at 14 Jacaranda Crescent, Bryanston around 8:30 tomorrow for the inverter install. Please have the gate remote handy. Job SG-20418.",
    pii: [
      ['PERSON', 'Ndlovu'],
      ['PERSON', 'Sipho'],
      ['ADDRESS', '14 Jacaranda Crescent, Bryanston'],
    ],
  },
  {
    text:
      'application_id: APP-2025-03-118204\n' +
      'product: global_remit_account\n' +
      'submitted: 2025-03-17T14:22:09+09:00\n' +
      'applicant:\n' +
      '  name_en: NGUYEN THI HOA\n' +
      '  name_ko: 응우옌 티 호아\n' +
      '  frn: 930611-6840271\n' +
      '  dob: 1993-06-11\n' +
      '  nationality: VN\n' +
      '  passport: C7284193\n' +
      '  mobile: "+82 10-4827-1936"\n' +
      '  email: hoa.nguyen.kr@gmail.com\n' +
      '  address: "경기도 안산시 단원구 원곡로 45, 302호"\n' +
      'employer:\n' +
      '  name: 대한정밀(주)\n' +
      '  brn: 315-09-74824\n' +
      '  crn: 134811-0048274\n' +
      '  address: "경기도 안산시 단원구 산단로 112"\n' +
      'payout:\n' +
      '  bank: Vietcombank\n' +
      '  account: "0071004829173"\n' +
      'review:\n' +
      '  officer: J. Park\n' +
      '  status: approved',
    pii: [
      ['PERSON', 'NGUYEN THI HOA'],
      ['PERSON', '응우옌 티 호아'],
      ['FRN', '930611-6840271'],
      ['DATE_OF_BIRTH', '1993-06-11'],
      ['PASSPORT', 'C7284193'],
      ['PHONE', '+82 10-4827-1936'],
      ['EMAIL', 'hoa.nguyen.kr@gmail.com'],
      ['ADDRESS', '경기도 안산시 단원구 원곡로 45, 302호'],
      ['BRN', '315-09-74824'],
      ['CRN', '134811-0048274'],
      ['BANK_ACCOUNT', '0071004829173'],
      ['PERSON', 'J. Park'],
    ],
  },
  {
    text:
      'INSERTION ORDER IO-25-03-0917\n' +
      'Client: Harbourline Insurance Ltd    Agency: Meridian Media Partners\n' +
      'Station: Classic 104.2 FM (Cape Town)    Flight: 07 Apr - 27 Apr 2025\n' +
      'Spots: 84 x 30s, rotation 06:00-09:00 weekdays, rate R1,150 per spot\n' +
      'Gross R96,600.00 less agency commission 16.5% = R80,661.00 excl. VAT\n' +
      'Material due 02 Apr 2025 to traffic@classic1042.co.za, key number HLI-30-RAD-002',
    pii: [],
  },
  {
    text:
      'Riverside Pharmacy, Kingston ON - fills 18 Mar 2025 (pharmacist on duty: Hana Kurosawa)\n' +
      '\n' +
      '| Rx # | Patient | DOB | Drug | Qty | Prescriber | Plan / ID |\n' +
      '|---|---|---|---|---|---|---|\n' +
      '| 4418207 | Marguerite Boyle | 1947-02-19 | Apixaban 5 mg | 60 | Dr. S. Chaudhry | ODB, OHIP 5829-471-038 |\n' +
      '| 4418208 | Tomasz Kowalczyk | 1979-08-30 | Salbutamol 100 mcg inh | 2 | Dr. L. Fournier | Sun Life 3301947-02 |\n' +
      '| 4418209 | Noah Bélanger | 2016-05-11 | Amoxicillin 250 mg/5 mL | 150 mL | Dr. L. Fournier | Manulife 88213047 |\n' +
      '\n' +
      "Noah's mum (Julie) will pick up after 4; counselled on dosing by phone.",
    pii: [
      ['PERSON', 'Hana Kurosawa'],
      ['PERSON', 'Marguerite Boyle'],
      ['DATE_OF_BIRTH', '1947-02-19'],
      ['PERSON', 'S. Chaudhry'],
      ['HEALTH_INSURANCE', '5829-471-038'],
      ['PERSON', 'Tomasz Kowalczyk'],
      ['DATE_OF_BIRTH', '1979-08-30'],
      ['PERSON', 'L. Fournier'],
      ['HEALTH_INSURANCE', '3301947-02'],
      ['PERSON', 'Noah Bélanger'],
      ['DATE_OF_BIRTH', '2016-05-11'],
      ['PERSON', 'L. Fournier'],
      ['HEALTH_INSURANCE', '88213047'],
      ['PERSON', 'Noah'],
      ['PERSON', 'Julie'],
    ],
  },
  {
    text:
      'INCIDENT REPORT IR-2025-0388 - Unplanned LV outage, feeder 11 from substation 4471 Whitchurch\n' +
      'Start 02:14 10/03/2025, restored 07:52. 214 customers off supply (MPAN list in appendix B).\n' +
      'Priority Services Register customers contacted:\n' +
      ' - Mrs Edith Carraway, 3 Mill Lane, Whitchurch, Shropshire SY13 1BN - home oxygen concentrator; daughter Julie Pemberton called on 07836 519 220, generator delivered 03:40.\n' +
      ' - Mr Gareth Pryce-Jones, 19 Dodington, Whitchurch SY13 1EA - stairlift user, no action needed, spoke to him at 04:05 on 01948 662 417.\n' +
      'Field crew: team lead O. Mensah (FT-22), jointer K. Singh.\n' +
      'Root cause: failed LV joint at pillar P-4471-07. Permanent repair WO 88120447. Customer compensation under GSS to be assessed (ref GSS-25-0112).',
    pii: [
      ['PERSON', 'Edith Carraway'],
      ['ADDRESS', '3 Mill Lane, Whitchurch, Shropshire SY13 1BN'],
      ['PERSON', 'Julie Pemberton'],
      ['PHONE', '07836 519 220'],
      ['PERSON', 'Gareth Pryce-Jones'],
      ['ADDRESS', '19 Dodington, Whitchurch SY13 1EA'],
      ['PHONE', '01948 662 417'],
      ['PERSON', 'O. Mensah'],
      ['PERSON', 'K. Singh'],
    ],
  },
  {
    text:
      'SECURITY INCIDENT SEC-0311 - credential exposure in public repository\n' +
      'Detected: 2025-03-11 03:22 UTC by secret scanning alert #4471\n' +
      'Repo: github.com/trellis-broking/quote-engine (made public in error from contractor account dvarghese-ext)\n' +
      'Exposed values (commit 9f3c2e1):\n' +
      '  AWS_ACCESS_KEY_ID=AKIA4XQ7R2LMNZ8W3PTB\n' +
      '  SLACK_BOT_TOKEN=xoxb-7302918465-5518207746913-gT4kLq9ZwR2mVx7NcH8sJd3P\n' +
      'CloudTrail excerpt:\n' +
      '  03:41:07  ListBuckets  sourceIP=185.220.101.47  userAgent=aws-cli/2.15.30\n' +
      '  03:41:19  GetObject  s3://trellis-kyc-docs/2024/  sourceIP=185.220.101.47\n' +
      'Actions: keys revoked 03:58 UTC by Mei Ling Chua (SecOps); contractor Deepak Varghese notified at d.varghese@contractor-mail.com; S3 access review ticket SR-88127.',
    pii: [
      ['USERNAME', 'dvarghese-ext'],
      ['SECRET', 'AKIA4XQ7R2LMNZ8W3PTB'],
      ['SECRET', 'xoxb-7302918465-5518207746913-gT4kLq9ZwR2mVx7NcH8sJd3P'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Mei Ling Chua'],
      ['PERSON', 'Deepak Varghese'],
      ['EMAIL', 'd.varghese@contractor-mail.com'],
    ],
  },
  {
    text: '[Fri 09:14] Wes: Tom, Mrs Okonkwo rang again about the Tiguan (CA68 WLP), can you call her on 07459 218 306 before 10?',
    pii: [
      ['PERSON', 'Wes'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Okonkwo'],
      ['VEHICLE_PLATE', 'CA68 WLP'],
      ['PHONE', '07459 218 306'],
    ],
  },
  {
    text:
      'CLAIM FILE - Travel Insurance    Claim No. TRV/CL/2025/004471\n' +
      'Product: SecureTrip Gold, certificate 2311-48291735\n' +
      'Insured: Ananya Krishnan, DOB 23-07-1990, Passport No. R4827153\n' +
      'Address: 12/3, 4th Cross, Indiranagar 2nd Stage, Bengaluru 560038\n' +
      'Incident: checked baggage delayed 41 hrs, flight EK 565 / EK 003 BLR-DXB-LHR on 02-03-2025, PIR ref LHREK48213\n' +
      'Amount claimed: INR 38,450 (emergency purchases, 9 receipts attached)\n' +
      'Settlement account: HDFC Bank, A/c 50100238471926, IFSC HDFC0000912\n' +
      'Contact: ananya.k90@rediffmail.com | +91 99001 48273\n' +
      'Surveyor remarks (V. Raghunathan, 14-03-2025): documents in order, recommend settlement of INR 31,200 under section 4.2.',
    pii: [
      ['PERSON', 'Ananya Krishnan'],
      ['DATE_OF_BIRTH', '23-07-1990'],
      ['PASSPORT', 'R4827153'],
      ['ADDRESS', '12/3, 4th Cross, Indiranagar 2nd Stage, Bengaluru 560038'],
      ['BANK_ACCOUNT', '50100238471926'],
      ['EMAIL', 'ananya.k90@rediffmail.com'],
      ['PHONE', '+91 99001 48273'],
      ['PERSON', 'V. Raghunathan'],
    ],
  },
];
