// What the builtin engine remembers between turns of one conversation (saved as JSON with the conversation).
import type { Language } from '../../models/builtin/index.ts';
import type { DialogueMemory } from '../dialogue-types.ts';

export interface DialogueState {
  language: Language;
  /** The operation the next message goes to, and one to come back to after authentication (with the message that asked). */
  active?: { operation: string; resume?: { operation: string; text: string }; awaitsFreeText?: boolean };
  memory: DialogueMemory;
  /** Turns in a row the assistant could not place; past the assistant's limit the conversation goes to a person. */
  failedTurns: number;
}

export function initialDialogueState(language: Language = 'ko'): DialogueState {
  return { language, memory: { lastMentioned: {}, slots: {} }, failedTurns: 0 };
}
