// Tenant isolation for the routes: a resource of another workspace answers exactly like one that does not exist (404).
import { GenstackError } from '../../core/index.ts';
import type { AssistantDefinition, AssistantRuntime, Conversation, Handoff, StoredDefinitions } from '../../assistants/index.ts';
import { defaultWorkspace, type Actor } from '../../guard/index.ts';
import type { KnowledgeService } from '../../knowledge/index.ts';

export interface WorkspaceAccess {
  /** 404 unless the knowledge base exists in the actor's workspace. */
  knowledgeBase(actor: Actor, name: string): void;
  assistant(actor: Actor, id: string): AssistantDefinition;
  /** The workspace of an assistant: its stored definition's, or 'default' for blueprint assistants. */
  assistantWorkspace(id: string): string;
  conversation(actor: Actor, id: string): Conversation;
  handoff(actor: Actor, id: string): Handoff;
  /** Whether a model id is usable by the actor: `kb:` and `assistant:` models of other workspaces are not. */
  modelVisible(actor: Actor, id: string): boolean;
  /** Throws model_not_found, worded as for an unknown model, when the model is not visible. */
  requireModel(actor: Actor, id: string): void;
}

export interface WorkspaceAccessOptions {
  knowledge: KnowledgeService;
  assistants?: { assistants: AssistantRuntime; assistantDefinitions: StoredDefinitions } | undefined;
}

/**
 * @example
 * const access = createWorkspaceAccess({ knowledge, assistants });
 * access.knowledgeBase(actor, '요금 안내'); // 404 not_found when it is another workspace's
 */
export function createWorkspaceAccess(options: WorkspaceAccessOptions): WorkspaceAccess {
  const { knowledge } = options;
  const assistantWorkspace = (id: string) => options.assistants?.assistantDefinitions.workspaceOf(id) ?? defaultWorkspace;

  const access: WorkspaceAccess = {
    knowledgeBase(actor, name) {
      if (knowledge.workspaceOf(name) !== actor.workspace)
        throw new GenstackError({ code: 'not_found', message: `Knowledge base '${name}' does not exist.`, param: 'kb' });
    },
    assistant(actor, id) {
      const definition = options.assistants?.assistants.get(id);
      if (!definition || assistantWorkspace(id) !== actor.workspace)
        throw new GenstackError({ code: 'not_found', message: `No assistant '${id}'.`, param: 'id' });
      return definition;
    },
    assistantWorkspace,
    conversation(actor, id) {
      const conversation = options.assistants?.assistants.conversations.get(id);
      if (!conversation || conversation.workspace !== actor.workspace)
        throw new GenstackError({ code: 'not_found', message: `No conversation '${id}'.`, param: 'id' });
      return conversation;
    },
    handoff(actor, id) {
      const conversations = options.assistants?.assistants.conversations;
      const handoff = conversations?.getHandoff(id);
      if (!handoff || conversations?.get(handoff.conversationId)?.workspace !== actor.workspace)
        throw new GenstackError({ code: 'not_found', message: `No handoff '${id}'.`, param: 'id' });
      return handoff;
    },
    modelVisible(actor, id) {
      if (id.startsWith('kb:')) return knowledge.workspaceOf(id.slice('kb:'.length)) === actor.workspace;
      if (id.startsWith('assistant:')) {
        const assistantId = id.slice('assistant:'.length);
        return options.assistants?.assistants.get(assistantId) !== undefined && assistantWorkspace(assistantId) === actor.workspace;
      }
      return true;
    },
    requireModel(actor, id) {
      if (!access.modelVisible(actor, id))
        throw new GenstackError({ code: 'model_not_found', message: `The model '${id}' does not exist.`, param: 'model' });
    },
  };
  return access;
}
