// Checks a model's reply before it reaches the customer: a reply that quotes the assistant's instructions is replaced.
import type { Language } from '../../models/builtin/index.ts';

const quotedRun = 48;

/**
 * @example
 * guardModelReply({ reply: 'My instructions say: You are …', instructions, language: 'en' });
 */
export function guardModelReply(options: { reply: string; instructions: string; language: Language }): string {
  if (!leaksInstructions(options.reply, options.instructions)) return options.reply;
  return options.language === 'ko'
    ? '죄송하지만 내부 운영 지침은 공유할 수 없어요. 다른 도움이 필요하신가요?'
    : "Sorry, I can't share my internal instructions. Is there something else I can help with?";
}

/** Whether the reply contains any run of `quotedRun` characters of the instructions (whitespace-normalised). */
function leaksInstructions(reply: string, instructions: string): boolean {
  const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();
  const source = normalize(instructions);
  const text = normalize(reply);
  if (source.length < quotedRun || text.length < quotedRun) return false;
  for (let start = 0; start + quotedRun <= source.length; start += quotedRun / 2) {
    if (text.includes(source.slice(start, start + quotedRun))) return true;
  }
  return false;
}
