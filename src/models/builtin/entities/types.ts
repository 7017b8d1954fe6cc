// Entity (slot value) types found in a message; offsets refer to the prepared text (NFC, half-width), which keeps the user's casing.

export interface Span {
  start: number;
  end: number;
  /** The text as the user wrote it. */
  text: string;
}

export type NumberCategory = 'money' | 'count' | 'measure' | 'percent' | 'duration' | 'plain';

export interface NumberEntity extends Span {
  kind: 'number';
  value: number;
  category: NumberCategory;
  /** Normalised unit: a currency code (KRW, USD), 'GB', 'kg', '°C', 'minutes', a counter (개, items)… */
  unit?: string;
}

export interface DateEntity extends Span {
  kind: 'date';
  /** ISO calendar date YYYY-MM-DD. */
  value: string;
}

export interface TimeEntity extends Span {
  kind: 'time';
  /** 24-hour HH:MM. */
  value: string;
}

export interface TextEntity extends Span {
  kind: 'email' | 'phone' | 'url' | 'identifier' | 'person' | 'location' | 'quoted';
  value: string;
  /** For locations: whether the place came from the gazetteer (not just a pattern). */
  known?: boolean;
}

export type Entity = NumberEntity | DateEntity | TimeEntity | TextEntity;

export interface Entities {
  /** The text the offsets refer to. */
  text: string;
  emails: TextEntity[];
  phones: TextEntity[];
  urls: TextEntity[];
  identifiers: TextEntity[];
  dates: DateEntity[];
  times: TimeEntity[];
  numbers: NumberEntity[];
  names: TextEntity[];
  locations: TextEntity[];
  quoted: TextEntity[];
}

/** Clock and time zone that relative dates (오늘, next Monday) are resolved against. */
export interface DateContext {
  now: Date;
  /** IANA time zone, e.g. 'Asia/Seoul'. */
  timeZone: string;
}
