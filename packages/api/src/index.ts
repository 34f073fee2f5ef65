export { appRouter, createCaller, type AppRouter } from './root';
export type { ApiContext, ApiServices } from './context';
export { BODY_LIMITS, bodyLimitFor, isAuthProcedure, type BodyLimitKind } from './http-policy';
