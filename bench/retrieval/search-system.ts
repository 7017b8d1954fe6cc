// What every system in the bench exposes: a name and a top-k search returning the chunks' document path and text.

/** A returned chunk: judged relevant when its document is the passage's and its text contains the passage's sentence. */
export interface Hit {
  path: string;
  text: string;
}

export interface SearchSystem {
  name: string;
  search(query: string, k: number): Promise<Hit[]>;
}
