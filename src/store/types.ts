// The store contract: repositories with async methods, so a PostgreSQL implementation can satisfy it later.

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** First characters of the key, shown in lists so a person can tell keys apart. */
  prefix: string;
  role: 'admin' | 'builder' | 'user';
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiKeyRepository {
  create(record: { id: string; name: string; prefix: string; role: ApiKeyRecord['role']; hash: string }): Promise<ApiKeyRecord>;
  list(): Promise<ApiKeyRecord[]>;
  /** The active (not revoked) key with this hash, if any. */
  findActiveByHash(hash: string): Promise<ApiKeyRecord | undefined>;
  /** Revokes by id or name; false when nothing active matched. */
  revoke(idOrName: string): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
}

/** A model registered at run time (e.g. by `models pull`), in addition to those in the config file. */
export interface ModelRecord {
  id: string;
  provider: string;
  kind: 'chat' | 'embedding';
  settings: Record<string, unknown>;
  createdAt: string;
}

export interface ModelRecordRepository {
  upsert(record: Omit<ModelRecord, 'createdAt'>): Promise<ModelRecord>;
  list(): Promise<ModelRecord[]>;
  get(id: string): Promise<ModelRecord | undefined>;
  remove(id: string): Promise<boolean>;
}

export interface Store {
  readonly kind: 'sqlite' | (string & {});
  readonly apiKeys: ApiKeyRepository;
  readonly models: ModelRecordRepository;
  close(): Promise<void>;
}
