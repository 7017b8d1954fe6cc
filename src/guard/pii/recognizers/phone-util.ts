// libphonenumber's one PhoneNumberUtil, with its pattern checks compiled once. The library builds a new RegExp from the
// metadata's pattern on every check (`matchesEntirely`), hashing a pattern of hundreds of characters each time; a
// validity check makes a dozen such checks. Same patterns, same answers: only the compiling is remembered.
import libphonenumber from 'google-libphonenumber';

type EntireMatch = (pattern: string | RegExp, value: string) => boolean;
const statics = libphonenumber.PhoneNumberUtil as unknown as { matchesEntirely: EntireMatch };
/** One per pattern of the metadata, which holds a few thousand; bounded all the same, should another caller build its own. */
const wholeValuePatterns = new Map<string, RegExp>();
const mostPatterns = 16_384;

statics.matchesEntirely = (pattern, value) => {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  let whole = wholeValuePatterns.get(source);
  if (whole === undefined) {
    // As the library writes it: anchored at both ends, letters in either case.
    whole = new RegExp(`^(?:${source})$`, 'i');
    if (wholeValuePatterns.size >= mostPatterns) wholeValuePatterns.clear();
    wholeValuePatterns.set(source, whole);
  }
  return whole.test(value);
};

/** libphonenumber's PhoneNumberUtil, its pattern checks compiled once. */
export const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
