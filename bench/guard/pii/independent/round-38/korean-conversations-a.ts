// Korean conversations for round 38, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyEightConversationsA: readonly IndependentText[] = [
  {
    text: '새벽부터 이 IP에서 로그인 실패가 계속 찍히는데 차단해도 되는 건지 봐줄래요? 회원 계정 하나만 노리는 것 같아요.\n\n211.234.118.57 - - [14/Mar/2025:03:12:44 +0900] "POST /api/v2/auth/login HTTP/1.1" 401 87 "-" "okhttp/4.9.3" rt=0.042 upstream=10.20.4.11:8080 req_id=7f3c1a9e2b\n211.234.118.57 - - [14/Mar/2025:03:12:46 +0900] "POST /api/v2/auth/login HTTP/1.1" 401 87 "-" "okhttp/4.9.3" rt=0.039 upstream=10.20.4.12:8080 req_id=7f3c1a9e31\n211.234.118.57 - - [14/Mar/2025:03:12:49 +0900] "GET /api/v2/members/exists?loginId=sora_lee0917 HTTP/1.1" 200 31 "-" "okhttp/4.9.3" rt=0.011 upstream=10.20.4.11:8080 req_id=7f3c1a9e3d\n211.234.118.57 - - [14/Mar/2025:03:12:51 +0900] "POST /api/v2/auth/login HTTP/1.1" 423 112 "-" "okhttp/4.9.3" rt=0.051 upstream=10.20.4.12:8080 req_id=7f3c1a9e44',
    pii: [
      ['IP_ADDRESS', '211.234.118.57'],
      ['IP_ADDRESS', '211.234.118.57'],
      ['IP_ADDRESS', '211.234.118.57'],
      ['USERNAME', 'sora_lee0917'],
      ['IP_ADDRESS', '211.234.118.57'],
    ],
  },
  {
    text: '이벤트 당첨자 명단이에요. 택배 발송용으로 주소랑 연락처만 남기고 정리해 주세요. 생년월일은 본인확인용이라 빼도 돼요.\n\n당첨번호,성명,연락처,생년월일,주소,우편번호,경품코드,응모일시\nEV25-0412,"최다은",010-3381-7265,1994-02-17,"부산광역시 해운대구 센텀중앙로 97 A동 2103호",48058,GIFT-AP3-WH,2025-04-02 13:21\nEV25-0413,"Nguyen Van Long",010-9027-4410,1990-11-05,"경기도 안산시 단원구 원곡로 45 3층",15352,GIFT-CF-10K,2025-04-02 13:24\nEV25-0414,"윤재석",010-****-8821,1987-06-30,"대전광역시 유성구 대학로 99 한빛아파트 112동 604호",34134,GIFT-CF-10K,2025-04-02 13:30',
    pii: [
      ['PERSON', '최다은'],
      ['PHONE', '010-3381-7265'],
      ['DATE_OF_BIRTH', '1994-02-17'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 97 A동 2103호'],
      ['PERSON', 'Nguyen Van Long'],
      ['PHONE', '010-9027-4410'],
      ['DATE_OF_BIRTH', '1990-11-05'],
      ['ADDRESS', '경기도 안산시 단원구 원곡로 45 3층'],
      ['PERSON', '윤재석'],
      ['DATE_OF_BIRTH', '1987-06-30'],
      ['ADDRESS', '대전광역시 유성구 대학로 99 한빛아파트 112동 604호'],
    ],
  },
  {
    text: "회원가입 API에서 500이 간헐적으로 나요. 아래 스택트레이스 보면 뭐가 문제인지 알 수 있을까요?\n\n2025-05-08 14:02:17.338 ERROR 1 --- [nio-8080-exec-7] c.h.m.api.MemberSignupController : signup failed loginId=minseo_p mobile=010-5512-0384 traceId=64a1f0c2d9e84b7a spanId=b21e09d4\norg.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO member (login_id, email, mobile, created_at) VALUES (?, ?, ?, NOW())]; Duplicate entry 'minseo.park93@naver.com' for key 'member.uk_member_email'\n\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)\n\tat org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1012)\n\tat com.hanmall.member.repository.MemberJdbcRepository.insert(MemberJdbcRepository.java:88)\n\tat com.hanmall.member.service.SignupService.register(SignupService.java:54)\nCaused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'minseo.park93@naver.com' for key 'member.uk_member_email'\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:117)\n\t... 41 common frames omitted",
    pii: [
      ['USERNAME', 'minseo_p'],
      ['PHONE', '010-5512-0384'],
      ['EMAIL', 'minseo.park93@naver.com'],
      ['EMAIL', 'minseo.park93@naver.com'],
    ],
  },
  {
    text: '본인인증 API 호출하면 계속 401이 떠요. 토큰은 방금 발급받은 건데 왜 그럴까요?\n\ncurl -X POST \'https://api.certgate.co.kr/v1/identity/verify\' \\\n  -H \'Content-Type: application/json\' \\\n  -H \'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbGllbnRfNzcwMiIsInNjb3BlIjoiaWRlbnRpdHkiLCJhdWQiOiJ2ZXJpZnktYXBpIiwiZXhwIjoxNzQ2Njk0MDAwfQ.Qm3fX8pT2vLw9sKc4RzN1aYdE7uH0jBgVq6oSxI5tMc\' \\\n  -H \'X-Request-Id: 3d9b7c52-1e6f-4a8b-9c0d-2f71e8a4b615\' \\\n  -d \'{"name":"강하람","birth":"19960823","gender":"M","carrier":"SKT","mobile":"01047725136","purpose":"SIGNUP"}\'\n\n응답:\nHTTP/1.1 401 Unauthorized\n{"code":"E4011","message":"token audience mismatch","requestId":"3d9b7c52-1e6f-4a8b-9c0d-2f71e8a4b615"}',
    pii: [
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbGllbnRfNzcwMiIsInNjb3BlIjoiaWRlbnRpdHkiLCJhdWQiOiJ2ZXJpZnktYXBpIiwiZXhwIjoxNzQ2Njk0MDAwfQ.Qm3fX8pT2vLw9sKc4RzN1aYdE7uH0jBgVq6oSxI5tMc',
      ],
      ['PERSON', '강하람'],
      ['DATE_OF_BIRTH', '19960823'],
      ['PHONE', '01047725136'],
    ],
  },
  {
    text: '주문 이벤트가 consumer에서 두 번씩 처리되는 것 같아요. 메시지 두 개 비교해 봐 주세요.\n\ntopic=order.paid partition=3 offset=18822071 key=ORD-20250611-004417\n{"eventId":"e6b0a1f4-7c2d-4c8e-b1f3-90d2c6a7e551","orderId":"ORD-20250611-004417","sku":"HM-TSH-0923-BLK-L","qty":2,"amount":38900,"currency":"KRW","paidAt":"2025-06-11T09:41:07+09:00","pgTid":"T2506110941070034","csPhone":"1588-3344"}\ntopic=order.paid partition=3 offset=18822075 key=ORD-20250611-004417\n{"eventId":"e6b0a1f4-7c2d-4c8e-b1f3-90d2c6a7e551","orderId":"ORD-20250611-004417","sku":"HM-TSH-0923-BLK-L","qty":2,"amount":38900,"currency":"KRW","paidAt":"2025-06-11T09:41:07+09:00","pgTid":"T2506110941070034","csPhone":"1588-3344"}\nconsumer group=settlement-v2 lag=14 rebalance at 09:41:09.512 (max.poll.interval.ms=300000)',
    pii: [],
  },
  {
    text: 'HL7 ADT 메시지 파싱하는데 PID-5 이름이 깨져서 들어와요. 인코딩 문제인가요?\n\nMSH|^~\\&|EMR|SNWH|LIS|SNWH|202507021135||ADT^A04|MSG00082731|P|2.5.1|||AL|NE||UNICODE UTF-8\nEVN|A04|202507021135\nPID|1||00384712^^^SNWH^MR||황^보람^^^^^L||19850311|F|||서울특별시 마포구 월드컵북로 235 1102호^^서울^^03925^KOR||010-6240-8157|||||||\nPV1|1|O|OPD^IM02^^SNWH||||D1187^이^정훈|||||||||||V2025070211|||||||||||||||||||||||||202507021130',
    pii: [
      ['MEDICAL_RECORD', '00384712'],
      ['PERSON', '황^보람'],
      ['DATE_OF_BIRTH', '19850311'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 235 1102호'],
      ['PHONE', '010-6240-8157'],
      ['PERSON', '이^정훈'],
    ],
  },
  {
    text: '스테이징 배포가 DB 연결에서 죽어요. env 파일 그대로 붙일게요, 뭐 빠진 거 있어요?\n\nAPP_ENV=staging\nPORT=8080\nDB_HOST=10.0.3.21\nDB_PORT=5432\nDB_USER=svc_orderapi\nDB_PASSWORD=Qw7!mZp#2rLk\nREDIS_URL=redis://10.0.3.40:6379/2\nOPENAI_API_KEY=sk-proj-4fT9xQ2mLz8RkV1bN7cW3yHs6JdP0aGe5uYtKo\nSLACK_BOT_TOKEN=xoxb-7291830465-5520917734158-Hk3nR8pQz2LwYv6TbM1sJd9F\nAWS_ACCESS_KEY_ID=AKIA4QXZ7H2MNR5TLW3K\nAWS_SECRET_ACCESS_KEY=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\nAWS_REGION=ap-northeast-2\nSENTRY_RELEASE=order-api@3.14.2',
    pii: [
      ['PASSWORD', 'Qw7!mZp#2rLk'],
      ['SECRET', 'sk-proj-4fT9xQ2mLz8RkV1bN7cW3yHs6JdP0aGe5uYtKo'],
      ['SECRET', 'xoxb-7291830465-5520917734158-Hk3nR8pQz2LwYv6TbM1sJd9F'],
      ['SECRET', 'AKIA4QXZ7H2MNR5TLW3K'],
      ['SECRET', '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'],
    ],
  },
  {
    text: "중복 가입 의심 회원 뽑은 결과인데, 같은 사람으로 보이는 행끼리 묶어줄 수 있어?\n\nmysql> SELECT member_no, name, mobile, email, grade, joined_at FROM member WHERE mobile LIKE '010-%' AND dup_flag = 1 ORDER BY mobile;\n+-----------+--------+---------------+--------------------------+-------+---------------------+\n| member_no | name   | mobile        | email                    | grade | joined_at           |\n+-----------+--------+---------------+--------------------------+-------+---------------------+\n|    100482 | 서지안 | 010-2718-4406 | jian.seo@gmail.com       | VIP   | 2021-03-14 10:22:51 |\n|    233917 | 서지안 | 010-2718-4406 | seojian0412@kakao.com    | BASIC | 2024-11-02 21:07:13 |\n|    187220 | 문태오 | 010-8853-1907 | taeo.moon@naver.com      | GOLD  | 2023-06-19 08:45:30 |\n|    240011 | 문태오 | 010-****-1907 | t***@naver.com           | BASIC | 2025-01-27 17:11:02 |\n+-----------+--------+---------------+--------------------------+-------+---------------------+\n4 rows in set (0.03 sec)",
    pii: [
      ['PERSON', '서지안'],
      ['PHONE', '010-2718-4406'],
      ['EMAIL', 'jian.seo@gmail.com'],
      ['PERSON', '서지안'],
      ['PHONE', '010-2718-4406'],
      ['EMAIL', 'seojian0412@kakao.com'],
      ['PERSON', '문태오'],
      ['PHONE', '010-8853-1907'],
      ['EMAIL', 'taeo.moon@naver.com'],
      ['PERSON', '문태오'],
    ],
  },
  {
    text: '상담 티켓 요약해 줘. 고객이 채팅에 카드번호를 통째로 적어서, 이 티켓 마스킹 요청도 같이 올려야 할 것 같아.\n\nTicket #482913 | Status: Open | Priority: High | Channel: Chat\nRequester: 배유진 (yujin.bae@naver.com)\nPhone: 010-4471-2093\nCreated: 2025-07-15 22:41 KST | Group: 카드분실/도난\nTags: card_lost, reissue, vip\n---\n[22:41] 고객: 카드를 잃어버렸어요 정지해 주세요 4486103173539617 이거요 유효기간 09/27\n[22:42] 상담원: 확인 감사합니다. 해당 카드 즉시 사용정지 처리했습니다. 재발급은 3~5영업일 소요되며 추가 문의는 1588-8100 으로 주세요.\n[22:44] 고객: 네 재발급 주소는 그대로요',
    pii: [
      ['PERSON', '배유진'],
      ['EMAIL', 'yujin.bae@naver.com'],
      ['PHONE', '010-4471-2093'],
      ['CREDIT_CARD', '4486103173539617'],
      ['CARD_EXPIRY', '09/27'],
    ],
  },
  {
    text: '이번 달 프리랜서 지급 목록이에요. 엑셀에서 그대로 복사했는데, 은행별 합계를 =SUMIF(D2:D5,"국민",F2:F5) 식으로 뽑는 수식 좀 만들어 주세요.\n\n지급일\t사번\t성명\t은행\t계좌번호\t지급액\t비고\n2025-08-25\tF-2207\t오하린\t국민\t421302-04-118735\t1,850,000\t디자인\n2025-08-25\tF-2311\tLiam Carter\t신한\t110-472-389105\t2,300,000\t번역\n2025-08-25\tF-2315\t남궁 현\t우리\t1002-958-304217\t940,000\t\n2025-08-25\tF-2402\t진세아\t카카오뱅크\t3333-07-5528614\t1,200,000\t일러스트',
    pii: [
      ['PERSON', '오하린'],
      ['BANK_ACCOUNT', '421302-04-118735'],
      ['PERSON', 'Liam Carter'],
      ['BANK_ACCOUNT', '110-472-389105'],
      ['PERSON', '남궁 현'],
      ['BANK_ACCOUNT', '1002-958-304217'],
      ['PERSON', '진세아'],
      ['BANK_ACCOUNT', '3333-07-5528614'],
    ],
  },
  {
    text: '해외 발신 급증한 가입자 CDR 일부예요. 명의도용 의심 패턴인지 봐 주세요.\n\nrecord_id,start_time,duration_s,calling_no,called_no,imei,cell_id,call_type,charge_krw\nCDR7781200451,2025-09-03 01:14:22,412,01029184637,+2348031547720,357253759830684,45005-1A2F-3321,MO_INTL,18540\nCDR7781200452,2025-09-03 01:21:05,388,01029184637,+2348031547720,357253759830684,45005-1A2F-3321,MO_INTL,17460\nCDR7781200460,2025-09-03 01:40:58,2,01029184637,114,357253759830684,45005-1A2F-3321,MO_SVC,0\nCDR7781200463,2025-09-03 02:02:11,905,01029184637,+8613912846051,357253759830684,45005-1A2F-3322,MO_INTL,40725',
    pii: [
      ['PHONE', '01029184637'],
      ['PHONE', '+2348031547720'],
      ['IMEI', '357253759830684'],
      ['PHONE', '01029184637'],
      ['PHONE', '+2348031547720'],
      ['IMEI', '357253759830684'],
      ['PHONE', '01029184637'],
      ['IMEI', '357253759830684'],
      ['PHONE', '01029184637'],
      ['PHONE', '+8613912846051'],
      ['IMEI', '357253759830684'],
    ],
  },
  {
    text: '한 세대에서 TAMPER 이벤트가 반복돼요. 현장 출동 요청서에 넣을 내용만 뽑아 주세요.\n\n{"ts":"2025-10-12T02:14:09+09:00","meter_id":"KEM-4412-770815","event":"TAMPER_COVER_OPEN","kwh":18322.4,"fw":"2.7.1","cust_no":"0391-2274-01"}\n{"ts":"2025-10-12T02:14:41+09:00","meter_id":"KEM-4412-770815","event":"TAMPER_COVER_CLOSE","kwh":18322.4,"fw":"2.7.1","cust_no":"0391-2274-01"}\n{"ts":"2025-10-12T03:02:17+09:00","meter_id":"KEM-4412-770815","event":"MAGNETIC_FIELD","kwh":18322.5,"fw":"2.7.1","cust_no":"0391-2274-01"}\n--- 고객 마스터 조회 ---\ncust_no: 0391-2274-01\ncontract_holder: 탁윤서\ninstall_addr: 경기도 고양시 일산동구 장항로 203 일산하늘채 107동 1804호\ncontact: 010-7304-2268\ntariff: 주택용(저압) / 누진 2단계 / 검침일 매월 15일',
    pii: [
      ['PERSON', '탁윤서'],
      ['ADDRESS', '경기도 고양시 일산동구 장항로 203 일산하늘채 107동 1804호'],
      ['PHONE', '010-7304-2268'],
    ],
  },
  {
    text: 'Stripe 웹훅 서명 검증이 계속 실패해요. raw body를 그대로 써야 한다는데, 아래가 받은 그대로예요.\n\nPOST /webhooks/stripe HTTP/1.1\nHost: pay.brewlab.kr\nStripe-Signature: t=1752573611,v1=5a1c9f0e8b7d6c4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a\nContent-Type: application/json; charset=utf-8\n\n{"id":"evt_3PqL7c2eZvKYlo2C1a8XwT4n","type":"checkout.session.completed","data":{"object":{"id":"cs_live_a1B2c3D4e5F6g7H8","amount_total":4800,"currency":"usd","customer":"cus_QxR71mTz0pLk9A","customer_details":{"name":"Hannah Whitfield","email":"hwhitfield82@yahoo.com","phone":"+15034471928","tax_exempt":"none"},"payment_method_details":{"card":{"brand":"visa","last4":"4242","funding":"credit"}}}}}',
    pii: [
      ['PERSON', 'Hannah Whitfield'],
      ['EMAIL', 'hwhitfield82@yahoo.com'],
      ['PHONE', '+15034471928'],
    ],
  },
  {
    text: '명함 QR 찍으니까 이렇게 나오는데, 우리 CRM import 형식(이름/휴대폰/이메일/회사)으로 바꿔 줄래요?\n\nBEGIN:VCARD\nVERSION:3.0\nN:Yamada;Kenta;;;\nFN:Kenta Yamada\nORG:Tokai Logistics Co.\\, Ltd.;Seoul Branch\nTITLE:Sales Manager\nTEL;TYPE=WORK,VOICE:+82-2-3452-7700\nTEL;TYPE=CELL:+81-90-4318-2276\nEMAIL;TYPE=INTERNET:k.yamada@tokai-logi.co.jp\nURL:https://www.tokai-logi.co.jp\nREV:2025-03-18T09:00:00Z\nEND:VCARD',
    pii: [
      ['PERSON', 'Yamada;Kenta'],
      ['PERSON', 'Kenta Yamada'],
      ['PHONE', '+81-90-4318-2276'],
      ['EMAIL', 'k.yamada@tokai-logi.co.jp'],
    ],
  },
  {
    text: '파드가 계속 CrashLoopBackOff예요. describe 결과 붙여요.\n\nName:         settlement-worker-7c9d8b6f5-x2kqp\nNamespace:    batch\nNode:         ip-10-42-17-88.ap-northeast-2.compute.internal/10.42.17.88\nStart Time:   Tue, 21 Oct 2025 10:02:14 +0900\nLabels:       app=settlement-worker\n              pod-template-hash=7c9d8b6f5\nIP:           10.42.19.203\nContainers:\n  worker:\n    Image:      481927365014.dkr.ecr.ap-northeast-2.amazonaws.com/settlement-worker:2.8.0-rc3\n    Port:       9090/TCP\n    State:      Waiting\n      Reason:   CrashLoopBackOff\n    Last State: Terminated\n      Reason:   OOMKilled\n      Exit Code: 137\n    Limits:\n      memory:  512Mi\nEvents:\n  Warning  BackOff  3m12s (x41 over 38m)  kubelet  Back-off restarting failed container worker',
    pii: [],
  },
  {
    text: '고객 민원 메일이 스팸함으로 갔대요. 헤더 보고 이유 좀 알려 주세요.\n\nReturn-Path: <seoyun.han@daum.net>\nReceived: from mx2.daum.net (mx2.daum.net [203.133.180.42])\n        by mx.help.shinhwa-ins.co.kr (Postfix) with ESMTPS id 4Xk2Lq0Z7mz9R\n        for <cs@shinhwa-ins.co.kr>; Mon, 17 Nov 2025 08:14:52 +0900 (KST)\nReceived: from [175.223.14.92] (unknown [175.223.14.92])\n        by smtp.daum.net with ESMTPA id 8F21C7B0; Mon, 17 Nov 2025 08:14:50 +0900\nFrom: "한서윤" <seoyun.han@daum.net>\nReply-To: hsy0614@gmail.com\nTo: cs@shinhwa-ins.co.kr\nSubject: =?UTF-8?B?67O07ZeY6riIIOyngOq4iSDsp4Dsl7Ag66y47J2Y?=\nMessage-ID: <20251117081450.8F21C7B0@smtp.daum.net>\nAuthentication-Results: mx.help.shinhwa-ins.co.kr; spf=softfail smtp.mailfrom=daum.net; dkim=none\nX-Spam-Score: 6.2',
    pii: [
      ['EMAIL', 'seoyun.han@daum.net'],
      ['IP_ADDRESS', '175.223.14.92'],
      ['IP_ADDRESS', '175.223.14.92'],
      ['PERSON', '한서윤'],
      ['EMAIL', 'seoyun.han@daum.net'],
      ['EMAIL', 'hsy0614@gmail.com'],
    ],
  },
  {
    text: "이 커밋 때문에 로그인 E2E 테스트가 깨진 것 같은데 revert해도 될까요? 공용 QA 계정 대신 개인 계정이랑 비번이 하드코딩돼 있던데 그것도 문제죠?\n\ncommit 9e4b2d71c0a8f35e6b1d92c4a7f08e3d5b6c1a29\nAuthor: Jang Minhyuk <minhyuk.jang@fincloud.co.kr>\nDate:   Thu Dec 4 18:22:07 2025 +0900\n\n    fix(auth): retry token refresh on 502 (#2291)\n\ndiff --git a/e2e/login.spec.ts b/e2e/login.spec.ts\nindex 3c1f0a2..8d7e4b9 100644\n--- a/e2e/login.spec.ts\n+++ b/e2e/login.spec.ts\n@@ -12,7 +12,7 @@ test('login with saved account', async ({ page }) => {\n-  await page.fill('#userId', 'qa_shared01');\n-  await page.fill('#password', process.env.QA_PW);\n+  await page.fill('#userId', 'hyejin.k');\n+  await page.fill('#password', 'Hyej!n0427#');\n   await page.click('button[type=submit]');",
    pii: [
      ['PERSON', 'Jang Minhyuk'],
      ['EMAIL', 'minhyuk.jang@fincloud.co.kr'],
      ['USERNAME', 'hyejin.k'],
      ['PASSWORD', 'Hyej!n0427#'],
    ],
  },
  {
    text: '면접 캘린더 초대가 지원자한테 안 갔다고 해서요. ics 원문인데 ATTENDEE 쪽 문제 있어요?\n\nBEGIN:VCALENDAR\nPRODID:-//Hanul HR//Interview Scheduler 4.2//KO\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:intv-20260109-0031@hr.hanul.co.kr\nDTSTAMP:20251229T051200Z\nDTSTART;TZID=Asia/Seoul:20260109T140000\nDTEND;TZID=Asia/Seoul:20260109T150000\nSUMMARY:2차 면접 - 백엔드 개발(REQ-2025-118)\nLOCATION:본사 12층 회의실 B\nORGANIZER;CN=이나래:mailto:narae.lee@hanul.co.kr\nATTENDEE;CN=Tran Thi Mai;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tranthimai.dev@gmail.com\nATTENDEE;CN=면접관 공용;ROLE=OPT-PARTICIPANT:mailto:interview@hanul.co.kr\nEND:VEVENT\nEND:VCALENDAR',
    pii: [
      ['PERSON', '이나래'],
      ['EMAIL', 'narae.lee@hanul.co.kr'],
      ['PERSON', 'Tran Thi Mai'],
      ['EMAIL', 'tranthimai.dev@gmail.com'],
    ],
  },
  {
    text: '보험금 청구서 OCR 결과가 이렇게 나왔어요. 필드 매핑 틀린 데만 짚어 주세요.\n\n[OCR] doc_type=CLAIM_FORM conf=0.93 page=1/2 job=ocr-20260114-00871\n피보험자 성명(Insured Name): 구민재\n주민등록번호(RRN): 880412-1683537\n휴대전화(Mobile): 010-9183-2746\n건강보험증번호(NHIS Card No.): 41203385617\n진료기관(Hospital): 서울연세내과의원 / 요양기관기호 11351234\n환자등록번호(Patient No.): 2025-0048172\n진료일(Visit Date): 2026-01-08\n상병코드(Dx): J20.9\n청구금액(Amount): 87,400원\n지급계좌(Payout Acct): 농협 302-1184-7729-51 (예금주 구민재)',
    pii: [
      ['PERSON', '구민재'],
      ['RRN', '880412-1683537'],
      ['PHONE', '010-9183-2746'],
      ['HEALTH_INSURANCE', '41203385617'],
      ['MEDICAL_RECORD', '2025-0048172'],
      ['BANK_ACCOUNT', '302-1184-7729-51'],
      ['PERSON', '구민재'],
    ],
  },
  {
    text: '렌터카 예약 API를 Postman으로 테스트 중인데 면허번호 검증에서 422가 나요. 컬렉션 일부 붙여요.\n\n{\n  "info": { "name": "rent-api v3", "_postman_id": "b1f7e2c4-88a0-4d3e-9f61-2c5a7e09d314" },\n  "item": [{\n    "name": "POST reservation",\n    "request": {\n      "method": "POST",\n      "url": "{{baseUrl}}/v3/reservations",\n      "header": [{ "key": "X-Branch-Code", "value": "JEJU-AP-02" }],\n      "body": { "mode": "raw", "raw": "{\\n  \\"driverName\\": \\"도윤호\\",\\n  \\"birthDate\\": \\"1992-09-14\\",\\n  \\"licenseNo\\": \\"11-19-174832-61\\",\\n  \\"phone\\": \\"010-3526-8841\\",\\n  \\"carClass\\": \\"SUV-MID\\",\\n  \\"pickupAt\\": \\"2026-02-20T10:00:00+09:00\\"\\n}" }\n    }\n  }]\n}',
    pii: [
      ['PERSON', '도윤호'],
      ['DATE_OF_BIRTH', '1992-09-14'],
      ['DRIVER_LICENSE', '11-19-174832-61'],
      ['PHONE', '010-3526-8841'],
    ],
  },
  {
    text: '배송지 변경 mutation 보내면 400이 나와요. variables 형식이 틀린 걸까요?\n\nmutation UpdateShippingAddress($orderId: ID!, $input: ShippingAddressInput!) {\n  updateShippingAddress(orderId: $orderId, input: $input) { orderId status updatedAt }\n}\n\nvariables:\n{\n  "orderId": "20260211-0038815",\n  "input": {\n    "recipient": "석예린",\n    "phone": "010-2093-5874",\n    "zipCode": "05510",\n    "address": "서울특별시 송파구 올림픽로 435 212동 1503호",\n    "memo": "부재 시 경비실"\n  }\n}\n\nresponse: {"errors":[{"message":"Variable \\"$input\\" got invalid value \\"010-2093-5874\\" at \\"input.phone\\"; Expected pattern ^01[016789][0-9]{7,8}$","extensions":{"code":"BAD_USER_INPUT"}}]}',
    pii: [
      ['PERSON', '석예린'],
      ['PHONE', '010-2093-5874'],
      ['ADDRESS', '서울특별시 송파구 올림픽로 435 212동 1503호'],
      ['PHONE', '010-2093-5874'],
    ],
  },
  {
    text: "슬로우 쿼리 로그 보니까 이 쿼리가 제일 많이 나와요. 인덱스 뭘 추가하면 좋을까요?\n\n# Time: 2026-03-02T01:17:44.812304Z\n# User@Host: svc_report[svc_report] @ report-batch-02 [10.8.1.57]  Id: 3381920\n# Query_time: 12.408113  Lock_time: 0.000214 Rows_sent: 1204  Rows_examined: 18822310\nSET timestamp=1772414264;\nSELECT o.order_id, o.status, SUM(oi.qty * oi.unit_price) AS gross\n  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id\n WHERE o.created_at BETWEEN '2026-02-01 00:00:00' AND '2026-02-28 23:59:59'\n   AND o.channel_code IN ('APP','WEB','B2B')\n GROUP BY o.order_id, o.status\n ORDER BY gross DESC;",
    pii: [],
  },
  {
    text: '해외송금 MT103 전문인데 수취은행에서 반송됐어요. 수취인 정보에 틀린 데 있는지 봐 주세요.\n\n{1:F01HNBNKRSEAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:OR26031800417\n:23B:CRED\n:32A:260318EUR4250,00\n:50K:/620-218844-107\n엄태희\nUM TAEHEE\n서울특별시 서대문구 연희로11길 32 302호\n:57A:DEUTDEFF\n:59:/DE98370400440223182492\nFelix Brandtner\nKastanienallee 41, 10435 Berlin\n:70:TUITION SS2026 INV 2026-0412\n:71A:SHA\n-}',
    pii: [
      ['BANK_ACCOUNT', '620-218844-107'],
      ['PERSON', '엄태희'],
      ['PERSON', 'UM TAEHEE'],
      ['ADDRESS', '서울특별시 서대문구 연희로11길 32 302호'],
      ['IBAN', 'DE98370400440223182492'],
      ['PERSON', 'Felix Brandtner'],
      ['ADDRESS', 'Kastanienallee 41, 10435 Berlin'],
    ],
  },
  {
    text: '입주민 차량 등록 API 로그예요. 같은 차가 두 세대에 등록됐다고 민원이 들어왔는데 로그로 확인 가능해요?\n\n2026-04-03 19:22:10.114 INFO  [parking-api] req=PK-88120 POST /v1/residents/vehicles body={"complex":"SD-0231","dong":"103","ho":"1402","ownerName":"편지수","plate":"157나 4823","phone":"010-4418-9032"} status=201 latency=38ms\n2026-04-03 19:25:47.902 INFO  [parking-api] req=PK-88131 POST /v1/residents/vehicles body={"complex":"SD-0231","dong":"108","ho":"705","ownerName":"권도현","plate":"157나4823","phone":"010-7720-1356"} status=201 latency=41ms\n2026-04-03 19:26:02.331 WARN  [parking-api] req=PK-88131 duplicate plate normalized=157나4823 existing=103-1402',
    pii: [
      ['PERSON', '편지수'],
      ['VEHICLE_PLATE', '157나 4823'],
      ['PHONE', '010-4418-9032'],
      ['PERSON', '권도현'],
      ['VEHICLE_PLATE', '157나4823'],
      ['PHONE', '010-7720-1356'],
      ['VEHICLE_PLATE', '157나4823'],
    ],
  },
  {
    text: '이 티켓 내용 요약해서 릴리즈 노트에 넣을 문장으로 바꿔 줘.\n\n[OPS-4471] 결제 승인 API 타임아웃 (PG 응답 지연)\nType: Incident | Priority: P2 | Status: Resolved\nReporter: 결제플랫폼팀 | Assignee: SRE 온콜\nCreated: 2026-05-12 09:03 | Resolved: 2026-05-12 11:47\nAffects Version: pay-gateway 5.2.0 | Fix Version: pay-gateway 5.2.1\nDescription:\n- 09:00~09:40 사이 /v1/approvals p99 latency 8,200ms (평시 420ms)\n- PG사 공지: 고객센터 1644-2200, 장애 번호 INC-260512-07\n- 영향 주문 약 1,930건, 재시도 큐(pay-retry-q)로 자동 복구\n- 가맹점에는 noreply@pay.hanul.co.kr 로 장애 알림 자동 발송됨\nRoot cause: connection pool(max 64) 고갈, keepalive 30s 설정 누락',
    pii: [],
  },
];
