// Checks a tool call's arguments against the tool's zod parameters and reports a typed failure in the user's language.
import type { z } from 'zod';
import type { Language } from '../../models/builtin/index.ts';
import { ToolFailure } from '../tool-types.ts';

/**
 * Returns the parsed arguments or throws ToolFailure('invalid_arguments') naming the offending fields.
 * @example
 * const args = validateArguments({ parameters, args: { id: 'A-1' }, language: 'ko' });
 */
export function validateArguments(options: {
  parameters: z.ZodType<Record<string, unknown>>;
  args: unknown;
  language: Language;
}): Record<string, unknown> {
  const parsed = options.parameters.safeParse(options.args ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
  throw new ToolFailure(
    'invalid_arguments',
    options.language === 'ko' ? `입력값이 올바르지 않습니다 — ${problems}` : `Invalid arguments — ${problems}`,
  );
}
