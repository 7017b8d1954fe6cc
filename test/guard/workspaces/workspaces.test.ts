// Workspaces and roles: names (Korean and English), the built-in 'default', keys bound to a workspace, who may do what.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GenstackError } from '../../../src/core/index.ts';
import {
  actorForKey,
  createApiKey,
  createWorkspace,
  hasPermission,
  listWorkspaces,
  localOperator,
  requirePermission,
  requireWorkspace,
  revokeApiKey,
  verifyApiKey,
} from '../../../src/guard/index.ts';
import { openSqliteStore } from '../../../src/store/index.ts';

test('workspaces: the built-in default, Korean and English names, conflicts and unknown names', async () => {
  const store = openSqliteStore({ path: ':memory:' });
  assert.deepEqual(
    (await listWorkspaces({ store })).map((workspace) => workspace.name),
    ['default'],
  );
  await createWorkspace({ store, name: '고객지원팀' });
  await createWorkspace({ store, name: 'acme.eu' });
  await assert.rejects(createWorkspace({ store, name: 'acme.eu' }), (error: GenstackError) => error.code === 'conflict');
  await assert.rejects(createWorkspace({ store, name: 'with space' }), (error: GenstackError) => error.code === 'invalid_request');
  await assert.rejects(createWorkspace({ store, name: '-dash' }), (error: GenstackError) => error.code === 'invalid_request');
  assert.equal((await requireWorkspace({ store, name: '고객지원팀' })).id, '고객지원팀');
  await assert.rejects(requireWorkspace({ store, name: 'nope' }), (error: GenstackError) => {
    assert.equal(error.code, 'not_found');
    assert.match(error.message, /genstack workspaces create nope/);
    return true;
  });
  await store.close();
});

test('a key belongs to one existing workspace; a workspace-scoped revoke cannot touch other workspaces', async () => {
  const store = openSqliteStore({ path: ':memory:' });
  await createWorkspace({ store, name: 'acme' });
  const { key, secret } = await createApiKey({ store, name: 'acme-bot', role: 'builder', workspace: 'acme', rateLimitPerMinute: 10 });
  assert.deepEqual([key.workspace, key.rateLimitPerMinute, key.tokenBudget], ['acme', 10, null]);
  assert.equal((await createApiKey({ store, name: '기본 키' })).key.workspace, 'default');
  await assert.rejects(createApiKey({ store, name: 'lost', workspace: '없는곳' }), (error: GenstackError) => error.code === 'not_found');
  assert.deepEqual(actorForKey(await verifyApiKey({ store, secret })), {
    keyId: key.id,
    keyName: 'acme-bot',
    role: 'builder',
    workspace: 'acme',
  });
  await assert.rejects(
    revokeApiKey({ store, idOrName: '기본 키', workspace: 'acme' }),
    (error: GenstackError) => error.code === 'not_found',
  );
  await revokeApiKey({ store, idOrName: 'acme-bot', workspace: 'acme' });
  assert.equal(await verifyApiKey({ store, secret }), undefined);
  await store.close();
});

test('roles: user reads, builder builds, admin administers, only an admin of default operates', () => {
  const user = { role: 'user', workspace: 'acme' } as const;
  const builder = { role: 'builder', workspace: 'acme' } as const;
  const admin = { role: 'admin', workspace: 'acme' } as const;
  assert.deepEqual(
    (['read', 'build', 'administer', 'operate'] as const).map((permission) =>
      [user, builder, admin, localOperator].map((actor) => hasPermission(actor, permission)),
    ),
    [
      [true, true, true, true],
      [false, true, true, true],
      [false, false, true, true],
      [false, false, false, true],
    ],
  );
  assert.equal(actorForKey(undefined), localOperator);
  assert.throws(
    () => requirePermission(user, 'build'),
    (error: GenstackError) => {
      assert.equal(error.code, 'forbidden');
      assert.match(error.message, /role builder or admin \(this key is 'user'\)/);
      return true;
    },
  );
  assert.throws(() => requirePermission(admin, 'operate'), /admin key of the 'default' workspace/);
});
