// Name-context cases outside the evaluation set, scored for genstack and the peer: Korean labels before nouns, the weak
// Korean cues with everyday nouns and with names, names given alone in answer to a question for one, English names after a
// role or a verb of reaching someone, and names in work and family contexts (titles, sign-offs, minutes, contact lines).
import { contactNameCases } from './contact-name-cases.ts';
import { cueNamePositives, cueNounNegatives } from './cue-noun-negatives.ts';
import { labelNounNegatives } from './label-noun-negatives.ts';
import { nameAnswerCases } from './name-answer-cases.ts';
import { workNameCases } from './work-name-cases.ts';

type Spans = readonly { type: string; start: number; end: number }[];
type Scan = (text: string) => Promise<Spans> | Spans;
type AnswerScan = (text: string, options: { nameExpected: boolean }) => Promise<Spans> | Spans;

/** Texts with a PERSON finding: in these sets, each is a false positive. */
async function countFlagged(texts: readonly string[], scan: Scan): Promise<number> {
  const flagged = await Promise.all(texts.map(async (text) => (await scan(text)).some((finding) => finding.type === 'PERSON')));
  return flagged.filter(Boolean).length;
}

/** Cases whose name is found as a PERSON with its exact span. */
async function countFound(cases: ReadonlyArray<{ text: string; name: string }>, scan: Scan): Promise<number> {
  const found = await Promise.all(
    cases.map(async ({ text, name }) =>
      (await scan(text)).some((finding) => finding.type === 'PERSON' && text.slice(finding.start, finding.end) === name),
    ),
  );
  return found.filter(Boolean).length;
}

/**
 * @example
 * const cases = await measureNameContextCases({ genstack: scanWithGenstack, peer: (text) => peer.scan(text) });
 * cases.labelNouns.flagged; // 0
 */
export async function measureNameContextCases(scanners: { genstack: AnswerScan; peer: Scan }) {
  const { peer } = scanners;
  const genstack: Scan = (text) => scanners.genstack(text, { nameExpected: false });
  // As the guard scans a message that follows a question for a name.
  const answering: Scan = (text) => scanners.genstack(text, { nameExpected: true });
  const negatives = async (texts: readonly string[]) => ({
    texts: texts.length,
    flagged: await countFlagged(texts, genstack),
    peerFlagged: await countFlagged(texts, peer),
  });
  const positives = async (cases: ReadonlyArray<{ text: string; name: string }>) => ({
    texts: cases.length,
    found: await countFound(cases, genstack),
    peerFound: await countFound(cases, peer),
  });
  const cueNouns = cueNounNegatives();
  const contact = contactNameCases();
  const answers = nameAnswerCases();
  const work = workNameCases();
  return {
    labelNouns: await negatives(labelNounNegatives()),
    weakKoreanNameCues: {
      listedNouns: await negatives(cueNouns.listed),
      heldOutNouns: await negatives(cueNouns.heldOut),
      names: await positives(cueNamePositives()),
    },
    nameAnswers: {
      names: {
        texts: answers.names.length,
        found: await countFound(answers.names, answering),
        withoutQuestion: await countFound(answers.names, genstack),
        peerFound: await countFound(answers.names, peer),
      },
      notNames: {
        texts: answers.notNames.length,
        flagged: await countFlagged(answers.notNames, answering),
        peerFlagged: await countFlagged(answers.notNames, peer),
      },
    },
    englishContactNames: {
      listedNames: await positives(contact.listed),
      heldOutNames: await positives(contact.heldOut),
      notNames: await negatives(contact.negatives),
    },
    workAndFamilyNames: { names: await positives(work.names), notNames: await negatives(work.notNames) },
  };
}
