// Which engine holds an assistant's conversations when its model is `builtin`.
import type { AssistantDefinition } from '../definition.ts';
import { createDialogueEngine, type DialogueEngine } from '../dialogue/dialogue-engine.ts';
import type { DialogueSpec } from '../dialogue-types.ts';

/**
 * The dialogue engine when the assistant has a dialogue, or has no tools at all (then it answers greetings and knowledge
 * questions). With tools but no dialogue: undefined, and the builtin model's tool selection runs in the same loop a
 * llama/openai model would.
 */
export function dialogueEngineFor(options: {
  definition: AssistantDefinition;
  dialogue: DialogueSpec | undefined;
  toolCount: number;
}): DialogueEngine | undefined {
  const { definition, dialogue } = options;
  if (dialogue && dialogue.operations.length > 0) return createDialogueEngine(dialogue);
  const connectors = definition.httpTools.length + definition.openApiTools.length + definition.mcpServers.length;
  if (options.toolCount + connectors > 0) return undefined;
  const name = typeof definition.name === 'string' ? { ko: definition.name, en: definition.name } : definition.name;
  return createDialogueEngine({
    operations: [],
    authenticationOperation: '',
    greeting: dialogue?.greeting ?? {
      ko: `안녕하세요, ${name.ko}입니다. 무엇을 도와드릴까요?`,
      en: `Hello, this is ${name.en}. How can I help?`,
    },
  });
}
