/** Where a figure or a rule comes from, and how sure we are of it. */
export type Confidence = 'official' | 'secondary';

export interface Source {
  /** Document number as printed on the notice, e.g. 沪人社规〔2025〕9号; a short title where a notice has none. */
  doc: string;
  title: string;
  url?: string;
  /** `official`: the official text was seen. `secondary`: news, Q&A pages or other secondary sources. */
  confidence: Confidence;
  /** Article or paragraph the value comes from, e.g. "第六条". */
  article?: string;
  /**
   * `official` only: the official text was seen word for word on a third-party site, not on the official site itself
   * (fact sheets grade this "OFF-copy"); `url` is then the copy's address.
   */
  copyOnly?: boolean;
  /** The value is worked out from other published figures rather than read from a text (see `note`). */
  inferred?: boolean;
  /** Why the value is what it is when it is not read directly from the text (e.g. "inferred from …"). No user-facing prose. */
  note?: string;
  /** Set when the text read is not a Shanghai text in Chinese: another city's answer, or another language. */
  origin?: SourceOrigin;
}

/** How a source stands apart from a Shanghai text in Chinese; the page says so in the source's badge. */
export interface SourceOrigin {
  /** Another city's office gave the answer read (a city code, worded in the locale files under `trust:cities`). */
  city?: 'jinan';
  /** The text read is in English. */
  language?: 'en';
  /** It is a translation of the Chinese text: the municipal government's own, or a machine's. */
  translation?: 'official' | 'machine';
}

/** A legal clause cited by an explanation step (not a number). */
export type Citation = Source;
