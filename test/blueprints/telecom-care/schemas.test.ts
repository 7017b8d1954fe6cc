// The telecom-care record schemas accept the sample data and reject broken records with the JSON path of the problem.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import { validateBlueprintData } from '../../../src/blueprints/validate-blueprint-data.ts';

const sample = telecomCareBlueprint.sampleData({ seed: 7 });
const file = (name: string) => {
  const found = telecomCareBlueprint.dataFiles.find((candidate) => candidate.file === name);
  assert.ok(found);
  return found;
};
const first = <T>(name: string, predicate: (record: T) => boolean = () => true): T => {
  const record = (sample[name] as T[]).find(predicate);
  assert.ok(record, `a record in ${name}`);
  return structuredClone(record);
};
const issuePaths = (name: string, record: unknown) => {
  const result = file(name).schema.safeParse(record);
  assert.equal(result.success, false, 'the broken record is rejected');
  return result.error!.issues.map((issue) => issue.path.join('.'));
};

describe('telecom-care schemas', () => {
  test('every sample record of every file passes its schema', () => {
    for (const dataFile of telecomCareBlueprint.dataFiles) {
      const records = sample[dataFile.file];
      assert.ok(records && records.length > 0, dataFile.file);
      records.forEach((record, index) => {
        const result = dataFile.schema.safeParse(record);
        assert.ok(result.success, `${dataFile.file}[${index}]: ${result.success ? '' : JSON.stringify(result.error.issues)}`);
      });
    }
  });

  test('plans: a negative fee and an unknown roaming zone are reported at their paths', () => {
    const plan = first<Record<string, unknown>>('plans.json');
    plan.monthlyFee = -100;
    plan.roaming = { dataGbPerMonth: 1, zones: ['moon'] };
    assert.deepEqual(issuePaths('plans.json', plan).sort(), ['monthlyFee', 'roaming.zones.0']);
  });

  test('customers: a business number in the wrong format and a bad postal code are reported at their paths', () => {
    const business = first<Record<string, unknown>>('customers.json', (record) => (record as { type: string }).type === 'business');
    business.businessNumber = '1234567890';
    (business.address as Record<string, unknown>).zip = '1234';
    assert.deepEqual(issuePaths('customers.json', business).sort(), ['address.zip', 'businessNumber']);
  });

  test('customers: an individual without a birth date is rejected at birthDate', () => {
    const individual = first<Record<string, unknown>>('customers.json', (record) => (record as { type: string }).type === 'individual');
    delete individual.birthDate;
    assert.deepEqual(issuePaths('customers.json', individual), ['birthDate']);
  });

  test('lines: a landline number and an impossible date are reported at their paths', () => {
    const line = first<Record<string, unknown>>('lines.json');
    line.number = '02-123-4567';
    line.cycle = { start: '2026-02-30', end: '2026-02-28' };
    assert.deepEqual(issuePaths('lines.json', line).sort(), ['cycle.start', 'number']);
  });

  test('bills: an unknown item kind deep inside a line is reported with its full path', () => {
    const bill = first<{ lines: { items: { kind: string }[] }[] }>('bills.json');
    bill.lines[0]!.items[0]!.kind = 'gift';
    assert.deepEqual(issuePaths('bills.json', bill), ['lines.0.items.0.kind']);
  });

  test('tickets: an unknown status and a malformed id are rejected', () => {
    const ticket = first<Record<string, unknown>>('tickets.json');
    ticket.status = 'closed';
    ticket.ticketId = 'TICKET-1';
    assert.deepEqual(issuePaths('tickets.json', ticket).sort(), ['status', 'ticketId']);
  });

  test('ids and owners: lines, bills and tickets belong to their customer; plans to nobody', () => {
    const line = first<{ number: string; customerId: string }>('lines.json');
    assert.equal(file('lines.json').id(line), line.number);
    assert.equal(file('lines.json').owner?.(line), line.customerId);
    const bill = first<{ billId: string; customerId: string }>('bills.json');
    assert.equal(file('bills.json').owner?.(bill), bill.customerId);
    assert.equal(file('plans.json').owner, undefined);
  });

  test('the platform validator reports a schema problem, and a cross-file problem, with file and JSON path', () => {
    const copy = () => JSON.parse(JSON.stringify(sample)) as Record<string, Record<string, unknown>[]>;
    assert.deepEqual(validateBlueprintData(telecomCareBlueprint, copy()).issues, []);
    const badAmount = copy();
    (badAmount['bills.json']![3]!.lines as { items: { amount: unknown }[] }[])[0]!.items[0]!.amount = 'free';
    assert.deepEqual(
      validateBlueprintData(telecomCareBlueprint, badAmount).issues.map((issue) => `${issue.file} ${issue.path}`),
      ['bills.json [3].lines[0].items[0].amount'],
    );
    const badOwner = copy();
    badOwner['tickets.json']![0]!.customerId = 'C-999999';
    assert.deepEqual(
      validateBlueprintData(telecomCareBlueprint, badOwner).issues.map((issue) => `${issue.file} ${issue.path}`),
      ['tickets.json [0].customerId'],
    );
  });
});
