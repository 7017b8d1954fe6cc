// Email addresses and IP addresses (IPv4 with valid octets, IPv6 full and compressed), not version strings or times.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';
import { obfuscatedEmailCases } from '../../../bench/guard/pii/obfuscated-email-cases.ts';

test('finds emails in Korean and English sentences without the trailing period', () => {
  assert.deepEqual(found('메일은 minsu.kim@example.co.kr 입니다'), ['EMAIL:minsu.kim@example.co.kr']);
  assert.deepEqual(found('Write to jane_doe+orders@mail.example.com.'), ['EMAIL:jane_doe+orders@mail.example.com']);
  assert.deepEqual(found('이메일:user@example.com으로 보내주세요'), ['EMAIL:user@example.com']);
});

test('finds internationalised addresses, with a local part or domain in Hangul (ko, en)', () => {
  assert.deepEqual(found('메일은 홍길동@회사.kr 으로 주세요'), ['EMAIL:홍길동@회사.kr']);
  assert.deepEqual(found('홍길동@회사.한국으로 보내주세요'), ['EMAIL:홍길동@회사.한국']);
  assert.deepEqual(found('Write to 김민수@example.com please'), ['EMAIL:김민수@example.com']);
  // A local part in Latin letters ends at the Hangul before it; a particle after the domain stays out.
  assert.deepEqual(found('연락은minsu@example.com으로'), ['EMAIL:minsu@example.com']);
  for (const text of ['3시@강남역 만나요', '회의@본사.3층', '점심@을지로.맛집', 'meet @ 강남역.']) assert.deepEqual(found(text), [], text);
});

test('a subnet mask is no address, the hosts beside it are (en, ko)', () => {
  assert.deepEqual(found('IP Address 192.168.1.47, Subnet Mask 255.255.255.0, Gateway 192.168.1.1'), [
    'IP_ADDRESS:192.168.1.47',
    'IP_ADDRESS:192.168.1.1',
  ]);
  assert.deepEqual(found('서브넷 마스크 255.255.0.0'), []);
});

test('an @ without an address is not an email', () => {
  assert.deepEqual(found('@everyone meet at 3 @ the lobby, a@b'), []);
});

test('finds IPv4 and IPv6 addresses', () => {
  assert.deepEqual(found('접속 IP 192.168.0.10 에서 로그인'), ['IP_ADDRESS:192.168.0.10']);
  assert.deepEqual(found('client 81.2.69.160 connected'), ['IP_ADDRESS:81.2.69.160']);
  assert.deepEqual(found('IPv6 주소 2001:db8:85a3::8a2e:370:7334 확인'), ['IP_ADDRESS:2001:db8:85a3::8a2e:370:7334']);
  assert.deepEqual(found('IP:fe80::1ff:fe23:4567:890a.'), ['IP_ADDRESS:fe80::1ff:fe23:4567:890a']);
  assert.deepEqual(found('2001:0db8:0000:0000:0000:ff00:0042:8329'), ['IP_ADDRESS:2001:0db8:0000:0000:0000:ff00:0042:8329']);
});

test('version strings, invalid octets, three-part numbers and times are not IP addresses', () => {
  assert.deepEqual(found('version 1.2.3.4 released'), []);
  assert.deepEqual(found('앱 버전 2.3.1.0 업데이트'), []);
  assert.deepEqual(found('v1.2.3'), []);
  assert.deepEqual(found('256.1.1.1 and 1.2.3'), []);
  // The MAC address is a finding of its own type, never an IP address.
  assert.deepEqual(found('오늘 14:30:45 에 std::vector 사용, MAC 00:1a:2b:3c:4d:5e'), ['MAC_ADDRESS:00:1a:2b:3c:4d:5e']);
});

test('a word that only ends in "ver" is no version label: an address after "server" is an address (en, ko)', () => {
  assert.deepEqual(found('server 192.168.1.10:8080 is down'), ['IP_ADDRESS:192.168.1.10']);
  assert.deepEqual(found('서버 server 10.0.0.5 접속 불가'), ['IP_ADDRESS:10.0.0.5']);
  assert.deepEqual(found('ver. 10.0.19041.1 build'), []);
});

