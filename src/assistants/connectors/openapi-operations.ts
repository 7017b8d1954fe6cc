// Lists an OpenAPI document's operations with their parameters and JSON request body, `$ref`s already inlined.
import type { OpenApiDocument } from './openapi-document.ts';
import { resolveSchemaRefs } from './resolve-schema-refs.ts';

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Record<string, unknown>;
  description?: string;
}

export interface OpenApiOperation {
  operationId: string | undefined;
  method: Uppercase<(typeof methods)[number]>;
  path: string;
  description: string;
  parameters: OperationParameter[];
  /** The JSON request body, if the operation takes one; other media types cannot be sent by a tool. */
  body: { schema: Record<string, unknown>; required: boolean } | undefined;
  /** Set when the operation needs a body the connector cannot send (form, multipart). */
  unsupported?: string;
}

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function readParameters(list: unknown): OperationParameter[] {
  if (!Array.isArray(list)) return [];
  return list.map(asRecord).flatMap((parameter) => {
    const location = parameter.in;
    // Cookies are not something a model should set; they stay with the system's own clients.
    if (typeof parameter.name !== 'string' || (location !== 'path' && location !== 'query' && location !== 'header')) return [];
    return [
      {
        name: parameter.name,
        in: location,
        required: location === 'path' || parameter.required === true,
        schema: asRecord(parameter.schema),
        ...(typeof parameter.description === 'string' && { description: parameter.description }),
      },
    ];
  });
}

/** Operation-level parameters override path-level ones with the same name and location (OpenAPI 3 §4.8.9). */
function mergeParameters(pathLevel: OperationParameter[], operationLevel: OperationParameter[]): OperationParameter[] {
  const key = (parameter: OperationParameter) => `${parameter.in}:${parameter.name}`;
  const overridden = new Set(operationLevel.map(key));
  return [...pathLevel.filter((parameter) => !overridden.has(key(parameter))), ...operationLevel];
}

function readBody(requestBody: unknown): Pick<OpenApiOperation, 'body' | 'unsupported'> {
  const body = asRecord(requestBody);
  const content = asRecord(body.content);
  const types = Object.keys(content);
  if (types.length === 0) return { body: undefined };
  const jsonType = types.find((type) => /[/+]json\b/i.test(type) || type === '*/*');
  if (!jsonType) {
    return body.required === true ? { body: undefined, unsupported: `request body is ${types.join(', ')}, not JSON` } : { body: undefined };
  }
  return { body: { schema: asRecord(asRecord(content[jsonType]).schema), required: body.required === true } };
}

/**
 * Every operation in `paths`, in document order.
 * @example
 * listOperations(document).map((operation) => operation.operationId); // ['listOrders', 'createOrder']
 */
export function listOperations(document: OpenApiDocument): OpenApiOperation[] {
  const operations: OpenApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = asRecord(resolveSchemaRefs({ document, node: rawItem }));
    const pathParameters = readParameters(item.parameters);
    for (const method of methods) {
      const operation = asRecord(item[method]);
      if (item[method] === undefined) continue;
      const summary = [operation.summary, operation.description].filter((text) => typeof text === 'string' && text.trim());
      operations.push({
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        method: method.toUpperCase() as OpenApiOperation['method'],
        path,
        description: summary.length > 0 ? summary.join(' — ') : `${method.toUpperCase()} ${path}`,
        parameters: mergeParameters(pathParameters, readParameters(operation.parameters)),
        ...readBody(operation.requestBody),
      });
    }
  }
  return operations;
}
