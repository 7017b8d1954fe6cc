// A real SQLite database in a temporary directory loaded with the telecom-care sample, plus helpers to call its tools.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type AssistantTool, type ToolContext, ToolFailure } from '../../../src/assistants/index.ts';
import {
  replaceBlueprintRecords,
  sqliteRecordCollections,
  type RecordCollections,
  type StoredRecord,
} from '../../../src/blueprints/records/index.ts';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import type { Bill, Customer, Line, Plan, Ticket } from '../../../src/blueprints/telecom-care/index.ts';

/** The sample describes 20 November 2026 (KST); tools see the same day. */
export const sampleNow = new Date('2026-11-20T10:00:00+09:00');

export interface TelecomFixture {
  records: RecordCollections;
  data: { plans: Plan[]; customers: Customer[]; lines: Line[]; bills: Bill[]; tickets: Ticket[] };
  tool(name: string): AssistantTool;
  context(options: { language: 'ko' | 'en'; customerId?: string; conversationId?: string }): ToolContext;
  /** Parses the arguments with the tool's schema (as the runtime does) and runs it. */
  call(name: string, args: Record<string, unknown>, context: ToolContext): Promise<unknown>;
  summarize(name: string, args: Record<string, unknown>, context: ToolContext): Promise<string>;
  close(): void;
}

export function openTelecomFixture(seed = 42): TelecomFixture {
  const directory = mkdtempSync(join(tmpdir(), 'genstack-telecom-'));
  const database = new Database(join(directory, 'genstack.db'));
  const sample = telecomCareBlueprint.sampleData({ seed });
  const collections: Record<string, StoredRecord[]> = {};
  for (const file of telecomCareBlueprint.dataFiles)
    collections[file.collection] = (sample[file.file] ?? []).map((record) => ({
      id: file.id(record),
      owner: file.owner?.(record),
      data: record,
    }));
  replaceBlueprintRecords({ database, blueprint: 'telecom-care', source: 'sample', collections });
  const records = sqliteRecordCollections({ database, blueprint: 'telecom-care' });
  const tools = telecomCareBlueprint.tools(records);
  const tool = (name: string) => {
    const found = tools.find((candidate) => candidate.name === name);
    assert.ok(found, `tool ${name}`);
    return found;
  };
  return {
    records,
    data: {
      plans: sample['plans.json'] as Plan[],
      customers: sample['customers.json'] as Customer[],
      lines: sample['lines.json'] as Line[],
      bills: sample['bills.json'] as Bill[],
      tickets: sample['tickets.json'] as Ticket[],
    },
    tool,
    context: (options) => ({
      conversationId: options.conversationId ?? 'conversation-1',
      language: options.language,
      customerId: options.customerId,
      now: () => sampleNow,
    }),
    call: async (name, args, context) => {
      const found = tool(name);
      return found.run(found.parameters.parse(args), context);
    },
    summarize: async (name, args, context) => {
      const found = tool(name);
      assert.ok(found.summarize, `${name} has a summary`);
      return found.summarize(found.parameters.parse(args), context);
    },
    close: () => {
      database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Asserts a tool call fails with this code; returns the failure's message. */
export async function expectFailure(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ToolFailure, `expected a ToolFailure, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error.message;
  }
  return assert.fail(`expected failure '${code}'`);
}

export const hangul = /[\uac00-\ud7a3]/u;
