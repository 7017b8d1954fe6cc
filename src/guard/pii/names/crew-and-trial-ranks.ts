// Finds the people a crew's or a clinical trial's papers name after their rank or post, as rosters, crew lists, duty
// records and monitoring logs abbreviate it: "Capt. Graham Whyte", "Captain Ruiz", "FO Hannah Stokes / RP Leon Duarte",
// "1. Ch/Off Dmytro Kovalenko, UA", "2/E Rommel Dela Cruz", "Purser Jo", "CRA Devin Holloway", "checked by RN Kwame Asamoah".
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedLatinName, latinNameAfter } from './latin-name.ts';

const recognizerName = 'crew-or-trial-rank';

/**
 * A rank or a post, then blanks and the capital that opens the name. Captain, purser and the ship's officers' slashed ranks
 * name a person wherever they stand; the bare letters (FO, RP, AB, CRA…) are read by `rankKind`.
 */
const rankThenCapital =
  /(?<![A-Za-z0-9/.])(Capt\.?|Captain|Purser|Bosun|F\/O|SFO|FO|RP|AB|Ch\/Off|Ch\/Eng|[23]\/[OE]|C\/E|CRA|CRC|RN)[ \t]+(?=[A-Z][a-zà-ÿ'’])/g;

/** The ranks a flight deck or a ship's crew list abbreviates to letters, which name people only among crew words. */
const crewLetterRanks: ReadonlySet<string> = new Set(['FO', 'SFO', 'RP', 'AB', 'F/O']);
/** The posts of a trial's site and its monitors (clinical research associate, research coordinator, research nurse). */
const trialPosts: ReadonlySet<string> = new Set(['CRA', 'CRC', 'RN']);
/** Words of a crew's papers: the letters FO or AB elsewhere are a fuel order's, an able body's, a blood group's. */
const crewWords =
  /\b(?:Capt|Captain|crew|Crew|CREW|roster|Roster|vessel|Vessel|MV|Master|flight|Flight|duty|Duty|sign(?:ed)?[- ]o(?:n|ff))\b/;
/** Words of a trial's or a clinic's papers: CRA is as often Canada's revenue agency, RN a registration's letters. */
const trialWords =
  /\b(?:trial|Trial|study|Study|protocol|Protocol|site|Site|subject|Subject|CRF|IRB|monitor|Monitor|monitoring|patient|Patient|ward|Ward|dose|consent)\b/;

/** Ranks that name one person by the surname alone ("Capt. Halvorsen extended FDP"), as a captain is called. */
const surnameAloneRanks: ReadonlySet<string> = new Set(['Capt.', 'Capt', 'Captain', 'Purser', 'Bosun']);

/** A rank's letters, a dot perhaps, blanks and a capital: every match of `rankThenCapital` holds one. */
const rankBeforeCapital = /(?:Capt(?:ain)?|Purser|Bosun|\/[OE]|\/Off|FO|RP|AB|CR[AC]|RN)\.?[ \t]+[A-Z]/;

/**
 * Whether the text may hold a rank before a name: one of the ranks' letters before a blank and a capital. The pattern
 * alone, with no test of character pairs first: the ranks' pairs ("fo", "cr", "rn", "ab") are in four Latin texts in ten,
 * and counted with cachegrind over the ordinary messages the pairs' test cost as many instructions as the pattern.
 *
 * @example
 * mayHoldCrewOrTrialRank('FO Hannah Stokes (0877)'); // true
 */
export function mayHoldCrewOrTrialRank(text: string): boolean {
  return rankBeforeCapital.test(text);
}

/**
 * The names after a crew's ranks (only among crew words for the bare letters) and a trial's posts (among a trial's or a
 * clinic's words), 0.75: a full name, or after a captain's or a purser's rank one capitalised word that is no everyday one.
 * Remembered for the last text: the recogniser's test and its search both ask.
 *
 * @example
 * findNamesAfterCrewAndTrialRanks('Capt. Bjorn Halvorsen / FO Aisha Rahman').map((finding) => finding.text); // ['Bjorn Halvorsen', 'Aisha Rahman']
 * findNamesAfterCrewAndTrialRanks('Submit the FO Request form'); // []
 */
export const findNamesAfterCrewAndTrialRanks = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldCrewOrTrialRank(text)) return [];
  const findings: PiiFinding[] = [];
  let crew: boolean | undefined;
  let trial: boolean | undefined;
  rankThenCapital.lastIndex = 0;
  for (let match = rankThenCapital.exec(text); match !== null; match = rankThenCapital.exec(text)) {
    const rank = match[1]!;
    if (crewLetterRanks.has(rank) && !(crew ??= crewWords.test(text))) continue;
    if (trialPosts.has(rank) && !(trial ??= trialWords.test(text))) continue;
    const name = latinNameAfter(text, { start: rankThenCapital.lastIndex });
    if (name === undefined) continue;
    const words = text.slice(name.start, name.end);
    if (name.wordCount < 2 && !surnameAloneRanks.has(rank)) continue;
    // After letters a pool, a form or a group follows as often ("FO Reserve Pool"): a listed first name or surname among the words.
    if ((crewLetterRanks.has(rank) || trialPosts.has(rank)) && !isListedLatinName(words)) continue;
    if (holdsFirmWord(words) || words.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word))) continue;
    findings.push({ type: 'PERSON', start: name.start, end: name.end, text: words, score: 0.75, recognizer: recognizerName });
    rankThenCapital.lastIndex = name.end;
  }
  return findings;
});
