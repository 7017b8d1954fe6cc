// The telecom-care knowledge base (Korean and English, consistent with the tools' prices) and the assistant definition.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assistantDefinitionSchema } from '../../../src/assistants/index.ts';
import { telecomCareBlueprint } from '../../../src/blueprints/telecom-care/index.ts';
import { hangul } from './telecom-fixture.ts';

const documents = telecomCareBlueprint.knowledgeDocuments();
const byPath = (path: string) => {
  const document = documents.find((candidate) => candidate.path === path);
  assert.ok(document, path);
  return document;
};

describe('telecom-care knowledge and assistant', () => {
  test('every guide exists in Korean and English with unique paths', () => {
    const names = ['tech-support', 'bill-guide', 'plan-change-rules', 'data-top-ups', 'roaming', 'business-accounts'];
    for (const name of names) {
      assert.match(byPath(`telecom-care/${name}.ko.md`).text, hangul);
      assert.doesNotMatch(
        byPath(`telecom-care/${name}.en.md`).text.replace(/한결모바일|\| [^|]*[\uac00-\ud7a3][^|]* \|/gu, ''),
        /[\uac00-\ud7a3]{3,}/u,
      );
    }
    assert.equal(new Set(documents.map((document) => document.path)).size, documents.length);
  });

  test('the tech-support manual walks through airplane mode, APN, restart, SIM and outages in both languages', () => {
    const english = byPath('telecom-care/tech-support.en.md').text;
    for (const phrase of [
      'airplane mode',
      'Access Point Names',
      'Restart',
      'Reseat the SIM',
      'outage',
      'internet.hangyeol.kr',
      'Data roaming',
    ])
      assert.ok(english.toLowerCase().includes(phrase.toLowerCase()), phrase);
    const korean = byPath('telecom-care/tech-support.ko.md').text;
    for (const phrase of ['비행기 모드', 'APN', 'USIM', '지역 장애', '데이터 로밍']) assert.ok(korean.includes(phrase), phrase);
  });

  test('prices in the guides match the tools: top-ups, roaming passes, late fee and VAT', () => {
    const topUps = byPath('telecom-care/data-top-ups.en.md').text;
    assert.match(topUps, /\| 5 GB \| ₩12,000 \| ₩13,200 \|/u);
    assert.match(byPath('telecom-care/data-top-ups.ko.md').text, /\| 20GB \| ₩33,000 \| ₩36,300 \|/u);
    assert.match(byPath('telecom-care/roaming.en.md').text, /\| Asia \| Japan, China.*\| ₩9,000 \(2GB, 400kbps\) \| ₩1,200 \| ₩150 \|/u);
    assert.match(byPath('telecom-care/bill-guide.en.md').text, /late fee of 2%/u);
    assert.match(byPath('telecom-care/bill-guide.ko.md').text, /60일/u);
  });

  test('the assistant definition is valid and uses the blueprint and its knowledge base', () => {
    const definition = assistantDefinitionSchema.parse(telecomCareBlueprint.assistant);
    assert.equal(definition.id, 'telecom-care');
    assert.equal(definition.blueprint, 'telecom-care');
    assert.deepEqual(definition.knowledgeBases, ['telecom-care']);
    assert.match(definition.instructions, /authenticate_customer/u);
    assert.match(definition.instructions, /explicit yes/u);
    assert.ok(typeof definition.name === 'object' && hangul.test(definition.name.ko));
  });

  test('tools have unique snake_case names, English descriptions and described parameters', () => {
    const tools = telecomCareBlueprint.tools({} as never);
    const names = tools.map((tool) => tool.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of [
      'get_plan',
      'compare_plans',
      'authenticate_customer',
      'list_lines',
      'get_line',
      'get_data_usage',
      'explain_bill',
      'top_up_data',
      'set_roaming',
      'suspend_line',
      'resume_line',
      'change_plan',
      'pay_bill',
      'run_line_diagnostics',
      'create_ticket',
      'get_ticket',
      'list_tickets',
    ])
      assert.ok(names.includes(name), name);
    for (const tool of tools) {
      assert.match(tool.name, /^[a-z][a-z0-9_]*$/u);
      assert.doesNotMatch(tool.description, hangul);
      if (tool.changesState) assert.ok(tool.summarize, `${tool.name} summarizes`);
      const shape = (tool.parameters as unknown as { shape: Record<string, { description?: string }> }).shape;
      for (const [key, field] of Object.entries(shape)) assert.ok(field.description, `${tool.name}.${key} has a description`);
    }
    assert.deepEqual(
      tools.filter((tool) => tool.authenticates).map((tool) => tool.name),
      ['authenticate_customer'],
    );
  });

  test('the dialogue greets in both languages and names its authentication operation', () => {
    const dialogue = telecomCareBlueprint.dialogue({} as never);
    assert.equal(dialogue.authenticationOperation, 'authenticate');
    assert.match(dialogue.greeting.ko, hangul);
    assert.match(dialogue.greeting.en, /Customer Care/u);
  });
});
