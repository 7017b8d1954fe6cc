// Long inputs of the kinds a user hands the scan whole (an export, a log, a pasted document, a transcript) and a few
// made only to be hard (one short piece repeated), each written to any length from a seeded source.
import { seededRandom, type Random } from './random.ts';

const givenNames = ['John', 'Mary', 'Wei', 'Aisha', 'Carlos', 'Priya', 'Tom', 'Lena', 'Omar', 'Sara'];
const surnames = ['Smith', 'Kim', 'Park', 'Nguyen', 'Garcia', 'Patel', 'Brown', 'Lee', 'Khan', 'Jones'];
const koreanSurnames = ['김', '이', '박', '최', '정', '강', '조', '윤'];
const koreanGivenNames = ['민수', '서연', '지훈', '하은', '도윤', '지우', '예준', '수아'];

type Piece = (random: Random) => string;

const englishName: Piece = (random) => `${random.pick(givenNames)} ${random.pick(surnames)}`;
const koreanName: Piece = (random) => random.pick(koreanSurnames) + random.pick(koreanGivenNames);
const mobile: Piece = (random) => `010-${random.digits(4)}-${random.digits(4)}`;

/** Each kind's next piece; a text is its pieces joined until it is long enough. */
export const longInputKinds: Readonly<Record<string, { language: 'en' | 'ko'; piece: Piece }>> = {
  // A minified JSON export of customers: one line of records.
  jsonExport: {
    language: 'en',
    piece: (random) =>
      `{"name":"${englishName(random)}","phone":"+1 415 ${random.digits(3)} ${random.digits(4)}",` +
      `"email":"${random.pick(givenNames).toLowerCase()}${random.digits(3)}@mail.com","ip":"10.${random.integer(256)}.${random.integer(256)}.${random.integer(256)}"},`,
  },
  koreanJsonExport: {
    language: 'ko',
    piece: (random) =>
      `{"이름":"${koreanName(random)}","연락처":"${mobile(random)}","주소":"서울시 강남구 테헤란로 ${random.integer(300)}"},`,
  },
  // Case notes pasted without their line breaks.
  paragraph: {
    language: 'en',
    piece: (random) =>
      `Customer ${englishName(random)} (phone 555-${random.digits(3)}-${random.digits(4)}, email ` +
      `${random.pick(givenNames).toLowerCase()}@corp.com) called about order ${random.digits(7)}. `,
  },
  koreanParagraph: {
    language: 'ko',
    piece: (random) => `${koreanName(random)} 고객님(${mobile(random)})께서 주문 ${random.digits(7)}건 문의하셨습니다. `,
  },
  // A CSV export and a Markdown table: many short lines.
  csvExport: {
    language: 'ko',
    piece: (random) => `${koreanName(random)},${mobile(random)},서울시 강남구 테헤란로 ${random.integer(300)}\n`,
  },
  table: {
    language: 'en',
    piece: (random) => `| ${englishName(random)} | ${random.digits(6)}-${random.digits(7)} | ${random.integer(99)} |\n`,
  },
  // A connection log that names a few machines again and again.
  repeatedAddressLog: {
    language: 'en',
    piece: (random) => `conn from 10.0.0.${random.integer(4)} ok\n`,
  },
  // Made to be hard: one short piece repeated, on one line.
  repeatedHonorific: { language: 'ko', piece: () => '님 ' },
  repeatedAddress: { language: 'en', piece: () => '1.2.3.4 ' },
  repeatedBar: { language: 'en', piece: () => '|' },
};

/**
 * The text of `kind` at `characters` characters, the same on every run.
 *
 * @example
 * longInputText('koreanParagraph', 64_000).length; // 64000
 */
export function longInputText(kind: string, characters: number): string {
  const random = seededRandom(211);
  const { piece } = longInputKinds[kind]!;
  const pieces: string[] = [];
  let length = 0;
  while (length < characters) {
    const next = piece(random);
    pieces.push(next);
    length += next.length;
  }
  return pieces.join('').slice(0, characters);
}
