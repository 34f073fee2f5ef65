import { createCallerFactory, router } from './trpc';
import { systemRouter } from './routers/system/index';

export const appRouter = router({
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