test('finds emails written to slip past a filter, as written (Korean, English)', () => {
  for (const [text, email] of [
    ['my email is minsu at gmail dot com', 'minsu at gmail dot com'],
    ['write to jane.park(at)outlook.com please', 'jane.park(at)outlook.com'],
    ['minsu[at]naver[dot]com', 'minsu[at]naver[dot]com'],
    ['contact john AT gmail DOT com', 'john AT gmail DOT com'],
    ['it is john.smith at gmail.com', 'john.smith at gmail.com'],
    ['Email: jsmith at yahoo.co.uk', 'jsmith at yahoo.co.uk'],
    ['minsu dot kim at gmail dot com, thanks', 'minsu dot kim at gmail dot com'],
    ['send it to minsu@gmail dot com', 'minsu@gmail dot com'],
    ['메일은 minsu.kim 골뱅이 gmail.com 이에요', 'minsu.kim 골뱅이 gmail.com'],
    ['minsu 골뱅이 네이버 닷컴으로 연락주세요', 'minsu 골뱅이 네이버 닷컴'],
    ['카톡 말고 minsu골뱅이naver쩜com 으로요', 'minsu골뱅이naver쩜com'],
    ['kim.minsu 앳 daum.net 으로 보내 주세요', 'kim.minsu 앳 daum.net'],
    ['이메일 minsu@naver닷컴', 'minsu@naver닷컴'],
    // A bracketed dot in the mailbox with blanks around it, and 닷 before a Latin top-level domain.
    ['my email is john (dot) smith (at) gmail (dot) com', 'john (dot) smith (at) gmail (dot) com'],
    ['메일 minsu 골뱅이 naver닷com 이요', 'minsu 골뱅이 naver닷com'],
  ] as const)
    assert.deepEqual(found(text), [`EMAIL:${email}`], text);
});

test('"at", "dot", 골뱅이 and 닷컴 in ordinary sentences are no email (Korean, English)', () => {
  // The bench's clean sentences ("Look at naver.com for the rates", "골뱅이 무침 맛집 추천해 주세요"), and two more.
  for (const text of [...obfuscatedEmailCases().negatives, "that's what I said at noon", '골뱅이 소면 2인분이요'])
    assert.deepEqual(found(text), [], text);
});

test("a browser's or a firmware's version is no address; a login's address is (en, ko)", () => {
  assert.deepEqual(found('"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0"'), []);
  assert.deepEqual(found('Firmware says 1.0.3.2.'), []);
  assert.deepEqual(found('펌웨어 버전 1.0.3.2 입니다'), []);
  assert.deepEqual(found('openvpn[902]: jh.kwon/211.36.142.118:50144 MULTI_sva'), ['USERNAME:jh.kwon', 'IP_ADDRESS:211.36.142.118']);
});

test("an organisation's role mailbox is below the default threshold; a person's address and a role word at a webmail are not (en, ko)", () => {
  assert.deepEqual(found('To: reservations@harbourlight-hotel.com.au\nFrom: Mina Cho <mina.cho84@gmail.com>'), [
    'PERSON:Mina Cho',
    'EMAIL:mina.cho84@gmail.com',
  ]);
  assert.deepEqual(found('받는사람: 인사팀 <hr@hanul-logis.co.kr>'), []);
  // A policy that wants them lowers its threshold.
  assert.deepEqual(found('받는사람: 인사팀 <hr@hanul-logis.co.kr>', { minScore: 0.4 }), ['EMAIL:hr@hanul-logis.co.kr']);
  assert.deepEqual(found('my old address was support@gmail.com lol'), ['EMAIL:support@gmail.com']);
  assert.deepEqual(found('문의는 jiwoo.support@hanul-logis.co.kr 로 주세요'), ['EMAIL:jiwoo.support@hanul-logis.co.kr']);
});

test("a mail's Message-ID, an event's UID, a bounce's, a room's and a team's mailboxes reach no person; the sender does (en, ko)", () => {
  const headers =
    'Return-Path: <bounce-7731@mailer.secure-alerts.com>\nFrom: "Aisha Bello" <aisha.bello@gmail.com>\n' +
    'To: accounts.payable@northgatefoods.co.uk\nMessage-ID: <20240614061203.8842.noreply@secure-alerts.com>';
  assert.deepEqual(found(headers), ['PERSON:Aisha Bello', 'EMAIL:aisha.bello@gmail.com']);
  const invite =
    'BEGIN:VEVENT\nUID:intv-20260109-0031@hr.hanul.co.kr\nORGANIZER;CN=채용담당:mailto:gayoung.moon@hanul.co.kr\n' +
    'ATTENDEE;CN=면접관 공용:mailto:interview@hanul.co.kr\nATTENDEE;CUTYPE=ROOM:mailto:room-4.12@hanul.co.kr\nEND:VEVENT';
  assert.deepEqual(found(invite), ['EMAIL:gayoung.moon@hanul.co.kr']);
  assert.deepEqual(found('ALERT_EMAIL_TO=oncall-payments@acme.io\nADMIN_CONTACT=rebecca.ostrowski@acme.io'), [
    'EMAIL:rebecca.ostrowski@acme.io',
  ]);
  // A bot's address holds no handle.
  assert.deepEqual(found('Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>'), []);
});
