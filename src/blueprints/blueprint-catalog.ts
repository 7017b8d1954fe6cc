// The blueprints genstack ships, and the wiring that turns an installed one into a live assistant.
import type Database from 'better-sqlite3';
import { GenstackError } from '../core/index.ts';
import type { AssistantRuntime } from '../assistants/index.ts';
import { energyStoreBlueprint } from './energy-store/index.ts';
import { blueprintInstall, sqliteRecordCollections } from './records/index.ts';
import { telecomCareBlueprint } from './telecom-care/index.ts';
import type { Blueprint } from './types.ts';

export const blueprints: readonly Blueprint[] = [energyStoreBlueprint, telecomCareBlueprint];

export function findBlueprint(name: string): Blueprint {
  const blueprint = blueprints.find((candidate) => candidate.name === name);
  if (!blueprint)
    throw new GenstackError({
      code: 'not_found',
      message: `No blueprint '${name}' (available: ${blueprints.map((candidate) => candidate.name).join(', ')}).`,
      param: 'name',
    });
  return blueprint;
}

/** Registers the assistant of a blueprint whose data is installed (again after a re-install: tools and gazetteers rebuild). */
export function activateBlueprint(options: { database: Database.Database; runtime: AssistantRuntime; blueprint: Blueprint }): boolean {
  const { database, runtime, blueprint } = options;
  if (!blueprintInstall(database, blueprint.name)) return false;
  const records = sqliteRecordCollections({ database, blueprint: blueprint.name });
  runtime.register({ definition: blueprint.assistant, tools: blueprint.tools(records), dialogue: blueprint.dialogue(records) });
  return true;
}

/** Status of every shipped blueprint: installed or not, from where, with how many records. */
export function listBlueprints(database: Database.Database) {
  return blueprints.map((blueprint) => {
    const install = blueprintInstall(database, blueprint.name);
    return {
      name: blueprint.name,
      title: blueprint.title,
      assistant: blueprint.assistant.id,
      installed: install !== undefined,
      ...(install ? { source: install.source, counts: install.counts, installedAt: install.installedAt } : {}),
    };
  });
}
