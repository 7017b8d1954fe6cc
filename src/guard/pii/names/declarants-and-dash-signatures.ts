// Two places a name stands with nothing but its own shape around it: a declaration's or a statement's declarant ("I,
// Daeho Ryu, of 41 Pembroke Gardens, London …", "I, Maria Santos, born 3 May 1988, declare …"), and a reply's signature
// after a dash with the writer's team ("– Gareth, Library Systems (ext. 2214)", "– Ewan, Digital Services (VAT team)").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'declarant-or-dash-signature';

/** A capitalised name's word, accents and hyphens allowed. */
const nameWord = String.raw`[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?`;
/** An Irish surname's particle, a word of its own ("Ciarán Ó Dálaigh", "Áine Ní Bhriain"). */
const irishParticle = String.raw`(?:Ó|Ní|Nic|Ua|Mac)(?=[ \t][A-ZÀ-ÖØ-Þ])`;
/**
 * "I," then a name of two to four words, a comma and the words a declaration or a statement goes on with ("I, Ciarán Ó
 * Dálaigh, was the tenant of …", "I, Mei Tan, confirm that …").
 */
const declarant = new RegExp(
  String.raw`(?<![A-Za-z])I,[ \t]+(${nameWord}(?:[ \t]+(?:${nameWord}|${irishParticle})){1,3}),[ \t]+(?:of|residing|resident|born|holder|the undersigned|date of birth|a citizen|a national|do\b|hereby|solemnly|declare|state|was\b|am\b|confirm|certify|agree|acknowledge|authori[sz]e|consent)`,
  'g',
);
/**
 * A line opening with a dash, one given name (its surname's initial perhaps), a comma and a capitalised team or role ("–
 * Gareth, Library Systems", "— Trevor B., Care Tier 2, ext 5512", "— Priya, Heartline Trust & Safety", an ampersand a
 * word of its own), which may go on to the writer's extension.
 */
const dashSignature = new RegExp(
  String.raw`^[ \t]*[–—-][ \t]*(${nameWord}(?:[ \t]+[A-Z]\.)?),[ \t]+[A-Z][A-Za-z&]*(?:[ \t]+(?:&|[A-Z0-9(][A-Za-z0-9&).]*)){0,4}[ \t]*(?:\(|,|$)`,
  'gm',
);
/**
 * A line opening with a dash, a full name, a comma and a professional's letters, which only a person holds ("— Alba Torres,
 * EA", "– Dana Whitcombe, CPA", "— Amir Haddad, RN, BSN").
 */
const dashSignatureWithCredentials = new RegExp(
  String.raw`^[ \t]*[–—-][ \t]*(${nameWord}(?:[ \t]+[A-Z]\.)?[ \t]+${nameWord}),[ \t]+(?:EA|CPA|RN|MD|PhD|Esq|JD|CFP|PHR|SPHR|SHRM-CP|SHRM-SCP|LPN|NP|DDS|LCSW|MBA|ACCA|CMA|BSN|DO)\.?(?:,[ \t]*[A-Z][A-Za-z-]{1,8})*[ \t]*$`,
  'gm',
);
/** The endings of a role's or a desk's word ("Manager", "Support", "Operations"), no given name's. */
const roleEnding = /(?:er|or|ant|ent|ist|ary|ian|ee|ing|ion|ics|ort)$/;

const declarantWords = characterPairWords('i, ', '\n');

/**
 * Whether a text may hold either: "I," or a dash after a line break. The cheap test before the search.
 *
 * @example
 * mayHoldDeclarantOrDashSignature('I, Daeho Ryu, of 41 Pembroke Gardens'); // true
 */
export function mayHoldDeclarantOrDashSignature(text: string): boolean {
  return mayHoldAnyWord(text, declarantWords) && (text.includes('I, ') || /\n[ \t]*[–—-][ \t]*[A-Z]/.test(text));
}

/**
 * The declarants and the dash-signed writers of `text`, 0.75. Remembered for the last text: the recogniser's test and its
 * search both ask.
 *
 * @example
 * findDeclarantsAndDashSignatures('I, Daeho Ryu, of 41 Pembroke Gardens, London W8 6HU').map((finding) => finding.text); // ['Daeho Ryu']
 * findDeclarantsAndDashSignatures('– Marketing, Seoul Office'); // []
 */
export const findDeclarantsAndDashSignatures = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  declarant.lastIndex = 0;
  for (let match = declarant.exec(text); match !== null; match = declarant.exec(text)) {
    const name = match[1]!;
    if (holdsFirmWordInAnyCase(name)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push(personAt(start, name));
  }
  dashSignature.lastIndex = 0;
  for (let match = dashSignature.exec(text); match !== null; match = dashSignature.exec(text)) {
    const name = match[1]!;
    const given = name.split(/[ \t]/)[0]!;
    if (wordsThatAreNotNames.has(given) || holdsFirmWordInAnyCase(given)) continue;
    if (!isListedFirstName(given) && roleEnding.test(given)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push(personAt(start, name));
  }
  dashSignatureWithCredentials.lastIndex = 0;
  for (let match = dashSignatureWithCredentials.exec(text); match !== null; match = dashSignatureWithCredentials.exec(text)) {
    const name = match[1]!;
    if (name.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWordInAnyCase(name)) continue;
    findings.push(personAt(match.index + match[0].indexOf(name), name));
  }
  return findings;
});

function personAt(start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName };
}
