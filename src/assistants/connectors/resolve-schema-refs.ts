// Inlines an OpenAPI document's local `$ref`s so each tool has a self-contained JSON Schema, without looping on cycles.
import { GenstackError } from '../../core/index.ts';

/** Deep enough for real request bodies; stops a pathological document from growing a schema without bound. */
const maxDepth = 24;

function pointerTarget(document: unknown, reference: string): unknown {
  if (!reference.startsWith('#/')) {
    throw new GenstackError({
      code: 'config_invalid',
      message: `OpenAPI: only local $refs ('#/...') are supported, found '${reference}'`,
    });
  }
  let current: unknown = document;
  for (const raw of reference.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
    if (current === undefined) {
      throw new GenstackError({ code: 'config_invalid', message: `OpenAPI: $ref '${reference}' points to nothing` });
    }
  }
  return current;
}

/** OpenAPI 3.0's `nullable: true` is not JSON Schema; 3.1 (and zod's converter) spell it as a 'null' type. */
function normalizeNullable(node: Record<string, unknown>): Record<string, unknown> {
  if (node.nullable !== true) return node;
  const { nullable: _nullable, ...rest } = node;
  if (typeof rest.type === 'string') return { ...rest, type: [rest.type, 'null'] };
  return { anyOf: [rest, { type: 'null' }] };
}

function resolveNode(node: unknown, state: { document: unknown; stack: string[] }): unknown {
  if (Array.isArray(node)) return node.map((item) => resolveNode(item, state));
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === 'string') {
    const reference = record.$ref;
    // A recursive type (a category with sub-categories) is cut at the repeat: any value is accepted there.
    if (state.stack.includes(reference) || state.stack.length >= maxDepth) return {};
    state.stack.push(reference);
    const resolved = resolveNode(pointerTarget(state.document, reference), state);
    state.stack.pop();
    return resolved;
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    // `example(s)` can hold anything, including strings that look like refs; they never affect validation.
    result[key] = key === 'example' || key === 'examples' ? value : resolveNode(value, state);
  }
  return normalizeNullable(result);
}

/**
 * Returns a copy of `node` with every local `$ref` replaced by its target; cycles become `{}` (accept anything).
 * @example
 * resolveSchemaRefs({ document, node: { $ref: '#/components/schemas/Order' } });
 */
export function resolveSchemaRefs(options: { document: unknown; node: unknown }): unknown {
  return resolveNode(options.node, { document: options.document, stack: [] });
}
