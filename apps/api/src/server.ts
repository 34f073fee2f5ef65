import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createDb, type Database } from '@bunkai/db';
import { createApp } from './app';
import type { ServerEnv } from './env';

export interface RunningServer {
  url: string;
  database: Database;
  /** Stops taking connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export async function startServer(env: ServerEnv): Promise<RunningServer> {
  const database = await createDb({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw new Error(`Migration failed / マイグレーションに失敗しました: ${describe(error)}`, {
      cause: error,
    });
  }
  const app = createApp({ database });
  const server = await new Promise<ServerType>((resolveListening) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
      resolveListening(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    database,
    async stop() {
      await new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await database.close();
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
