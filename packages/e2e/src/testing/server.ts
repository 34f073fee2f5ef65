import { startServer, type RunningServer } from '@bunkai/api-server/server';

/** The real server (built web app, tRPC, migrations) on a free port over in-memory PGlite. */
export function startTestServer(): Promise<RunningServer> {
  return startServer({
    PORT: 0,
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    NODE_ENV: 'test',
  });
}
