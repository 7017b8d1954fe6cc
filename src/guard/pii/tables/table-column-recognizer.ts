// The identifiers in a table pasted as text, read by their column's header ("dob", "여권번호", "user_id", "account", "exp"
// beside a card number), and in a JSON object by their key ("passport", "db_user"). A value alone ("14/02/1958",
// "m.kovacs", "110-391-582047") carries no context of its own.
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';
import { piiTypes } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hasKnownShape, hasShapeOf } from '../value-shapes.ts';
import { hasValidBusinessNumberChecksum } from '../recognizers/business-number-checksum.ts';
import { hasValidCorporateNumberChecksum } from '../recognizers/corporate-number-checksum.ts';
import { isStudyText, isSubjectNumber } from '../recognizers/study-subject-numbers.ts';
import { labelledCellsIn, mayHoldLabelledCells } from './labelled-values.ts';

const recognizerName = 'table-column';
/** The types whose shape holds a check digit. */
const checkedTypes: ReadonlySet<string> = new Set(['BRN', 'CRN']);
/** A staff member's code under a role's key ("adjuster": "ADJ-0417"): the firm's number for them, no login. */
const staffCode = /^[A-Z]{2,5}-\d{3,}$/;
/** A member's ID by its key right before it ("member_id": "…"), and an insurer's field in the record (within its reach). */
const memberIdKey = /\bmember(?:ship)?[ _-]?(?:id|no|number)["']?[ \t]*[:=][ \t]*["']?$/i;
const insurerField = /\b(?:insurer|insurance|health[ _]?plan|payer|medicaid|medicare|carrier)\b|보험/i;
const insurerReach = 240;
const capitalisedWords = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;
/** A passport's issuing country before its number: a code of two or three capitals and a blank. */
const issuingCountry = /^[A-Z]{2,3}[ \t]+(?=[A-Z\d])/;
/** The state or the country that issued a plate, in brackets after it ("8TKN204 (CA)", "KA01MX4417 (IN)"). */
const plateIssuer = /[ \t]*\([A-Z]{2,3}\)$/;
/** A platform's name in brackets after a handle. */
const platformNote = /[ \t]*\([A-Za-z가-힣 ]{2,20}\)$/;

/**
 * A value whose shape is what its header or key names, 0.85: the header is as good a label as one written before a value,
 * and the shape keeps a column of something else under a like header out ("vehicle" of models, "exp" of years).
 *
 * @example
 * tableColumnRecognizer.find('Surname\tDOB\nMacLeod\t14/02/1958', {})[0]?.text; // '14/02/1958'
 * tableColumnRecognizer.find('{"passport":"P7730418"}', {})[0]?.type; // 'PASSPORT'
 */
export const tableColumnRecognizer: PiiRecognizer = {
  name: recognizerName,
  types: piiTypes.filter(hasKnownShape),
  mightMatch: mayHoldLabelledCells,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const cell of labelledCellsIn(text)) {
      if (cell.kind === 'person' || cell.kind === 'generic-person') continue;
      let value = text.slice(cell.start, cell.end);
      if (cell.kind === 'study-subject') {
        if (isStudyText(text) && isSubjectNumber(value) && hasShapeOf('MEDICAL_RECORD', value))
          findings.push(createFinding({ type: 'MEDICAL_RECORD', text: value, start: cell.start, score: 0.8, recognizer: recognizerName }));
        continue;
      }
      // A player's in-game name is a login however it is capitalised ("Brickwall", "Kiwi").
      if (cell.kind === 'in-game-name') {
        if (hasShapeOf('USERNAME', value) || isWrittenInGameName(value))
          findings.push(createFinding({ type: 'USERNAME', text: value, start: cell.start, score: 0.85, recognizer: recognizerName }));
        continue;
      }
      // A member's ID in a record that names the insurer is the health plan's member number ("insurer": "Anthem BCBS",
      // "member_id": "YRP884201736"), not a login.
      if (cell.kind === 'USERNAME' && isHealthPlanMemberId(text, cell)) {
        if (hasShapeOf('HEALTH_INSURANCE', value))
          findings.push(
            createFinding({ type: 'HEALTH_INSURANCE', text: value, start: cell.start, score: 0.85, recognizer: recognizerName }),
          );
        continue;
      }
      if (cell.kind === 'USERNAME' && staffCode.test(value)) continue;
      // A capitalised name under "agent" or "assignee" is the person's own, which the name search reads ("Aisling").
      if (cell.kind === 'USERNAME' && capitalisedWords.test(value)) continue;
      // A handle with its platform after it ("bia.souza.makes (Instagram)"): the handle.
      if (cell.kind === 'USERNAME') value = value.replace(platformNote, '');
      if (cell.kind === 'VEHICLE_PLATE') value = value.replace(plateIssuer, '');
      // A passport's number after its country's code, as a press list or a roster writes it ("FR 21CK48203", "US 567302918").
      const country = cell.kind === 'PASSPORT' ? (issuingCountry.exec(value)?.[0].length ?? 0) : 0;
      value = value.slice(country);
      if (hasShapeOf(cell.kind, value) || (cell.kind === 'PASSWORD' && isCardPasswordsFirstDigits(text, cell.start, value))) {
        // A header and a check digit that agree outweigh a shape alone: a corporation's number under 법인등록번호 is no
        // resident's, though it has a resident number's shape. Under its header a register's number whose check digit fails
        // is still that number, mistyped, as after its label, as sure as any other header's value.
        const score = checkedTypes.has(cell.kind) && passesCheckDigit(cell.kind, value) ? 0.95 : 0.85;
        findings.push(
          createFinding({ type: cell.kind as PiiType, text: value, start: cell.start + country, score, recognizer: recognizerName }),
        );
      }
    }
    return findings;
  },
};

/**
 * An in-game name that no login's shape allows: Hangul that reads as no Korean name ("흑우대장", "칼바람유령"), or a team's
 * tag before the player's name ("BW Tae", "T1 Faker"), as a Korean roster writes them.
 */
function isWrittenInGameName(value: string): boolean {
  if (/^[A-Z0-9]{2,4} [A-Za-z][A-Za-z0-9]{1,15}$/.test(value)) return true;
  return /^[가-힣][가-힣A-Za-z0-9_]{1,15}$/.test(value) && !isPlausibleKoreanName(value);
}

/**
 * A Korean card payment's key for the card password's first two digits ("pwd2", "card_pw2"), which a payment gateway's
 * debug log prints: two digits, shorter than any other password.
 */
const cardPasswordsFirstDigitsKey = /\b(?:pwd|pw|card_?pwd?)2["']?[ \t]*[:=][ \t]*["']?$/i;

function isCardPasswordsFirstDigits(text: string, start: number, value: string): boolean {
  return /^\d{2}$/.test(value) && cardPasswordsFirstDigitsKey.test(text.slice(Math.max(0, start - 16), start));
}

function isHealthPlanMemberId(text: string, cell: { start: number; end: number }): boolean {
  return (
    memberIdKey.test(text.slice(Math.max(0, cell.start - 24), cell.start)) &&
    insurerField.test(text.slice(Math.max(0, cell.start - insurerReach), Math.min(text.length, cell.end + insurerReach)))
  );
}

/** Whether a business or a corporate register number passes its check digit. */
function passesCheckDigit(kind: string, value: string): boolean {
  const digits = value.replace(/-/g, '');
  return kind === 'BRN' ? hasValidBusinessNumberChecksum(digits) : hasValidCorporateNumberChecksum(digits);
}
