// Finds the assistant's own entities (product, plan, station, area names) inside a message, fuzzily and fast.
import { characterNgramsOf, compactKey } from './gazetteer-keys.ts';
import { jaroWinkler, matchingWords } from '../../models/builtin/index.ts';

export interface GazetteerEntry {
  id: string;
  /** Every name the entity goes by, in any language ("Engine Oil 5W-30", "엔진오일 5W-30", "5W30"). */
  names: readonly string[];
}

export interface GazetteerMatch {
  id: string;
  /** Similarity in [0, 1] of the best window of the message to the best name. */
  score: number;
  /** The name that matched and the words of the message that matched it. */
  name: string;
  text: string;
}

export interface Gazetteer {
  /** Entities named in the text, best first, one match per id. */
  find(text: string, options?: { limit?: number; minScore?: number }): GazetteerMatch[];
  readonly size: number;
}

interface IndexedName {
  entryId: string;
  name: string;
  key: string;
}

const maxWindowWords = 5;

/**
 * Builds the index once (at assistant load or when the data changes).
 * @example
 * const stations = createGazetteer([{ id: 'S-001', names: ['강남역점', 'Gangnam Station'] }]);
 * stations.find('강남역 점 어디예요?')[0]?.id; // 'S-001'
 */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const names: IndexedName[] = [];
  const exact = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  for (const entry of entries) {
    for (const name of new Set(entry.names)) {
      const key = compactKey(name);
      if (key.length === 0) continue;
      const index = names.push({ entryId: entry.id, name, key }) - 1;
      pushTo(exact, key, index);
      for (const gram of new Set(characterNgramsOf(key))) pushTo(postings, gram, index);
    }
  }

  return {
    size: entries.length,
    find(text, options = {}) {
      const minScore = options.minScore ?? 0.86;
      const best = new Map<string, GazetteerMatch>();
      const consider = (candidate: GazetteerMatch) => {
        const previous = best.get(candidate.id);
        if (
          !previous ||
          candidate.score > previous.score ||
          (candidate.score === previous.score && candidate.text.length > previous.text.length)
        )
          best.set(candidate.id, candidate);
      };
      const words = matchingWords(text);
      for (let start = 0; start < words.length; start += 1) {
        for (let length = 1; length <= Math.min(maxWindowWords, words.length - start); length += 1) {
          const window = words.slice(start, start + length).join(' ');
          const key = compactKey(window);
          if (key.length < 2) continue;
          for (const index of exact.get(key) ?? []) {
            const name = names[index];
            if (name) consider({ id: name.entryId, score: 1, name: name.name, text: window });
          }
          for (const index of fuzzyCandidates(key)) {
            const name = names[index];
            if (!name) continue;
            const score = jaroWinkler(key, name.key) * lengthPenalty(key, name.key);
            if (score >= minScore) consider({ id: name.entryId, score, name: name.name, text: window });
          }
        }
      }
      return [...best.values()].sort((a, b) => b.score - a.score || b.text.length - a.text.length).slice(0, options.limit ?? 5);
    },
  };

  /** Names sharing at least half of the window's n-grams: the only ones worth a Jaro–Winkler comparison. */
  function fuzzyCandidates(key: string): number[] {
    const grams = [...new Set(characterNgramsOf(key))];
    if (grams.length === 0) return [];
    const shared = new Map<number, number>();
    for (const gram of grams) for (const index of postings.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const needed = Math.max(1, Math.ceil(grams.length / 2));
    const found: number[] = [];
    for (const [index, count] of shared) if (count >= needed) found.push(index);
    return found;
  }
}

/** Jaro–Winkler forgives length gaps too kindly ("oil" vs "engine oil 5w30"); scale by the length ratio. */
function lengthPenalty(first: string, second: string): number {
  const ratio = Math.min(first.length, second.length) / Math.max(first.length, second.length);
  return ratio >= 0.8 ? 1 : 0.8 + ratio / 4;
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
