export { appRouter, createCaller, type AppRouter } from './root';
export type { ApiContext, ApiServices } from './context';
