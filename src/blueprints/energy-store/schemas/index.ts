// The energy-store record schemas, one per data file.
export * from './shared-schemas.ts';
export * from './product-schema.ts';
export * from './customer-schema.ts';
export * from './order-schema.ts';
export * from './station-schema.ts';
