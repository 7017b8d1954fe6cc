// What a table's header says its column holds: people's names, or one kind of identifier ("dob", "여권번호", "user_id",
// "exp"), in Korean and English. A cell alone carries no context; its column's header is the label it lacks.
import type { PiiType } from '../types.ts';

/**
 * A column of people's names (`person`), of names or things (`generic-person`: "name", 이름, "customer"), of players'
 * in-game names (`in-game-name`: logins that are capitalised words as often as not, "Brickwall", "Kiwi"), of a study's
 * numbers for its people (`study-subject`: a trial's subjects, a biobank's donors, which a school's or a mailbox's
 * "subject" is not, so a study's text must hold it), or of one type of identifier.
 */
export type ColumnKind = 'person' | 'generic-person' | 'in-game-name' | 'study-subject' | PiiType;

const columnKinds = new Map<string, ColumnKind>();
function add(kind: ColumnKind, headers: readonly string[]): void {
  for (const header of headers) columnKinds.set(header, kind);
}

add('person', ['fullname', 'firstname', 'lastname', 'givenname', 'surname', 'familyname', 'customername', 'patientname']);
add('person', ['employeename', 'contactname', 'accountholder', 'cardholder', 'cardholdername', 'holdername', 'passengername']);
add('person', ['forename', 'forenames', 'firstnames', 'displayname', 'middlename', 'guestname', 'membername', 'studentname']);
add('person', ['givennames', 'lastnames', 'surnames', 'familynames', 'prenom', 'prenoms', 'drivername', 'ridername']);
// The name a person goes by, and a name object's given part ("name": {"given": "Priyanka", "family": …}).
add('person', ['preferredname', 'knownas', 'given']);
// An artist's name on a label's or an agency's roster ("stage_name,legal_name_ko,…").
add('person', ['stagename', 'artistname']);
// A person's name as a payroll or a KYC record keeps it, and a delivery's receiver as a courier's API shortens it.
add('person', ['legalname', 'legalfullname', 'recvname', 'rcvname', 'rcvrname']);
// A Korean name's own key ("nameKo", "kor_name") and the Korean systems' "_nm" keys of a party ("cust_nm", "ceo_nm").
add('person', ['nameko', 'namekr', 'namekor', 'korname', 'koreanname', 'hanname', 'kornm', 'hannm', 'custnm', 'cstmrnm', 'ceonm']);
add('person', ['empnm', 'emplnm', 'mbrnm', 'membnm', 'rcvrnm', 'rcvnm', 'recvnm', 'sndrnm', 'ordrnm', 'ptntnm', 'patnm', 'dpstrnm']);
add('person', ['성명', '성함', '고객명', '환자명', '예금주', '수령인', '받는분', '담당자', '신청인', '가입자', '가입자명']);
add('person', ['직원명', '사원명', '학생명', '보호자', '작성자', '수취인', '대표자', '영문명', '영문성명', '영문이름', '회원명', '탑승객']);
// A utility's billing and inspection records: a direct debit's account holder ("autopay_holder"), and the household's head,
// the tenant or the named account holder of a meter's premises (세대주, 세입자, 명의자).
add('person', ['autopayholder', 'debitholder', 'acctholder', 'depositor', '세대주', '세입자', '명의자', '계약자명']);
// A care home's visitor log, its visitors and residents, and a wedding's or a funeral's book of guests and mourners.
add('person', ['면회객', '면회자', '입소자', '하객', '하객명', '조문객', '문상객']);
// "name" and 이름 head a column of products as often as one of people; the cells must read as names on their own.
add('generic-person', ['name', '이름', 'customer', 'patient', 'employee', 'contact', 'recipient', 'passenger', 'guest', 'member']);
// A shipment's or a payment's party: a person or a firm, so the cells must read as names too.
add('generic-person', ['consignee', 'addressee', 'payee', 'beneficiary', 'tenant', 'attendee', 'traveller', 'traveler']);
add('generic-person', ['receiver', 'sender', 'orderer']);
// A school's and a creator programme's rosters, a payment's payer ("Student | Guardian", "크리에이터", "payer").
add('generic-person', ['student', 'guardian', 'payer', 'creator', '크리에이터', '인플루언서', '학부모']);
add('person', ['학생', '원아', '자녀']);
// A relief fund's or a welfare office's recipients ("번호 | 수급자 | 국적 | …").
add('person', ['수급자', '수급자명', '수혜자']);
// A helpline's or a legal clinic's staff on a call's record ("counsellor", "interpreter", "caseworker"): a language or a
// "none" stands there too, so the cells must read as names.
add('generic-person', ['counsellor', 'counselor', 'interpreter', 'caseworker']);
// A name object's family part beside its given one (FHIR's "name": [{"family": "Lee", "given": ["Seo-yeon"]}]).
add('generic-person', ['family']);
// "nm" alone, and who referred a customer, name a person or a firm.
add('generic-person', ['nm', 'referrer']);
// A hiring tracker's candidate and the recruiter, the interviewer or the hiring manager who owns the row ("candidate,stage,
// …", "| Owner |", "hiring_manager"); 후보자, 지원자 and 면접관 in Korean.
add('generic-person', ['candidate', 'applicant', 'recruiter', 'interviewer', 'hiringmanager', 'owner', 'referee', '면접관']);
add('person', ['후보자', '지원자', '추천인']);
// A partner firm's chief executive in a vendor record, and the analyst who owns a fraud or a trust-and-safety case ("ceo":
// "…", "analyst": "… (Trust & Safety)"): a person or a desk, so the cells must read as names.
add('generic-person', ['ceo', 'analyst']);
// A roster's or a ledger's column of staff by their role: a shift's lead, a sale's salesperson, a job's technician, installer
// or driver, a dorm room's residents ("Shift | Lead | Backup lead", "…,salesperson,result", 기사, 담당, 인원). A role heads
// a desk's or a crew's code as often ("T-112", "Crew B"), so the cells must read as names.
add('generic-person', ['lead', 'backuplead', 'shiftlead', 'teamlead', 'crewlead', 'supervisor', 'foreman', 'salesperson']);
add('generic-person', ['salesrep', 'technician', 'tech', 'installer', 'engineer', 'fitter', 'driver', 'resident', 'residents']);
// A store's or a care desk's staff on a trade-in, a sale or a till's log ("…,paid_as,rep", "advisor", "cashier").
add('generic-person', ['rep', 'storerep', 'advisor', 'adviser', 'cashier', 'clerk']);
add('generic-person', ['occupant', 'occupants', '기사', '담당', '담당기사', '설치기사', '인원', '투입인원', '작업자', '입주자']);
// A fraud or an abuse case's linked accounts: the name each account gave ("| Account email | Name used | Ship-to |").
add('generic-person', ['nameused', 'namesused', 'namegiven', 'nameonaccount', 'nameonorder']);
// An identity check's record of the name a document shows ("name_on_doc": "AISHA NOOR RAHMAN").
add('person', ['nameondoc', 'nameondocument', 'nameonid', 'nameonpassport', 'nameonlicence', 'nameonlicense']);
// A ledger's surname column headed by the party ("customer_last", "owner_last").
add('person', ['customerlast', 'customerfirst', 'clientlast', 'clientfirst', 'ownerlast', 'ownerfirst', 'techname', 'technicianname']);
add('DATE_OF_BIRTH', ['dob', 'dateofbirth', 'birthdate', 'birthday', 'born', 'birth', 'dateofbirthddmmyyyy', 'dobddmmyyyy']);
add('DATE_OF_BIRTH', ['생년월일', '출생연월일', '생일', '출생일', '생년월일8자리', '생년월일6자리']);
add('USERNAME', ['user', 'username', 'userid', 'login', 'loginid', 'loginname', 'handle', 'screenname', 'accountid']);
add('USERNAME', ['아이디', '사용자id', '로그인id', '회원id', '계정id', 'id아이디', 'instagram', 'insta', 'twitter', 'telegram']);
add('PASSPORT', ['passport', 'passportno', 'passportnumber', 'passportnum', '여권번호', '여권', '여권no']);
add('CARD_EXPIRY', ['exp', 'expiry', 'expires', 'expiration', 'expdate', 'expirydate', 'expirationdate', 'validthru', 'cardexpiry']);
add('CARD_EXPIRY', ['유효기간', '카드유효기간']);
add('BANK_ACCOUNT', ['account', 'accountno', 'accountnumber', 'acct', 'acctno', 'bankaccount', 'accountnum']);
// South Asia's "A/C" and "Bank A/C No." (a payroll's or a remittance sheet's column).
add('BANK_ACCOUNT', ['ac', 'acno', 'bankac', 'bankacno', 'bankacc', 'bankaccno', 'bankaccountno', 'bankaccountnumber']);
add('BANK_ACCOUNT', ['계좌', '계좌번호', '입금계좌', '환불계좌', '출금계좌']);
// A brokerage's list of its clients' securities accounts ("고객명,휴대폰,위탁계좌").
add('BANK_ACCOUNT', ['위탁계좌', '위탁계좌번호', '증권계좌', '증권계좌번호', '종합계좌', '종합계좌번호']);
// Korea's open banking API names the payer's and the payee's accounts in its transfer requests ("recv_client_account_num").
add('BANK_ACCOUNT', ['reqclientaccountnum', 'recvclientaccountnum']);
// A case file's list of a subject's accounts (`"accounts": ["302-…", "1002-…"]`).
add('BANK_ACCOUNT', ['accounts', 'bankaccounts', 'accountnumbers']);
add('CA_SIN', ['sin', 'sinno', 'sinnumber', 'socialinsurancenumber']);
add('US_SSN', ['ssn', 'socialsecuritynumber', 'socialsecurityno']);
add('US_ITIN', ['itin']);
add('UK_NINO', ['nino', 'ninumber', 'nationalinsurancenumber', 'nationalinsuranceno']);
add('PHONE', ['phone', 'phoneno', 'phonenumber', 'mobile', 'mobileno', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone']);
add('PHONE', ['contactnumber', 'contactno', 'homephone', 'workphone', 'whatsapp', 'emergencycontact', 'msisdn']);
// A telecom's call records: the calling and the called parties' numbers ("a_number|b_number", "calling_number").
add('PHONE', ['anumber', 'bnumber', 'amsisdn', 'bmsisdn', 'callingnumber', 'callednumber', 'callingparty', 'calledparty']);
add('PHONE', ['callerid', 'fromnumber', 'tonumber']);
// A mobile wallet's number is its owner's mobile number (Bangladesh's bKash and Nagad, the Philippines' GCash, Kenya's M-Pesa).
add('PHONE', ['bkash', 'bkashno', 'nagad', 'nagadno', 'gcash', 'gcashno', 'mpesa', 'mpesano']);
add('PHONE', ['연락처', '전화', '전화번호', '휴대폰', '휴대전화', '핸드폰', '휴대폰번호', '비상연락처', '보호자연락처']);
add('VEHICLE_PLATE', ['plate', 'platenumber', 'numberplate', 'reg', 'regno', 'registration', 'vehicleregistration', 'rego']);
add('VEHICLE_PLATE', ['licenseplate', 'licenceplate', 'vehicle', 'car', 'vrm', '차량번호', '차량', '차번호']);
add('VEHICLE_PLATE', ['plateno', 'vehicleplate', 'vehicleno', 'carplate', 'busplate', 'truckplate', 'vanplate', 'regnumber']);
add('CARD_CVV', ['cvv', 'cvc', 'cvv2', 'cvc2', 'securitycode', '보안코드', 'cvc번호']);
add('IMEI', ['imei', 'imeino', 'imei1', 'imei2']);
// A SIM's number as a device register heads it ("ICCID", "USIM ICCID", "유심 ICCID").
add('ICCID', ['iccid', 'usimiccid', 'simiccid', '유심iccid', 'iccidno']);
// A business's and a corporation's register numbers, as a ledger of trading partners or an e-invoice heads them.
add('BRN', ['사업자등록번호', '사업자번호', 'brn', 'bizno', 'bizregno', 'businessno', 'businessregistrationnumber']);
add('CRN', ['법인등록번호', '법인번호', 'crn', 'corpregno', 'corporateregistrationnumber']);
add('VIN', ['vin', 'vinno', 'vinnumber', 'fin', 'chassis', 'chassisno', 'chassisnumber', '차대번호', '차대']);
add('MEDICAL_RECORD', ['mrn', 'medicalrecordnumber', 'medicalrecordno', 'patientid', 'patientno', 'chartno', 'uhid', 'hospitalno']);
add('MEDICAL_RECORD', ['환자번호', '차트번호', '병록번호', '차트']);
// A health check's or a clinic's chart by its service ("검진 차트번호", "외래 차트번호").
add('MEDICAL_RECORD', ['검진차트번호', '외래차트번호', '진료차트번호', '검진차트']);
// A hospital's own number for a trial's or a registry's patient, beside the study's (병원등록번호, "hospital reg no").
add('MEDICAL_RECORD', ['병원등록번호', '원내등록번호', 'hospitalregno', 'hospitalregistrationno']);
add('MEDICAL_RECORD', ['chart', 'chartnumber', 'hospitalnumber', 'patientnumber', 'mrno', 'urno', 'medicalrecord']);
// A practice's and an EMR's short keys: "hosp_no", "pt_no" (with "pt_nm" and "birth_dt" beside it).
add('MEDICAL_RECORD', ['hospno', 'hospnum', 'hospitalid', 'ptno', 'ptid', 'patno']);
add('person', ['ptnm', 'embossedname', 'nameoncard', 'namekanji', 'nameroman', 'nameromaji', 'namekana', 'nameen', 'nameeng']);
add('DATE_OF_BIRTH', ['birthdt', 'brthdt', 'birthymd', 'dobdt']);
add('HEALTH_INSURANCE', ['hicardno', 'hicard', 'medicaidid', 'medicaid', 'medicaidno', 'medicaidnumber', 'nhisno', 'nhiscardno']);
// Korea's National Health Insurance Service by its initials alone, as a clinic's register heads the column ("| NHIS |").
add('HEALTH_INSURANCE', ['nhis', 'nhisnumber', 'nhisid']);
add('HEALTH_INSURANCE', ['medicare', 'medicareno', 'medicarenumber', 'healthcard', 'healthcardno', 'healthcardnumber']);
add('HEALTH_INSURANCE', ['건강보험증번호', '보험증번호', '건강보험번호']);
// A health check's register heads the member's card by its name alone (건강보험증), as the card is asked for at the desk.
add('HEALTH_INSURANCE', ['건강보험증', '보험증']);
// Provinces' and countries' health numbers by their own names: Ontario's OHIP, a PHN, the NHS, Quebec's RAMQ, New Zealand's NHI.
add('HEALTH_INSURANCE', ['ohip', 'ohipno', 'ohipnumber', 'healthnumber', 'healthno', 'phn', 'nhsno', 'nhsnumber', 'ramq', 'nhi', 'nhino']);
add('DRIVER_LICENSE', ['driverslicense', 'driverslicence', 'driverlicense', 'driverlicence', 'licenceno', 'licenseno']);
add('DRIVER_LICENSE', ['licencenumber', 'licensenumber', 'dlno', 'dlnumber', '면허번호', '운전면허번호']);
add('PASSWORD', ['password', 'passwd', 'pwd', '비밀번호', '비번', 'initialpassword', 'temppassword', '임시비밀번호']);
add('PASSWORD', ['pw', '초기pw', '임시pw', 'initialpw', 'temppw', '초기비밀번호', '초기비번', '임시비번']);
// A phone system's or a carrier's set-up sheet: each user's voicemail, account or SIM PIN and their SIP line's password.
// A login's log keeps the one-time code it texted ("sms_code=604218").
add('PASSWORD', ['smscode', 'otpcode', 'smsotp']);
// A card payment's log: the card's PIN and its password's first two digits ("pwd2"), as a debug log prints them.
add('PASSWORD', ['pin', 'pwd2', 'cardpwd', 'cardpw']);
add('PASSWORD', ['voicemailpin', 'vmpin', 'accountpin', 'securitypin', 'simpin', 'sippassword', 'sippwd', 'sippw', '음성사서함비밀번호']);
add('USERNAME', ['계정', '계정명', '로그인계정', '채널계정', 'sns계정', '인스타계정', 'socialhandle', 'instagramhandle']);
// Who acted on a record, as a log's or an export's column or a JSON key names the login ("operator", "created_by").
add('USERNAME', ['operator', 'operatorid', 'createdby', 'updatedby', 'modifiedby', 'approvedby', 'enteredby', 'requestedby']);
add('USERNAME', ['requestedbyuser', 'submittedby', 'assignedto', 'assignee', 'reviewer', 'reporter', 'memberid', 'agentid']);
// Open banking's number for its user ("user_seq_no") and the fintech's own for its customer ("req_client_num").
add('USERNAME', ['userseqno', 'reqclientnum']);
// Who checked or handled a record in a KYC export or a store's log: the staff member's login ("reviewed_by", "agent").
add('USERNAME', ['reviewedby', 'verifiedby', 'checkedby', 'handledby', 'processedby', 'closedby', 'agent', 'agentlogin']);
// An audit export's actor and an admin's login, and a team's chat handle ("actor", "admin_id", "Slack").
add('USERNAME', ['actor', 'actorid', 'actorlogin', 'adminid', 'adminlogin', 'slack', 'slackhandle', 'githubhandle']);
// An insurer's claim file names its examiner, adjuster or underwriter by login ("examiner": "dmorales").
add('USERNAME', ['examiner', 'adjuster', 'underwriter', 'claimsexaminer', 'claimsadjuster']);
// A team's roster: the players' in-game names and their Discord, TikTok and YouTube handles ("Role | IGN | Legal name |
// … | Discord", "player_id,ign,real_name,…").
add('in-game-name', ['ign', 'ingamename', 'gamertag', 'gamertags', 'summonername', 'riotid', 'battletag']);
// A Korean roster's or a guild's list: the nickname, the summoner's or the character's name ("닉네임 | 디코 | 실명", "선수명,
// 소환사명,생년월일"), a handle however it is written.
add('in-game-name', ['닉네임', '소환사명', '게임닉네임', '캐릭터명', '인게임닉네임']);
// A game's log or a prize sheet names the character or the player's tag ("ts,account,char_name,client_ip", "player_tag").
add('in-game-name', ['charname', 'charactername', 'playertag']);
// A marketplace's Q&A or review export names its writer by nickname ("qna_id,…,writer,question").
add('USERNAME', ['nickname', 'writer']);
add('USERNAME', ['discord', 'discordhandle', 'discordid', 'discordtag', 'tiktok', 'tiktokhandle', 'youtubehandle']);
// A Korean guild's Discord column ("디코") and a trust & safety sheet's reported account ("피신고 계정").
add('USERNAME', ['디코', '디스코드', '피신고계정']);

/**
 * A piece of every header above, in any case: the test of a line before it is split into cells. It may say yes to a line
 * that heads no such column; never no to one that does.
 */
export const columnHeaderWord =
  /name|lead|supervisor|foreman|sales|tech|install|engineer|fitter|driver|resident|occupant|기사|담당|인원|작업자|입주자|(?<![a-z])ign(?![a-z])|ceo|analyst|gamertag|discord|tiktok|사업자|법인|brn|crn|biz|corp|[ab]_?number|calling|called|caller|actor|admin|slack|nm(?![a-z])|given|family|known[ _]?as|receiver|sender|orderer|referr|holder|customer|patient|employee|contact|recipient|passenger|guest|member|forename|dob|birth|born|user|login|handle|insta|twitter|telegram|passport|exp|valid|cv[vc]|security|보안|acc|acct|a\/c|sin|ssn|social|bkash|nagad|gcash|m-?pesa|itin|nino|ni[ _]?(?:number|no)|national[ _]?insurance|phone|mobile|cell|tel|whatsapp|plate|reg|vehicle|car|vrm|imei|iccid|vin|fin|chassis|차대|mrn|record|chart|uhid|hosp|subject|participant|volunteer|donor|대상자|피험자|기증자|student|guardian|payer|creator|크리에이터|인플루언서|학부모|학생|원아|자녀|채널|pt_?(?:no|id|nm)|hi_?card|medicaid|nhis|embossed|birth_?dt|medicare|health|ohip|phn|nhs|ramq|nhi|licen[cs]e|dl|pass|pwd|pw|pin|operator|agent|writer|examiner|adjuster|underwriter|닉네임|소환사|캐릭터|디코|디스코드|피신고|char_?name|player_?tag|msisdn|ed_?[Bb]y|assign|review|report|이름|성[명함]|운전자|차주|[객자원생문]명|회원명|탑승객|예금주|수[령취]인|받는|담당자|신청인|가입자|보호자|작성자|대표자|생년월일|출생|생일|아이디|id|여권|유효기간|계좌|연락처|전화|휴대|핸드폰|차량|차번호|환자번호|차트|병록번호|보험|면허|비밀번호|비번|수급자|수혜자|counsel|interpreter|caseworker|면회|입소자|하객|조문객|문상객/i;

/**
 * What the column under `header` holds, or undefined: blanks, underscores, dots, hyphens, quotes and Markdown marks are
 * left out and the case is ignored, so "Date of Birth", "date_of_birth" and "D.O.B." read alike.
 *
 * @example
 * columnKindOf('Date of Birth'); // 'DATE_OF_BIRTH'
 * columnKindOf(' 여권번호 '); // 'PASSPORT'
 * columnKindOf('amount'); // undefined
 */
export function columnKindOf(header: string): ColumnKind | undefined {
  const key = headerKey(header);
  return (
    columnKinds.get(key) ??
    (studySubject.test(key)
      ? 'study-subject'
      : serviceUser.test(key) || systemLogin.test(key)
        ? 'USERNAME'
        : personOfRoleName.test(key) || koreanPersonOfRole.test(key)
          ? 'person'
          : koreanParty.test(key) || koreanStaffInCharge.test(key)
            ? 'generic-person'
            : phoneOfParty.test(key) || koreanPhoneOfParty.test(key)
              ? 'PHONE'
              : loginOfParty.test(key)
                ? 'USERNAME'
                : birthOfParty.test(key)
                  ? 'DATE_OF_BIRTH'
                  : businessNumberOfParty.test(key)
                    ? 'BRN'
                    : loginOfService.test(key)
                      ? 'USERNAME'
                      : undefined)
  );
}

/**
 * A header as it is looked up: a qualifier in brackets says how the value is written, not what it is ("NAME (as in
 * passport)", "DOB (DD/MM/YYYY)"); blanks, underscores and marks go, and the case.
 */
function headerKey(header: string): string {
  return header
    .replace(/\([^()]*\)/g, '')
    .replace(/[\s_"'*`.\-/#()[\]:]/g, '')
    .toLowerCase();
}

/** A column of a hospital's patients: their names, their beds. */
const patientHeaders: ReadonlySet<string> = new Set(['patient', 'patientname', 'patients', '환자', '환자명', '수진자', '병실', 'bed']);
/** A registration number's column: a car's in most tables, a patient's beside a patient's column. */
const registrationHeaders: ReadonlySet<string> = new Set(['reg', 'regno', 'regnumber', 'registrationno', 'registrationnumber', '등록번호']);

/**
 * Whether the column under `header` holds a hospital's patients (their names or their beds), beside which a column of
 * registration numbers holds the hospital's number for each (a ward's diet sheet: "Bed | Reg. no. | Patient", "등록번호 |
 * 환자명 | 병실").
 *
 * @example
 * isPatientHeader('환자명'); // true
 * isPatientHeader('driver'); // false
 */
export function isPatientHeader(header: string): boolean {
  return patientHeaders.has(headerKey(header));
}

/**
 * Whether `header` heads a column of registration numbers, whose kind its neighbours say ("Reg. no.", "등록번호").
 *
 * @example
 * isRegistrationHeader('Reg. no.'); // true
 */
export function isRegistrationHeader(header: string): boolean {
  return registrationHeaders.has(headerKey(header));
}

/** What a person has beside a name: an age, a sex, a nationality, a relation (in Korean and English). */
const personAttributeHeaders: ReadonlySet<string> = new Set([
  ...['age', 'gender', 'sex', 'nationality', 'relationship', 'relation', '나이', '성별', '국적', '관계'],
]);

/**
 * Whether the column under `header` holds what only a person has beside the name: an age, a sex, a nationality, a relation.
 *
 * @example
 * isPersonAttributeHeader('Gender'); // true
 * isPersonAttributeHeader('price'); // false
 */
export function isPersonAttributeHeader(header: string): boolean {
  return personAttributeHeaders.has(headerKey(header));
}

/**
 * A study's number for its person, in Korean, English or both ("Subject", "donor_id", "대상자번호", "대상자 식별코드
 * Subject code"); not a screening's (see `study-subject-numbers.ts`).
 */
const studySubject =
  /^(?=.)(?:(?:시험|연구)?(?:대상자|피험자|기증자)(?:식별)?(?:번호|코드|id)?)?(?:(?:subject|participant|volunteer|donor)(?:id|no|number|code|identifier)?)?$/;

/** The name of a party a record names by role: "consignee_name", "Tenant name", "driverName". */
// An open-banking transfer's requesting and receiving clients ("req_client_name", "recv_client_name"), as Korea's
// financial API names the two sides, and an account's holder spelled out ("account_holder_name").
const personOfRoleName =
  /^(?:(?:req|recv|rcv|send|sndr)client|accountholder|consignee|recipient|receiver|sender|buyer|seller|owner|tenant|landlord|driver|client|beneficiary|payee|payer|applicant|traveller|traveler|attendee|guardian|parent|child|student|patient|caller|referee|witness|spouse|insured|policyholder|borrower|guarantor|nextofkin|emergencycontact|account|cardholder|staff|agent)name$/;

/** A party's phone by its role: "Guardian phone", "parent_mobile", "보호자휴대폰" (not a store's or an office's). */
const phoneOfParty =
  /^(?:guardian|parent|mother|father|student|customer|patient|tenant|owner|driver|spouse|emergency|nok|kin|home|personal|client|applicant|member|contact|recipient|receiver|sender|payer|보호자|학부모|부모|고객|환자|본인)(?:phone|mobile|cell|tel|phoneno|mobileno|휴대폰|연락처|전화)$/;

/**
 * The Korean parties an order, a contract or a claim names by role, as a store's or an insurer's export heads their
 * columns: "수취인명", "주문자 성명", "계약자이름".
 */
const koreanParties =
  '수취인|수령인|주문자|구매자|받는분|받는사람|보내는분|보내는사람|발송인|신청인|가입자|예금주|보호자|계약자|피보험자|임차인|임대인|환자|고객|회원|운전자|차주|소유자|입금자|송금인|수취조회|출금계좌주|입금계좌주';
/** A Korean party's name by its role: "수취인명", "주문자성명", a transfer's "출금계좌주" (the blanks already gone). */
const koreanPersonOfRole = new RegExp(`^(?:${koreanParties})(?:명|성명|이름|성함)$|^(?:출금|입금)?계좌주$`);
/**
 * A Korean party alone, perhaps after the change a form records ("운전자", "신규 운전자", "변경 차주"): a column of the
 * party's names, or of a note where there is none ("변경 없음"), so the cells must read as names.
 */
const koreanParty = new RegExp(`^(?:신규|기존|변경|추가|현)?(?:${koreanParties})$`);
/**
 * Who is in charge of a visit, a delivery or a job, as a log heads the column, after a department's or a task's word
 * ("방문부서/담당", "배송담당", "현장 담당자"): a department's name as often as a person's, so the cells must read as names.
 */
const koreanStaffInCharge = /^[가-힣]{1,6}담당자?$/;
/** A Korean party's phone by its role, numbered when a form keeps two: "수취인연락처1", "주문자 휴대폰". */
const koreanPhoneOfParty = new RegExp(`^(?:${koreanParties})(?:연락처|전화|전화번호|휴대폰|휴대폰번호|핸드폰|휴대전화)[12]?$`);
/**
 * A buyer's login on a marketplace: "구매자ID", "주문자 아이디", "buyer_id" (a customer's or a member's id is the
 * system's number for them more often: "customer_id": "C-0048812").
 */
// A marketplace's party by its username or nickname ("seller_username", "buyer_handle", "판매자닉네임").
const loginOfParty =
  /^(?:구매자|주문자|buyer|orderer)(?:id|아이디)$|^(?:seller|buyer|shop|store|vendor|reviewer|author|writer|구매자|판매자|작성자)(?:username|handle|nickname|nick|닉네임|아이디)$/;

/** A party's birth date by its key: "ownerBirth", "cust_birth_dt", "holderDob", "patient_dob". */
const birthOfParty = /^[a-z]{2,12}(?:birth(?:day|date|dt|ymd)?|dob)$/;

/** A trading party's business number by its key: "clinic_brn", "vendorBizNo", "병원사업자번호". */
const businessNumberOfParty = /^[a-z가-힣]{2,12}(?:brn|bizno|bizregno|사업자번호|사업자등록번호)$/;

/**
 * The login of a named service or app: "SIP username", "vpn_login_id", a partner app's "drivescore_user" (not a count's or a
 * flag's key: "max_user", "is_user").
 */
const loginOfService =
  /^[a-z]{2,16}(?:username|userid|loginid|login)$|^(?!(?:is|has|allow|active|max|min|total|num|count|end|super|power|new|default|current|last|first|guest)user$)[a-z]{3,16}user$/;

/** The login of a company's system a staff list names: "그룹웨어ID", "AD계정", "VPN 아이디", "SAP ID". */
const systemLogin = /^(?:그룹웨어|사내|포털|메일|시스템|ad|vpn|sso|erp|sap|groupware|portal|domain|windows)(?:id|아이디|계정)$/;

/** The login of a service a configuration or a handover names: "db_user", "ssh_username", "smtp_login". */
const serviceUser =
  /^(?:db|database|ssh|s?ftp|smtp|imap|mail|vpn|proxy|admin|service|svc|app|api|git|rdp|mysql|postgres|pg|redis|mongo|ldap)(?:user(?:name|id)?|login)$/;
