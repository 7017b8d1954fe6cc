// Custom PII types: identifiers an organisation declares in its guard policy, as RE2 patterns with context words.
export {
  customPatternSchema,
  customPatternListSchema,
  customTypePattern,
  customContextWindow,
  type CustomPattern,
  type CustomPatternInput,
} from './custom-pattern-schema.ts';
export { customHoldBack, customRecognizer, customRecognizers } from './custom-recognizers.ts';
export { maxMatchesPerText } from './re2-pattern.ts';
export { mergeByType } from './merge-by-type.ts';
