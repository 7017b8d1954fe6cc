// One OpenAPI operation as an AssistantTool: its parameters and JSON body become one arguments object.
import type { AssistantTool } from '../tool-types.ts';
import { appendQuery, fillUrlTemplate } from './build-url.ts';
import { parametersFromJsonSchema } from './json-schema-parameters.ts';
import type { OpenApiOperation } from './openapi-operations.ts';
import { type HttpCall, sendHttpRequest } from './send-http-request.ts';
import { summarizeCall } from './summarize-call.ts';
import { validateArguments } from './validate-arguments.ts';

export interface OperationToolOptions {
  operation: OpenApiOperation;
  name: string;
  baseUrl: string;
  headers: Record<string, string>;
  changesState: boolean;
  fetch?: typeof fetch;
  maxResponseBytes?: number;
  timeoutMs?: number;
}

type Json = Record<string, unknown>;

/**
 * A JSON object body is flattened into the arguments (what a model fills most reliably) unless one of its fields
 * collides with a parameter name; then, like any non-object body, it travels as a single `body` argument.
 */
function bodyIsFlattened(operation: OpenApiOperation): boolean {
  const schema = operation.body?.schema;
  if (!schema || (schema.type !== 'object' && schema.properties === undefined)) return false;
  const names = new Set(operation.parameters.map((parameter) => parameter.name));
  return Object.keys((schema.properties as Json | undefined) ?? {}).every((name) => !names.has(name));
}

function argumentsSchema(operation: OpenApiOperation): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const parameter of operation.parameters) {
    properties[parameter.name] = parameter.description ? { ...parameter.schema, description: parameter.description } : parameter.schema;
    if (parameter.required) required.push(parameter.name);
  }
  const body = operation.body;
  if (body && bodyIsFlattened(operation)) {
    Object.assign(properties, (body.schema.properties as Json | undefined) ?? {});
    if (body.required && Array.isArray(body.schema.required)) required.push(...(body.schema.required as string[]));
  } else if (body) {
    properties.body = body.schema;
    if (body.required) required.push('body');
  }
  return { type: 'object', properties, ...(required.length > 0 && { required: [...new Set(required)] }) };
}

function buildCall(options: OperationToolOptions, args: Json, language: 'ko' | 'en'): HttpCall {
  const { operation } = options;
  const byLocation = (location: string) =>
    Object.fromEntries(
      operation.parameters.filter((parameter) => parameter.in === location).map((parameter) => [parameter.name, args[parameter.name]]),
    );
  const url = new URL(fillUrlTemplate({ template: `${options.baseUrl}${operation.path}`, args: byLocation('path'), language }));
  appendQuery(url, byLocation('query'));
  const headers = { ...options.headers };
  for (const [name, value] of Object.entries(byLocation('header'))) if (value !== undefined) headers[name] = String(value);
  let body: unknown;
  if (operation.body && bodyIsFlattened(operation)) {
    const parameterNames = new Set(operation.parameters.map((parameter) => parameter.name));
    body = Object.fromEntries(Object.entries(args).filter(([key]) => !parameterNames.has(key)));
  } else if (operation.body) {
    body = args.body;
  }
  return { method: operation.method, url, headers, body };
}

/**
 * Builds the tool; path, query and header parameters go where the document says, the rest is the JSON body.
 * @example
 * createOperationTool({ operation, name: 'get_order', baseUrl: 'https://erp.example/api', headers: {}, changesState: false });
 */
export function createOperationTool(options: OperationToolOptions): AssistantTool {
  const parameters = parametersFromJsonSchema(argumentsSchema(options.operation));
  return {
    name: options.name,
    description: options.operation.description,
    parameters,
    changesState: options.changesState,
    // The openApiTools definition has no per-customer setting; account-bound operations need an httpTools entry.
    requiresAuthentication: false,
    ...(options.changesState && {
      summarize: (args, context) => summarizeCall({ name: options.name, args, language: context.language }),
    }),
    run: async (rawArgs, context) => {
      const args = validateArguments({ parameters, args: rawArgs, language: context.language });
      return sendHttpRequest({
        call: buildCall(options, args, context.language),
        context,
        timeoutMs: options.timeoutMs ?? 15_000,
        maxResponseBytes: options.maxResponseBytes,
        fetch: options.fetch,
      });
    },
  };
}
