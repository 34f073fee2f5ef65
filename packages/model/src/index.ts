// The domain's vocabulary and pure rules, browser-safe: no server code, no zod (its schemas are
// `@bunkai/model/schemas`), so the web app loads only what it uses.
export * from './labels';
export * from './order';
export * from './organizations';
export * from './systems';
export * from './invitations';
export * from './catalogs';
export * from './matrix/rows';
export * from './matrix/workflow';
export * from './matrix/summary';
export * from './audit';
export * from './dates';
export * from './limits';
export * from './lifetimes';
