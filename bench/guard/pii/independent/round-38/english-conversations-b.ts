// English conversations for round 38, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyEightConversationsB: readonly IndependentText[] = [
  {
    text:
      'Our /sms/inbound handler 500s on this Twilio request. Raw request from the gateway log:\n' +
      'POST /sms/inbound HTTP/1.1\n' +
      'Host: hooks.clinicbook.co.uk\n' +
      'X-Twilio-Signature: 3kQ0Vb8fX2m1Lr7TqYp9sWc4NhE=\n' +
      'Content-Type: application/x-www-form-urlencoded\n' +
      'Content-Length: 512\n' +
      '\n' +
      'ToCountry=GB&SmsMessageSid=SM8f2d1c0b9a7e6d5c4b3a29180f7e6d5c&NumMedia=0&FromCity=&Body=Hi+its+Fatima+Begum%2C+can+I+move+my+appointment+on+Thursday+to+next+week%3F+DOB+14%2F02%2F1979&FromCountry=GB&To=%2B441613060447&MessagingServiceSid=MG2c7e1f04a9b8d3c6e5f4a3b2c1d0e9f8&From=%2B447438215094&ApiVersion=2010-04-01',
    pii: [
      ['PERSON', 'Fatima+Begum'],
      ['DATE_OF_BIRTH', '14%2F02%2F1979'],
      ['PHONE', '%2B447438215094'],
    ],
  },
  {
    text:
      'Exported my Postman request. The claims API keeps returning 401 even though the token was issued a minute ago, why?\n' +
      '{\n' +
      '  "info": {"name": "Health claims API - staging", "_postman_id": "6c2f1e8a-4b7d-4e21-9f0a-55c1d2e3f4a6", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n' +
      '  "item": [{\n' +
      '    "name": "Get claim",\n' +
      '    "request": {\n' +
      '      "method": "GET",\n' +
      '      "header": [\n' +
      '        {"key": "Authorization", "value": "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiI3NzgxIiwic2NvcGUiOiJyZWFkOmNsYWltcyIsImlhdCI6MTcyMDAwMTEwMCwiZXhwIjoxNzIwMDA0NzAwfQ.SCLU_n46wEI2BeLkY56GZpgrfNgy3cRWWsG2qvvOLBeQn_kNsRLWjWoUrsCZAD_uk92ZbHlX6vJeZyJ97K5WMJ"},\n' +
      '        {"key": "X-Correlation-Id", "value": "c0a8012e-7d41-4b9a-bf12-993a1c7e55d0"}\n' +
      '      ],\n' +
      '      "url": {"raw": "https://api-stg.northwind-mutual.com/v1/claims/CLM-2024-0088213?memberId=NWM448120773"}\n' +
      '    }\n' +
      '  }],\n' +
      '  "variable": [{"key": "tester", "value": "t.kowalski@northwind-mutual.com"}, {"key": "baseUrl", "value": "https://api-stg.northwind-mutual.com"}]\n' +
      '}',
    pii: [
      [
        'SECRET',
        'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiI3NzgxIiwic2NvcGUiOiJyZWFkOmNsYWltcyIsImlhdCI6MTcyMDAwMTEwMCwiZXhwIjoxNzIwMDA0NzAwfQ.SCLU_n46wEI2BeLkY56GZpgrfNgy3cRWWsG2qvvOLBeQn_kNsRLWjWoUrsCZAD_uk92ZbHlX6vJeZyJ97K5WMJ',
      ],
      ['HEALTH_INSURANCE', 'NWM448120773'],
      ['EMAIL', 't.kowalski@northwind-mutual.com'],
    ],
  },
  {
    text:
      'Someone is hammering our user lookup endpoint. Are these the same client? Apache access log:\n' +
      '91.214.66.203 - - [13/Jun/2024:22:01:14 +0200] "GET /admin/api/users?email=hendrik.vos%40ziggo.nl HTTP/1.1" 200 612 "-" "python-requests/2.31.0"\n' +
      '91.214.66.203 - - [13/Jun/2024:22:01:14 +0200] "GET /admin/api/users?email=a.jansen1975%40kpnmail.nl HTTP/1.1" 200 598 "-" "python-requests/2.31.0"\n' +
      '10.0.3.5 - - [13/Jun/2024:22:01:15 +0200] "GET /server-status?auto HTTP/1.1" 200 1104 "-" "check_http/v2.3.3"\n' +
      '91.214.66.203 - - [13/Jun/2024:22:01:16 +0200] "GET /admin/api/users?phone=%2B31612847703 HTTP/1.1" 404 87 "-" "python-requests/2.31.0"\n' +
      '145.53.12.77 - pvdberg [13/Jun/2024:22:03:40 +0200] "POST /admin/login HTTP/1.1" 302 0 "https://portal.stadswonen.nl/admin/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    pii: [
      ['IP_ADDRESS', '91.214.66.203'],
      ['EMAIL', 'hendrik.vos%40ziggo.nl'],
      ['IP_ADDRESS', '91.214.66.203'],
      ['EMAIL', 'a.jansen1975%40kpnmail.nl'],
      ['IP_ADDRESS', '91.214.66.203'],
      ['PHONE', '%2B31612847703'],
      ['IP_ADDRESS', '145.53.12.77'],
      ['USERNAME', 'pvdberg'],
    ],
  },
  {
    text:
      'Our parser for the nightly ACH return file is off by one somewhere: everything after the name comes out shifted. Sample records:\n' +
      '622021000021482093317        0000184250EMP300418      GARCIA LUCIA M          0081000210004412\n' +
      '6220260095937730019452       0000212775EMP300562      NGUYEN THANH HA         1081000210004413\n' +
      '799R03081000210004413      02600959                                            026009590001187\n' +
      '62707100001355012044         0000009900INV-24-0611    HARBOR LINEN SUPPLY     0081000210004414\n' +
      'Spec we coded against: name = cols 55-76, discretionary 77-78, addenda flag 79, trace 80-94.',
    pii: [
      ['BANK_ACCOUNT', '482093317'],
      ['PERSON', 'GARCIA LUCIA M'],
      ['BANK_ACCOUNT', '7730019452'],
      ['PERSON', 'NGUYEN THANH HA'],
    ],
  },
  {
    text:
      'Pasted from our pricing sheet. Why does the VLOOKUP give #N/A on the last two rows?\n' +
      'SKU\tDescription\tWarehouse\tQty\tUnit price\tEAN\tLookup\n' +
      'TRK-4410-BLK\tTrekking pole, carbon, black\tWH-LEEDS-02\t412\t£39.99\t5060412880017\t=VLOOKUP(A2,Prices!A:D,4,FALSE)\n' +
      'TRK-4410-GRN\tTrekking pole, carbon, green\tWH-LEEDS-02\t188\t£39.99\t5060412880024\t=VLOOKUP(A3,Prices!A:D,4,FALSE)\n' +
      'TRK-4410-RED \tTrekking pole, carbon, red\tWH-LEEDS-02\t96\t£39.99\t5060412880031\t#N/A\n' +
      'TNT-2P-ULTRA\tTent, 2-person, 1.1 kg\tWH-DERBY-01\t57\t£249.00\t5060412880123\t#N/A\n' +
      'Supplier trade line 0800 612 4470, price list v2024.06.',
    pii: [],
  },
  {
    text:
      'Does this Patient resource validate against US Core? Our validator complains about identifier.system.\n' +
      '{\n' +
      '  "resourceType": "Patient",\n' +
      '  "id": "pat-8c21f0",\n' +
      '  "meta": {"versionId": "3", "lastUpdated": "2024-06-12T16:20:11Z"},\n' +
      '  "identifier": [\n' +
      '    {"use": "usual", "type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.4421", "value": "77310482"},\n' +
      '    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "523-71-4409"}\n' +
      '  ],\n' +
      '  "name": [{"family": "Nakamura", "given": ["Aiko"]}],\n' +
      '  "telecom": [{"system": "phone", "value": "+1 808 732 4419", "use": "mobile"}, {"system": "email", "value": "aiko.nakamura@hawaiiantel.net"}],\n' +
      '  "gender": "female",\n' +
      '  "birthDate": "1990-12-04",\n' +
      '  "address": [{"text": "1538 Kapiolani Blvd Apt 1207, Honolulu, HI 96814"}],\n' +
      '  "generalPractitioner": [{"reference": "Practitioner/pr-2291", "display": "Dr. Keoni Kahale"}]\n' +
      '}',
    pii: [
      ['MEDICAL_RECORD', '77310482'],
      ['US_SSN', '523-71-4409'],
      ['PERSON', 'Nakamura'],
      ['PERSON', 'Aiko'],
      ['PHONE', '+1 808 732 4419'],
      ['EMAIL', 'aiko.nakamura@hawaiiantel.net'],
      ['DATE_OF_BIRTH', '1990-12-04'],
      ['ADDRESS', '1538 Kapiolani Blvd Apt 1207, Honolulu, HI 96814'],
      ['PERSON', 'Keoni Kahale'],
    ],
  },
  {
    text:
      'Carrier rejected our 834 with a TA1 error. Here is the member loop, anything obviously malformed?\n' +
      'ISA*00*          *00*          *ZZ*ACMEHRSYS      *ZZ*BLUEPEAKHLTH   *240613*2210*^*00501*000004471*0*P*:~\n' +
      'INS*Y*18*021*28*A***FT~\n' +
      'REF*0F*BPH55120774~\n' +
      'REF*1L*GRP-40012~\n' +
      'DTP*356*D8*20240701~\n' +
      'NM1*IL*1*OKONKWO*CHIOMA*N***34*548236019~\n' +
      'PER*IP**CP*4045517382*EM*chioma.okonkwo@outlook.com~\n' +
      'N3*2741 PEACHTREE RD NE APT 1810~\n' +
      'N4*ATLANTA*GA*30305~\n' +
      'DMG*D8*19870619*F~\n' +
      'HD*021**HLT*PPO-GOLD*EMP~',
    pii: [
      ['HEALTH_INSURANCE', 'BPH55120774'],
      ['PERSON', 'OKONKWO*CHIOMA*N'],
      ['US_SSN', '548236019'],
      ['PHONE', '4045517382'],
      ['EMAIL', 'chioma.okonkwo@outlook.com'],
      ['ADDRESS', '2741 PEACHTREE RD NE APT 1810'],
      ['ADDRESS', 'ATLANTA*GA*30305'],
      ['DATE_OF_BIRTH', '19870619'],
    ],
  },
  {
    text:
      'Is it OK to commit this if the repo is private? (I know, I know.) Also kubectl apply says "illegal base64 data", why?\n' +
      'apiVersion: v1\n' +
      'kind: Secret\n' +
      'metadata:\n' +
      '  name: ledger-api-secrets\n' +
      '  namespace: fin-prod\n' +
      '  labels: {app: ledger-api, tier: backend}\n' +
      'type: Opaque\n' +
      'stringData:\n' +
      '  DB_HOST: ledger-pg.fin-prod.svc.cluster.local\n' +
      '  DB_PORT: "5432"\n' +
      '  DB_PASSWORD: "vH7#qLm2!Ws9pRz"\n' +
      '  GITHUB_TOKEN: ghp_qK5LUaWX1vkLDUKZcnehPSdx2pRIANCKl27O\n' +
      '  SLACK_BOT_TOKEN: xoxb-506683747330-0206264116013-OfTxgB49mmlSPoyfIm66Lmb6\n' +
      'data:\n' +
      '  LOG_LEVEL: debug',
    pii: [
      ['PASSWORD', 'vH7#qLm2!Ws9pRz'],
      ['SECRET', 'ghp_qK5LUaWX1vkLDUKZcnehPSdx2pRIANCKl27O'],
      ['SECRET', 'xoxb-506683747330-0206264116013-OfTxgB49mmlSPoyfIm66Lmb6'],
    ],
  },
  {
    text:
      'Why does our PagerDuty to Slack bridge post this alert twice? Payload it received:\n' +
      '{"event":{"id":"01HZX4K2P7Q9R3T5V8W0Y1Z2A3","event_type":"incident.triggered","occurred_at":"2024-06-14T03:22:10Z","data":{"id":"Q2K7PXN1ABCDEF","number":48812,"title":"CPU > 90% on db-ledger-03 (10.20.6.41)","service":{"summary":"ledger-db"},"urgency":"high","html_url":"https://acme.pagerduty.com/incidents/Q2K7PXN1ABCDEF"}}}\n' +
      'Slack responses: {"ok":true,"channel":"C05LQ8R2V7K","ts":"1718335330.118429"} and {"ok":true,"channel":"C05LQ8R2V7K","ts":"1718335331.002117"}\n' +
      'Bridge version 1.7.3, retries=3, timeout 2500 ms.',
    pii: [],
  },
  {
    text:
      'Is this a brute force or just a misconfigured script? From journalctl -u ssh on our bastion:\n' +
      'Jun 14 02:11:07 bastion-01 sshd[48213]: Invalid user admin from 193.32.162.57 port 51422\n' +
      'Jun 14 02:11:09 bastion-01 sshd[48213]: Failed password for invalid user admin from 193.32.162.57 port 51422 ssh2\n' +
      'Jun 14 02:11:12 bastion-01 sshd[48219]: Failed password for root from 193.32.162.57 port 51990 ssh2\n' +
      'Jun 14 07:45:30 bastion-01 sshd[50112]: Accepted publickey for dmitri.volkov from 86.57.219.140 port 60311 ssh2: ED25519 SHA256:Zk3pXq0v8LmR2sT4uW6yA1bC3dE5fG7hJ9kN0pQ2rS4\n' +
      'Jun 14 07:45:30 bastion-01 sshd[50112]: pam_unix(sshd:session): session opened for user dmitri.volkov(uid=1004) by (uid=0)\n' +
      'Jun 14 08:02:51 bastion-01 sshd[50377]: Accepted password for o.haddad from 37.111.4.92 port 49822 ssh2',
    pii: [
      ['IP_ADDRESS', '193.32.162.57'],
      ['IP_ADDRESS', '193.32.162.57'],
      ['IP_ADDRESS', '193.32.162.57'],
      ['USERNAME', 'dmitri.volkov'],
      ['IP_ADDRESS', '86.57.219.140'],
      ['USERNAME', 'dmitri.volkov'],
      ['USERNAME', 'o.haddad'],
      ['IP_ADDRESS', '37.111.4.92'],
    ],
  },
  {
    text:
      'Which of these rentals are overdue as of today (14 June)? Table from the fleet system:\n' +
      '| Agreement | Reg | VIN | Renter | Licence no. | Out | Due back | Branch |\n' +
      '|---|---|---|---|---|---|---|---|\n' +
      '| RA-771204 | LK21 XHT | WVWZZZ3C6K5313146 | Owen Pritchard | PRITC804157O99XK | 2024-06-07 | 2024-06-12 | Cardiff Central |\n' +
      '| RA-771219 | YP70 BZU | WBA5R1C54KL611107 | Amira Haddad | HADDA956093A98LT | 2024-06-10 | 2024-06-17 | Bristol Temple Meads |\n' +
      '| RA-771230 | MA19 RNF | JTDKARFU9K9381978 | Callum Reid | REID9903218CJ4PQ | 2024-06-11 | 2024-06-13 | Manchester Airport |',
    pii: [
      ['VEHICLE_PLATE', 'LK21 XHT'],
      ['VIN', 'WVWZZZ3C6K5313146'],
      ['PERSON', 'Owen Pritchard'],
      ['DRIVER_LICENSE', 'PRITC804157O99XK'],
      ['VEHICLE_PLATE', 'YP70 BZU'],
      ['VIN', 'WBA5R1C54KL611107'],
      ['PERSON', 'Amira Haddad'],
      ['DRIVER_LICENSE', 'HADDA956093A98LT'],
      ['VEHICLE_PLATE', 'MA19 RNF'],
      ['VIN', 'JTDKARFU9K9381978'],
      ['PERSON', 'Callum Reid'],
      ['DRIVER_LICENSE', 'REID9903218CJ4PQ'],
    ],
  },
  {
    text:
      'Why does this query return two rows for the same member?\n' +
      "mysql> SELECT m.full_name, m.dob, m.tin, p.policy_no, p.plan_code, p.effective_from FROM members m JOIN policies p ON p.member_ref = m.ref WHERE m.last_name = 'Ferreira';\n" +
      '+------------------+------------+-------------+--------------+-----------+----------------+\n' +
      '| full_name        | dob        | tin         | policy_no    | plan_code | effective_from |\n' +
      '+------------------+------------+-------------+--------------+-----------+----------------+\n' +
      '| Beatriz Ferreira | 1983-09-30 | 912-78-4410 | HLP-66120458 | SILVER-2  | 2023-01-01     |\n' +
      '| Beatriz Ferreira | 1983-09-30 | 912-78-4410 | HLP-66120458 | SILVER-2  | 2024-01-01     |\n' +
      '| Rui Ferreira     | 2011-05-14 | ***-**-1187 | HLP-66120459 | SILVER-2  | 2024-01-01     |\n' +
      '+------------------+------------+-------------+--------------+-----------+----------------+\n' +
      '3 rows in set (0.04 sec)',
    pii: [
      ['PERSON', 'Ferreira'],
      ['PERSON', 'Beatriz Ferreira'],
      ['DATE_OF_BIRTH', '1983-09-30'],
      ['US_ITIN', '912-78-4410'],
      ['HEALTH_INSURANCE', 'HLP-66120458'],
      ['PERSON', 'Beatriz Ferreira'],
      ['DATE_OF_BIRTH', '1983-09-30'],
      ['US_ITIN', '912-78-4410'],
      ['HEALTH_INSURANCE', 'HLP-66120458'],
      ['PERSON', 'Rui Ferreira'],
      ['DATE_OF_BIRTH', '2011-05-14'],
      ['HEALTH_INSURANCE', 'HLP-66120459'],
    ],
  },
  {
    text:
      'Why does this Actions job fail only on the arm64 runner?\n' +
      'Run actions/setup-node@v4\n' +
      '  Found in cache @ /opt/hostedtoolcache/node/20.14.0/arm64\n' +
      'Run npm ci\n' +
      '  added 1412 packages, and audited 1413 packages in 38s\n' +
      'Run npm test\n' +
      '  Error: Could not load the "sharp" module using the linux-arm64 runtime\n' +
      '  Possible solutions: npm install --os=linux --cpu=arm64 sharp@0.33.4\n' +
      'Error: Process completed with exit code 1.\n' +
      'Runner: ubuntu-24.04-arm (image 20240609.1), run 9518824410, job 26231884012, commit 7e3f9c2',
    pii: [],
  },
  {
    text:
      'The Zebra printer cuts off the address on this label. Which ^FO should I move?\n' +
      '^XA\n' +
      '^CF0,30\n' +
      '^FO40,40^FDFROM: Lumen Home Goods, Unit 7 Brookfield Trade Park, Leeds LS12 6QP^FS\n' +
      '^FO40,100^FDSHIP TO:^FS\n' +
      '^FO40,140^FDRosalind Achterberg^FS\n' +
      '^FO40,180^FDWilhelminastraat 41-2, 2011 VL Haarlem, NL^FS\n' +
      '^FO40,220^FDTel: +31 6 28470319^FS\n' +
      '^FO40,290^BY3^BCN,120,Y,N,N^FD3SLHG0004471829^FS\n' +
      '^FO40,440^FDOrder LHG-88213 / 2 of 3 / 4.2 kg^FS\n' +
      '^XZ',
    pii: [
      ['PERSON', 'Rosalind Achterberg'],
      ['ADDRESS', 'Wilhelminastraat 41-2, 2011 VL Haarlem'],
      ['PHONE', '+31 6 28470319'],
    ],
  },
  {
    text:
      'Terminal declined this at the reader. What does TVR 0000008000 mean here? TLV dump from the kernel log:\n' +
      'TID 40018822  MID 000448120771  STAN 004412  2024-06-14 12:31:07\n' +
      '9F02 06 000000004599\n' +
      '5A   08 4607253759830684\n' +
      '5F24 03 270831\n' +
      '5F20 0B NOVAK/PETRA\n' +
      '5F34 01 01\n' +
      '57   13 460725******0684D2708201**************\n' +
      '9F26 08 8A3B2C1D0E9F7766\n' +
      '95   05 0000008000\n' +
      '9F36 02 0042\n' +
      '9F1A 02 0203',
    pii: [
      ['CREDIT_CARD', '4607253759830684'],
      ['CARD_EXPIRY', '270831'],
      ['PERSON', 'NOVAK/PETRA'],
    ],
  },
  {
    text:
      'Security asked who exported the customer list last night. Audit log entries:\n' +
      '{"ts":"2024-06-13T23:41:02.118Z","actor":"m.oyelaran@brightlend.co","actor_ip":"102.89.33.147","action":"report.export","resource":"customers/active","rows":18442,"format":"csv","request_id":"req_7Hn2k0Pq"}\n' +
      '{"ts":"2024-06-13T23:41:40.552Z","actor":"svc_reporting","actor_ip":"10.14.0.22","action":"storage.put","resource":"s3://bl-exports/2024-06-13/customers-active.csv","bytes":7734120}\n' +
      '{"ts":"2024-06-13T23:44:19.004Z","actor":"m.oyelaran@brightlend.co","actor_ip":"102.89.33.147","action":"share.create","resource":"customers-active.csv","shared_with":"tunde.bakare77@gmail.com","expires":"2024-06-20"}\n' +
      '{"ts":"2024-06-14T00:02:55.731Z","actor":"j.mensah","actor_ip":"154.160.2.81","action":"auth.mfa_reset","target_user":"m.oyelaran@brightlend.co","ticket":"SEC-2291"}',
    pii: [
      ['EMAIL', 'm.oyelaran@brightlend.co'],
      ['IP_ADDRESS', '102.89.33.147'],
      ['EMAIL', 'm.oyelaran@brightlend.co'],
      ['IP_ADDRESS', '102.89.33.147'],
      ['EMAIL', 'tunde.bakare77@gmail.com'],
      ['USERNAME', 'j.mensah'],
      ['IP_ADDRESS', '154.160.2.81'],
      ['EMAIL', 'm.oyelaran@brightlend.co'],
    ],
  },
  {
    text:
      'This lookup takes 6 seconds. Why is it not using the index on phone?\n' +
      '# Time: 2024-06-14T09:12:44.218834Z\n' +
      '# User@Host: app_rw[app_rw] @ app-03.internal [10.2.0.13]  Id: 884213\n' +
      '# Query_time: 6.114302  Lock_time: 0.000102 Rows_sent: 1  Rows_examined: 2841190\n' +
      'SET timestamp=1718356364;\n' +
      "SELECT id, first_name, last_name, email FROM customers WHERE REPLACE(phone, ' ', '') = '+4917517298441' OR email = 'lukas.hartmann@web.de' LIMIT 1;",
    pii: [
      ['PHONE', '+4917517298441'],
      ['EMAIL', 'lukas.hartmann@web.de'],
    ],
  },
  {
    text:
      'The refill-reminder job texted the wrong people yesterday. Here is the queue it read, does anything look swapped?\n' +
      'rx_number,patient_name,dob,mrn,mobile,drug,strength,qty,last_fill,store\n' +
      'RX7730412,"Harjit Sandhu",1956-10-02,0448213,+1 905 384 2217,Metformin,500 mg,180,2024-05-15,#0418 Brampton\n' +
      'RX7730419,"Gloria Esposito",1949-01-27,0451170,+1 416 720 9934,Amlodipine,5 mg,90,2024-05-16,#0418 Brampton\n' +
      'RX7730433,"Kwame Asante",1971-08-11,0389922,+1 647 291 0458,Atorvastatin,20 mg,90,2024-05-16,#0231 Etobicoke',
    pii: [
      ['PERSON', 'Harjit Sandhu'],
      ['DATE_OF_BIRTH', '1956-10-02'],
      ['MEDICAL_RECORD', '0448213'],
      ['PHONE', '+1 905 384 2217'],
      ['PERSON', 'Gloria Esposito'],
      ['DATE_OF_BIRTH', '1949-01-27'],
      ['MEDICAL_RECORD', '0451170'],
      ['PHONE', '+1 416 720 9934'],
      ['PERSON', 'Kwame Asante'],
      ['DATE_OF_BIRTH', '1971-08-11'],
      ['MEDICAL_RECORD', '0389922'],
      ['PHONE', '+1 647 291 0458'],
    ],
  },
  {
    text:
      "The consulate's SOAP service returns a fault for this request. Something about the date format?\n" +
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:vis="urn:gov:evisa:v3">\n' +
      '  <soapenv:Header><vis:ClientRef>AGENCY-TRV-0041</vis:ClientRef></soapenv:Header>\n' +
      '  <soapenv:Body>\n' +
      '    <vis:SubmitApplication>\n' +
      '      <vis:ApplicationId>EV-2024-06-118822</vis:ApplicationId>\n' +
      '      <vis:Applicant>\n' +
      '        <vis:Surname>FERNANDES</vis:Surname>\n' +
      '        <vis:GivenNames>RAHUL VINOD</vis:GivenNames>\n' +
      '        <vis:DateOfBirth>11/03/1992</vis:DateOfBirth>\n' +
      '        <vis:Nationality>IND</vis:Nationality>\n' +
      '        <vis:PassportNumber>V4718823</vis:PassportNumber>\n' +
      '        <vis:PassportExpiry>2032-02-10</vis:PassportExpiry>\n' +
      '        <vis:Email>rahul.fernandes92@rediffmail.com</vis:Email>\n' +
      '        <vis:Mobile>+91 98450 31276</vis:Mobile>\n' +
      '      </vis:Applicant>\n' +
      '      <vis:TravelDate>2024-08-02</vis:TravelDate>\n' +
      '      <vis:FeeReceipt>PAY-88412031</vis:FeeReceipt>\n' +
      '    </vis:SubmitApplication>\n' +
      '  </soapenv:Body>\n' +
      '</soapenv:Envelope>\n' +
      "Fault: <faultcode>soapenv:Client</faultcode><faultstring>Invalid xs:date value '11/03/1992'</faultstring>",
    pii: [
      ['PERSON', 'FERNANDES'],
      ['PERSON', 'RAHUL VINOD'],
      ['DATE_OF_BIRTH', '11/03/1992'],
      ['PASSPORT', 'V4718823'],
      ['EMAIL', 'rahul.fernandes92@rediffmail.com'],
      ['PHONE', '+91 98450 31276'],
      ['DATE_OF_BIRTH', '11/03/1992'],
    ],
  },
  {
    text:
      "Our Korean reseller's onboarding API sends this and our validator rejects the business number. Is the BRN checksum really wrong, or is it our code?\n" +
      '{\n' +
      '  "partner_code": "KR-RSL-0412",\n' +
      '  "company_name": "(주)한빛물산",\n' +
      '  "brn": "641-90-90395",\n' +
      '  "crn": "110169-9960785",\n' +
      '  "representative": {"name": "박서연", "mobile": "010-4821-7735", "rrn": "920308-2564450"},\n' +
      '  "co_representative": {"name": "Nguyen Van Minh", "frn": "880217-5423623"},\n' +
      '  "hq_address": "서울특별시 마포구 월드컵북로 396, 12층",\n' +
      '  "contact_tel": "1644-2291",\n' +
      '  "tax_invoice_email": "tax@hanbit-trade.co.kr",\n' +
      '  "submitted_at": "2024-06-14T10:02:11+09:00"\n' +
      '}',
    pii: [
      ['BRN', '641-90-90395'],
      ['CRN', '110169-9960785'],
      ['PERSON', '박서연'],
      ['PHONE', '010-4821-7735'],
      ['RRN', '920308-2564450'],
      ['PERSON', 'Nguyen Van Minh'],
      ['FRN', '880217-5423623'],
    ],
  },
  {
    text:
      'Customer Eleanor Marsh says the eSIM transfer keeps failing. Logcat she sent through the care app:\n' +
      '06-14 11:02:17.441  1822  2210 I EuiccController: downloadSubscription requestId=4481 iccid=8944624409759734155\n' +
      '06-14 11:02:17.502  1822  2210 D TelephonyManager: getImei slot0=351227894115421 slot1=null\n' +
      '06-14 11:02:18.003  1822  1822 I WifiService: connected SSID="VM4410722" BSSID=e0:3f:24:9f:22:c1 freq=5180\n' +
      '06-14 11:02:18.004  1822  1822 I WifiService: using randomized MAC fa:ab:e6:28:95:a4\n' +
      '06-14 11:02:21.880  1822  2210 E EuiccController: SM-DP+ error 8.2.1 (profile not released) smdp=consumer.rsp.world\n' +
      'Build: google/husky/husky:14/AP2A.240605.024/11860263:user/release-keys, app 7.3.1 (70301)',
    pii: [
      ['PERSON', 'Eleanor Marsh'],
      ['ICCID', '8944624409759734155'],
      ['IMEI', '351227894115421'],
      ['MAC_ADDRESS', 'e0:3f:24:9f:22:c1'],
      ['MAC_ADDRESS', 'fa:ab:e6:28:95:a4'],
    ],
  },
  {
    text:
      'Finance wants to know why this payout landed a day after the arrival_date. Event:\n' +
      '{"id":"evt_1PRbX2LmC2a9Fh1dQw8Rt0Zk","type":"payout.paid","created":1718431200,"data":{"object":{"id":"po_1PRbX2LmC2a9Fh1dK3s9Vb7N","amount":1284250,"currency":"gbp","arrival_date":1718409600,"method":"standard","bank_account":{"bank_name":"BARCLAYS BANK UK PLC","last4":"6871","routing_number":"20-04-15","country":"GB"},"statement_descriptor":"LUMEN HOME GOODS","status":"paid","balance_transaction":"txn_1PRbX2LmC2a9Fh1d7Hq2Lm4P"}}}\n' +
      'Our ledger batch for it is LB-2024-06-14-03.',
    pii: [],
  },
  {
    text:
      "Marketing's landing page redirects here after signup and the analytics tool is storing the full URL. What exactly is leaking?\n" +
      'https://app.fitloop.io/welcome?utm_source=meta&utm_campaign=summer24_pl&name=Zofia+D%C4%85browska&phone=%2B48608417293&email=zofia.dabrowska%40onet.pl&dob=1995-07-21&plan=PRO_M&promo=LATO20&gclid=Cj0KCQjw4Bf2BhC7ARIsAF1x9w&session=8f21c0aa',
    pii: [
      ['PERSON', 'Zofia+D%C4%85browska'],
      ['PHONE', '%2B48608417293'],
      ['EMAIL', 'zofia.dabrowska%40onet.pl'],
      ['DATE_OF_BIRTH', '1995-07-21'],
    ],
  },
  {
    text:
      'Resume parser output for one candidate. The phone came out wrong, can you compare with what you would expect?\n' +
      'candidate:\n' +
      '  parser_version: 4.7.2\n' +
      '  document_id: doc_88f21c0a\n' +
      '  name: Chinedu Eze\n' +
      '  email: chinedu.eze@protonmail.com\n' +
      '  phone: "+44 7520 318 446"\n' +
      '  phone_raw: "07520 318446"\n' +
      '  address: "Flat 12, Alder House, 9 Canal Street, Manchester M1 3HE"\n' +
      '  date_of_birth: 1994-02-11\n' +
      '  links:\n' +
      '    linkedin: linkedin.com/in/chinedu-eze-data\n' +
      '    github: github.com/cheze-dev\n' +
      '  experience:\n' +
      '    - employer: Octopus Energy\n' +
      '      title: Data Analyst\n' +
      '      from: 2021-03\n' +
      '      to: present\n' +
      '  skills: [Python, SQL, dbt, Looker]',
    pii: [
      ['PERSON', 'Chinedu Eze'],
      ['EMAIL', 'chinedu.eze@protonmail.com'],
      ['PHONE', '+44 7520 318 446'],
      ['PHONE', '07520 318446'],
      ['ADDRESS', 'Flat 12, Alder House, 9 Canal Street, Manchester M1 3HE'],
      ['DATE_OF_BIRTH', '1994-02-11'],
      ['USERNAME', 'chinedu-eze-data'],
      ['USERNAME', 'cheze-dev'],
    ],
  },
  {
    text:
      'Gateway says "token expired" on this. Can you decode the JWT and tell me why? Request as the gateway logged it:\n' +
      'GET /v1/profile HTTP/2\n' +
      'Host: api.mediconnect.app\n' +
      'User-Agent: MediConnect/5.2.0 (iPhone; iOS 17.5)\n' +
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZW1haWwiOiJoLm9rb25rd29AZmFzdG1haWwuY29tIiwiaWF0IjoxNzE4ODAwMjExLCJleHAiOjE3MTg4MDM4MTF9.il0Kgapw3hpmj88R-ohSjCnW1i5Na3q4HrS7cxDWRKM\n' +
      'Cookie: sessionid=9f8e7d6c5b4a39281706f5e4d3c2b1a0; consent=v2\n' +
      'X-Request-ID: 6b1f0d2e-3c4a-4f5b-8e9d-a1b2c3d4e5f6\n' +
      'X-Forwarded-For: 78.146.203.11, 10.0.12.4\n' +
      'gateway: 401 after 12 ms, upstream not called',
    pii: [
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZW1haWwiOiJoLm9rb25rd29AZmFzdG1haWwuY29tIiwiaWF0IjoxNzE4ODAwMjExLCJleHAiOjE3MTg4MDM4MTF9.il0Kgapw3hpmj88R-ohSjCnW1i5Na3q4HrS7cxDWRKM',
      ],
      ['IP_ADDRESS', '78.146.203.11'],
    ],
  },
];
