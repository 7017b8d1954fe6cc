// English documents for round 34, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyFourDocumentsB: readonly IndependentText[] = [
  {
    text: 'LIFFEY MOBILE — Bill for 01 Feb – 28 Feb 2025\nAccount no. 1.0482.7719   Invoice no. LM-25-0218-44017\nCustomer: Ciarán Ó Súilleabháin\n12 Ashgrove Lawn, Ballincollig, Co. Cork P31 KX28\nMobile number: 087 419 2236   SIM: 89353128568895030740\nDevice on instalment: iPhone 15 128GB, IMEI 359850132596060, payment 18 of 24 (€29.50)\nPlan: Unlimited Talk 5G   €35.00\nCalls to 1850 / 0818 numbers (14 min)   €4.62\nPremium SMS to 57025 (x2)   €4.00\nEU roaming 2.1 GB (fair use)   €0.00\nCall to +44 7911 384 205 (12 min)   €3.00\nTotal due €76.12 by 18 Mar 2025 (incl. VAT 23%)\nDirect Debit from IBAN IE75 AIBK 9311 5287 1044 96\nHelp: 1800 208 208 or help@liffeymobile.ie',
    pii: [
      ['PERSON', 'Ciarán Ó Súilleabháin'],
      ['ADDRESS', '12 Ashgrove Lawn, Ballincollig, Co. Cork P31 KX28'],
      ['PHONE', '087 419 2236'],
      ['ICCID', '89353128568895030740'],
      ['IMEI', '359850132596060'],
      ['PHONE', '+44 7911 384 205'],
      ['IBAN', 'IE75 AIBK 9311 5287 1044 96'],
    ],
  },
  {
    text: 'Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number and Certification\n1 Name: Oluwadamilare Bankole\n2 Business name/disregarded entity: Bankole Mobile Detailing\n3a Federal tax classification: Individual/sole proprietor\n4 Exemptions: none\n5-6 Address: 7319 Ridgeway Terrace Dr, Apt 1208, Houston, TX 77074\n7 Account number(s): VND-004182\nPart I — Social security number / ITIN: 912-78-4406\nEmployer identification number: (blank)\nRequester: Lone Star Fleet Services LLC, EIN 74-2918834, 8800 Westpark Dr, Houston TX 77063, AP line 713-784-2200\nSigned 03/06/2025',
    pii: [
      ['PERSON', 'Oluwadamilare Bankole'],
      ['ADDRESS', '7319 Ridgeway Terrace Dr, Apt 1208, Houston, TX 77074'],
      ['US_ITIN', '912-78-4406'],
    ],
  },
  {
    text: 'NORTHSTAR HEALTH PLAN — EXPLANATION OF BENEFITS (THIS IS NOT A BILL)\nStatement date 03/18/2025\nMember: Jordan P. Whitcomb   Member ID: XGH884017362   Group: 0071845-0001 (Cascadia Software Inc.)\nPatient: Avery Whitcomb (dependent child)   Patient DOB: 05/30/2016\nClaim #: 2025071E48830   Received 03/04/2025   Processed 03/17/2025\nProvider: Lakeshore Pediatrics PC (in-network), NPI 1457392810\nDOS        | Code  | Service                     | Billed  | Allowed | Plan paid | You owe\n02/26/2025 | 99214 | Office visit, est. patient  | $245.00 | $162.18 | $132.18   | $30.00 copay\n02/26/2025 | 87880 | Rapid strep test            | $38.00  | $17.62  | $17.62    | $0.00\nTotals     |       |                             | $283.00 | $179.80 | $149.80   | $30.00\nDeductible met YTD: $1,500.00 of $1,500.00   Out-of-pocket: $1,842.40 of $6,000.00\nMember services 1-866-204-7719 (TTY 711). Appeals within 180 days, form NHP-112.',
    pii: [
      ['PERSON', 'Jordan P. Whitcomb'],
      ['HEALTH_INSURANCE', 'XGH884017362'],
      ['PERSON', 'Avery Whitcomb'],
      ['DATE_OF_BIRTH', '05/30/2016'],
    ],
  },
  {
    text: 'SEOUL HANGANG UNIVERSITY HOSPITAL — Department of Pathology\nSURGICAL PATHOLOGY REPORT\nPatient ID (등록번호): 01482273   Name: Park Soo-jin   Sex/Age: F/32   DOB: 1992-08-27\nSpecimen No.: S25-004417   Received: 2025-03-19   Reported: 2025-03-24\nRequesting: General Surgery, Dr. Yoon Jae-won (ward 71, bed 7104-2)\nSpecimen: thyroid, right lobe, lobectomy\nDiagnosis: papillary thyroid carcinoma, classic type, 0.8 cm (pT1a N0)\n- Margins clear (closest 2 mm); lymphovascular invasion not identified\nImmunohistochemistry: BRAF V600E (VE1) positive; Ki-67 <1%\nBlock ID: S25-004417-A3   Antibody lot: VE1-2411-07   KCD code C73\nPathologist: Dr. Han Ji-eun, MD PhD\nPathology office 02-2072-3190',
    pii: [
      ['MEDICAL_RECORD', '01482273'],
      ['PERSON', 'Park Soo-jin'],
      ['DATE_OF_BIRTH', '1992-08-27'],
      ['PERSON', 'Yoon Jae-won'],
      ['PERSON', 'Han Ji-eun'],
    ],
  },
  {
    text: 'ARRIVAL NOTICE / FREIGHT INVOICE\nCarrier: Straits Ocean Lines Pte Ltd, 7 Temasek Blvd #18-02, Singapore 038987, tel +65 6220 4471, imports.sg@straitsocean.com\nB/L No.: SOLUHCM25030418   Booking: 88147720\nVessel/Voyage: KOTA LESTARI 0412S   ETA Pasir Panjang 2025-04-08 06:00\nConsignee: Tan Brothers Trading Pte Ltd, 21 Tuas Ave 8, Singapore 639239, UEN 199804417K\nNotify party: same as consignee\nContainer: TCLU 418227 8 / 40HC / seal SL0094471   Gross 18,420 kg   58.2 CBM\nCargo: 1,240 cartons frozen pangasius fillets, HS 0304.62, carried at -18°C\nFreight collect USD 1,180.00   THC SGD 385.00   Doc fee SGD 75.00\nFree time: 4 days demurrage / 3 days detention from discharge\nPresent the original B/L or telex release ref TR-250404-117 to collect the D/O.',
    pii: [],
  },
  {
    text: 'Run #1842 • main • 3a9f1c7 • triggered by priya-r (push)\n[12:03:11] Checking out 3a9f1c7e5d2b41a8c0f9e6d3b7a1c2e4f5d6a7b8\n[12:03:12] Author: Priya Raghunathan <priya.r@outlook.in>\n[12:03:40] Using Node v20.11.1, npm 10.2.4, runner ubuntu-22.04 (2.321.0)\n[12:04:02] ✓ 412 tests passed (3 skipped) in 38.2s\n[12:04:05] Publishing @acme-internal/ui@4.18.0\n[12:04:05] + export GH_TOKEN=ghp_h3MqzUpvpKSRCjf6AYJwFQK3cEUfKwpQlMqO\n[12:04:06] WARNING: secret printed to log — rotate now (ticket SEC-2291)\n[12:04:07] Artifact ui-dist.tgz sha256:9b1e4c0f7d2a83e6 size 2.4 MB\n[12:04:07] Done in 56s.',
    pii: [
      ['USERNAME', 'priya-r'],
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya.r@outlook.in'],
      ['SECRET', 'ghp_h3MqzUpvpKSRCjf6AYJwFQK3cEUfKwpQlMqO'],
    ],
  },
  {
    text: 'SUPPORT TICKET #INC0418827 — Fibre 1Gbps (residential)\nCustomer: Lim Hui Shan   Service ID: FB-5540-2281-07   Contact: +65 8366 1092\nONT serial: HWTC9A4B21C7   Router: ZTE F670L   firmware V9.0.11P1N3\nWAN IP: 116.88.47.203 (dynamic)   DNS 8.8.8.8 / 1.1.1.1   MTU 1492\nConnected clients (from router page):\n  A4:83:E7:1C:5F:02   iPhone        5 GHz   -51 dBm\n  3C:22:FB:7A:91:0E   MacBook-Pro   5 GHz   -58 dBm\n  B8:27:EB:44:90:1D   raspberrypi   wired   1000M\nWi-Fi SSID: LIM_HOME_5G   Wi-Fi password: kopi-peng-2719!\nIssue: 4–7% packet loss after 21:00; line test OK (Rx -19.8 dBm)\nNext step: field visit slot 2025-04-02 14:00–18:00, tech team SG-E3',
    pii: [
      ['PERSON', 'Lim Hui Shan'],
      ['PHONE', '+65 8366 1092'],
      ['IP_ADDRESS', '116.88.47.203'],
      ['MAC_ADDRESS', 'A4:83:E7:1C:5F:02'],
      ['MAC_ADDRESS', '3C:22:FB:7A:91:0E'],
      ['MAC_ADDRESS', 'B8:27:EB:44:90:1D'],
      ['PASSWORD', 'kopi-peng-2719!'],
    ],
  },
  {
    text: 'UTILITY COST STATEMENT 2024 (Betriebskostenabrechnung)\nHausverwaltung Krüger & Söhne GmbH, Prinzregentenstr. 12, 81675 München, Tel. 089 4521 7700\nTenant: Dr. Henrike Vossberg, Auenstraße 31, WE 07, 80469 München\nTenancy no.: 031-07-2211   Period 01.01.2024–31.12.2024 (366 days)\nHeating (billing service ref. 4417 2281 09) — your share   812.40 EUR\nCold water, meter no. 18-447091: 41.3 m³ × 4.62   190.81 EUR\nProperty tax 214.77 EUR   Caretaker 301.20 EUR   Building insurance 96.12 EUR\nTotal costs 1,615.30 EUR   Advance payments 12 × 145.00 = 1,740.00 EUR\nCredit in your favour: 124.70 EUR, refunded to DE74 6980 2384 4878 4810 28 by 15.05.2025\nNew monthly advance from 06/2025: 135.00 EUR',
    pii: [
      ['PERSON', 'Henrike Vossberg'],
      ['ADDRESS', 'Auenstraße 31, WE 07, 80469 München'],
      ['IBAN', 'DE74 6980 2384 4878 4810 28'],
    ],
  },
  {
    text: 'GUÍA / WAYBILL 7741229011 83\nOrigin: CEDIS León, Blvd. Aeropuerto 2310, 37545 León, Gto. — Tel 477 710 4400\nShipper: Electrónica del Bajío SA de CV (RFC EBA0903117K2)\nRecipient: Ximena Arriaga Solís\nAv. Álvaro Obregón 182, Int. 5, Col. Roma Norte, Alcaldía Cuauhtémoc, 06700 Ciudad de México, CDMX\nTel. +52 55 4187 2093\nContents: 1 x Wi-Fi 6 router AX3000, SKU EB-AX3000-MX, declared value MXN 1,899.00\nWeight 1.8 kg   Dims 32x24x10 cm   Service: Día Siguiente   Insurance policy 00-44718\nAttempt 1: 24/03/2025 13:20 — nobody home, notice N-0092281 left\nID shown at delivery: INE (last 4) 4417',
    pii: [
      ['PERSON', 'Ximena Arriaga Solís'],
      ['ADDRESS', 'Av. Álvaro Obregón 182, Int. 5, Col. Roma Norte, Alcaldía Cuauhtémoc, 06700 Ciudad de México, CDMX'],
      ['PHONE', '+52 55 4187 2093'],
    ],
  },
  {
    text: 'PIX TRANSFER RECEIPT (comprovante)\nDate 22/03/2025 19:47:12   Amount R$ 1.250,00\nFrom: Rafael Nogueira Campos — Banco Inter (077), branch 0001, account 8841027-3, CPF ***.418.227-**\nTo: Juliana Prado Medeiros — Nu Pagamentos (260), branch 0001, account 50217734-9\nPix key (phone): +55 11 98472-3106\nDescription: aluguel março — apto 42\nTransaction ID (E2E): E00416968202503221947aB3kL9pQ2xT\nAuthentication: 8C1F-22A7-4B90-E6D3\nSupport: 3003 4070 (capitals) / ombudsman 0800 940 7772',
    pii: [
      ['PERSON', 'Rafael Nogueira Campos'],
      ['BANK_ACCOUNT', '8841027-3'],
      ['PERSON', 'Juliana Prado Medeiros'],
      ['BANK_ACCOUNT', '50217734-9'],
      ['PHONE', '+55 11 98472-3106'],
    ],
  },
  {
    text: "IMPORTANT: your tariff is changing\nFrom 1 April 2025 our Standard Variable tariff (code E-1R-SVT-25-04-A) changes in line with the Ofgem price cap.\nRegion             | Unit rate (p/kWh) | Standing charge (p/day)\nLondon (C)         | 27.03             | 41.46\nNorth West (G)     | 25.64             | 48.87\nSouthern (H)       | 25.44             | 50.72\nNorth Scotland (P) | 25.91             | 62.26\nGas, all regions (G-1R-SVT-25-04-A): 6.99 p/kWh, 32.67 p/day\nEconomy 7: day/night rates on page 2. Meter types 2-rate and SMETS2 are covered.\nYou don't need to do anything. To move to Fix 12M (v4) call 0330 088 4411 before 31 March 2025.\nNorthmere Energy Supply Ltd, registered in England and Wales no. 11841276.",
    pii: [],
  },
  {
    text: "RENTAL AGREEMENT — Nippon Drive Rent-a-Car, Shinagawa Station East Exit branch, 2-16-3 Konan, Minato-ku, Tokyo 108-0075, tel 03-5783-1120\nAgreement No. NDR-250402-0187   Reservation WEB-4471829\nRenter: Haruto Takeda (武田 陽翔)\nDriver's licence no.: 301904418270 (valid until 2027-09-14)\nAddress: 4-11-7-305 Higashi-Oizumi, Nerima-ku, Tokyo 178-0063\nMobile: 090-4418-2763\nVehicle: Toyota Corolla Touring Hybrid (class S-A)   Plate: 品川 300 さ 47-12   Odometer out 24,118 km\nOut 2025-04-02 09:00   Due 2025-04-05 18:00 at Shin-Osaka branch (one-way fee ¥8,800)\nCDW + NOC cover: yes   ETC card: ETC-88-04127 (rental unit)\nDeposit hold on JCB 3530 6411 4816 7749, exp 09/29\nEstimated total ¥41,360 incl. tax",
    pii: [
      ['PERSON', 'Haruto Takeda'],
      ['PERSON', '武田 陽翔'],
      ['DRIVER_LICENSE', '301904418270'],
      ['ADDRESS', '4-11-7-305 Higashi-Oizumi, Nerima-ku, Tokyo 178-0063'],
      ['PHONE', '090-4418-2763'],
      ['VEHICLE_PLATE', '品川 300 さ 47-12'],
      ['CREDIT_CARD', '3530 6411 4816 7749'],
      ['CARD_EXPIRY', '09/29'],
    ],
  },
  {
    text: 'HALLAM & PRYCE ENGINEERING LTD — PAYSLIP\nPeriod: Month 12 (March 2025)   Pay date 28/03/2025   PAYE ref 120/HA48821\nEmployee: Gareth Llewellyn-Jones   Employee no. 004417   Dept 31 Tooling\nNI number: JT 48 21 73 C   NI category: A   Tax code: 1257L (cumulative)\nBasic 160.00 hrs @ £18.42      £2,947.20\nOvertime x1.5 12.00 hrs        £331.56\nShift allowance                £120.00\nGross pay                      £3,398.76\nPAYE tax £470.35   NI £146.14   Pension (Nest) 5% £169.94   Union (Unite) £17.20\nNet pay                        £2,595.13\nPaid to sort code 20-31-58, account 07043481\nYear to date: gross £38,417.22, tax £5,301.40, NI £1,812.66',
    pii: [
      ['PERSON', 'Gareth Llewellyn-Jones'],
      ['UK_NINO', 'JT 48 21 73 C'],
      ['BANK_ACCOUNT', '07043481'],
    ],
  },
  {
    text: 'CHARGEBACK / DISPUTE REQUEST FORM — Kaveri Bank Ltd, Cards Division, PO Box 8812, Bengaluru 560001 (customer care 1800 425 7000)\nCardholder name: Vikram Shenoy\nCard number: 4431 4359 1193 5012   Valid thru: 11/28\nRegistered mobile: +91 98450 27163   Email: vikram.shenoy84@yahoo.co.in\nDisputed transaction(s):\n18-Mar-2025   AMAZON PAY IN*3K81P0   ARN 74332015077418822910041   INR 12,499.00\n18-Mar-2025   AMAZON PAY IN*3K81P0   ARN 74332015077418822910058   INR 12,499.00 (duplicate)\nMerchant order no.: 408-8817264-2291340\nReason: charged twice for one order; duplicate not refunded after 21 days\nCyber complaint no. (if fraud): not applicable\nSigned 27-Mar-2025, Koramangala branch (IFSC KAVB0000418)',
    pii: [
      ['PERSON', 'Vikram Shenoy'],
      ['CREDIT_CARD', '4431 4359 1193 5012'],
      ['CARD_EXPIRY', '11/28'],
      ['PHONE', '+91 98450 27163'],
      ['EMAIL', 'vikram.shenoy84@yahoo.co.in'],
    ],
  },
  {
    text: 'Tariff lookup export — generated 2025-03-28 14:12 AEDT\nHS code    | Description                              | Unit | General | AANZFTA | KAFTA | Stat\n0901.21.00 | Coffee, roasted, not decaffeinated       | kg   | Free    | Free    | Free  | 31\n0902.30.00 | Black tea, packings ≤3 kg                | kg   | Free    | Free    | Free  | 40\n2106.90.89 | Food preparations n.e.s.                 | kg   | 5%      | Free    | Free  | 44\n3304.99.00 | Beauty or skin care preparations         | No   | 5%      | Free    | Free  | 11\n8517.13.00 | Smartphones                              | No   | Free    | Free    | Free  | 03\n8528.72.00 | Television receivers, colour             | No   | 5%      | Free    | Free  | 60\n8703.80.00 | Vehicles with electric motor only        | No   | 5%      | Free    | Free  | 53\nTCO 0412881 applies to 8471.30.00 goods from 2025-01-01 to 2027-12-31.\nTariff advice line 1300 363 263. Rates current at 2025-03-01.',
    pii: [],
  },
  {
    text: 'SEMENANJUNG POWER BHD (200401023418) — Commercial electricity bill\nNo. Akaun / Account No.: 220018741125   No. Invois: 401882790014\nRestoran Ahmad & Lim Sdn Bhd, Lot 12-G, Jalan SS 15/4B, 47500 Subang Jaya, Selangor\nTarif: B (low voltage commercial)   Meter No.: 15184470   Multiplier 1\nTempoh bil: 01.03.2025 – 31.03.2025 (31 hari)\nBacaan: 48,117 → 51,302   Penggunaan 3,185 kWh\nCaj tenaga 3,185 kWh × RM0.5090   RM1,621.17\nKWTBB 1.6%   RM25.94\nSST 8%   RM129.69\nJumlah perlu dibayar: RM1,776.80 sebelum 21.04.2025\nCareline 15454 | JomPAY biller code 5454 | Ref-1 220018741125',
    pii: [],
  },
  {
    text: 'HANSEONG NATIONAL UNIVERSITY — Graduate School Enrollment Confirmation\nStudent No.: 2025-41187   Program: M.S. Computer Science (Fall 2025)\nName: PHAM MINH ANH\nDate of birth: 1995-07-06   Nationality: Viet Nam\nPassport No.: C4817392   ARC (Alien Registration) No.: 950706-6748266\nAddress in Korea: 서울특별시 성북구 삼선교로16길 116, 글로벌하우스 B동 512호\nE-mail: minhanh.pham95@gmail.com   Mobile: 010-2947-5518\nTuition: KRW 5,124,000 — GKS scholarship 50% (code GKS-S-2025-0312) — pay KRW 2,562,000 by 2025-08-22\nTOPIK level 4 (exam no. 10918-004412, score 172/300)\nInternational Office: +82-2-760-4117, intl@hsnu.ac.kr',
    pii: [
      ['PERSON', 'PHAM MINH ANH'],
      ['DATE_OF_BIRTH', '1995-07-06'],
      ['PASSPORT', 'C4817392'],
      ['FRN', '950706-6748266'],
      ['ADDRESS', '서울특별시 성북구 삼선교로16길 116, 글로벌하우스 B동 512호'],
      ['EMAIL', 'minhanh.pham95@gmail.com'],
      ['PHONE', '010-2947-5518'],
    ],
  },
  {
    text: 'RIDEAU APOTHECARY — 344 Elgin St, Ottawa ON K2P 1M6 — 613-236-4417\nRx: 2281047   Date: 2025-03-20   Refills: 5\nPt: Mélanie Desrosiers-Kane   DOB: 1966-12-03\nOHIP: 4827-193-650-KT\nMETFORMIN ER 500 MG TAB   DIN 02305941   Qty 60\nTake 2 tablets once daily with supper\nLot MF24K118   Exp 2026-08\nPrescriber: Dr. Farouk Haddad\nPatient phone: 613-822-4905\nSecondary payer: Beacon Group Benefits, certificate 7718824019, group 40417\nPaid by plan $18.42   Patient pays $4.61',
    pii: [
      ['PERSON', 'Mélanie Desrosiers-Kane'],
      ['DATE_OF_BIRTH', '1966-12-03'],
      ['HEALTH_INSURANCE', '4827-193-650-KT'],
      ['PERSON', 'Farouk Haddad'],
      ['PHONE', '613-822-4905'],
      ['HEALTH_INSURANCE', '7718824019'],
    ],
  },
  {
    text: "FAKTURA VAT / VAT INVOICE No. FV/2025/03/0417 (English copy)\nSeller: AutoSerwis Nowak i Wspólnicy sp.j., ul. Zakopiańska 58, 30-418 Kraków, NIP 679-281-44-17, tel. 12 266 41 80\nBuyer: Paweł Zieliński, ul. Wielicka 112/9, 30-552 Kraków\nVehicle: Škoda Octavia III 2.0 TDI   Reg. KR 7H315   VIN TMBJG7NE5J0214473   Mileage 184,221 km\n1. Timing belt kit 04L198119 ×1   612.00 PLN\n2. Water pump 04L121011L ×1   318.00 PLN\n3. Labour 3.5 h × 180.00   630.00 PLN\nNet 1,560.00   VAT 23% 358.80   Gross 1,918.80 PLN\nPaid by transfer 2,000.00 PLN — overpayment 81.20 PLN refunded to buyer's account PL05 5404 9413 1460 7170 1062 6004\nNext service due at 199,000 km or 03/2026",
    pii: [
      ['PERSON', 'Paweł Zieliński'],
      ['ADDRESS', 'ul. Wielicka 112/9, 30-552 Kraków'],
      ['VEHICLE_PLATE', 'KR 7H315'],
      ['VIN', 'TMBJG7NE5J0214473'],
      ['IBAN', 'PL05 5404 9413 1460 7170 1062 6004'],
    ],
  },
  {
    text: 'M-PESA STATEMENT\nCustomer name: Wanjiru Kamau Njoroge\nMobile number: 0722 418 953   Email: wanjiru.njoroge@gmail.com\nStatement period: 01 Mar 2025 – 31 Mar 2025   Request date: 02 Apr 2025\nReceipt No. | Completion Time | Details | Status | Paid In | Withdrawn | Balance\nSCQ7K2LM4P | 2025-03-02 08:14 | Pay Bill to 888880 - KPLC PREPAID Acc. 37182944715 | Completed | | 2,000.00 | 14,322.50\nSCR1X9TB7N | 2025-03-05 17:42 | Customer Transfer to 0711 305 846 - PETER OTIENO | Completed | | 3,500.00 | 10,822.50\nSCS4D8VQ2Z | 2025-03-09 12:03 | Merchant Payment Till 5127704 - NAIVAS WESTLANDS | Completed | | 6,418.00 | 4,404.50\nSCT6P3RJ8W | 2025-03-15 09:30 | Funds received from 0733 904 271 - GRACE AKINYI | Completed | 12,000.00 | | 16,404.50\nSCU2H5NE1K | 2025-03-28 19:55 | Pay Bill to 247247 - Equity Bank Acc. 0180294417123 | Completed | | 5,000.00 | 11,404.50',
    pii: [
      ['PERSON', 'Wanjiru Kamau Njoroge'],
      ['PHONE', '0722 418 953'],
      ['EMAIL', 'wanjiru.njoroge@gmail.com'],
      ['PHONE', '0711 305 846'],
      ['PERSON', 'PETER OTIENO'],
      ['PHONE', '0733 904 271'],
      ['PERSON', 'GRACE AKINYI'],
      ['BANK_ACCOUNT', '0180294417123'],
    ],
  },
  {
    text: 'PRODUCT SAFETY RECALL — Kettle model KT-1770 series\nBrightway Home Appliances Ltd and its UK distributor Lowther & Finch Ltd are recalling kettles because the base connector may overheat.\nAffected models: KT-1770-WH, KT-1770-BK, KT-1775-SS\nBatch codes 2309A to 2403C (printed under the base, e.g. B-2311B-04471)\nSerial range SN 7718 000 000 to SN 7718 418 227\nSold between 12/10/2023 and 28/02/2025 by major retailers and online.\nWhat to do: stop using the kettle, unplug it and register for a refund or replacement at recalls.brightway-home.co.uk or call 0800 029 4417 (Mon–Sat 9am–6pm). Quote your batch code; no receipt needed.\nPRISM ref. 2503-0418 / notification R/2025/0412\nKettles with batch code 2403D or later, or with a green dot on the base, are not affected.',
    pii: [],
  },
  {
    text: 'Incident INC-2025-0412 — timeline exported from #sre-oncall\n[09:02] @dmitri.volkov: pager fired — 5xx on api-gw eu-west-1 (build 2025.03.27-r4)\n[09:04] @ana.beltran: lines up with payments-svc v7.3.0 deploy; roll back to v7.2.9?\n[09:06] @dmitri.volkov: rolling back. Also someone pasted creds in #general: AKIAJ5LSQLJ5JXNY6LBR and bot token xoxb-328765990133-4071524725362-6x710MqDVrh8W9xueIwh16ex — revoking both\n[09:11] @ana.beltran: customer report via ZD-118274 from k.osei@protonmail.com, session from 41.215.160.88 dropped mid-checkout\n[09:15] @dmitri.volkov: error rate back to 0.02%, p99 420 ms. Postmortem PM-0412, status page updated.',
    pii: [
      ['USERNAME', '@dmitri.volkov'],
      ['USERNAME', '@ana.beltran'],
      ['USERNAME', '@dmitri.volkov'],
      ['SECRET', 'AKIAJ5LSQLJ5JXNY6LBR'],
      ['SECRET', 'xoxb-328765990133-4071524725362-6x710MqDVrh8W9xueIwh16ex'],
      ['USERNAME', '@ana.beltran'],
      ['EMAIL', 'k.osei@protonmail.com'],
      ['IP_ADDRESS', '41.215.160.88'],
      ['USERNAME', '@dmitri.volkov'],
    ],
  },
  {
    text: 'PARRAMATTA VALLEY HOSPITAL — DISCHARGE SUMMARY\nURN: 3318472   Ward 4B   Bed 12\nPatient: Nikolaos Papadimitriou   DOB: 14/01/1949   Medicare: 2953 41877 1  IRN 2\nAdmitted 09/03/2025   Discharged 16/03/2025   LOS 7 days\nDiagnoses: community-acquired pneumonia (J18.9); AKI stage 1 (N17.9), resolved\nObs at discharge: BP 132/78, HR 76, SpO2 95% RA, T 36.7\nBloods: Cr 104 µmol/L (45–90), eGFR 58, CRP 18 mg/L (<5)\nMedications: amoxicillin 500 mg TDS for 3 more days (script HQ-2281047); irbesartan 150 mg withheld until GP review\nFollow-up: GP Dr. Elena Sarkis, Harris Park Medical Centre, 11 Station St East, Harris Park NSW 2150, ph (02) 9635 4471, within 1 week\nNOK: Sophia Papadimitriou (daughter) 0419 582 306',
    pii: [
      ['MEDICAL_RECORD', '3318472'],
      ['PERSON', 'Nikolaos Papadimitriou'],
      ['DATE_OF_BIRTH', '14/01/1949'],
      ['HEALTH_INSURANCE', '2953 41877 1'],
      ['PERSON', 'Elena Sarkis'],
      ['PERSON', 'Sophia Papadimitriou'],
      ['PHONE', '0419 582 306'],
    ],
  },
  {
    text: 'TAX INVOICE (세금계산서) — e-invoice approval no. 20250328-41000012-7a8c3f19\nSupplier: 미소공방 Miso Craft Studio (sole proprietor Jung Ha-eun), BRN 128-14-89329, 경기도 고양시 일산동구 중앙로 1275, 4층, tel 031-906-4471\nBuyer: Green Leaf Korea Co., Ltd., BRN 220-86-88040, CRN 110111-5632628, CEO Kwon Tae-yang\nDate of supply: 2025-03-28\nItem: ceramic mug set, SKU MS-CM-0412 × 120 @ 18,000 = 2,160,000   VAT 216,000   Total KRW 2,376,000\nDelivery: CJ Logistics tracking 6891-2204-7718 (CS 1588-1255)\nBuyer contact: purchasing manager Song Yu-ri, 010-8842-3175, yuri.song@greenleafkr.com',
    pii: [
      ['PERSON', 'Jung Ha-eun'],
      ['BRN', '128-14-89329'],
      ['BRN', '220-86-88040'],
      ['CRN', '110111-5632628'],
      ['PERSON', 'Kwon Tae-yang'],
      ['PERSON', 'Song Yu-ri'],
      ['PHONE', '010-8842-3175'],
      ['EMAIL', 'yuri.song@greenleafkr.com'],
    ],
  },
  {
    text: "RENTAL APPLICATION — Maple Court Apartments, 2200 Peachtree Rd NW, Atlanta GA 30309 (leasing office 404-355-1180)\nUnit applied for: 1412   Move-in: 05/01/2025   Rent $1,895   Application fee $75 (receipt 00418827)\nApplicant: Tamika Renee Holloway\nDOB: 10/04/1993   SSN: 412-87-3306\nDriver's license: GA 058417723\nCurrent address: 3815 Glenwood Ave SE Apt 7, Atlanta, GA 30316 (since 06/2021, rent $1,420)\nLandlord reference: Curtis Bledsoe, (678) 414-2098\nEmployer: Piedmont Regional Health, 2041 Howell Mill Rd NW, Atlanta GA 30318 — unit coordinator since 2019, $4,860/mo\nVehicle: 2019 Nissan Rogue, GA tag CRX4172\nEmail: tamika.holloway93@gmail.com   Cell: 470-228-9314",
    pii: [
      ['PERSON', 'Tamika Renee Holloway'],
      ['DATE_OF_BIRTH', '10/04/1993'],
      ['US_SSN', '412-87-3306'],
      ['DRIVER_LICENSE', '058417723'],
      ['ADDRESS', '3815 Glenwood Ave SE Apt 7, Atlanta, GA 30316'],
      ['PERSON', 'Curtis Bledsoe'],
      ['PHONE', '(678) 414-2098'],
      ['VEHICLE_PLATE', 'CRX4172'],
      ['EMAIL', 'tamika.holloway93@gmail.com'],
      ['PHONE', '470-228-9314'],
    ],
  },
];
