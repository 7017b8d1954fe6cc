// Turns an `openApiTools` entry of an assistant definition into one AssistantTool per OpenAPI operation.
import { GenstackError } from '../../core/index.ts';
import type { OpenApiToolsDefinition } from '../definition.ts';
import type { AssistantTool } from '../tool-types.ts';
import { checkHeaders } from './check-headers.ts';
import { expandEnvironment } from './expand-environment.ts';
import type { ConnectorFetchOptions } from './http-tool.ts';
import { baseUrlOf, loadOpenApiDocument } from './openapi-document.ts';
import { createOperationTool } from './openapi-operation-tool.ts';
import { listOperations, type OpenApiOperation } from './openapi-operations.ts';
import { toSnakeCase, uniqueName } from './to-snake-case.ts';

export interface OpenApiToolsOptions extends ConnectorFetchOptions {
  /** Relative spec paths resolve against it; default process.cwd(). */
  cwd?: string;
}

function toolNameOf(operation: OpenApiOperation): string {
  return toSnakeCase(operation.operationId ?? `${operation.method}_${operation.path.replace(/[{}]/g, '')}`);
}

/**
 * Loads the document and creates the tools; operations listed in `operations` must exist, and a document that cannot
 * be used is a GenstackError('config_invalid') that names the problem.
 * @example
 * const tools = await loadOpenApiTools(openApiToolsSchema.parse({ spec: 'specs/erp.yaml', readOnly: ['searchOrders'] }));
 */
export async function loadOpenApiTools(definition: OpenApiToolsDefinition, options: OpenApiToolsOptions = {}): Promise<AssistantTool[]> {
  const source = `OpenAPI tools '${definition.spec}'`;
  const headers = expandEnvironment(definition.headers, { source });
  checkHeaders({ headers, source });
  const loaded = await loadOpenApiDocument({ spec: definition.spec, fetch: options.fetch, cwd: options.cwd });
  const baseUrl = baseUrlOf({ loaded, spec: definition.spec, baseUrl: definition.baseUrl });
  const wanted = definition.operations ? new Set(definition.operations) : undefined;
  const all = listOperations(loaded.document);
  if (wanted) {
    const missing = [...wanted].filter((id) => !all.some((operation) => operation.operationId === id));
    if (missing.length > 0) {
      throw new GenstackError({
        code: 'config_invalid',
        message: `OpenAPI spec '${definition.spec}': operations not found: ${missing.join(', ')}`,
        param: 'operations',
      });
    }
  }
  const readOnly = new Set(definition.readOnly);
  const taken = new Set<string>();
  const tools: AssistantTool[] = [];
  for (const operation of all) {
    if (wanted && !(operation.operationId && wanted.has(operation.operationId))) continue;
    if (operation.unsupported) {
      // Listed explicitly: the author expects it, so say why it cannot be offered; otherwise it is simply left out.
      if (wanted) {
        throw new GenstackError({
          code: 'config_invalid',
          message: `OpenAPI spec '${definition.spec}': operation '${operation.operationId}' ${operation.unsupported}`,
          param: 'operations',
        });
      }
      continue;
    }
    const name = uniqueName(toolNameOf(operation), taken);
    const declaredReadOnly = readOnly.has(operation.operationId ?? '') || readOnly.has(name);
    tools.push(
      createOperationTool({
        operation,
        name,
        baseUrl,
        headers,
        changesState: operation.method !== 'GET' && operation.method !== 'HEAD' && !declaredReadOnly,
        fetch: options.fetch,
        maxResponseBytes: options.maxResponseBytes,
      }),
    );
  }
  if (tools.length === 0) {
    throw new GenstackError({ code: 'config_invalid', message: `OpenAPI spec '${definition.spec}': no usable operations` });
  }
  return tools;
}
