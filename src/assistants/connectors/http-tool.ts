// One HTTP endpoint of a company system as an AssistantTool, built from an `httpTools` entry of an assistant definition.
import type { HttpToolDefinition } from '../definition.ts';
import type { AssistantTool } from '../tool-types.ts';
import { appendQuery, fillUrlTemplate, placeholderNames } from './build-url.ts';
import { checkHeaders } from './check-headers.ts';
import { expandEnvironment } from './expand-environment.ts';
import { parametersFromJsonSchema } from './json-schema-parameters.ts';
import { type HttpCall, sendHttpRequest } from './send-http-request.ts';
import { summarizeCall } from './summarize-call.ts';
import { validateArguments } from './validate-arguments.ts';

export interface ConnectorFetchOptions {
  /** Injected for tests or proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Larger bodies fail with `upstream_too_large`; default 1 MB. */
  maxResponseBytes?: number;
}

/** GET and DELETE carry their arguments in the query string; the other methods in a JSON body. */
function buildCall(
  definition: HttpToolDefinition,
  options: { args: Record<string, unknown>; headers: Record<string, string>; language: 'ko' | 'en' },
): HttpCall {
  const used = new Set(placeholderNames(definition.url));
  const url = new URL(fillUrlTemplate({ template: definition.url, args: options.args, language: options.language }));
  const rest = Object.fromEntries(Object.entries(options.args).filter(([key]) => !used.has(key)));
  const inQuery = definition.method === 'GET' || definition.method === 'DELETE';
  return {
    method: definition.method,
    url: inQuery ? appendQuery(url, rest) : url,
    headers: options.headers,
    body: inQuery ? undefined : rest,
  };
}

/**
 * Creates a tool that calls the endpoint; `${NAME}` in headers is read from process.env now (missing → config_invalid).
 * @example
 * const tool = createHttpTool(httpToolSchema.parse({
 *   name: 'order_status', description: 'Look up an order', url: 'https://erp.example/orders/{orderId}',
 *   headers: { authorization: 'Bearer ${ERP_TOKEN}' },
 *   parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
 * }));
 */
export function createHttpTool(definition: HttpToolDefinition, options: ConnectorFetchOptions = {}): AssistantTool {
  const source = `http tool '${definition.name}'`;
  const headers = expandEnvironment(definition.headers, { source });
  checkHeaders({ headers, source });
  const parameters = parametersFromJsonSchema(definition.parameters);
  return {
    name: definition.name,
    description: definition.description,
    parameters,
    changesState: definition.changesState,
    requiresAuthentication: definition.requiresAuthentication,
    ...(definition.changesState && {
      summarize: (args, context) => summarizeCall({ name: definition.name, args, language: context.language }),
    }),
    run: async (rawArgs, context) => {
      const args = validateArguments({ parameters, args: rawArgs, language: context.language });
      return sendHttpRequest({
        call: buildCall(definition, { args, headers, language: context.language }),
        context,
        timeoutMs: definition.timeoutMs,
        maxResponseBytes: options.maxResponseBytes,
        fetch: options.fetch,
      });
    },
  };
}
