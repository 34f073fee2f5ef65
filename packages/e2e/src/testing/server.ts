import { startServer, type RunningServer } from '@bunkai/api-server/server';
import { parseEnv } from '@bunkai/api-server/env';

/**
 * The real server (built web app, tRPC, migrations, demo network, local SMTP sink) on a free
 * port over in-memory PGlite.
 */
export function startTestServer(): Promise<RunningServer> {
  return startServer(
    parseEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      NODE_ENV: 'test',
      DEMO_SEED: 'true',
    }),
  );
}
