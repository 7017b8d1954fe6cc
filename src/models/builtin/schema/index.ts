// JSON Schema layer of the builtin engine: fill a schema from a message, default what is missing, validate the result.
export { fillJsonSchema, type FillOptions, type FillResult } from './fill-json-schema.ts';
export { createFillContext, freshUse, type FillContext, type FoundValue } from './fill-context.ts';
export { extractPropertyValue } from './extract-property-value.ts';
export { defaultValue } from './default-value.ts';
export { validateJsonSchema, type SchemaIssue } from './validate-json-schema.ts';
export { propertyKind, propertyLabels, type PropertyKind } from './property-kind.ts';
export {
  resolveSchema,
  primarySchema,
  typesOf,
  propertiesOf,
  requiredOf,
  enumOf,
  asSchema,
  type SchemaType,
} from './json-schema-access.ts';
