// The error a caller throws when a PII action is `block`: it names the types found, in the text's language, never the values.
import { GenstackError } from '../../core/index.ts';
import { isBuiltInPiiType, type PiiFinding, type PiiLanguage } from '../pii/types.ts';
import { guessTextLanguage, piiTypeLabel } from './pii-labels.ts';

/**
 * A `content_blocked` error listing the blocked types (deduplicated, in order of appearance); `details.types` holds them
 * for clients. Pass `lang`, or `text` to answer in that text's language.
 * @example
 * const result = applyPiiActions({ text, findings, actions, vault });
 * if (result.blocked.length > 0) throw contentBlockedError({ findings: result.blocked, text });
 */
export function contentBlockedError(options: {
  findings: readonly Pick<PiiFinding, 'type'>[];
  lang?: PiiLanguage;
  text?: string;
  /** Words for custom types, from their policy entries (`pii.custom[].label`). */
  customLabels?: ReadonlyMap<string, { ko?: string | undefined; en?: string | undefined }>;
}): GenstackError {
  const lang = options.lang ?? (options.text !== undefined ? guessTextLanguage(options.text) : 'en');
  const types = [...new Set(options.findings.map((finding) => finding.type))];
  // Each type in words and by name; a custom type without a label by its name alone (EMPLOYEE_ID).
  const listed = types
    .map((type) => {
      const words = isBuiltInPiiType(type) ? piiTypeLabel({ type, lang }) : options.customLabels?.get(type)?.[lang];
      return words === undefined ? type : `${words}${lang === 'ko' ? '' : ' '}(${type})`;
    })
    .join(', ');
  const message =
    lang === 'ko'
      ? `보호 대상 개인정보가 포함되어 있어 처리할 수 없습니다: ${listed}. 해당 정보를 지우고 다시 보내 주세요.`
      : `The content was blocked because it contains protected personal data: ${listed}. Remove it and try again.`;
  return new GenstackError({ code: 'content_blocked', message, details: { types } });
}
