// Parses the Content-Range and Content-Length headers of download responses (RFC 9110 §14.4).

export interface ContentRange {
  /** First byte of the body; undefined for a 416 answer, which names only the total. */
  start: number | undefined;
  end: number | undefined;
  /** Size of the whole file; undefined when the server sent `*`. */
  total: number | undefined;
}

/**
 * @example
 * parseContentRange('bytes 100-199/1000'); // { start: 100, end: 199, total: 1000 }
 */
export function parseContentRange(header: string | null): ContentRange | undefined {
  if (header === null) return undefined;
  const match = /^\s*bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)\s*$/i.exec(header);
  if (match === null) return undefined;
  const [, start, end, total] = match;
  return {
    start: start === undefined ? undefined : Number(start),
    end: end === undefined ? undefined : Number(end),
    total: total === undefined || total === '*' ? undefined : Number(total),
  };
}

/** The body length a response announces, or undefined when unknown or when it describes an encoded body. */
export function contentLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') return undefined;
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
