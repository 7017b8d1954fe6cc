// Test fixture: the energy-store sample data loaded into a real SQLite file, its tools, and contexts pinned to the sample's clock.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssistantTool, ToolContext } from '../../../src/assistants/index.ts';
import {
  energyStoreBlueprint,
  sampleReferenceDate,
  type Customer,
  type Order,
  type Product,
} from '../../../src/blueprints/energy-store/index.ts';
import {
  replaceBlueprintRecords,
  sqliteRecordCollections,
  type RecordCollections,
  type StoredRecord,
} from '../../../src/blueprints/records/index.ts';

export interface EnergyStoreFixture {
  records: RecordCollections;
  data: { products: Product[]; customers: Customer[]; orders: Order[] };
  tools: Map<string, AssistantTool>;
  /** Parses the arguments with the tool's schema (as the runtime does), then runs it. */
  call(name: string, args: Record<string, unknown>, context: ToolContext): Promise<unknown>;
  summarize(name: string, args: Record<string, unknown>, context: ToolContext): Promise<string>;
}

/** A fresh database per call, so state-changing tests never see each other's writes. */
export function loadEnergyStore(options: { seed?: number } = {}): EnergyStoreFixture {
  const database = new Database(join(mkdtempSync(join(tmpdir(), 'genstack-energy-store-')), 'genstack.db'));
  const sample = energyStoreBlueprint.sampleData({ seed: options.seed ?? 7 });
  const collections: Record<string, StoredRecord[]> = {};
  for (const file of energyStoreBlueprint.dataFiles)
    collections[file.collection] = (sample[file.file] ?? []).map((raw) => {
      const record = file.schema.parse(raw);
      return { id: file.id(record), owner: file.owner?.(record), data: record };
    });
  replaceBlueprintRecords({ database, blueprint: 'energy-store', source: 'sample', collections });
  const records = sqliteRecordCollections({ database, blueprint: 'energy-store' });
  const tools = new Map(energyStoreBlueprint.tools(records).map((tool) => [tool.name, tool]));
  const tool = (name: string) => {
    const found = tools.get(name);
    if (!found) throw new Error(`no tool ${name}`);
    return found;
  };
  return {
    records,
    data: {
      products: collections.products?.map((record) => record.data as Product) ?? [],
      customers: collections.customers?.map((record) => record.data as Customer) ?? [],
      orders: collections.orders?.map((record) => record.data as Order) ?? [],
    },
    tools,
    call: async (name, args, context) => tool(name).run(tool(name).parameters.parse(args) as Record<string, unknown>, context),
    summarize: async (name, args, context) => {
      const found = tool(name);
      if (!found.summarize) throw new Error(`${name} has no summary`);
      return found.summarize(found.parameters.parse(args) as Record<string, unknown>, context);
    },
  };
}

export function contextFor(options: { language: 'ko' | 'en'; customerId?: string; now?: Date }): ToolContext {
  return {
    conversationId: 'test',
    language: options.language,
    customerId: options.customerId,
    now: () => options.now ?? sampleReferenceDate,
  };
}

/** Whether an error is a ToolFailure with this code whose message is in the expected script. */
export function isFailure(code: string, language: 'ko' | 'en') {
  return (error: unknown) => {
    const failure = error as { name?: string; code?: string; message?: string };
    if (failure.name !== 'ToolFailure' || failure.code !== code)
      throw new Error(`expected ToolFailure ${code}, got ${failure.name} ${failure.code}: ${failure.message}`);
    const hangul = /[\uac00-\ud7a3]/u.test(failure.message ?? '');
    if (hangul !== (language === 'ko')) throw new Error(`message not in ${language}: ${failure.message}`);
    return true;
  };
}
