// Installing blueprints on a running platform: import the data, ingest the knowledge, (re)activate the assistant.
import {
  activateBlueprint,
  blueprintInstall,
  blueprints,
  findBlueprint,
  installBlueprint,
  type InstallResult,
} from '../blueprints/index.ts';
import type { Platform } from './index.ts';

/**
 * @example
 * await installAndActivateBlueprint(platform, { name: 'energy-store', from: './data/energy' });
 */
export function installAndActivateBlueprint(
  platform: Pick<Platform, 'store' | 'knowledge' | 'assistants'>,
  options: { name: string; from?: string; seed?: number; skipKnowledge?: boolean },
): InstallResult {
  const blueprint = findBlueprint(options.name);
  const result = installBlueprint({
    database: platform.store.database,
    knowledge: platform.knowledge,
    blueprint,
    ...(options.from ? { from: options.from } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.skipKnowledge ? { skipKnowledge: true } : {}),
  });
  activateBlueprint({ database: platform.store.database, runtime: platform.assistants, blueprint });
  return result;
}

/** First start: every shipped blueprint not installed yet gets its sample data, so its assistant answers at once. */
export function installMissingSampleBlueprints(platform: Platform): InstallResult[] {
  return blueprints
    .filter((blueprint) => !blueprintInstall(platform.store.database, blueprint.name))
    .map((blueprint) => installAndActivateBlueprint(platform, { name: blueprint.name }));
}
