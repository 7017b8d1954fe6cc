// English documents for round 15, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFifteenDocumentsA: readonly IndependentText[] = [
  {
    text: "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION - Lakeview Family Medicine\nPatient: Eugene T. Barksdale          Date of birth: 11-30-1949\nChart no. LFM-0062291\nHome phone: 317.546.0083\nRelease FROM: Community Heart & Vascular, Indianapolis\nRelease TO: Lakeview Family Medicine, attn: Medical Records\nInformation: cardiology notes, echo reports, stress test (last 2 years)\nPurpose: continuity of care. This authorization expires 12 months from signing.\nSigned 03/02/2026 by patient's daughter / POA Lorraine Barksdale-Hicks, (463) 201-7759",
    pii: [
      ['PERSON', 'Eugene T. Barksdale'],
      ['DATE_OF_BIRTH', '11-30-1949'],
      ['MEDICAL_RECORD', 'LFM-0062291'],
      ['PHONE', '317.546.0083'],
      ['PERSON', 'Lorraine Barksdale-Hicks'],
      ['PHONE', '(463) 201-7759'],
    ],
  },
  {
    text: 'Separation checklist - Harbor Point Logistics\nEmployee: OKONJO, TERRENCE A.   Emp # 198852   Dept 310 (Warehouse)\nLast day worked: 03/27/2026   Reason: voluntary (relocating)\nFinal check: mail to new address 1180 N 7th Ave, Phoenix, AZ 85007 (confirmed by phone at 602-371-9946)\nPTO payout: 31.5 hrs @ $20.40\nReturned: RF scanner Zebra MC9300 SN 22187520118, badge #4471, 2 pr safety boots (sz 11)\nForklift cert card - employee keeps\nCOBRA packet emailed to tokonjo.az@yahoo.com on 03/30\nHR rep: Melinda Sandoval',
    pii: [
      ['PERSON', 'OKONJO, TERRENCE A.'],
      ['ADDRESS', '1180 N 7th Ave, Phoenix, AZ 85007'],
      ['PHONE', '602-371-9946'],
      ['EMAIL', 'tokonjo.az@yahoo.com'],
      ['PERSON', 'Melinda Sandoval'],
    ],
  },
  {
    text: 'Ticket CHG0012877 | Type: Standard change | Risk: Low | Scheduled 2026-02-21 22:00-23:30 CST\nRequested by: Infrastructure team\nSummary: monthly patching of file servers FS-HOU-01 and FS-HOU-02\nPatches: KB5034439, KB5035857; Veeam agent upgrade 12.1.1.56 -> 12.1.2.172\nBackout: revert to snapshot taken 21:45; expected downtime < 20 min per node\nImpacted: S: and P: shared drives, Houston office (approx. 140 users)\nCAB approval 2026-02-19, ref CAB-0219-04\nStatus: Scheduled',
    pii: [],
  },
  {
    text: 'DRUG RECALL NOTICE - Class II   Store #10492 Arlington TX\nProduct: LISINOPRIL 20 MG TAB, 90 ct bottle\nNDC 68180-0981-09   Lots A2410873, A2410874   Exp 08/2027\nReason: failed dissolution specification at 12-month stability test\nAction: pull from shelf and quarantine by 02/02/2026 5 PM. Return with RX Returns label, carton ID RR-55183.\nPatient-level notification NOT required.\nQuestions: Pharmacy Operations 1-800-925-4733 opt 4',
    pii: [],
  },
  {
    text: 'USPS PRIORITY MAIL 2-DAY\nFROM: R. OYELARAN-CASTILLO\n77 MAPLE HILL DR\nASHEVILLE NC 28805\nSHIP TO:\nDWAYNE PETTIFORD\nAPT 5C\n3300 GRAND CONCOURSE\nBRONX NY 10457-1021\nUSPS TRACKING # 9405 5036 9930 0412 7788 16\nZONE 5   WT 2 LB 3 OZ   POSTAGE $11.85   SHIP DATE 02/17/26',
    pii: [
      ['PERSON', 'R. OYELARAN-CASTILLO'],
      ['ADDRESS', '77 MAPLE HILL DR\nASHEVILLE NC 28805'],
      ['PERSON', 'DWAYNE PETTIFORD'],
      ['ADDRESS', 'APT 5C\n3300 GRAND CONCOURSE\nBRONX NY 10457-1021'],
    ],
  },
  {
    text: 'Delta Dental of Michigan - EXPLANATION OF BENEFITS\nSubscriber: Gloria Ybarra-Quintero   Subscriber ID: 9104 7723 5518   Group: 05532-0001\nPatient: Mateo (dependent child)\nClaim #: 2026-0211-770418   Dentist: Northville Family Dental\nDate of service 01/27/2026\nD1120 prophylaxis - child   Submitted $98.00   Allowed $71.00   Paid $71.00\nD1206 fluoride varnish      Submitted $42.00   Allowed $30.00   Paid $30.00\nPatient responsibility: $0.00\nCustomer service 800-524-0149',
    pii: [
      ['PERSON', 'Gloria Ybarra-Quintero'],
      ['HEALTH_INSURANCE', '9104 7723 5518'],
      ['PERSON', 'Mateo'],
    ],
  },
  {
    text: "Hi all - quick payroll update for Luis Alberto Carmona (warehouse lead, ee #3318):\n- switching direct deposit to Chase, acct 3874019922 (voided check is in the shared drive)\n- he was paid as a 1099 contractor until Feb, the W-9 we have on file uses his ITIN 934-81-2270. He's getting his SSN soon so pls don't set up the W-2 with the ITIN\n- new mailing addr 2708 Alameda Ave, Alameda CA 94501\nEffective next pay run (3/13). Please don't reply-all with any of this.\nDana",
    pii: [
      ['PERSON', 'Luis Alberto Carmona'],
      ['BANK_ACCOUNT', '3874019922'],
      ['US_ITIN', '934-81-2270'],
      ['ADDRESS', '2708 Alameda Ave, Alameda CA 94501'],
      ['PERSON', 'Dana'],
    ],
  },
  {
    text: 'To whom it may concern,\n\nI am writing to request a stop payment on check no. 1047 for $1,280.00 dated February 20, made out to Cornerstone Roofing LLC. The check was lost in the mail.\n\nAccount holder: Walter J. Szymanski\nChecking acct: 0061-552-89340\nPhone 610 444 9173 (home, please call after 10am)\nMailing address: 418 Chestnut Lane, Media, PA 19063\n\nI understand there is a $30.00 fee for this.\n\nThank you,\nWalter Szymanski',
    pii: [
      ['PERSON', 'Walter J. Szymanski'],
      ['BANK_ACCOUNT', '0061-552-89340'],
      ['PHONE', '610 444 9173'],
      ['ADDRESS', '418 Chestnut Lane, Media, PA 19063'],
      ['PERSON', 'Walter Szymanski'],
    ],
  },
  {
    text: 'PUGET SOUND ENERGY - Planned power outage notice\nDear customer,\nTo replace aging equipment, we will interrupt electric service in your area on Tuesday 03/10/2026 from 9:00 a.m. to approximately 1:00 p.m.\nAffected: circuit BEL-12, about 310 customers between NE 4th St and NE 10th St\nWork order: WO-2604418\nPlease unplug sensitive electronics. If you rely on medical equipment, call 1-888-225-5773 option 3.\nUpdates: pse.com/outage-map',
    pii: [],
  },
  {
    text: 'Nationwide FlexDirect - Statement 12   15 Jan 2026 - 14 Feb 2026\nMr Tomasz Zielinski & Mrs Kerry Zielinska\n118 Hagley Road West, Quinton, Birmingham B32 1DU\nSort code 07-04-36   Account no 38821150\nDate | Description | Debits | Credits | Balance\n17 Jan | VISA 4521 ARGOS LTD | 24.99 | | 889.40\n20 Jan | TFR FROM SAVINGS 0012 | | 300.00 | 1,189.40\n27 Jan | DD COUNCIL TAX BCC 71190443 | 187.00 | | 1,002.40\nInterest paid this period: 0.00',
    pii: [
      ['PERSON', 'Tomasz Zielinski'],
      ['PERSON', 'Kerry Zielinska'],
      ['ADDRESS', '118 Hagley Road West, Quinton, Birmingham B32 1DU'],
      ['BANK_ACCOUNT', '38821150'],
    ],
  },
  {
    text: '2 March 2026\n\nDear Mr Adebayo,\n\nRe: 33 Ladybarn Lane, Fallowfield, Manchester M14 6WJ - renewal of tenancy\n\nFurther to our call, your new fixed term will run from 1 May 2026 to 30 April 2027 at £1,095 pcm, an increase of £45. Your co-tenant, Ms Femi Olusanya, will also need to sign; I have sent both copies by DocuSign (envelope 7D21-44A0). The gas safety check is due on 18 March and the engineer will confirm a time.\n\nIf you have any questions, my direct line is 0161 224 8719.\n\nYours sincerely,\nMarta Wiśniewska\nProperty Manager',
    pii: [
      ['PERSON', 'Adebayo'],
      ['ADDRESS', '33 Ladybarn Lane, Fallowfield, Manchester M14 6WJ'],
      ['PERSON', 'Femi Olusanya'],
      ['PHONE', '0161 224 8719'],
      ['PERSON', 'Marta Wiśniewska'],
    ],
  },
  {
    text: 'Broadband Order Confirmation\nOrder number: BT-40918273   Order date: 18/02/2026\nAccount holder: Mr Callum Fraser-Reid\nDate of birth (for credit check): 1988-12-05\nInstallation address: 3F2, 14 Marchmont Crescent, Edinburgh EH9 1HN\nContact number: +44 7812 466 019\nNew home phone number: 0131 667 2094\nPackage: Full Fibre 500, 24 months, £34.99/month (rises by £3.00 each April)\nRouter: Smart Hub 2, MAC 7C:4C:A5:3E:19:B0 (dispatched, arrives 2-3 working days)\nEngineer appointment: 04/03/2026, 8am-1pm',
    pii: [
      ['PERSON', 'Callum Fraser-Reid'],
      ['DATE_OF_BIRTH', '1988-12-05'],
      ['ADDRESS', '3F2, 14 Marchmont Crescent, Edinburgh EH9 1HN'],
      ['PHONE', '+44 7812 466 019'],
      ['PHONE', '0131 667 2094'],
      ['MAC_ADDRESS', '7C:4C:A5:3E:19:B0'],
    ],
  },
  {
    text: 'Orthopaedic Outpatients, Southmead Hospital\nClinic date: 03/03/2026\n\nDear Dr Ferreira-Lowe,\n\nRe: Mr Dennis Amesbury, DOB 02/06/1951, Hospital No. S0418827, NHS No. 485 777 3456\n14 Mill Lane, Frampton Cotterell, Bristol BS36 2AA\n\nDiagnosis: right knee osteoarthritis, Kellgren-Lawrence grade 4.\nI saw Dennis today with his wife. Despite two steroid injections and 6 weeks of physiotherapy he is limited to 200 yards. BMI 31. We have listed him for a right total knee replacement; the current wait is around 38 weeks.\n\nYours sincerely,\nMr Raj Bhattacharya FRCS (Tr & Orth), Consultant Orthopaedic Surgeon',
    pii: [
      ['PERSON', 'Ferreira-Lowe'],
      ['PERSON', 'Dennis Amesbury'],
      ['DATE_OF_BIRTH', '02/06/1951'],
      ['MEDICAL_RECORD', 'S0418827'],
      ['HEALTH_INSURANCE', '485 777 3456'],
      ['ADDRESS', '14 Mill Lane, Frampton Cotterell, Bristol BS36 2AA'],
      ['PERSON', 'Dennis'],
      ['PERSON', 'Raj Bhattacharya'],
    ],
  },
  {
    text: 'From: "Sue Whitcombe" <s.whitcombe61@btinternet.com>\nTo: Customer Services\nSubject: Ref CMP-2291847 - refund STILL not received\n\nDear Sir/Madam,\nI closed my account on 9 January when I moved out of 17 Tennyson Road, Luton LU1 3RP and was told the credit of £84.17 would be refunded within 10 working days. It\'s now 25 February. My final reading was E 30114. Please pay it into my bank, sort code 40-11-62, account 71203398.\nRegards\nSusan Whitcombe\n07881 204 553',
    pii: [
      ['PERSON', 'Sue Whitcombe'],
      ['EMAIL', 's.whitcombe61@btinternet.com'],
      ['ADDRESS', '17 Tennyson Road, Luton LU1 3RP'],
      ['BANK_ACCOUNT', '71203398'],
      ['PERSON', 'Susan Whitcombe'],
      ['PHONE', '07881 204 553'],
    ],
  },
  {
    text: 'Patient Intake - Bloor West Walk-In Clinic\nName: Kowalczyk, Liam (age 6)      DOB: 2019-08-14\nParent/guardian: Justyna Kowalczyk   Cell: 647 388 1045\nOHIP: 7231 904 558 (no version code - card expired, mom to bring new one)\nReason for visit: R ear pain since last night, no fever\nWt 21.4 kg   Temp 37.2\nChart #: BW-0114526   Time in: 13:55',
    pii: [
      ['PERSON', 'Kowalczyk, Liam'],
      ['DATE_OF_BIRTH', '2019-08-14'],
      ['PERSON', 'Justyna Kowalczyk'],
      ['PHONE', '647 388 1045'],
      ['HEALTH_INSURANCE', '7231 904 558'],
      ['MEDICAL_RECORD', 'BW-0114526'],
    ],
  },
  {
    text: 'Rogers - In-store offer sheet (valid Feb 20 - Mar 5, 2026)\nPlan | Data | Price/mo | With autopay\nEssentials 50GB Canada | 50GB | $55.00 | $50.00\nInfinite 100GB Canada-US | 100GB | $80.00 | $75.00\nInfinite+ 175GB Canada-US-Mexico | 175GB | $95.00 | $90.00\nDevice: iPhone 16 128GB $1,129.99 outright, or $0 down + $47.08/mo x 24 (0% APR)\nTrade-in credit up to $800 (iPhone 13 or newer, good condition)\nEarly cancellation fee = remaining device balance. Taxes extra.\nPromo code SPRG26-MTWN   Store: Metrotown',
    pii: [],
  },
  {
    text: 'Hello Marguerite,\n\nThis is a reference for Tariq Haddad, who has applied for your suite on Fort Street.\n\nTariq has rented our basement suite at 3341 Cedar Hill Rd, Victoria, BC V8P 3Z1 since September 2022. Rent was $1,650 and always on time (e-transfer on the 1st). He gave proper notice and the suite is in good shape, so his $825 damage deposit will be returned in full.\n\nHappy to chat if you need more - my cell is 250-514-9083, evenings are best.\n\nRegards,\nLorne & Beverly Kastelic',
    pii: [
      ['PERSON', 'Marguerite'],
      ['PERSON', 'Tariq Haddad'],
      ['PERSON', 'Tariq'],
      ['ADDRESS', '3341 Cedar Hill Rd, Victoria, BC V8P 3Z1'],
      ['PHONE', '250-514-9083'],
      ['PERSON', 'Lorne'],
      ['PERSON', 'Beverly Kastelic'],
    ],
  },
  {
    text: 'NEW CLIENT FORM - Coogee Beach Physiotherapy\nTitle: Mr   First name: Ioannis   Last name: PAPADOPOULOS\nPreferred name: John\nDOB: 3 / 11 / 1974\nHome address: 6 Dolphin St, Coogee NSW 2034\nMobile: 0433-215-870   Email: john.papa74@optusnet.com.au\nHealth fund: Medibank   Membership no.: 70418823\nReferred by GP? Y - Dr Amira Soliman, Randwick\nEmergency contact: Eleni (wife) 0433 215 871\nCondition: L shoulder pain, 6 wks, worse reaching overhead',
    pii: [
      ['PERSON', 'Ioannis'],
      ['PERSON', 'PAPADOPOULOS'],
      ['PERSON', 'John'],
      ['DATE_OF_BIRTH', '3 / 11 / 1974'],
      ['ADDRESS', '6 Dolphin St, Coogee NSW 2034'],
      ['PHONE', '0433-215-870'],
      ['EMAIL', 'john.papa74@optusnet.com.au'],
      ['HEALTH_INSURANCE', '70418823'],
      ['PERSON', 'Amira Soliman'],
      ['PERSON', 'Eleni'],
      ['PHONE', '0433 215 871'],
    ],
  },
  {
    text: "hi Mel, for the Bali trip can you put us both on the one booking:\nme - Thomas James Whitford, passport PE0493317, born 22/07/1990\nKiri - Kiri Aroha Ngata, NZ passport LH382915, born 5 March 1993\nflights out 11 Apr, back 21 Apr, the $600 deposit is already paid (receipt 88143)\nif there's any refund later pls put it back to my account BSB 062-692 acct 1049 2287\nta heaps!",
    pii: [
      ['PERSON', 'Mel'],
      ['PERSON', 'Thomas James Whitford'],
      ['PASSPORT', 'PE0493317'],
      ['DATE_OF_BIRTH', '22/07/1990'],
      ['PERSON', 'Kiri'],
      ['PERSON', 'Kiri Aroha Ngata'],
      ['PASSPORT', 'LH382915'],
      ['DATE_OF_BIRTH', '5 March 1993'],
      ['BANK_ACCOUNT', '1049 2287'],
    ],
  },
  {
    text: "Interview schedule - Req 26-0411 Clinical Nurse, Cardiology (Ward 7B), RBWH\nTue 17/03/2026, panel room 3.12, Level 3 Block 7\nTime | Candidate | Phone | Notes\n09:00 | Mohammed Al-Rashidi | 0401 772 309 | RN, 6 yrs CCU; on 482 visa - check sponsorship\n09:45 | Lauren O'Sullivan | 0422 918 064 | internal applicant, EN -> RN 2025\n10:30 | Ngozi Eze-Williams | (07) 3352 1187 | phone interview only\nPanel: Karen Mitchell (NUM), Dr Sam Perera, HR rep TBC",
    pii: [
      ['PERSON', 'Mohammed Al-Rashidi'],
      ['PHONE', '0401 772 309'],
      ['PERSON', "Lauren O'Sullivan"],
      ['PHONE', '0422 918 064'],
      ['PERSON', 'Ngozi Eze-Williams'],
      ['PHONE', '(07) 3352 1187'],
      ['PERSON', 'Karen Mitchell'],
      ['PERSON', 'Sam Perera'],
    ],
  },
  {
    text: 'Virgin Australia   BOARDING PASS\nNAME: OKORO-BLAKE/ADAEZE MS\nFLIGHT VA 817   MEL > SYD   DATE 14MAR\nBOARDING 07:25   DEPARTS 07:55   GATE 5\nSEAT 23F   ZONE 3   SEQ 118\nBOOKING REF QH7D2M\nETKT 7952112940668\nGate closes 15 minutes before departure.',
    pii: [['PERSON', 'OKORO-BLAKE/ADAEZE']],
  },
  {
    text: "Mater Misericordiae University Hospital, Dublin 7 - Discharge Summary\nHospital no: M2291046      Ward: St Cecilia's\nName: Pádraig Ó Súilleabháin   D.O.B. 12-Jan-1946\nAdmitted 16/02/2026   Discharged 23/02/2026\nDx: community-acquired pneumonia (RLL); background COPD GOLD 3, AF on apixaban 5 mg BD\nDischarge meds: co-amoxiclav 625 mg TDS x 3 more days; prednisolone 30 mg, reduce by 5 mg every 3 days\nNOK: son Cathal, 086 219 4473\nGP: Dr Fionnuala Deasy, Phibsborough\nCompleted by Dr K. Mensah, SHO",
    pii: [
      ['MEDICAL_RECORD', 'M2291046'],
      ['PERSON', 'Pádraig Ó Súilleabháin'],
      ['DATE_OF_BIRTH', '12-Jan-1946'],
      ['PERSON', 'Cathal'],
      ['PHONE', '086 219 4473'],
      ['PERSON', 'Fionnuala Deasy'],
      ['PERSON', 'K. Mensah'],
    ],
  },
  {
    text: "Hello,\nOrder 100458872 (corner sofa, grey) - the driver rang this morning but I was at work. Could ye deliver to my mam's house instead? She's home all day: Bridget Moloney, 23 Ard Na Gréine, Ballincollig, Co. Cork P31 X2V6, phone 021 487 5521. I'll collect it from there. My own mobile is 083 119 2604 if there's any problem.\nMany thanks,\nOrla",
    pii: [
      ['PERSON', 'Bridget Moloney'],
      ['ADDRESS', '23 Ard Na Gréine, Ballincollig, Co. Cork P31 X2V6'],
      ['PHONE', '021 487 5521'],
      ['PHONE', '083 119 2604'],
      ['PERSON', 'Orla'],
    ],
  },
  {
    text: '{\n  "employeeId": "IE-00487",\n  "firstName": "Kacper",\n  "lastName": "Nowicki",\n  "dateOfBirth": "1990-05-27",\n  "homeAddress": "Apt 14, Harbour View, Dock Road, Galway H91 F6C2",\n  "workEmail": "kacper.nowicki@claddaghmarine.ie",\n  "emergencyContact": { "name": "Agnieszka Nowicka", "relation": "spouse", "phone": "087 604 3318" },\n  "contractType": "permanent",\n  "fte": 1.0\n}',
    pii: [
      ['PERSON', 'Kacper'],
      ['PERSON', 'Nowicki'],
      ['DATE_OF_BIRTH', '1990-05-27'],
      ['ADDRESS', 'Apt 14, Harbour View, Dock Road, Galway H91 F6C2'],
      ['EMAIL', 'kacper.nowicki@claddaghmarine.ie'],
      ['PERSON', 'Agnieszka Nowicka'],
      ['PHONE', '087 604 3318'],
    ],
  },
  {
    text: 'Freie und Hansestadt Hamburg, Bezirksamt Altona - Confirmation of registration (English courtesy translation)\nSurname: Kaya   First name(s): Emre Can\nDate of birth: 02.09.1989   Place of birth: Izmir, Turkey   Nationality: Turkish\nIdentity document: passport U18830417\nAddress since 15.02.2026: Große Bergstraße 212, 22767 Hamburg\nPrevious address: abroad\nYour tax ID will be sent by post by the Federal Central Tax Office within approx. 4 weeks.\nReference no. 02-2026-118734   Hamburg, 20.02.2026',
    pii: [
      ['PERSON', 'Kaya'],
      ['PERSON', 'Emre Can'],
      ['DATE_OF_BIRTH', '02.09.1989'],
      ['PASSPORT', 'U18830417'],
      ['ADDRESS', 'Große Bergstraße 212, 22767 Hamburg'],
    ],
  },
];
