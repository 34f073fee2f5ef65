export { appRouter, createCaller, type AppRouter } from './root';
export type { ApiContext, ApiServices } from './context';
export {
  BODY_LIMITS,
  bodyLimitFor,
  isAuthProcedure,
  MAX_BATCH_SIZE,
  type BodyLimitKind,
} from './http-policy';
