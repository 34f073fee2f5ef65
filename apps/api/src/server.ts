import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { DEFAULT_SIGN_IN_LIMITS } from '@bunkai/auth';
import type { ApiServices } from '@bunkai/api';
import { syncBundledCatalogs } from '@bunkai/core';
import { assertConfinedRole, createDb, type Database } from '@bunkai/db';
import { createMailer, createMailOutbox, type MailOutbox } from '@bunkai/mail';
import { startMailSink, type MailSink } from '@bunkai/mail/sink';
import { createApp } from './app';
import { createCatalogParserPool } from './catalog-parser';
import { isLoopbackHost } from './request-guards';
import { seedDemoNetworkIfEmpty, type DemoLogin } from './demo-seed';
import type { ServerEnv } from './env';
import { APP_VERSION } from './version';

export interface RunningServer {
  url: string;
  database: Database;
  mailSink: MailSink | null;
  /** The sink is readable at /dev/mail (development, loopback only). */
  mailboxServed: boolean;
  demoLogins: DemoLogin[];
  /** Stops taking connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

/** Opens the database: migrations as the owner, requests as the confined application role. */
async function openDatabase(env: ServerEnv): Promise<Database> {
  if (env.DATABASE_URL) {
    const owner = await createDb({ url: env.DATABASE_OWNER_URL, maxConnections: 1 });
    try {
      await migrateOrExplain(owner);
    } finally {
      await owner.close();
    }
    return createDb({ url: env.DATABASE_URL });
  }
  const database = await createDb({ dataDir: env.DATA_DIR });
  await migrateOrExplain(database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  return database;
}

async function migrateOrExplain(database: Database): Promise<void> {
  try {
    await database.migrate();
  } catch (error) {
    throw new Error(`Migration failed / マイグレーションに失敗しました: ${describe(error)}`, {
      cause: error,
    });
  }
}

export async function startServer(env: ServerEnv): Promise<RunningServer> {
  const database = await openDatabase(env);
  let mailSink: MailSink | null = null;
  let mail: MailOutbox | null = null;
  const catalogParser = createCatalogParserPool();
  try {
    await assertConfinedRole(database.db, database.mode);
    if (!env.SMTP_URL) mailSink = await startMailSink({ port: 0 });
    mail = createMailOutbox(
      createMailer({ smtpUrl: env.SMTP_URL ?? mailSink?.url ?? '', from: env.MAIL_FROM }),
    );
    // Reset links sit in the sink: never readable in production or, unless asked, off this host.
    const mailboxServed =
      mailSink !== null &&
      env.NODE_ENV !== 'production' &&
      (isLoopbackHost(env.HOST) || env.DEV_MAILBOX === true);
    const publicUrlFallback = `http://localhost:${env.PORT || 3000}`;
    const services: ApiServices = {
      database,
      appVersion: APP_VERSION,
      publicUrl: env.PUBLIC_URL ?? publicUrlFallback,
      mail,
      auth: {
        sessionPolicy: {
          idleTimeoutMs: env.SESSION_IDLE_MINUTES * 60_000,
          absoluteLifetimeMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
        },
        signInLimits: DEFAULT_SIGN_IN_LIMITS,
        secureCookies: env.PUBLIC_URL?.startsWith('https:') ?? false,
      },
      parseCatalogFile: catalogParser.parseCatalogFile,
      now: () => new Date(),
    };
    await syncBundledCatalogs(database.db);
    const seedDemo = env.DEMO_SEED ?? env.NODE_ENV !== 'production';
    const demoLogins = seedDemo ? await seedDemoNetworkIfEmpty(database.db) : [];
    const app = createApp({
      services,
      mailSink: mailboxServed ? mailSink : null,
      trustedProxies: env.TRUST_PROXY,
      production: env.NODE_ENV === 'production',
    });
    const server = await new Promise<ServerType>((resolveListening) => {
      const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
        resolveListening(s);
      });
    });
    const { port } = server.address() as AddressInfo;
    if (!env.PUBLIC_URL) services.publicUrl = `http://localhost:${port}`;
    const activeMail = mail;
    const activeSink = mailSink;
    return {
      url: `http://localhost:${port}`,
      database,
      mailSink,
      mailboxServed,
      demoLogins,
      async stop() {
        await new Promise<void>((done) => {
          server.close(() => {
            done();
          });
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        activeMail.close();
        await catalogParser.close();
        await activeSink?.close();
        await database.close();
      },
    };
  } catch (error) {
    mail?.close();
    await catalogParser.close();
    await mailSink?.close();
    await database.close();
    throw error;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
