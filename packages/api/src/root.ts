import { accountRouter } from './routers/account/index';
import { authRouter } from './routers/auth/index';
import { catalogsRouter } from './routers/catalogs/index';
import { matrixRouter } from './routers/matrix/index';
import { invitationsRouter } from './routers/invitations/index';
import { organizationRouter } from './routers/organization/index';
import { serviceRouter } from './routers/service/index';
import { systemsRouter } from './routers/systems/index';
import { workspacesRouter } from './routers/workspaces/index';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  service: serviceRouter,
  auth: authRouter,
  account: accountRouter,
  organization: organizationRouter,
  systems: systemsRouter,
  invitations: invitationsRouter,
  workspaces: workspacesRouter,
  catalogs: catalogsRouter,
  matrix: matrixRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
