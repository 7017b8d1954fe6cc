// The staff member a booking's reminder or reply names after its time: "Sat 9/21 at 10:00 AM with Kiara", "We can do 10:30
// with Kiara", "Visit is Sat 11am with our volunteer Terrence". A groomer's, a vet's, a salon's or a venue's texts write
// them so; the time says an appointment is meant, "with" who keeps it.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'staff-booked-at-time';

const withWord = characterPairWords(' with ');

/**
 * A clock time ("10:30", "11am", "10:00 AM", "2 pm"), "with", perhaps "our" or "your" and a staff word, then one
 * capitalised word and a second perhaps (the surname).
 */
const timeThenStaff =
  /(?<![\d:])\d{1,2}(?::\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|[ \t]*[AaPp]\.?[Mm]\.?)[ \t]+with[ \t]+(?:(?:our|your)[ \t]+(volunteer|groomer|vet|nurse|photographer|stylist|planner|coordinator|trainer|therapist|counsellor|counselor|celebrant|officiant|adviser|advisor|technician|consultant)[ \t]+)?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14}(?:[ \t]+[A-Z][a-zß-öø-ÿ]{1,20})?)(?![A-Za-zß-ÿ])/g;

/**
 * The staff named after a booking's time, 0.75: a listed first name, or any name after a staff word ("with our groomer
 * Dami"); "10:00 with Zoom", "3pm with Sales" name no one. Remembered for the last text.
 *
 * @example
 * findStaffBookedAtTimes('Sat 9/21 at 10:00 AM with Kiara. Reply C to confirm').map((finding) => finding.text); // ['Kiara']
 * findStaffBookedAtTimes('Call at 3pm with Zoom'); // []
 */
export const findStaffBookedAtTimes = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, withWord)) return [];
  const findings: PiiFinding[] = [];
  timeThenStaff.lastIndex = 0;
  for (let match = timeThenStaff.exec(text); match !== null; match = timeThenStaff.exec(text)) {
    const words = match[2]!.split(/[ \t]+/);
    // The second word is the surname only when it is no everyday word ("with Kiara Tomorrow" ends at "Kiara").
    const kept = words.length === 2 && !wordsThatAreNotNames.has(words[1]!) ? words : words.slice(0, 1);
    const given = kept[0]!;
    if (wordsThatAreNotNames.has(given) || (match[1] === undefined && !isListedFirstName(given))) continue;
    const start = match.index + match[0].length - match[2]!.length;
    const name = kept.length === 2 ? match[2]! : given;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
