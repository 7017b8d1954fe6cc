// A blueprint's business data as typed collections of JSON records (products, customers, orders, lines, bills…).

/** One record as stored: its id, the customer it belongs to (if any) and its JSON data. */
export interface StoredRecord<T = unknown> {
  id: string;
  owner: string | undefined;
  data: T;
}

/**
 * The records of one blueprint. Reads are cheap (indexed by id and by owner); every write is one transaction.
 * A PostgreSQL implementation can satisfy the same interface later.
 */
export interface RecordCollections {
  get<T>(collection: string, id: string): T | undefined;
  /** Every record of a collection that belongs to `owner`, in id order. */
  listByOwner<T>(collection: string, owner: string): T[];
  /** Every record of a collection, in id order (cached until the next write to it; for catalogues and gazetteers). */
  all<T>(collection: string): readonly T[];
  count(collection: string): number;
  /** Reads, changes and writes one record in one transaction; throws if it does not exist. */
  update<T>(collection: string, id: string, change: (record: T) => T): T;
  insert<T>(collection: string, record: StoredRecord<T>): void;
  /**
   * Inserts the record `build` makes for the next id in a numbered series (`T-000124` after `T-000123`; `first` when the
   * series is empty), reading the highest id and inserting in one write transaction, so processes sharing the database
   * never hand out the same id. Writes `build` makes through this collection set join that transaction.
   */
  insertNext<T>(collection: string, series: { prefix: string; digits: number; first?: number }, build: (id: string) => StoredRecord<T>): T;
  /** Changes that version; bumped by every write, so derived indexes know when to rebuild. */
  version(collection: string): number;
}
