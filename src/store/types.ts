// The store contract: repositories with async methods, so a PostgreSQL implementation can satisfy it later.

export type ApiKeyRole = 'admin' | 'builder' | 'user';

/** How many prompt + completion (and embedding) tokens a key may spend per calendar period (UTC). */
export interface TokenBudget {
  tokens: number;
  period: 'day' | 'month';
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** First characters of the key, shown in lists so a person can tell keys apart. */
  prefix: string;
  role: ApiKeyRole;
  /** The workspace (tenant) whose data the key reaches; 'default' for keys made before workspaces existed. */
  workspace: string;
  /** Requests per minute; null follows the server's default (`guard.rateLimitPerMinute`). */
  rateLimitPerMinute: number | null;
  tokenBudget: TokenBudget | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiKey {
  id: string;
  name: string;
  prefix: string;
  role: ApiKeyRole;
  hash: string;
  workspace?: string;
  rateLimitPerMinute?: number | null;
  tokenBudget?: TokenBudget | null;
}

export interface ApiKeyRepository {
  create(record: NewApiKey): Promise<ApiKeyRecord>;
  list(filter?: { workspace?: string }): Promise<ApiKeyRecord[]>;
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

/** A tenant: keys and the resources made with them belong to exactly one. The id is the name (names never change). */
export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: string;
}

export interface WorkspaceRepository {
  /** Throws a conflict when the name is taken. */
  create(record: { id: string; name: string }): Promise<WorkspaceRecord>;
  list(): Promise<WorkspaceRecord[]>;
  get(idOrName: string): Promise<WorkspaceRecord | undefined>;
}

export interface KeyUsageRepository {
  /** Adds tokens to a key's total for the period that starts at `periodStart` (an ISO date). */
  add(record: { keyId: string; periodStart: string; tokens: number }): Promise<void>;
  tokens(record: { keyId: string; periodStart: string }): Promise<number>;
}

/** Which workspace owns a resource kept by a capability without a workspace column of its own (jobs). */
export interface WorkspaceResourceRepository {
  assign(record: { kind: string; id: string; workspace: string }): Promise<void>;
  workspaceOf(record: { kind: string; id: string }): Promise<string | undefined>;
  /** Ids of a workspace's resources of one kind, newest first. */
  list(filter: { kind: string; workspace: string; limit?: number }): Promise<string[]>;
}

export interface Store {
  readonly kind: 'sqlite' | (string & {});
  readonly apiKeys: ApiKeyRepository;
  readonly models: ModelRecordRepository;
  readonly workspaces: WorkspaceRepository;
  readonly keyUsage: KeyUsageRepository;
  readonly workspaceResources: WorkspaceResourceRepository;
  close(): Promise<void>;
}
