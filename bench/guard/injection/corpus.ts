// Reads the bench corpora: public attack prompts and ordinary customer messages (tuning and held-out halves).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface AttackItem {
  id: string;
  text: string;
  lang: 'ko' | 'en';
  kind: 'direct' | 'indirect';
  source: string;
  category?: string;
  trick?: string;
}

export interface OrdinaryMessage {
  text: string;
  lang: 'ko' | 'en';
  source: string;
}

function readLines<T>(name: string): T[] {
  return readFileSync(join(here, 'corpus', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const readAttacks = (): AttackItem[] => readLines<AttackItem>('attacks.jsonl');
export const readOrdinary = (half: 'tuning' | 'held-out'): OrdinaryMessage[] => readLines<OrdinaryMessage>(`ordinary-${half}.jsonl`);
