// Round 32's shapes: what people paste into an assistant at work — a store's, a team's or a practice's line beside the
// people in a form, a letterhead's last cell, a business block's phone, and the people such requests name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("an organisation's line is no person's", () => {
  test("a practice after the doctor's name, Manchester's 0161, a concierge, a sales office, opening days (en)", () => {
    const school = 'Alternative contact: Uncle Femi, 07932 571 488\nGP: Dr A. Shah, Meadowbank Surgery 0161 483 2210';
    assert.deepEqual(ofType(school, 'PHONE'), ['PHONE:07932 571 488']);
    assert.deepEqual(ofType('Family doctor: Dr Sandeep Rao, Coastlands Medical 04 297 0880', 'PHONE'), []);
    assert.deepEqual(ofType('Quote ticket LK-30918 when you call the concierge desk on 6715 8890.', 'PHONE'), []);
    assert.deepEqual(ofType('Deposit due 14 Mar 2025, balance 7 days before event\nSales office +603 2141 8000', 'PHONE'), []);
    assert.deepEqual(ofType('Filters to be changed by Tenants within 7 days. Office: 214-555-0100, Mon–Fri.', 'PHONE'), []);
    assert.deepEqual(ofType('Call the front desk on (02) 9374 4000 or email us.', 'PHONE'), []);
  });

  test("a letterhead's last cell, but a signer's number dialled from abroad stays theirs (en)", () => {
    const letterhead = 'Jane Moss\nBusiness Partner, Austral Robotics Pty Ltd\nLevel 12, 1 Market St, Sydney NSW 2000 | 02 8265 4400';
    assert.deepEqual(ofType(letterhead, 'PHONE'), []);
    const signature = 'Best regards,\nAdaeze Okonkwo | Procurement, Kola Foods Ltd | +234 902 318 6645';
    assert.deepEqual(ofType(signature, 'PHONE'), ['PHONE:+234 902 318 6645']);
    assert.deepEqual(ofType('the Artist - seun.adeyemicole@yahoo.com / +234 803 417 2956.', 'PHONE'), ['PHONE:+234 803 417 2956']);
  });

  test("a sister's number after her name stays hers (en)", () => {
    const chat = "Buyer: phone 0912 473 058. if i don't pick up call my sister Nguyễn Thị Hồng 0386 219 744";
    assert.deepEqual(ofType(chat, 'PHONE'), ['PHONE:0912 473 058', 'PHONE:0386 219 744']);
  });

  test("a store's branch, a team's shared line, a business block's phone, a clinic's last cell (ko)", () => {
    assert.deepEqual(ofType('이 영수증 OCR 텍스트 정리해줘\nGS25 역삼점 02-555-0192\n2024-06-11 18:42 POS 03', 'PHONE'), []);
    assert.deepEqual(ofType('대여지점: 제주공항점 (064-743-8000)\n대여일시: 2025-02-14 10:30', 'PHONE'), []);
    assert.deepEqual(ofType('배송예정 03.07 오후 / 집배점 연락처 031-756-4420', 'PHONE'), []);
    assert.deepEqual(ofType('게스트 와이파이 문의는 커뮤니티팀 02-6952-1100으로 주세요.', 'PHONE'), []);
    assert.deepEqual(ofType('- 장애 연락: 염재원 010-4892-3160 (3/31까지), 이후 인프라팀 공용번호 02-3140-7700', 'PHONE'), [
      'PHONE:010-4892-3160',
    ]);
    assert.deepEqual(ofType('상호: 한울디자인  사업자등록번호: 376-99-52957  전화: 02-336-1804', 'PHONE'), []);
    assert.deepEqual(ofType('사업체명: 동진금속   사업자등록번호: 845-57-62096\n  대표자: 최영길   전화: 031-356-2870', 'PHONE'), []);
    assert.deepEqual(ofType('의료기관: 춘천바른신경외과의원 / 강원특별자치도 춘천시 중앙로 118 / 033-255-8275', 'PHONE'), []);
  });

  test("a person's mobile beside the same words stays theirs (ko)", () => {
    assert.deepEqual(ofType('역삼점 점장 휴대폰 010-4417-2290', 'PHONE'), ['PHONE:010-4417-2290']);
    assert.deepEqual(ofType('대표자: 최영길   휴대폰: 010-3356-2870', 'PHONE'), ['PHONE:010-3356-2870']);
  });
});
