export * from './primitives.js';
export * from './visibility.js';
export * from './config.js';
export * from './period.js';
export * from './team.js';
export * from './objective.js';
export * from './kpi.js';
export * from './snapshot.js';
export { jsonSchemas } from './json-schemas.js';
