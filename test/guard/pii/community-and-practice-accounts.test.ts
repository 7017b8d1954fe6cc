// Accounts that a law firm, a repairer, a carrier, a charity, a club, a church or a temple asks to be paid into: their
// own, not a person's, whether the words before the account name them (a club's or a firm's account, a payee by its
// legal form) or the holder after it does; and a treasurer's own account, which a club's fees often go to, kept.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("community and practice accounts: an organisation's account to pay into is not a person's", () => {
  test("a payee by its legal form or its kind, a firm's office or client money account, a club's or a charity's (en)", () => {
    assertFound(
      [
        ['Please remit by BACS to Northgate Motor Repairs Ltd, sort code 40-22-19, account 55120347, ref INV-2210.', []],
        ['Subs are paid by standing order to Westfield Colts FC, sort code 30-12-44, account 61842270.', []],
        ['Fees: Hartley Legal Pty Ltd Office Account, BSB 082-001, account 4471 2093, reference HL-5521.', []],
        ['You can pay by transfer to our office account: Brook & Co Client Money, sort code 20-11-45, acc 70442198.', []],
        ['Donations can go to our charity account (Unity Bank 60-83-01, 20241187, reference GIFT).', []],
        ['Bank for donations: Oakfield Food Share, Metro Bank, sort code 23-05-80, account 18840227.', []],
        // A person's account beside the same words stays found.
        ['Refund to the customer, Tom Ellery, sort code 20-11-45, account 70442198.', ['BANK_ACCOUNT:70442198']],
        ['Paid to Sita Rai at Nabil Bank Ltd, Kathmandu branch, A/C 0420017503982', ['BANK_ACCOUNT:0420017503982']],
        ['Debit: TD Canada Trust, transit 04712, institution 004, account 6208314', ['BANK_ACCOUNT:6208314']],
        ["Reimburse into the patient's SB a/c 50100238814467 (HDFC, IFSC HDFC0001342)", ['BANK_ACCOUNT:50100238814467']],
      ],
      'BANK_ACCOUNT',
    );
    assertFound(
      [
        ['Tour fees go to the club account NL91ABNA0417164300, ref "U12 + name".', []],
        ['Please pay within 30 days to our account DE89 3704 0044 0532 0130 00 quoting the invoice number.', []],
        ['Please refund within 30 days to my account DE89 3704 0044 0532 0130 00.', ['IBAN:DE89 3704 0044 0532 0130 00']],
      ],
      'IBAN',
    );
  });

  test("a law firm's, a church's, a temple's, a club's or a carrier's account by its words or its holder (ko)", () => {
    assertFound(
      [
        ['착수금 입금계좌: 국민은행 402-21-0098-117 (예금주: 법무법인 한결)', []],
        ['수임료는 사무소 계좌(농협 302-1188-4410-21, 법률사무소 바른길)로 보내주세요.', []],
        ['헌금 계좌: 하나은행 217-910033-88104 (은혜교회)', []],
        ['회비는 클럽 계좌 토스뱅크 1000-3321-8870(송파러닝클럽)으로 보내주세요.', []],
        ['연등비는 사찰 계좌 농협 301-0412-7750-11 (대한불교조계종 정수사)로 부탁드립니다.', []],
        ['입금: 신한 110-774-201938 (천주교대구대교구 범어성당)', []],
        ['납부계좌: 기업은행 가상계좌 564-001982-77-015 (예금주 누리텔레콤)', []],
        ['수리비는 공업사 지정계좌(우리은행 1005-402-771203)로 지급됩니다.', []],
        // A treasurer's own account for the club's fees is a person's.
        ['회비 계좌: 카카오뱅크 3333-12-7741092 (총무 배은주)', ['BANK_ACCOUNT:3333-12-7741092']],
        ['회비 계좌: 새마을금고 9002-2214-3318-7 (예금주: 학부모회 회계 임소희)', ['BANK_ACCOUNT:9002-2214-3318-7']],
        ['환급은 고객님 계좌 국민 402-21-0098-117 로 입금됩니다.', ['BANK_ACCOUNT:402-21-0098-117']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('a person\'s account after a US "checking no." label; a checklist\'s "checking no." is none (en)', () => {
    assertFound(
      [
        ['Assets: the family home, and Frost Bank checking no. 7302184456 in her sole name', ['BANK_ACCOUNT:7302184456']],
        ['Savings no. 55102938 at Ally, opened 2019', ['BANK_ACCOUNT:55102938']],
        ['QA: checking no. 4 of 12 done, the rest tomorrow', []],
      ],
      'BANK_ACCOUNT',
    );
  });
});
